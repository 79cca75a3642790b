// Syntax check for the seastar API-shape headers.
// clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -isystem test/include/shapes <this file>
#include <seastar/core/condition-variable.hh>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/semaphore.hh>
#include <seastar/core/shared_mutex.hh>
#include <seastar/core/sleep.hh>
#include <seastar/core/thread.hh>
#include <seastar/core/when_all.hh>
#include <seastar/core/when_any.hh>
#include <seastar/coroutine/all.hh>
#include <seastar/coroutine/maybe_yield.hh>
#include <seastar/coroutine/parallel_for_each.hh>
#include <seastar/coroutine/switch_to.hh>
#include <seastar/util/later.hh>

#include <chrono>
#include <coroutine>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using namespace std::chrono_literals;

// seastar::future coroutines are eager.
static_assert(std::is_same_v<decltype(std::declval<seastar::internal::coroutine_traits_base<int>::promise_type&>()
                                          .initial_suspend()),
                             std::suspend_never>);
static_assert(std::is_same_v<std::coroutine_traits<seastar::future<int>>::promise_type,
                             seastar::internal::coroutine_traits_base<int>::promise_type>);
static_assert(std::is_same_v<seastar::future<>, seastar::future<void>>);
// trap: the member promise_type is seastar::promise<T>, not the coroutine promise
static_assert(std::is_same_v<seastar::future<int>::promise_type, seastar::promise<int>>);
static_assert(std::is_same_v<seastar::future<>::value_type, seastar::internal::monostate>);

seastar::future<int> read(int k) { co_return k; }
seastar::future<> write(int) { co_return; }
seastar::future<std::string> name() { co_return std::string("n"); }

seastar::future<int> service(seastar::scheduling_group sg) {
    int a = co_await read(1);
    co_await write(a);

    // concurrency: coroutine::all takes callables; void results are dropped
    auto [x, y] = co_await seastar::coroutine::all([] { return read(1); }, [] { return write(2); },
                                                   [] { return read(3); });
    static_assert(std::is_same_v<decltype(x), int>);
    auto t = co_await seastar::coroutine::all([] { return read(1); }, [] { return name(); });
    static_assert(std::is_same_v<decltype(t), std::tuple<int, std::string>>);

    // when_all_succeed waits for already-running futures
    auto vals = co_await seastar::when_all_succeed(read(1), write(2), name());
    static_assert(std::is_same_v<decltype(vals), std::tuple<int, std::string>>);
    auto resolved = co_await seastar::when_all(read(1), write(2));
    static_assert(std::is_same_v<decltype(resolved), std::tuple<seastar::future<int>, seastar::future<>>>);

    // batch: a vector of (already running) futures
    std::vector<seastar::future<int>> futs;
    futs.push_back(read(4));
    std::vector<int> all = co_await seastar::when_all_succeed(std::move(futs));
    std::vector<seastar::future<>> vfuts;
    vfuts.push_back(write(5));
    co_await seastar::when_all_succeed(std::move(vfuts));
    std::vector<int> keys{1, 2, 3};
    co_await seastar::coroutine::parallel_for_each(keys, [](int k) -> seastar::future<> { co_await write(k); });
    co_await seastar::max_concurrent_for_each(keys, 2, [](int k) { return write(k); });
    co_await seastar::do_for_each(keys, [](int k) { return write(k); });

    // race
    auto any = co_await seastar::when_any(read(1), read(2));
    (void)any.index;

    // non-I/O awaits
    co_await seastar::sleep(10ms);
    co_await seastar::sleep_abortable(10ms);
    co_await seastar::yield();
    co_await seastar::coroutine::maybe_yield();
    seastar::scheduling_group prev = co_await seastar::coroutine::switch_to(sg);
    (void)prev;
    int ready = co_await seastar::coroutine::without_preemption_check(read(7));

    seastar::semaphore sem(2);
    co_await sem.wait();
    sem.signal();
    {
        auto units = co_await seastar::get_units(sem, 1);
        (void)units;
    }
    co_await seastar::with_semaphore(sem, 1, [] { return write(1); });
    seastar::condition_variable cv;
    cv.signal();
    co_await cv.wait();
    co_await cv.when();
    seastar::shared_mutex sm;
    co_await sm.lock();
    sm.unlock();
    co_await sm.lock_shared();
    sm.unlock_shared();
    seastar::gate g;
    g.enter();
    g.leave();
    co_await g.close();

    // blocking form allowed only in a seastar::thread
    int in_thread = co_await seastar::async([] { return read(8).get(); });

    co_return a + x + y + std::get<0>(vals) + static_cast<int>(all.size()) + ready + in_thread;
}

int main() {
    auto f = service(seastar::scheduling_group());
    // future::get() outside a seastar::thread is allowed only on an available future
    return f.available() ? f.get() : 0;
}
