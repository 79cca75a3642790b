// Loops whose body does more than append: the awaited call's results feed
// per-element statements. Real Boost.Asio 1.81 (make_parallel_group); the
// body stays, reads each element's result in order, and rethrows an
// element's failure where its await stood. Refused, with the reason, where
// the body's statements would not run per element as before.
// RUN: %check_async_tidy --fix-notes %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.DatabaseFunctions: 'db::find;db::count', async-per-iteration-io.MaxConcurrency: 0}}" \
// RUN:   -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE

#include <utility>
#include <boost/asio.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace asio = boost::asio;

namespace db {
asio::awaitable<std::optional<std::string>> find(int id);
asio::awaitable<int> count(int id);
asio::awaitable<void> touch(int id);
} // namespace db

asio::awaitable<std::vector<std::string>> found(std::vector<int> ids) {
  std::vector<std::string> out;
  for (int id : ids) {
    auto name = co_await db::find(id);
    if (name)
      out.push_back(*name);
  }
  // CHECK-MESSAGES: :[[@LINE-4]]:26: warning: database query 'db::find' runs once per iteration over 'ids' (N+1); {{.*}}
  // CHECK-FIXES: {{^}}  auto find_executor = co_await boost::asio::this_coro::executor;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::vector<decltype(boost::asio::co_spawn(find_executor, std::declval<boost::asio::awaitable<std::optional<std::string>>>(), boost::asio::deferred))> find_tasks;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (int id : ids){{$}}
  // CHECK-FIXES-NEXT: {{^}}    find_tasks.push_back(boost::asio::co_spawn(find_executor, db::find(id), boost::asio::deferred));{{$}}
  // CHECK-FIXES-NEXT: {{^}}  auto [find_order, find_errors, find_results] = co_await boost::asio::experimental::make_parallel_group(std::move(find_tasks)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::size_t find_index = 0;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (int id : ids) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    if (find_errors[find_index]){{$}}
  // CHECK-FIXES-NEXT: {{^}}      std::rethrow_exception(find_errors[find_index]);{{$}}
  // CHECK-FIXES-NEXT: {{^}}    auto name = std::move(find_results[find_index++]);{{$}}
  co_return out;
}

asio::awaitable<std::map<int, int>> counts_by_id(const std::vector<int> &ids) {
  std::map<int, int> counts;
  for (int id : ids) {
    counts[id] = co_await db::count(id);
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:27: warning: database query 'db::count' runs once per iteration over 'ids' (N+1); {{.*}}
  // CHECK-FIXES: {{^}}    counts[id] = std::move(count_results[count_index++]);{{$}}
  co_return counts;
}

asio::awaitable<int> total(std::vector<int> ids) {
  int sum = 0;
  for (const int id : ids) {
    int before = sum;
    sum += co_await db::count(id);
    if (sum < before)
      sum = before;
  }
  // CHECK-MESSAGES: :[[@LINE-4]]:21: warning: database query 'db::count' runs once per iteration over 'ids' (N+1); {{.*}}
  // CHECK-FIXES: {{^}}    int before = sum;{{$}}
  // CHECK-FIXES-NEXT: {{^}}    if (count_errors[count_index]){{$}}
  // CHECK-FIXES-NEXT: {{^}}      std::rethrow_exception(count_errors[count_index]);{{$}}
  // CHECK-FIXES-NEXT: {{^}}    sum += std::move(count_results[count_index++]);{{$}}
  co_return sum;
}

// A loop over an index the body only reads: its header runs twice.
asio::awaitable<std::vector<std::string>> by_index(const std::vector<int> &ids) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    out.push_back((co_await db::find(ids[i])).value_or("?"));
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: database query 'db::find' runs once per iteration over 'i' (N+1); {{.*}}
  // CHECK-FIXES: {{^}}  for (std::size_t i = 0; i < ids.size(); ++i){{$}}
  // CHECK-FIXES-NEXT: {{^}}    find_tasks.push_back(boost::asio::co_spawn(find_executor, db::find(ids[i]), boost::asio::deferred));{{$}}
  // CHECK-FIXES: {{^}}    out.push_back((std::move(find_results[find_index++])).value_or("?"));{{$}}
  co_return out;
}

// Two loops in one scope: each fix's names are its own.
asio::awaitable<int> two_loops(std::vector<int> a, std::vector<int> b) {
  int sum = 0;
  for (int id : a) {
    sum += co_await db::count(id);
  }
  for (int id : b) {
    sum -= co_await db::count(id);
  }
  // CHECK-MESSAGES: :[[@LINE-5]]:21: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:21: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-FIXES: {{^}}    sum += std::move(count_results[count_index++]);{{$}}
  // CHECK-FIXES: {{^}}    sum -= std::move(count2_results[count2_index++]);{{$}}
  co_return sum;
}

//===--- Refused, with the reason ----------------------------------------===//

asio::awaitable<int> stops_early(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids) {
    sum += co_await db::count(id);
    if (sum > 100)
      break;
  }
  // CHECK-MESSAGES: :[[@LINE-4]]:21: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: no automatic fix: the loop body can leave an iteration early (break, continue, return, throw)
  co_return sum;
}

asio::awaitable<int> only_some(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids) {
    if (id > 0)
      sum += co_await db::count(id);
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: no automatic fix: the loop body awaits the call only on some paths
  co_return sum;
}

asio::awaitable<int> two_awaits(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids) {
    sum += co_await db::count(id);
    co_await db::touch(id);
  }
  // CHECK-MESSAGES: :[[@LINE-3]]:21: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: no automatic fix: the loop body awaits more than the call
  co_return sum;
}

asio::awaitable<int> changes_the_element(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids) {
    id = id * 2;
    sum += co_await db::count(id);
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: no automatic fix: the loop body uses 'id' before the call
  co_return sum;
}

asio::awaitable<int> skips_ahead(std::vector<int> ids) {
  int sum = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    sum += co_await db::count(ids[i]);
    i += 1;
  }
  // CHECK-MESSAGES: :[[@LINE-3]]:21: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: no automatic fix: the loop body changes 'i'
  co_return sum;
}

asio::awaitable<int> lambda_in_body(std::vector<int> ids) {
  int sum = 0, base = 0;
  for (int id : ids) {
    sum += co_await db::count(id + base);
    [&] { base += 1; }();
  }
  // CHECK-MESSAGES: :[[@LINE-3]]:21: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: no automatic fix: the loop body has a lambda, which may change what the call reads
  co_return sum;
}

std::vector<int> load_ids();
asio::awaitable<int> range_is_a_call() {
  int sum = 0;
  for (int id : load_ids()) {
    sum += co_await db::count(id);
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: database query 'db::count' runs once per iteration {{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: no automatic fix: the loop's range is not a variable, and the fix reads it twice
  co_return sum;
}

struct Sequencer {
  int seq = 0;
  asio::awaitable<int> run(std::vector<int> ids) {
    int sum = 0;
    for (int id : ids) {
      sum += co_await db::count(id + seq);
      ++seq;
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:23: warning: database query 'db::count' runs once per iteration {{.*}}
    // CHECK-MESSAGES: :[[@LINE-5]]:5: note: no automatic fix: the call reads members, which the loop body also uses
    co_return sum;
  }
};
