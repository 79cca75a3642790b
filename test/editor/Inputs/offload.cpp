#include <boost/asio/awaitable.hpp>
#include <boost/asio/thread_pool.hpp>
#include <cstdio>

boost::asio::thread_pool &blocking_pool();

int read_first(const char *path) {
  std::FILE *f = std::fopen(path, "r");
  int c = f ? std::fgetc(f) : -1;
  if (f)
    std::fclose(f);
  return c;
}

boost::asio::awaitable<int> handler(const char *path) {
  co_return read_first(path);
}
