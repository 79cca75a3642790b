// Syntax check for the async_simple API-shape headers.
// clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -isystem test/include/shapes <this file>
#include <async_simple/Executor.h>
#include <async_simple/Future.h>
#include <async_simple/Promise.h>
#include <async_simple/Try.h>
#include <async_simple/coro/Collect.h>
#include <async_simple/coro/ConditionVariable.h>
#include <async_simple/coro/Dispatch.h>
#include <async_simple/coro/FutureAwaiter.h>
#include <async_simple/coro/Latch.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/Mutex.h>
#include <async_simple/coro/Semaphore.h>
#include <async_simple/coro/SharedMutex.h>
#include <async_simple/coro/Sleep.h>
#include <async_simple/coro/SpinLock.h>
#include <async_simple/coro/SyncAwait.h>

#include <chrono>
#include <mutex>
#include <string>
#include <tuple>
#include <type_traits>
#include <variant>
#include <vector>

using namespace std::chrono_literals;
namespace ac = async_simple::coro;
using async_simple::Try;

struct InlineExecutor : async_simple::Executor {
    bool schedule(Func func) override {
        func();
        return true;
    }
};

ac::Lazy<int> getInt() { co_return 1; }
ac::Lazy<std::string> getString() { co_return std::string("x"); }
ac::Lazy<> doVoid() { co_return; }

// Lazy<T> is lazy: the promise's initial_suspend is std::suspend_always.
static_assert(std::is_same_v<decltype(std::declval<ac::detail::LazyPromise<int>&>().initial_suspend()),
                             std::suspend_always>);
static_assert(std::is_same_v<decltype(std::declval<ac::detail::DetachedCoroutine::promise_type&>()
                                          .initial_suspend()),
                             std::suspend_never>);
static_assert(std::is_same_v<ac::Lazy<>, ac::Lazy<void>>);
static_assert(std::is_same_v<ac::Lazy<int>::promise_type, ac::detail::LazyPromise<int>>);

ac::Lazy<int> service(async_simple::Executor* other, async_simple::Future<int> fut) {
    int a = co_await getInt();
    Try<int> t = co_await getInt().coAwaitTry();

    // concurrency: variadic collectAll / collectAllPara -> tuple of Try
    auto [x, s, v] = co_await ac::collectAll(getInt(), getString(), doVoid());
    static_assert(std::is_same_v<decltype(x), Try<int>>);
    static_assert(std::is_same_v<decltype(s), Try<std::string>>);
    static_assert(std::is_same_v<decltype(v), Try<void>>);
    auto para = co_await ac::collectAllPara(getInt(), doVoid());
    static_assert(std::is_same_v<decltype(para), std::tuple<Try<int>, Try<void>>>);

    // batch: vector forms
    std::vector<ac::Lazy<int>> tasks;
    tasks.push_back(getInt());
    auto all = co_await ac::collectAll(std::move(tasks));
    static_assert(std::is_same_v<decltype(all), std::vector<Try<int>>>);
    std::vector<ac::Lazy<int>> tasks2;
    tasks2.push_back(getInt());
    auto windowed = co_await ac::collectAllWindowed(4, false, std::move(tasks2));
    static_assert(std::is_same_v<decltype(windowed), std::vector<Try<int>>>);
    std::vector<ac::Lazy<int>> tasks3;
    tasks3.push_back(getInt());
    auto windowedPara = co_await ac::collectAllWindowedPara(4, true, std::move(tasks3));
    std::vector<ac::Lazy<int>> tasks4;
    tasks4.push_back(getInt());
    auto allPara = co_await ac::collectAllPara(std::move(tasks4));

    // races
    std::vector<ac::Lazy<int>> racers;
    racers.push_back(getInt());
    auto any = co_await ac::collectAny(std::move(racers));
    static_assert(std::is_same_v<decltype(any), ac::detail::CollectAnyResult<int>>);
    auto anyv = co_await ac::collectAny(getInt(), getString());
    static_assert(std::is_same_v<decltype(anyv), std::variant<Try<int>, Try<std::string>>>);

    // non-I/O awaits
    async_simple::Executor* ex = co_await async_simple::CurrentExecutor{};
    co_await ac::Yield{};
    co_await ac::sleep(10ms);
    co_await ac::sleep(ex, 10ms);
    co_await ac::dispatch(other);
    co_await other->after(std::chrono::milliseconds(1));

    ac::Mutex m;
    co_await m.coLock();
    m.unlock();
    {
        auto lk = co_await m.coScopedLock();
        static_assert(std::is_same_v<decltype(lk), std::unique_lock<ac::Mutex>>);
    }
    ac::SpinLock sl;
    co_await sl.coLock();
    sl.unlock();
    {
        auto lk2 = co_await sl.coScopedLock();
    }
    ac::SharedMutex sm;
    co_await sm.coLockShared();
    co_await sm.unlockShared();
    co_await sm.coLock();
    co_await sm.unlock();
    ac::ConditionVariable<ac::SpinLock> cv;
    {
        auto lk3 = co_await sl.coScopedLock();
        co_await cv.wait(sl, [] { return true; });
    }
    cv.notifyOne();
    ac::Notifier n;
    n.notify();
    co_await n.wait();
    ac::CountingSemaphore<> sem(2);
    co_await sem.acquire();
    co_await sem.release();
    bool got = co_await sem.try_acquire();
    ac::BinarySemaphore bsem(1);
    co_await bsem.acquire();
    ac::Latch latch(1);
    co_await latch.count_down();
    co_await latch.wait();

    // a Future awaited without blocking
    int f = co_await std::move(fut);

    co_return a + t.value() + x.value() + (got ? 1 : 0) + f + static_cast<int>(windowedPara.size()) +
        static_cast<int>(allPara.size()) + static_cast<int>(any.index());
}

int main() {
    InlineExecutor ex;
    // blocking entry points (must not be called inside a coroutine)
    int r = ac::syncAwait(getInt());
    int r2 = ac::syncAwait(getInt().via(&ex));
    int r3 = ac::syncAwait(service(&ex, async_simple::makeReadyFuture(3)), &ex);
    getInt().start([](Try<int> value) { (void)value; });
    doVoid().via(&ex).detach();
    async_simple::Promise<int> p;
    auto fut = p.getFuture();
    p.setValue(4);
    int blocking = std::move(fut).get();  // blocks
    return r + r2 + r3 + blocking;
}
