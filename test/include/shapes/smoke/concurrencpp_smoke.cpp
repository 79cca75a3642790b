// Example TU for the concurrencpp API-shape headers (David-Haim/concurrencpp v.0.1.7, commit 7a88f540).
//   clang++-19 -std=c++20 -fsyntax-only -isystem test/include/shapes <this file>
#include <concurrencpp/concurrencpp.h>

#include <chrono>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

using namespace std::chrono_literals;
namespace ccpp = concurrencpp;

// Promise types chosen by coroutine_traits on the return type and the first parameters.
static_assert(std::is_same_v<std::coroutine_traits<ccpp::result<int>, int>::promise_type,
                             ccpp::details::initialy_resumed_result_promise<int>>);
static_assert(std::is_same_v<std::coroutine_traits<ccpp::result<int>, ccpp::executor_tag, std::shared_ptr<ccpp::thread_pool_executor>>::promise_type,
                             ccpp::details::initialy_rescheduled_result_promise<int, ccpp::thread_pool_executor>>);
static_assert(std::is_same_v<std::coroutine_traits<ccpp::lazy_result<int>>::promise_type, ccpp::details::lazy_promise<int>>);
static_assert(std::is_same_v<std::coroutine_traits<ccpp::null_result>::promise_type, ccpp::details::initialy_resumed_null_result_promise>);
static_assert(std::is_same_v<decltype(std::declval<ccpp::details::initialy_resumed_result_promise<int>&>().initial_suspend()), std::suspend_never>);  // eager
static_assert(std::is_same_v<decltype(std::declval<ccpp::details::lazy_promise<int>&>().initial_suspend()), std::suspend_always>);                  // lazy

ccpp::result<int> eager_value(int v) { co_return v; }                 // starts inline in the caller
ccpp::lazy_result<int> lazy_value(int v) { co_return v; }             // starts when awaited
ccpp::result<std::string> parallel(ccpp::executor_tag, std::shared_ptr<ccpp::thread_pool_executor> tpe, int v) {
    (void)tpe;
    co_return std::to_string(v);                                     // starts on tpe by itself
}
ccpp::null_result fire_and_forget() { co_return; }

ccpp::result<int> concurrency(ccpp::runtime& rt) {
    auto tpe = rt.thread_pool_executor();
    auto inl = rt.inline_executor();

    // when_all over eager results: yields the (ready) input results.
    std::tuple<ccpp::result<int>, ccpp::result<std::string>> all =
        co_await ccpp::when_all(tpe, eager_value(1), parallel({}, tpe, 2));
    int a = co_await std::get<0>(all);
    std::string b = co_await std::get<1>(all);

    // a lazy_result must be run() to take part: when_all only accepts result<T>.
    auto t2 = co_await ccpp::when_all(inl, lazy_value(3).run(), tpe->submit([] { return 4; }));
    int c = std::get<0>(t2).get() + co_await std::get<1>(t2);  // .get() on a ready result does not wait

    // batch: a vector of results and the iterator overload.
    std::vector<ccpp::result<int>> batch;
    for (int i = 0; i < 3; ++i) batch.push_back(eager_value(i));
    std::vector<ccpp::result<int>> done = co_await ccpp::when_all(tpe, batch.begin(), batch.end());
    for (auto& r : done) c += co_await r;

    // race
    ccpp::when_any_result<std::tuple<ccpp::result<int>, ccpp::result<int>>> any =
        co_await ccpp::when_any(tpe, eager_value(5), eager_value(6));
    c += static_cast<int>(any.index);

    // non-I/O awaits
    co_await ccpp::resume_on(tpe);                                        // executor switch
    co_await ccpp::resume_on(*inl);
    co_await rt.timer_queue()->make_delay_object(10ms, tpe);              // sleep
    ccpp::async_lock lock;
    ccpp::scoped_async_lock guard = co_await lock.lock(tpe);              // mutex
    ccpp::async_condition_variable cv;
    co_await cv.await(tpe, guard, [] { return true; });                   // condition wait
    cv.notify_all();
    bool got = co_await lock.try_lock();
    (void)got;

    // shared_result: co_await yields a reference
    ccpp::shared_result<int> shared = eager_value(7);
    int& sref = co_await shared;

    // resolve: the ready result itself
    ccpp::result<int> resolved = co_await eager_value(8).resolve();

    co_return a + static_cast<int>(b.size()) + c + sref + co_await resolved;
}

ccpp::result<void> blocking(ccpp::runtime& rt) {
    auto r = rt.background_executor()->submit([] { return 1; });
    r.wait();                                      // BLOCKS
    (void)r.wait_for(10ms);                        // BLOCKS up to 10ms
    int v = r.get();                               // BLOCKS until ready
    ccpp::shared_result<int> s = eager_value(2);
    s.wait();                                      // BLOCKS
    int w = s.get();                               // BLOCKS
    auto m = rt.make_manual_executor();
    m->wait_for_task_for(10ms);                    // BLOCKS
    (void)v; (void)w;
    co_return;
}

int main() {
    ccpp::runtime rt;
    fire_and_forget();
    return concurrency(rt).get() > 0 ? 0 : 1;     // .get() blocks: fine outside coroutines
}
