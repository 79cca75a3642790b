// The standard library's waits, processes, DNS and file I/O.
// RUN: %check_async_tidy --check-suffixes=ALL,FILE %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes
// File I/O can be switched off:
// RUN: %check_async_tidy --check-suffixes=ALL %s async-blocking-call-in-coroutine %t.nofile -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.BlockingKinds: 'sleep;network;database;wait;process;dns'}}" \
// RUN:   -- -isystem %shapes

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <netdb.h>
#include <sstream>
#include <string>
#include <thread>
#include <folly/experimental/coro/Task.h>

folly::coro::Task<std::string> summarize(std::future<std::string> answer, std::thread &worker,
                                         std::condition_variable &cv, std::mutex &m) {
  std::string text = answer.get();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: blocking call 'std::future::get' inside coroutine 'summarize' stalls its executor thread; the future is completed by another thread; await an asynchronous result (a channel, a co_spawn'ed task) instead [async-blocking-call-in-coroutine]
  worker.join();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: blocking call 'std::thread::join'
  {
    std::unique_lock<std::mutex> lock(m);
    cv.wait(lock);
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:5: warning: blocking call 'std::condition_variable::wait'
  }
  std::system("convert in.png out.webp"); // libstdc++: using ::system;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: blocking call 'system' {{.*}}start the process asynchronously, or offload it to a thread pool
  FILE *p = popen("ls", "r");
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:13: warning: blocking call 'popen'
  addrinfo *ai = nullptr;
  getaddrinfo("example.com", "443", nullptr, &ai);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: blocking call 'getaddrinfo' {{.*}}use the framework's asynchronous resolver
  (void)p;
  co_return text;
}

folly::coro::Task<std::string> load_prompt(const std::string &path) {
  std::ifstream in(path);
  // CHECK-MESSAGES-FILE: :[[@LINE-1]]:17: warning: blocking call 'std::ifstream' {{.*}}read the file before serving requests, or offload the I/O to a thread pool
  std::string line, all;
  while (std::getline(in, line))
    // CHECK-MESSAGES-FILE: :[[@LINE-1]]:10: warning: blocking call 'std::getline'
    all += line;
  FILE *f = std::fopen(path.c_str(), "rb");
  // CHECK-MESSAGES-FILE: :[[@LINE-1]]:13: warning: blocking call 'fopen'
  char buf[64];
  std::fread(buf, 1, sizeof buf, f);
  // CHECK-MESSAGES-FILE: :[[@LINE-1]]:3: warning: blocking call 'fread'
  std::fclose(f);
  // In-memory streams are not I/O.
  std::istringstream mem(all);
  std::getline(mem, line);
  std::ifstream unopened; // Opens nothing.
  std::ofstream out(path + ".bak");
  // CHECK-MESSAGES-FILE: :[[@LINE-1]]:17: warning: blocking call 'std::ofstream'
  out << all;
  // CHECK-MESSAGES-FILE: :[[@LINE-1]]:3: warning: blocking call 'std::operator<<' {{.*}}write files off the executor
  out.close();
  // CHECK-MESSAGES-FILE: :[[@LINE-1]]:3: warning: blocking call 'std::basic_ofstream::close'
  auto size = std::filesystem::file_size(path);
  // CHECK-MESSAGES-FILE: :[[@LINE-1]]:15: warning: blocking call 'std::filesystem::file_size'
  std::ostringstream text; // In memory.
  text << size;
  co_return all + text.str();
}
