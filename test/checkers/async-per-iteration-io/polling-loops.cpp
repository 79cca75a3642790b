// A polling loop (no range, no counter) that waits on a timer between
// rounds makes one request per round on purpose: a cleanup job, a
// heartbeat, a worker asking for its next job. Nothing is per item, so
// nothing is batched or run concurrently; before this rule each was a false
// finding (a retry loop, which leaves once a request succeeds, was already
// left alone). A loop over items stays per-iteration, with or without a
// pause between items, and so does a loop with no timer. The pause may be a
// blocking sleep (async-blocking-call-in-coroutine reports that one) or a
// function of the project that sleeps; a function that does not sleep is
// no pause.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'api::fetch;api::next_job;api::beat'}}" -- -isystem %shapes

#include <drogon/utils/coroutine.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
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

// Paced by a blocking sleep: still one request per round.
drogon::Task<void> heartbeat(int id) {
  while (!stopping.load()) {
    co_await api::beat(id);
    std::this_thread::sleep_for(std::chrono::seconds(30));
  }
}

// Paced by the project's own pause, awaited or called.
drogon::Task<void> pause_between_rounds(trantor::EventLoop *loop) {
  co_await drogon::sleepCoro(loop, 10.0);
}
void back_off(unsigned seconds) { sleep(seconds); }

drogon::Task<void> expire_jobs(trantor::EventLoop *loop) {
  while (true) {
    co_await api::fetch("http://localhost/jobs/expire");
    co_await pause_between_rounds(loop);
  }
}

drogon::Task<void> poll_health(int id) {
  for (;;) {
    co_await api::beat(id);
    back_off(5);
  }
}

// A helper that only sleeps inside a lambda it hands out, or does not sleep
// at all, is no pause: draining the queue is per item.
void record(const std::string &url);
auto make_pause() {
  return [] { sleep(1); };
}

drogon::Task<int> drain_recorded(std::vector<std::string> queue) {
  int total = 0;
  while (!queue.empty()) {
    std::string url = queue.back();
    queue.pop_back();
    total += static_cast<int>((co_await api::fetch(url)).size());
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: HTTP request 'api::fetch' runs once per iteration{{.*}} [async-per-iteration-io]
    record(url);
    auto pause = make_pause();
  }
  co_return total;
}

// A sleeping helper between items does not make items rounds.
drogon::Task<int> throttled_by_helper(trantor::EventLoop *loop, std::vector<std::string> urls) {
  int total = 0;
  for (const std::string &url : urls) {
    total += static_cast<int>((co_await api::fetch(url)).size());
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    co_await pause_between_rounds(loop);
  }
  co_return total;
}

// A retry wrapper that sleeps only after a failed request is the request,
// not a pause; a helper that sleeps only sometimes is no pause either:
// draining the queue through them is per item.
drogon::Task<std::string> fetch_with_retry(trantor::EventLoop *loop, std::string url) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::string body = co_await api::fetch(url);
    if (!body.empty())
      co_return body;
    co_await drogon::sleepCoro(loop, 1.0);
  }
  co_return "";
}
void log_line(const std::string &line, bool slow) {
  record(line);
  if (slow)
    usleep(1000);
}

drogon::Task<int> drain_with_retry(trantor::EventLoop *loop, std::vector<std::string> queue) {
  int total = 0;
  while (!queue.empty()) {
    std::string url = queue.back();
    queue.pop_back();
    total += static_cast<int>((co_await fetch_with_retry(loop, url)).size());
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: call to 'fetch_with_retry' makes an HTTP request 'api::fetch' once per iteration{{.*}} [async-per-iteration-io]
  }
  co_return total;
}

drogon::Task<int> drain_logged(std::vector<std::string> queue) {
  int total = 0;
  while (!queue.empty()) {
    std::string url = queue.back();
    queue.pop_back();
    total += static_cast<int>((co_await api::fetch(url)).size());
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: HTTP request 'api::fetch' runs once per iteration{{.*}} [async-per-iteration-io]
    log_line(url, total > 100);
  }
  co_return total;
}

// The project's own sleep: an awaiter that resumes the coroutine from the
// event loop's timer (the catalog's resume_schedulers), awaited directly,
// through a function returning it, or as the only wait of a coroutine.
struct Sleep {
  trantor::EventLoop *loop;
  double seconds;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) { loop->runAfter(seconds, [h] { h.resume(); }); }
  void await_resume() const noexcept {}
};
Sleep sleep_for(trantor::EventLoop *loop, double seconds) { return Sleep{loop, seconds}; }
drogon::Task<void> nap(trantor::EventLoop *loop) { co_await Sleep{loop, 1.0}; }

drogon::Task<void> heartbeat_own_sleep(trantor::EventLoop *loop, int id) {
  while (!stopping.load()) {
    co_await api::beat(id);
    co_await Sleep{loop, 10.0};
  }
}
drogon::Task<void> heartbeat_sleep_for(trantor::EventLoop *loop, int id) {
  while (!stopping.load()) {
    co_await api::beat(id);
    co_await sleep_for(loop, 10.0);
  }
}
drogon::Task<void> heartbeat_nap(trantor::EventLoop *loop, int id) {
  while (!stopping.load()) {
    co_await api::beat(id);
    co_await nap(loop);
  }
}

// An awaiter that hands the coroutine to nothing is no pause.
struct Ready {
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) { return false; }
  void await_resume() const noexcept {}
};
drogon::Task<void> heartbeat_no_pause(int id) {
  while (!stopping.load()) {
    co_await api::beat(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: HTTP request 'api::beat' runs once per iteration{{.*}} [async-per-iteration-io]
    co_await Ready{};
  }
}
