// procfs and sysfs files are made up by the kernel from memory: opening and
// reading /proc/self/stat does not wait for a disk (a resource sampler, a
// memory figure in a status command). The catalog's in_memory_paths say
// which prefixes; a path that is not a literal is not known to be one.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <cppcoro/task.hpp>
#include <cstdio>
#include <fstream>
#include <string>

cppcoro::task<long> sample_cpu() {
  long ticks = 0;
  FILE *f = std::fopen("/proc/self/stat", "r");
  if (f) {
    char buf[512];
    if (std::fgets(buf, sizeof(buf), f))
      std::sscanf(buf, "%ld", &ticks);
    std::fclose(f);
  }
  co_return ticks;
}

long proc_self_value(const std::string &wanted) {
  long value = 0;
  std::ifstream status("/proc/self/status");
  std::string token;
  while (status >> token)
    if (token == wanted)
      status >> value;
  status.close();
  return value;
}

cppcoro::task<long> rss() { co_return proc_self_value("VmRSS:"); }

cppcoro::task<std::string> read_config() {
  std::ifstream config("/etc/service.conf");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call 'std::ifstream' inside coroutine 'read_config' {{.*}} [async-blocking-call-in-coroutine]
  std::string line;
  std::getline(config, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::getline' inside coroutine 'read_config' {{.*}} [async-blocking-call-in-coroutine]
  co_return line;
}

cppcoro::task<long> read_any(const char *path) {
  FILE *f = std::fopen(path, "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call 'fopen' inside coroutine 'read_any' {{.*}} [async-blocking-call-in-coroutine]
  long n = 0;
  if (f)
    std::fclose(f);
  co_return n;
}

// A handle later re-opened on another file, and a string that merely holds
// a /proc path, are no in-memory files.
cppcoro::task<std::string> reopens(std::ofstream &journal) {
  std::ifstream in("/proc/self/status");
  in.close();
  in.open("/var/lib/service/state.db");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::basic_ifstream::open' inside coroutine 'reopens' {{.*}} [async-blocking-call-in-coroutine]
  std::string line;
  std::getline(in, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::getline' inside coroutine 'reopens' {{.*}} [async-blocking-call-in-coroutine]
  std::string source("/proc/self/status");
  journal << source;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::operator<<' inside coroutine 'reopens' {{.*}} [async-blocking-call-in-coroutine]
  co_return line;
}
