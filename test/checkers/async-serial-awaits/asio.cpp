// Boost.Asio 1.81, real headers: independent awaits become one await of the
// awaitable operators, spelled as 1.81 types them (void operands first, one
// value stays a value, several become a tuple). The fix is unsafe: it is on
// a note and applied with --fix-notes; the fixed file is compiled.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE

#include <utility>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <string>
#include <tuple>
// The operators' header is included once (llvm include order: it sorts
// before <utility>).
// CHECK-FIXES: #include <boost/asio/experimental/awaitable_operators.hpp>
// CHECK-FIXES-NEXT: #include <utility>

namespace asio = boost::asio;
using asio::ip::tcp;

asio::awaitable<std::string> get_profile(int user);
asio::awaitable<std::string> search(std::string query);
asio::awaitable<int> load_history(int user);
asio::awaitable<void> record_visit(int user);
asio::awaitable<std::tuple<int, int>> load_counts(int user);
asio::awaitable<int> score(const std::string &profile);

asio::awaitable<std::string> load_dashboard(int user) {
  auto profile = co_await get_profile(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 4 independent awaits in 'load_dashboard' run one after another ('get_profile', 'record_visit', 'search', 'load_history'); running them concurrently makes the latency the longest of them instead of their sum [async-serial-awaits]
  // CHECK-FIXES: {{^}}  using namespace boost::asio::experimental::awaitable_operators;
  // CHECK-FIXES-NEXT: {{^}}  auto [profile, results, history] = co_await (record_visit(user) && get_profile(user) && search("shoes") && load_history(user));
  int limit = 10; // A local computation may stay in between; it follows.
  // CHECK-FIXES: {{^}}  int limit = 10; // A local computation may stay in between; it follows.
  co_await record_visit(user);
  auto results = co_await search("shoes");
  int history = co_await load_history(user);
  co_return profile + results + std::to_string(history + limit);
}

asio::awaitable<int> one_value(int user) {
  co_await record_visit(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 2 independent awaits in 'one_value'
  auto h = co_await load_history(user);
  // void && T is T: a plain declaration, no structured binding.
  // CHECK-FIXES: {{^}}  auto h = co_await (record_visit(user) && load_history(user));
  co_return h + 1;
}

asio::awaitable<void> all_void(int user) {
  co_await record_visit(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 2 independent awaits in 'all_void'
  co_await record_visit(user + 1);
  // CHECK-FIXES: {{^}}  co_await (record_visit(user) && record_visit(user + 1));
}

// A variable returned by name stays a variable (a structured binding would
// be copied where the variable is moved): it takes its value from a fresh
// binding, in its statement's place.
asio::awaitable<int> returned_by_name(int user) {
  auto a = co_await load_history(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 2 independent awaits in 'returned_by_name'
  // CHECK-FIXES: {{^}}  auto [a_value, b_value] = co_await (load_history(user) && load_history(user + 1));
  // CHECK-FIXES-NEXT: {{^}}  auto a = std::move(a_value);
  auto b = co_await load_history(user + 1);
  // CHECK-FIXES: {{^}}  auto b = std::move(b_value);
  if (a > b)
    co_return a;
  co_return b;
}

// Awaits assigned to existing objects: fresh bindings, each assignment in
// its place.
struct Totals {
  int history = 0;
};
asio::awaitable<int> assigned(int user, Totals &totals) {
  int profile = 0;
  profile = co_await load_history(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 2 independent awaits in 'assigned'
  // CHECK-FIXES: {{^}}  auto [profile_value, history_value] = co_await (load_history(user) && load_history(user + 1));
  // CHECK-FIXES-NEXT: {{^}}  profile = std::move(profile_value);
  totals.history = co_await load_history(user + 1);
  // CHECK-FIXES: {{^}}  totals.history = std::move(history_value);
  co_return profile;
}

// Two groups that assign the same variables: each fix's names are its own.
asio::awaitable<int> assigned_twice(int user) {
  int a = 0, b = 0;
  a = co_await load_history(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 2 independent awaits in 'assigned_twice'
  // CHECK-FIXES: {{^}}  auto [a_value, b_value] = co_await (load_history(user) && load_history(user + 1));
  b = co_await load_history(user + 1);
  co_await record_visit(a + b);
  a = co_await load_history(user + 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 2 independent awaits in 'assigned_twice'
  // CHECK-FIXES: {{^}}  auto [a_value2, b_value2] = co_await (load_history(user + 2) && load_history(user + 3));
  b = co_await load_history(user + 3);
  co_return a + b;
}

// --- Reported, not fixed ---------------------------------------------------

asio::awaitable<int> leading_tuple(int user) {
  auto counts = co_await load_counts(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 2 independent awaits in 'leading_tuple'
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: no automatic fix: Boost.Asio's && would flatten the std::tuple that 'load_counts(user)' yields
  auto h = co_await load_history(user);
  co_return std::get<0>(counts) + h;
}

asio::awaitable<long> converting(int user) {
  long h = co_await load_history(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 2 independent awaits in 'converting'
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: no automatic fix: 'h' converts the awaited value
  auto p = co_await get_profile(user);
  co_return h + static_cast<long>(p.size());
}

// --- Dependent: nothing to report -----------------------------------------

asio::awaitable<int> reads_earlier_result(int user) {
  auto profile = co_await get_profile(user);
  auto s = co_await score(profile);
  co_return s;
}

asio::awaitable<std::size_t> one_socket(tcp::socket &sock) {
  char a[16], b[16];
  auto n = co_await sock.async_read_some(asio::buffer(a), asio::use_awaitable);
  auto m = co_await sock.async_read_some(asio::buffer(b), asio::use_awaitable);
  co_return n + m;
}

asio::awaitable<int> early_exit(int user) {
  auto h = co_await load_history(user);
  if (h == 0)
    co_return 0;
  auto g = co_await load_history(user + 1);
  co_return h + g;
}

asio::awaitable<int> deliberate_delay(asio::steady_timer &timer, int user) {
  co_await timer.async_wait(asio::use_awaitable);
  auto h = co_await load_history(user);
  co_return h;
}

asio::awaitable<int> different_branches(bool fresh, int user) {
  int h = 0;
  if (fresh) {
    h = co_await load_history(user);
  } else {
    h = co_await load_history(user + 1);
  }
  co_return h;
}

asio::awaitable<int> in_a_loop(int users) {
  int total = 0;
  for (int u = 0; u < users; ++u) {
    auto a = co_await load_history(u);
    auto b = co_await load_history(u + 1000);
    total += a + b;
  }
  co_return total;
}

// A template: reported once; the pattern's non-dependent awaits are fixed.
template <typename T> asio::awaitable<T> twice(T user) {
  auto a = co_await load_history(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 2 independent awaits in 'twice'
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: no automatic fix: the awaits depend on template parameters
  auto b = co_await load_history(user + 1);
  co_return a + b;
}
template asio::awaitable<int> twice(int);
