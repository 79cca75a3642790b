// After `co_await post(bind_executor(pool, use_awaitable))` the rest of the
// coroutine runs on `pool`, which may be a pool meant for blocking work: the
// check cannot tell, so blocking calls after such a switch are not reported
// (the offloading pattern of LLM gateways that run curl on a thread pool).
// A switch that names no executor of its own stays home, and a switch in a
// branch does not cover what follows the branch.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE

#include <utility> // Boost 1.81 awaitable.hpp uses std::exchange unincluded.
#include <boost/asio/awaitable.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <curl/curl.h>

namespace asio = boost::asio;

int fetch_with_curl(CURL *curl) { return curl_easy_perform(curl); }

// Offloaded: the curl calls run on the pool.
asio::awaitable<int> offloaded(asio::thread_pool &pool, CURL *curl) {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  int direct = curl_easy_perform(curl);
  int through_helper = fetch_with_curl(curl);
  co_return direct + through_helper;
}

// Before the switch the call still runs on the coroutine's own executor.
asio::awaitable<int> blocks_before_offloading(asio::thread_pool &pool, CURL *curl) {
  int first = curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call 'curl_easy_perform' inside coroutine 'blocks_before_offloading' stalls its executor thread; {{.*}} [async-blocking-call-in-coroutine]
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  co_return first + curl_easy_perform(curl);
}

// `post(use_awaitable)` names no executor: the coroutine stays home.
asio::awaitable<int> yields_then_blocks(CURL *curl) {
  co_await asio::post(asio::use_awaitable);
  co_return curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call 'curl_easy_perform' inside coroutine 'yields_then_blocks' {{.*}} [async-blocking-call-in-coroutine]
}

// A switch in one branch does not move what follows the branch.
asio::awaitable<int> switches_in_a_branch(asio::thread_pool &pool, CURL *curl, bool slow) {
  if (slow)
    co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  co_return curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call 'curl_easy_perform' inside coroutine 'switches_in_a_branch' {{.*}} [async-blocking-call-in-coroutine]
}

// `post(pool, use_awaitable)` runs an empty handler on the pool; the bare
// token's handler resumes the coroutine on its own executor.
asio::awaitable<int> passes_through_the_pool(asio::thread_pool &pool, CURL *curl) {
  co_await asio::post(pool, asio::use_awaitable);
  co_return curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call 'curl_easy_perform' inside coroutine 'passes_through_the_pool' {{.*}} [async-blocking-call-in-coroutine]
}

// A bound token moves one continuation: the next await resumes the
// coroutine on its own executor.
asio::awaitable<int> back_home_after_a_timer(asio::thread_pool &pool, asio::steady_timer &timer,
                                             CURL *curl) {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  int offloaded = curl_easy_perform(curl);
  co_await timer.async_wait(asio::use_awaitable);
  co_return offloaded + curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: blocking call 'curl_easy_perform' inside coroutine 'back_home_after_a_timer' {{.*}} [async-blocking-call-in-coroutine]
}

// In a retry loop the first attempt runs on the pool, the later ones after
// the timer's await, at home.
asio::awaitable<int> retries_at_home(asio::thread_pool &pool, asio::steady_timer &timer,
                                     CURL *curl) {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (curl_easy_perform(curl) != CURLE_OK) {
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call 'curl_easy_perform' inside coroutine 'retries_at_home' {{.*}} [async-blocking-call-in-coroutine]
      co_await timer.async_wait(asio::use_awaitable);
      continue;
    }
    co_return 0;
  }
  co_return 1;
}

// A loop that does not await stays on the pool.
asio::awaitable<int> loops_on_the_pool(asio::thread_pool &pool, CURL *curl) {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  int failures = 0;
  for (int attempt = 0; attempt < 3; ++attempt)
    failures += curl_easy_perform(curl) != CURLE_OK;
  co_return failures;
}

// Only a switch to a pool meant for blocking work offloads: a strand of the
// io_context is home, and so is any token that is not bound to a pool.
asio::awaitable<int> onto_a_strand(asio::strand<asio::io_context::executor_type> &strand,
                                   CURL *curl) {
  co_await asio::dispatch(asio::bind_executor(strand, asio::use_awaitable));
  co_return curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call 'curl_easy_perform' inside coroutine 'onto_a_strand' {{.*}} [async-blocking-call-in-coroutine]
}

asio::awaitable<int> wrapped_token(asio::thread_pool &pool, CURL *curl) {
  co_await asio::post(pool, asio::as_tuple(asio::use_awaitable));
  co_return curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call 'curl_easy_perform' inside coroutine 'wrapped_token' {{.*}} [async-blocking-call-in-coroutine]
}

// An await in a condition resumes at home; a case label is reached without
// the switch before it.
asio::awaitable<bool> ready();
asio::awaitable<int> awaits_in_a_condition(asio::thread_pool &pool, CURL *curl, int mode) {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  if (co_await ready())
    co_return curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call 'curl_easy_perform' inside coroutine 'awaits_in_a_condition' {{.*}} [async-blocking-call-in-coroutine]
  switch (mode) {
  case 0:
    co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
    break;
  case 1:
    co_return curl_easy_perform(curl);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call 'curl_easy_perform' inside coroutine 'awaits_in_a_condition' {{.*}} [async-blocking-call-in-coroutine]
  }
  co_return 0;
}

// An early exit that awaits (to report on the home executor) and returns
// does not bring the code after it home.
asio::awaitable<int> reports_failure_at_home(asio::thread_pool &pool, CURL *curl,
                                             asio::any_io_executor home) {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  if (!curl) {
    co_await asio::post(asio::bind_executor(home, asio::use_awaitable));
    co_return -1;
  }
  co_return curl_easy_perform(curl);
}
