// Syntax check for the corral API-shape headers.
// clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -isystem test/include/shapes <this file>
#include <corral/asio.h>
#include <corral/corral.h>

#include <chrono>
#include <coroutine>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using namespace std::chrono_literals;

static_assert(std::is_same_v<corral::Task<>, corral::Task<void>>);
static_assert(std::is_same_v<corral::Task<int>::promise_type, corral::detail::Promise<int>>);
static_assert(std::is_same_v<decltype(std::declval<corral::detail::Promise<int>&>().initial_suspend()),
                             std::suspend_always>);
static_assert(corral::Awaitable<corral::Task<int>>);

corral::Task<int> getInt() { co_return 1; }
corral::Task<std::string> getString() { co_return std::string("s"); }
corral::Task<> doVoid() { co_return; }

corral::Task<int> service(boost::asio::io_context& io, corral::ThreadPool& pool) {
    int a = co_await getInt();

    // concurrency: allOf -> tuple, void -> corral::detail::Void
    auto [x, v, s] = co_await corral::allOf(getInt(), doVoid(), getString());
    static_assert(std::is_same_v<decltype(x), int>);
    static_assert(std::is_same_v<decltype(v), corral::detail::Void>);
    static_assert(std::is_same_v<decltype(s), std::string>);

    // batch: allOf(range) -> vector
    std::vector<corral::Task<int>> tasks;
    tasks.push_back(getInt());
    auto all = co_await corral::allOf(tasks);
    static_assert(std::is_same_v<decltype(all), std::vector<int>>);

    // races
    auto any = co_await corral::anyOf(getInt(), corral::sleepFor(io, 100ms));
    static_assert(std::is_same_v<decltype(any), std::tuple<std::optional<int>, std::optional<corral::detail::Void>>>);
    auto most = co_await corral::mostOf(getInt(), getString());
    (void)most;

    // non-I/O awaits
    co_await corral::sleepFor(io, 10ms);
    co_await corral::yield;
    co_await corral::noop();
    int j = co_await corral::just(5);
    corral::Event ev;
    ev.trigger();
    co_await ev;
    co_await ev.get();
    corral::Semaphore sem(2);
    co_await sem.acquire();
    sem.release();
    {
        auto lk = co_await sem.lock();
        (void)lk;
    }
    corral::Channel<int> ch(8);
    bool sent = co_await ch.send(3);
    std::optional<int> got = co_await ch.receive();
    corral::Nursery* nursery = nullptr;
    (void)nursery;

    // offload a synchronous call
    int hashed = co_await pool.run([] { return 42; });

    co_return a + x + j + (sent ? 1 : 0) + got.value_or(0) + hashed + static_cast<int>(all.size());
}

int run_it(boost::asio::io_context& io, corral::ThreadPool& pool) {
    // blocking entry point
    corral::run(io, doVoid());
    (void)service(io, pool);
    return 0;
}
