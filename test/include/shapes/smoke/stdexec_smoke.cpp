// Syntax check for the stdexec API-shape headers.
// clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -isystem test/include/shapes <this file>
#include <exec/reschedule.hpp>
#include <exec/static_thread_pool.hpp>
#include <exec/task.hpp>
#include <exec/timed_scheduler.hpp>
#include <exec/timed_thread_scheduler.hpp>
#include <exec/when_any.hpp>
#include <stdexec/execution.hpp>

#include <chrono>
#include <coroutine>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

using namespace std::chrono_literals;

// exec:: is a namespace alias since commit 5f738fe7
static_assert(std::is_same_v<exec::task<int>, experimental::execution::__task::basic_task<
                                                   int, experimental::execution::__task::__default_task_context_impl<
                                                            experimental::execution::__task::__scheduler_affinity::__sticky>>>);
static_assert(std::is_same_v<decltype(std::declval<exec::task<int>::promise_type&>().initial_suspend()),
                             std::suspend_always>);
static_assert(std::is_same_v<decltype(std::declval<stdexec::task<int>::promise_type&>().initial_suspend()),
                             std::suspend_always>);
static_assert(stdexec::sender<exec::task<int>>);
static_assert(stdexec::sender<stdexec::task<int>>);
// co_await when_all(void, void) gives void:
static_assert(std::is_void_v<stdexec::__shape::__single<stdexec::__shape::values_of<
                  decltype(stdexec::when_all(std::declval<exec::task<void>>(), std::declval<exec::task<void>>()))>>::type>);

exec::task<int> getInt() { co_return 1; }
exec::task<std::string> getString() { co_return std::string("s"); }
exec::task<void> doVoid() { co_return; }
stdexec::task<int> stdTask() { co_return 2; }

exec::task<int> service(exec::static_thread_pool& pool, exec::timed_thread_context& timer) {
    int a = co_await getInt();
    int b = co_await stdexec::just(41);
    co_await stdexec::schedule(pool.get_scheduler());
    co_await stdexec::starts_on(pool.get_scheduler(), stdexec::just());
    auto moved = co_await stdexec::continues_on(stdexec::just(3), pool.get_scheduler());
    co_await exec::reschedule_coroutine_on(pool.get_scheduler());
    co_await exec::reschedule();
    auto sched = co_await stdexec::read_env(stdexec::get_scheduler);
    auto sched2 = co_await stdexec::get_scheduler();
    auto start_sched = co_await stdexec::read_env(stdexec::get_start_scheduler);  // exec::task's scheduler
    (void)start_sched;
    (void)sched;
    (void)sched2;

    // concurrency: when_all concatenates values; void children add nothing
    auto [x, s] = co_await stdexec::when_all(getInt(), doVoid(), getString());
    static_assert(std::is_same_v<decltype(x), int>);
    static_assert(std::is_same_v<decltype(s), std::string>);
    auto only = co_await stdexec::when_all(getInt(), doVoid());
    static_assert(std::is_same_v<decltype(only), int>);
    co_await stdexec::when_all(doVoid(), doVoid());  // awaits to void
    auto vv = co_await stdexec::when_all_with_variant(getInt(), getString());
    (void)vv;

    // races and timers
    auto first = co_await exec::when_any(getInt(), stdexec::just(7));
    static_assert(std::is_same_v<decltype(first), int>);
    co_await exec::schedule_after(timer.get_scheduler(), 10ms);
    co_await exec::schedule_at(timer.get_scheduler(), std::chrono::steady_clock::now());

    // fire-and-forget with a counting_scope, then join
    stdexec::counting_scope scope;
    stdexec::spawn(stdexec::just() , scope.get_token());
    co_await scope.join();

    co_return a + b + moved + x + only + first;
}

stdexec::task<int> std_service() {
    int v = co_await stdTask();
    int w = co_await getInt();
    co_return v + w;
}

int main() {
    exec::static_thread_pool pool(4);
    exec::timed_thread_context timer;
    // blocking entry points: sync_wait returns std::optional<std::tuple<Vs...>>
    auto r = stdexec::sync_wait(service(pool, timer));
    static_assert(std::is_same_v<decltype(r), std::optional<std::tuple<int>>>);
    auto r2 = stdexec::sync_wait(stdexec::when_all(getInt(), getString()));
    static_assert(std::is_same_v<decltype(r2), std::optional<std::tuple<int, std::string>>>);
    auto r3 = stdexec::sync_wait(std_service());
    (void)r3;
    auto r4 = stdexec::sync_wait_with_variant(getInt());
    (void)r4;
    stdexec::run_loop loop;
    loop.finish();
    loop.run();
    return r ? std::get<0>(*r) : 0;
}
