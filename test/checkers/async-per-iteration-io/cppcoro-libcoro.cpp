// cppcoro and libcoro (API shapes): cppcoro's when_all has no bound, so with
// the default MaxConcurrency there is no fix (a note says why) and with 0
// the fix awaits them all; libcoro has no catalogued batch idiom.
// RUN: %check_async_tidy --fix-notes --check-suffixes=BOUNDED %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'api::fetch;api::fetch_task'}}" -- -isystem %shapes
// RUN: %check_async_tidy --fix-notes --check-suffixes=ALL %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'api::fetch;api::fetch_task', async-per-iteration-io.MaxConcurrency: 0}}" -- -isystem %shapes

#include <coro/task.hpp>
#include <cppcoro/task.hpp>
#include <string>
#include <vector>

namespace api {
cppcoro::task<std::string> fetch(std::string url);
coro::task<std::string> fetch_task(std::string url);
} // namespace api

cppcoro::task<std::vector<std::string>> pages(std::vector<std::string> urls) {
  std::vector<std::string> bodies;
  for (const auto &url : urls)
    bodies.emplace_back(co_await api::fetch(url));
  // CHECK-MESSAGES-BOUNDED: :[[@LINE-1]]:34: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'; batch the requests, or run them concurrently with a bound [async-per-iteration-io]
  // CHECK-MESSAGES-BOUNDED: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES-BOUNDED: :[[@LINE-4]]:3: note: no automatic fix: cppcoro cannot bound how many run at once; set MaxConcurrency to 0 to run them all concurrently
  // CHECK-MESSAGES-ALL: :[[@LINE-4]]:34: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'
  // CHECK-MESSAGES-ALL: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-MESSAGES-ALL: :[[@LINE-7]]:3: note: run the calls concurrently with 'cppcoro::when_all'; this starts all of them at once
  // CHECK-FIXES-BOUNDED: {{^}}    bodies.emplace_back(co_await api::fetch(url));{{$}}
  // CHECK-FIXES-ALL: {{^}}  std::vector<cppcoro::task<std::string>> bodies_tasks;{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}  for (const auto &url : urls){{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}    bodies_tasks.push_back(api::fetch(url));{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}  for (auto &&bodies_value : co_await cppcoro::when_all(std::move(bodies_tasks))){{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}    bodies.emplace_back(std::move(bodies_value));{{$}}
  co_return bodies;
}

coro::task<std::vector<std::string>> pages_libcoro(std::vector<std::string> urls) {
  std::vector<std::string> bodies;
  for (const auto &url : urls)
    bodies.push_back(co_await api::fetch_task(url));
  // CHECK-MESSAGES-BOUNDED: :[[@LINE-1]]:31: warning: HTTP request 'api::fetch_task' runs once per iteration over 'urls'
  // CHECK-MESSAGES-BOUNDED: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES-BOUNDED: :[[@LINE-4]]:3: note: no automatic fix: libcoro has no catalogued way to await a range of calls at once
  // CHECK-MESSAGES-ALL: :[[@LINE-4]]:31: warning: HTTP request 'api::fetch_task' runs once per iteration over 'urls'
  // CHECK-MESSAGES-ALL: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-MESSAGES-ALL: :[[@LINE-7]]:3: note: no automatic fix: libcoro has no catalogued way
  co_return bodies;
}

// Not a coroutine: a batch job may block; async-blocking-call-in-coroutine
// and this check are about code on the executor.
std::vector<std::string> offline(std::vector<std::string> urls) {
  std::vector<std::string> bodies;
  for (const auto &url : urls)
    bodies.push_back(url);
  return bodies;
}
