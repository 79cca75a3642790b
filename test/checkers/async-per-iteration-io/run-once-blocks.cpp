// `do { ... } while (0)` runs its body once: a block that can be left with
// `break` (cinatra's request path reconnects inside one), not a loop. A
// loop around it still repeats what is inside.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'api::fetch'}}" -- -isystem %shapes

#include <cppcoro/task.hpp>
#include <string>
#include <vector>

namespace api {
cppcoro::task<std::string> fetch(std::string url);
} // namespace api

cppcoro::task<std::string> once(std::string url, bool redirect) {
  std::string body;
  do {
    if (redirect)
      break;
    body = co_await api::fetch(url);
  } while (0);
  co_return body;
}

cppcoro::task<std::string> once_with_false(std::string url) {
  std::string body;
  do {
    body = co_await api::fetch(url);
  } while (false);
  co_return body;
}

cppcoro::task<std::vector<std::string>> inside_a_real_loop(std::vector<std::string> urls) {
  std::vector<std::string> bodies;
  for (const auto &url : urls) {
    do {
      bodies.push_back(co_await api::fetch(url));
      // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    } while (0);
  }
  co_return bodies;
}

// A loop whose condition is computed repeats.
cppcoro::task<std::string> until_done(std::string url, int tries) {
  std::string body;
  do {
    body = co_await api::fetch(url);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: HTTP request 'api::fetch' runs once per iteration{{.*}} [async-per-iteration-io]
  } while (body.empty() && --tries > 0);
  co_return body;
}
