// libcurl with the real header: easy handles and header lists that some path
// leaves behind, in coroutines and plain functions, and the RAII fix.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -isystem %shapes

#include <curl/curl.h>
#include <folly/experimental/coro/Task.h>
#include <memory>
#include <string>
#include <vector>

folly::coro::Task<int> fetch_embedding(const char *url, bool cached) {
  CURL *curl = curl_easy_init();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'curl' from 'curl_easy_init' is not released with 'curl_easy_cleanup' on every path out of 'fetch_embedding' [async-unclosed-client]
  // CHECK-FIXES: {{^}}  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);{{$}}
  if (!curl)
    co_return -1;
  // CHECK-FIXES: {{^}}  if (!curl.get()){{$}}
  curl_easy_setopt(curl, CURLOPT_URL, url);
  // CHECK-FIXES: {{^}}  curl_easy_setopt(curl.get(), CURLOPT_URL, url);{{$}}
  if (cached)
    co_return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'co_return' is taken
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  // CHECK-FIXES: {{^}}  curl.reset();{{$}}
  co_return rc == CURLE_OK ? 1 : 2;
}

// Released on every path, through an early-exit ladder: nothing to say.
int post_json(const char *url, const char *body) {
  CURL *curl = curl_easy_init();
  if (curl == nullptr)
    return -1;
  curl_slist *headers = nullptr;
  headers = curl_slist_append(headers, "Content-Type: application/json");
  headers = curl_slist_append(headers, "Accept: application/json");
  if (curl_easy_setopt(curl, CURLOPT_URL, url) != CURLE_OK) {
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return -2;
  }
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
  CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return rc;
}

// A header list lost on the error path; the reassigning appends are one
// list. No fix: the list is built by assignment, not in its declaration.
int with_headers(CURL *curl, bool bad) {
  curl_slist *headers = nullptr;
  headers = curl_slist_append(headers, "Accept: text/event-stream");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'headers' from 'curl_slist_append' is not released with 'curl_slist_free_all' on every path out of 'with_headers'
  headers = curl_slist_append(headers, "Cache-Control: no-cache");
  if (bad)
    return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_slist_free_all(headers);
  return 0;
}

// A handle per iteration, lost when the loop breaks out.
void crawl(const std::vector<std::string> &urls) {
  for (const std::string &url : urls) {
    CURL *curl = curl_easy_init();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'curl' from 'curl_easy_init' is not released with 'curl_easy_cleanup' on every path out of 'crawl'
    // CHECK-FIXES: {{^}}    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);{{$}}
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    // CHECK-FIXES: {{^}}    curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());{{$}}
    if (curl_easy_perform(curl) != CURLE_OK)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: leaks when this 'break' is taken
    curl_easy_cleanup(curl);
  }
}

// Never released at all: the fix releases it at scope exit.
void forgotten(const char *url) {
  CURL *curl = curl_easy_init();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'curl' from 'curl_easy_init' is not released
  // CHECK-FIXES: {{^}}  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);{{$}}
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_perform(curl);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'curl' goes out of scope here

// Escapes: whoever receives the handle owns it now.
struct Transfer {
  CURL *easy;
  void start() { easy = curl_easy_init(); }
  void adopt() {
    CURL *fresh = curl_easy_init();
    easy = fresh;
  }
};
CURL *make_handle() {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  return curl;
}
void give_out(CURL **out) {
  CURL *curl = curl_easy_init();
  *out = curl;
}
void register_handle(std::vector<CURL *> &pool) {
  CURL *curl = curl_easy_init();
  pool.push_back(curl);
}
void hand_to(void (*sink)(CURL *)) {
  CURL *curl = curl_easy_init();
  sink(curl);
}
auto later() {
  CURL *curl = curl_easy_init();
  return [curl] { curl_easy_cleanup(curl); };
}

// Already RAII: nothing is tracked.
void owned(const char *url) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  curl_easy_setopt(curl.get(), CURLOPT_URL, url);
  curl_easy_perform(curl.get());
}

// Calls that never return end a path without a leak.
[[noreturn]] void die(const char *why);
void checked(const char *url) {
  CURL *curl = curl_easy_init();
  if (curl_easy_setopt(curl, CURLOPT_URL, url) != CURLE_OK)
    die("bad url");
  curl_easy_cleanup(curl);
}

// Templates: reported once, at the pattern's location, without a fix.
template <class Sink> int each(const char *url, Sink sink) {
  CURL *curl = curl_easy_init();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'curl' from 'curl_easy_init' is not released with 'curl_easy_cleanup' on every path out of 'each'
  if (!sink(url))
    return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  curl_easy_cleanup(curl);
  return 0;
}
int use_each() {
  return each("a", [](const char *) { return true; }) + each("b", [](const char *) { return 1; });
}

// Lambdas are functions of their own.
auto probe = [](const char *url) {
  CURL *curl = curl_easy_init();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'curl' from 'curl_easy_init' is not released with 'curl_easy_cleanup' on every path out of the lambda
  // CHECK-FIXES: {{^}}  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);{{$}}
  if (url == nullptr)
    return false;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  curl_easy_cleanup(curl);
  // CHECK-FIXES: {{^}}  curl.reset();{{$}}
  return true;
};

// Macros: the acquisition inside a macro body gets the warning, no fix.
#define NEW_EASY() curl_easy_init()
void from_macro(bool b) {
  CURL *curl = NEW_EASY();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'curl' from 'curl_easy_init' is not released
  // CHECK-FIXES: {{^}}  CURL *curl = NEW_EASY();{{$}}
  if (b)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  curl_easy_cleanup(curl);
}

// A handle set to null after cleanup is assigned: no fix, and no finding
// when every path releases.
void reset_after(const char *url) {
  CURL *curl = curl_easy_init();
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  curl = nullptr;
}
