// A request after which every path leaves the loop runs at most once per
// run of the loop: the loop looks for the item, makes one request for it
// and stops. Nothing repeats, so nothing is batched. A request followed by
// a path that goes on to the next item stays per-iteration, and so does one
// in a lambda run per element, whose `return` ends only that element.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'api::fetch;api::notify;api::post_sync'}}" -- -isystem %shapes

#include <drogon/utils/coroutine.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace api {
drogon::Task<std::string> fetch(std::string url);
drogon::Task<void> notify(std::string url);
int post_sync(std::string url);
} // namespace api

// Found the first match: one request, then break.
drogon::Task<std::string> first_match(std::vector<std::string> urls) {
  for (const std::string &url : urls)
    if (url.starts_with("https://")) {
      std::string body = co_await api::fetch(url);
      break;
    }
  co_return "";
}

// The request is the value returned.
drogon::Task<std::string> returned(std::vector<std::string> urls) {
  for (const std::string &url : urls)
    if (!url.empty())
      co_return co_await api::fetch(url);
  co_return "";
}

// Leaves later in an enclosing block, on both branches of an if, or by a
// throw or a call that does not return.
drogon::Task<int> leaves_further_out(std::vector<std::string> urls, bool strict) {
  for (const std::string &url : urls) {
    if (url.empty())
      continue; // Before the request: it does not repeat the request.
    {
      co_await api::notify(url);
    }
    if (strict)
      throw std::runtime_error("stop");
    else
      co_return 1;
  }
  for (const std::string &url : urls) {
    co_await api::notify(url);
    std::abort();
  }
  co_return 0;
}

// A `continue` after the request goes on to the next item: per-iteration.
drogon::Task<std::string> first_non_empty(std::vector<std::string> urls) {
  for (const std::string &url : urls) {
    std::string body = co_await api::fetch(url);
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    if (body.empty())
      continue;
    co_return body;
  }
  co_return "";
}

// The request is in the test of an `if` that goes on to the next item.
drogon::Task<std::string> first_existing(std::vector<std::string> urls) {
  for (const std::string &url : urls) {
    if ((co_await api::fetch(url)).empty())
      // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
      continue;
    co_return url;
  }
  co_return "";
}

// A handler may go on to the next item after the request threw.
drogon::Task<std::string> first_that_answers(std::vector<std::string> urls) {
  for (const std::string &url : urls) {
    try {
      co_return co_await api::fetch(url);
      // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    } catch (...) {
    }
  }
  co_return "";
}

// Leaving on one branch only: the other goes on.
drogon::Task<int> leaves_sometimes(std::vector<std::string> urls) {
  for (const std::string &url : urls) {
    co_await api::notify(url);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: HTTP request 'api::notify' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    if (url.size() > 10)
      break;
  }
  co_return 0;
}

// A `break` inside a switch ends the switch, not the loop.
drogon::Task<int> switched(std::vector<int> codes) {
  for (int code : codes) {
    switch (code) {
    case 1:
      co_await api::notify("one");
      // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: HTTP request 'api::notify' runs once per iteration over 'codes'{{.*}} [async-per-iteration-io]
      break;
    default:
      co_return code;
    }
  }
  co_return 0;
}

// A lambda run per element: its return ends one element only.
drogon::Task<int> per_element(std::vector<std::string> urls) {
  std::for_each(urls.begin(), urls.end(), [](const std::string &url) {
    api::post_sync(url);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: HTTP request 'api::post_sync' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    return;
  });
  co_return 0;
}
