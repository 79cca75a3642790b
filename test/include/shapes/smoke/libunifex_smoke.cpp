// Syntax check for the libunifex API-shape headers.
// clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -isystem test/include/shapes <this file>
#include <unifex/async_manual_reset_event.hpp>
#include <unifex/async_mutex.hpp>
#include <unifex/just.hpp>
#include <unifex/scheduler_concepts.hpp>
#include <unifex/static_thread_pool.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <unifex/timed_single_thread_context.hpp>
#include <unifex/when_all.hpp>
#include <unifex/when_all_range.hpp>
#include <unifex/when_any.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <variant>
#include <vector>

using namespace std::chrono_literals;

static_assert(std::is_same_v<unifex::task<int>, unifex::_task::_task<int, false>::type>);
static_assert(std::is_same_v<unifex::task<int>::promise_type, unifex::_task::_promise<int, false>::type>);
static_assert(std::is_same_v<decltype(std::declval<unifex::task<int>::promise_type&>().initial_suspend()),
                             std::suspend_always>);
static_assert(unifex::sender<unifex::task<int>>);

unifex::task<int> getInt() { co_return 1; }
unifex::task<std::string> getString() { co_return std::string("s"); }
unifex::task<void> doVoid() { co_return; }

unifex::task<int> service(unifex::static_thread_pool& pool, unifex::timed_single_thread_context& timer) {
    int a = co_await getInt();
    int b = co_await unifex::just(2);
    co_await unifex::schedule(pool.get_scheduler());  // moves the task onto the pool
    co_await unifex::schedule_after(timer.get_scheduler(), 10ms);
    unifex::any_scheduler cur = co_await unifex::current_scheduler();
    (void)cur;

    // concurrency: one std::variant<std::tuple<...>> per child
    auto both = co_await unifex::when_all(getInt(), doVoid(), getString());
    static_assert(std::is_same_v<decltype(both), std::tuple<std::variant<std::tuple<int>>, std::variant<std::tuple<>>,
                                                            std::variant<std::tuple<std::string>>>>);
    int x = std::get<0>(std::get<0>(std::get<0>(both)));

    // batch: when_all_range -> std::vector<T> (unbounded)
    std::vector<unifex::task<int>> tasks;
    tasks.push_back(getInt());
    auto all = co_await unifex::when_all_range(std::move(tasks));
    static_assert(std::is_same_v<decltype(all), std::vector<int>>);
    std::vector<unifex::task<void>> vtasks;
    auto vall = co_await unifex::when_all_range(std::move(vtasks));
    static_assert(std::is_same_v<decltype(vall), std::vector<unifex::unit>>);

    // race
    auto first = co_await unifex::when_any(getInt(), unifex::just(3));
    static_assert(std::is_same_v<decltype(first), int>);

    unifex::async_mutex m;
    co_await m.async_lock();
    m.unlock();
    unifex::async_manual_reset_event evt;
    evt.set();
    co_await evt.async_wait();

    co_return a + b + x + first + static_cast<int>(all.size());
}

int main() {
    unifex::static_thread_pool pool;
    unifex::timed_single_thread_context timer;
    // blocking: std::optional<T>
    auto r = unifex::sync_wait(service(pool, timer));
    static_assert(std::is_same_v<decltype(r), std::optional<int>>);
    auto rv = unifex::sync_wait(doVoid());
    static_assert(std::is_same_v<decltype(rv), std::optional<unifex::unit>>);
    return r ? *r : 0;
}
