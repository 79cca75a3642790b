// A scope guard whose lambda captured a curl header list's head frees the
// list on every path out. curl_slist_append on a list that has a head
// appends to it and returns that same head, so the headers appended after
// the guard was made are freed with it: not reported. A list the guard
// captured while it was still empty, or a new list put in its variable,
// is not the guard's, and leaks. A guard made before the list, capturing
// its variable by reference, frees whatever the variable holds at the end.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -isystem %shapes

#include <curl/curl.h>
#include <folly/experimental/coro/Task.h>

#include <functional>
#include <string>
#include <utility>

template <class F> class ScopeExit {
public:
  explicit ScopeExit(F f) : f_(std::move(f)) {}
  ~ScopeExit() { f_(); }

private:
  F f_;
};

// The guard holds the head; two more headers go onto the same list.
folly::coro::Task<int> login_then_chat(CURL *curl, const std::string &token) {
  curl_slist *headers = nullptr;
  headers = curl_slist_append(headers, "Content-Type: application/json");
  ScopeExit free_headers{[=] { curl_slist_free_all(headers); }};
  if (curl_easy_perform(curl) != CURLE_OK)
    co_return -1;
  std::string auth = "Authorization: Bearer " + token;
  headers = curl_slist_append(headers, auth.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  if (curl_easy_perform(curl) != CURLE_OK)
    co_return -2;
  headers = curl_slist_append(headers, "Accept: text/event-stream");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  co_return curl_easy_perform(curl) == CURLE_OK ? 0 : -3;
}

// The guard captured the list while it was empty: it frees nothing, and
// the list made after it leaks.
int empty_when_guarded(CURL *curl) {
  curl_slist *headers = nullptr;
  ScopeExit free_headers{[=] { curl_slist_free_all(headers); }};
  headers = curl_slist_append(headers, "Accept: */*");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'headers' from 'curl_slist_append' is not released with 'curl_slist_free_all' on every path out of 'empty_when_guarded' [async-unclosed-client]
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}

// After the guard, the variable gets a new list, not the guarded one.
int new_list_after_guard(CURL *curl) {
  curl_slist *headers = curl_slist_append(nullptr, "Accept: */*");
  ScopeExit free_headers{[=] { curl_slist_free_all(headers); }};
  headers = curl_slist_append(nullptr, "Accept: application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'headers' from 'curl_slist_append' is not released with 'curl_slist_free_all' on every path out of 'new_list_after_guard' [async-unclosed-client]
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}

// Another variable's list is its own, guarded or not.
int second_list(CURL *curl) {
  curl_slist *headers = curl_slist_append(nullptr, "Accept: */*");
  ScopeExit free_headers{[=] { curl_slist_free_all(headers); }};
  curl_slist *resolve = nullptr;
  resolve = curl_slist_append(resolve, "example.com:443:127.0.0.1");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'resolve' from 'curl_slist_append' is not released with 'curl_slist_free_all' on every path out of 'second_list' [async-unclosed-client]
  curl_easy_setopt(curl, CURLOPT_RESOLVE, resolve);
  return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}

// A guard made first, capturing the variable by reference, frees what the
// variable holds when the guard goes: every list put in it.
template <class F> ScopeExit<F> finally(F f) { return ScopeExit<F>(std::move(f)); }

int guard_by_reference(CURL *curl, bool verbose) {
  curl_slist *headers = nullptr;
  auto free_headers = finally([&] { curl_slist_free_all(headers); });
  headers = curl_slist_append(headers, "Accept: */*");
  if (verbose)
    return 1;
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;
}

// A lambda kept as a lambda (or in a std::function) frees only when it is
// called, and a guard whose scope ended before the list was made frees
// nothing of it.
int cleanup_not_called(CURL *curl, bool verbose) {
  curl_slist *headers = nullptr;
  auto free_headers = [&] { curl_slist_free_all(headers); };
  headers = curl_slist_append(headers, "Accept: */*");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'headers' from 'curl_slist_append' is not released with 'curl_slist_free_all' on every path out of 'cleanup_not_called' [async-unclosed-client]
  if (verbose)
    return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  int rc = curl_easy_perform(curl);
  free_headers();
  return rc;
}

int cleanup_in_function(CURL *curl, bool verbose) {
  curl_slist *headers = nullptr;
  std::function<void()> free_headers = [&] { curl_slist_free_all(headers); };
  headers = curl_slist_append(headers, "Accept: */*");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'headers' from 'curl_slist_append' is not released with 'curl_slist_free_all' on every path out of 'cleanup_in_function' [async-unclosed-client]
  if (verbose)
    return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  int rc = curl_easy_perform(curl);
  free_headers();
  return rc;
}

int guard_out_of_scope(CURL *curl) {
  curl_slist *headers = nullptr;
  {
    ScopeExit warm_up{[&] { curl_slist_free_all(headers); }};
  }
  headers = curl_slist_append(headers, "Accept: */*");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'headers' from 'curl_slist_append' is not released with 'curl_slist_free_all' on every path out of 'guard_out_of_scope' [async-unclosed-client]
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  return curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}

// A guard that frees another list does not own this one.
int guard_of_another(CURL *curl) {
  curl_slist *resolve = nullptr, *headers = nullptr;
  ScopeExit free_resolve{[&] { curl_slist_free_all(resolve); }};
  headers = curl_slist_append(headers, "Accept: */*");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'headers' from 'curl_slist_append' is not released with 'curl_slist_free_all' on every path out of 'guard_of_another' [async-unclosed-client]
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  return curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}
