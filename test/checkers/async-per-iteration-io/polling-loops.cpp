// A polling loop (no range, no counter) that waits on a timer between
// rounds makes one request per round on purpose: a cleanup job, a
// heartbeat, a worker asking for its next job. Nothing is per item, so
// nothing is batched or run concurrently; before this rule each was a false
// finding (a retry loop, which leaves once a request succeeds, was already
// left alone). A loop over items stays per-iteration, with or without a
// pause between items, and so does a loop with no timer.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'api::fetch;api::next_job;api::beat'}}" -- -isystem %shapes

#include <drogon/utils/coroutine.h>

#include <atomic>
#include <string>
#include <vector>

namespace api {
drogon::Task<std::string> fetch(std::string url);
drogon::Task<int> next_job(int worker);
drogon::Task<void> beat(int worker);
} // namespace api

std::atomic<bool> stopping{false};

// Every minute until shutdown (ShortLinkCpp's cleanup of expired links).
drogon::Task<void> cleanup(trantor::EventLoop *loop) {
  while (!stopping.load()) {
    co_await drogon::sleepCoro(loop, 60.0);
    co_await api::fetch("http://localhost/cleanup");
  }
}

// A worker that polls for work and sleeps in some branches only.
drogon::Task<void> worker(trantor::EventLoop *loop, int id) {
  for (;;) {
    co_await api::beat(id);
    int job = co_await api::next_job(id);
    if (job == 0)
      co_await drogon::sleepCoro(loop, 5.0);
  }
}

// A pause between items does not make items rounds: still one request per
// item.
drogon::Task<int> throttled(trantor::EventLoop *loop, std::vector<std::string> urls) {
  int total = 0;
  for (const std::string &url : urls) {
    total += static_cast<int>((co_await api::fetch(url)).size());
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    co_await drogon::sleepCoro(loop, 0.1);
  }
  co_return total;
}

// Draining a queue without a timer is per item.
drogon::Task<int> drain(std::vector<std::string> queue) {
  int total = 0;
  while (!queue.empty()) {
    std::string url = queue.back();
    queue.pop_back();
    total += static_cast<int>((co_await api::fetch(url)).size());
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: HTTP request 'api::fetch' runs once per iteration{{.*}} [async-per-iteration-io]
  }
  co_return total;
}
