// A coroutine lambda written in main, outside its loops, and handed only to
// functions that run it once (the catalog's runs_once: Drogon's
// async_func/async_run, trantor's queueInLoop, asio's co_spawn) runs once as
// the program starts. What it does before it first suspends delays the
// start once, and is not reported (found on the tuning half: a crawler that
// reads its seed file before it starts crawling). After its first
// suspension, in a loop that awaits, in a lambda given to a repeating timer,
// kept in a variable, made in a loop or outside main, a blocking call is
// reported as anywhere.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <drogon/HttpAppFramework.h>
#include <drogon/utils/coroutine.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

using drogon::Task;
using namespace std::chrono_literals;

Task<> crawl();

// Outside main: it runs once per call of serve.
void serve() {
  drogon::app().getLoop()->queueInLoop(drogon::async_func([]() -> Task<> {
    std::this_thread::sleep_for(10ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call 'std::this_thread::sleep_for' inside coroutine lambda{{.*}} [async-blocking-call-in-coroutine]
    co_await crawl();
  }));
}

int main(int argc, char **argv) {
  std::string seeds = argc > 1 ? argv[1] : "seeds.txt";

  drogon::app().getLoop()->queueInLoop(drogon::async_func([&]() -> Task<> {
    std::ifstream in(seeds);
    std::string line;
    while (std::getline(in, line))
      if (line.empty())
        continue;
    co_await crawl();
    std::this_thread::sleep_for(10ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call 'std::this_thread::sleep_for' inside coroutine lambda{{.*}} [async-blocking-call-in-coroutine]
  }));

  drogon::async_run([]() -> Task<> {
    std::this_thread::sleep_for(10ms);
    co_return;
  });

  // A loop of the lambda's that awaits: the call runs again after a
  // suspension.
  drogon::app().getLoop()->queueInLoop(drogon::async_func([]() -> Task<> {
    for (int round = 0; round < 3; ++round) {
      std::this_thread::sleep_for(10ms);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call 'std::this_thread::sleep_for' inside coroutine lambda{{.*}} [async-blocking-call-in-coroutine]
      co_await crawl();
    }
  }));

  // A repeating timer runs it every minute.
  drogon::app().getLoop()->runEvery(60.0, drogon::async_func([]() -> Task<> {
    std::this_thread::sleep_for(10ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call 'std::this_thread::sleep_for' inside coroutine lambda{{.*}} [async-blocking-call-in-coroutine]
    co_return;
  }));

  // Kept in a variable, it may be called again.
  auto later = drogon::async_func([]() -> Task<> {
    std::this_thread::sleep_for(10ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call 'std::this_thread::sleep_for' inside coroutine lambda{{.*}} [async-blocking-call-in-coroutine]
    co_return;
  });
  later();
  later();

  // Made once per iteration of main's loop.
  for (int i = 1; i < argc; ++i)
    drogon::app().getLoop()->queueInLoop(drogon::async_func([]() -> Task<> {
      std::this_thread::sleep_for(10ms);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call 'std::this_thread::sleep_for' inside coroutine lambda{{.*}} [async-blocking-call-in-coroutine]
      co_return;
    }));

  drogon::app().run();
}
