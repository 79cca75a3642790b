// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  lib/inc/drogon/utils/coroutine.h
//
// co_await Task<T> -> T (prvalue; task_awaiter::await_resume returns auto);
// co_await sleepCoro(...) -> void (internal::TimerAwaiter, [[nodiscard]]);
// AsyncTask is eager (suspend_never) and not awaitable;
// drogon::sync_wait(awaitable) blocks (upstream runs it on a new std::thread
// and waits on a condition variable; the shape runs it inline).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <trantor/net/EventLoop.h>
#include <trantor/utils/NonCopyable.h>

#include <cassert>
#include <chrono>
#include <coroutine>
#include <exception>
#include <functional>
#include <future>
#include <optional>
#include <type_traits>
#include <utility>

namespace drogon
{
namespace internal
{
template <typename T>
auto getAwaiterImpl(T &&value) noexcept(
    noexcept(static_cast<T &&>(value).operator co_await()))
    -> decltype(static_cast<T &&>(value).operator co_await())
{ return static_cast<T &&>(value).operator co_await(); }

template <typename T>
auto getAwaiterImpl(T &&value) noexcept(
    noexcept(operator co_await(static_cast<T &&>(value))))
    -> decltype(operator co_await(static_cast<T &&>(value)))
{ return operator co_await(static_cast<T &&>(value)); }

template <typename T>
auto getAwaiter(T &&value) noexcept(
    noexcept(getAwaiterImpl(static_cast<T &&>(value))))
    -> decltype(getAwaiterImpl(static_cast<T &&>(value)))
{ return getAwaiterImpl(static_cast<T &&>(value)); }
}  // end namespace internal

template <typename T>
struct await_result
{
    using awaiter_t = decltype(internal::getAwaiter(std::declval<T>()));
    using type = decltype(std::declval<awaiter_t>().await_resume());
};

template <typename T>
using await_result_t = typename await_result<T>::type;

template <typename T, typename = std::void_t<>>
struct is_awaitable : std::false_type {};

template <typename T>
struct is_awaitable<T, std::void_t<decltype(internal::getAwaiter(std::declval<T>()))>>
    : std::true_type {};

template <typename T>
constexpr bool is_awaitable_v = is_awaitable<T>::value;

struct final_awaiter
{
    bool await_ready() noexcept { return false; }
    template <typename T>
    auto await_suspend(std::coroutine_handle<T> handle) noexcept -> std::coroutine_handle<>
    {
        auto next = handle.promise().continuation_;
        return next ? next : std::noop_coroutine();
    }
    void await_resume() noexcept {}
};

template <typename Promise>
struct task_awaiter
{
    using handle_type = std::coroutine_handle<Promise>;

  public:
    explicit task_awaiter(handle_type coro) : coro_(coro) {}
    bool await_ready() noexcept { return !coro_ || coro_.done(); }
    auto await_suspend(std::coroutine_handle<> handle) noexcept
    {
        coro_.promise().setContinuation(handle);
        return coro_;
    }
    auto await_resume()
    {
        if constexpr (std::is_void_v<decltype(coro_.promise().result())>)
            return coro_.promise().result();
        else
            return std::move(coro_.promise().result());
    }

  private:
    handle_type coro_;
};

namespace internal
{
// Shape-only: the common part of Task<T>::promise_type / Task<void>::promise_type.
struct TaskPromiseShape
{
    std::suspend_always initial_suspend() { return {}; }
    auto final_suspend() noexcept { return final_awaiter{}; }
    void unhandled_exception() { exception_ = std::current_exception(); }
    void setContinuation(std::coroutine_handle<> handle) { continuation_ = handle; }
    void rethrowIfAny() { if (exception_) std::rethrow_exception(exception_); }

    std::exception_ptr exception_;
    std::coroutine_handle<> continuation_;
};
}  // namespace internal

template <typename T = void>
struct [[nodiscard]] Task
{
    struct promise_type;
    using handle_type = std::coroutine_handle<promise_type>;

    Task(handle_type h) : coro_(h) {}
    Task(const Task &) = delete;
    Task(Task &&other) noexcept : coro_(std::exchange(other.coro_, nullptr)) {}
    ~Task() { if (coro_) coro_.destroy(); }
    Task &operator=(const Task &) = delete;
    Task &operator=(Task &&other) noexcept
    {
        if (std::addressof(other) != this)
        {
            if (coro_) coro_.destroy();
            coro_ = std::exchange(other.coro_, nullptr);
        }
        return *this;
    }

    struct promise_type : internal::TaskPromiseShape
    {
        Task<T> get_return_object() { return Task<T>{handle_type::from_promise(*this)}; }
        void return_value(const T &v) { value = v; }
        void return_value(T &&v) { value = std::move(v); }
        T &&result() && { rethrowIfAny(); return std::move(value.value()); }
        T &result() & { rethrowIfAny(); return value.value(); }

        std::optional<T> value;
    };

    auto operator co_await() const noexcept { return task_awaiter(coro_); }

    handle_type coro_;
};

template <>
struct [[nodiscard]] Task<void>
{
    struct promise_type;
    using handle_type = std::coroutine_handle<promise_type>;

    Task(handle_type handle) : coro_(handle) {}
    Task(const Task &) = delete;
    Task(Task &&other) noexcept : coro_(std::exchange(other.coro_, nullptr)) {}
    ~Task() { if (coro_) coro_.destroy(); }
    Task &operator=(const Task &) = delete;
    Task &operator=(Task &&other) noexcept
    {
        if (std::addressof(other) != this)
        {
            if (coro_) coro_.destroy();
            coro_ = std::exchange(other.coro_, nullptr);
        }
        return *this;
    }

    struct promise_type : internal::TaskPromiseShape
    {
        Task<> get_return_object() { return Task<>{handle_type::from_promise(*this)}; }
        void return_void() {}
        void result() { rethrowIfAny(); }
    };

    auto operator co_await() const noexcept { return task_awaiter(coro_); }

    handle_type coro_;
};

/// Fires a coroutine and doesn't force waiting nor deallocates upon promise
/// destructs. Not awaitable; an escaping exception terminates the process.
struct AsyncTask
{
    struct promise_type;
    using handle_type = std::coroutine_handle<promise_type>;

    AsyncTask() = default;
    AsyncTask(handle_type h) : coro_(h) {}
    AsyncTask(const AsyncTask &) = delete;
    AsyncTask(AsyncTask &&other) noexcept : coro_(std::exchange(other.coro_, nullptr)) {}
    AsyncTask &operator=(const AsyncTask &) = delete;
    AsyncTask &operator=(AsyncTask &&other) noexcept
    {
        coro_ = std::exchange(other.coro_, nullptr);
        return *this;
    }

    struct promise_type
    {
        AsyncTask get_return_object() noexcept
        { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
        std::suspend_never initial_suspend() const noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
        void return_void() noexcept {}
        std::suspend_never final_suspend() const noexcept { return {}; }
    };

    handle_type coro_;
};

/// Helper for turning callbacks into coroutines; subclasses provide
/// await_suspend() and constructors.
template <typename T = void>
struct CallbackAwaiter : public trantor::NonCopyable
{
    bool await_ready() noexcept { return false; }
    const T &await_resume() const noexcept(false)
    {
        if (exception_) std::rethrow_exception(exception_);
        return result_.value();
    }

  private:
    std::optional<T> result_;
    std::exception_ptr exception_{nullptr};

  protected:
    void setException(const std::exception_ptr &e) { exception_ = e; }
    void setValue(const T &v) { result_.emplace(v); }
    void setValue(T &&v) { result_.emplace(std::move(v)); }
};

template <>
struct CallbackAwaiter<void> : public trantor::NonCopyable
{
    bool await_ready() noexcept { return false; }
    void await_resume() noexcept(false)
    {
        if (exception_) std::rethrow_exception(exception_);
    }

  private:
    std::exception_ptr exception_{nullptr};

  protected:
    void setException(const std::exception_ptr &e) { exception_ = e; }
};

/// Blocks the calling thread until `await` completes; returns its result.
template <typename Await>
auto sync_wait(Await &&await)
{
    static_assert(is_awaitable_v<std::decay_t<Await>>);
    using value_type = typename await_result<Await>::type;
    std::exception_ptr error;
    if constexpr (std::is_same_v<value_type, void>)
    {
        [&]() -> AsyncTask {
            try { co_await await; } catch (...) { error = std::current_exception(); }
        }();
        if (error) std::rethrow_exception(error);
    }
    else
    {
        std::optional<value_type> value;
        [&]() -> AsyncTask {
            try { value = co_await await; } catch (...) { error = std::current_exception(); }
        }();
        if (error) std::rethrow_exception(error);
        return std::move(value.value());
    }
}

/// Converts a task (or task like) promise into std::future.
template <typename Await>
inline auto co_future(Await &&await) noexcept -> std::future<await_result_t<Await>>
{
    using Result = await_result_t<Await>;
    auto prom = std::make_shared<std::promise<Result>>();
    auto fut = prom->get_future();
    [](std::shared_ptr<std::promise<Result>> p, Await a) -> AsyncTask {
        if constexpr (std::is_void_v<Result>) { co_await std::move(a); p->set_value(); }
        else p->set_value(co_await std::move(a));
    }(prom, std::move(await));
    return fut;
}

namespace internal
{
struct [[nodiscard]] TimerAwaiter : CallbackAwaiter<void>
{
    TimerAwaiter(trantor::EventLoop *loop, const std::chrono::duration<double> &delay)
        : loop_(loop), delay_(delay.count()) {}
    TimerAwaiter(trantor::EventLoop *loop, double delay) : loop_(loop), delay_(delay) {}
    void await_suspend(std::coroutine_handle<> handle)
    { loop_->runAfter(delay_, [handle]() { handle.resume(); }); }

  private:
    trantor::EventLoop *loop_;
    double delay_;
};

struct [[nodiscard]] LoopAwaiter : CallbackAwaiter<void>
{
    LoopAwaiter(trantor::EventLoop *workLoop, std::function<void()> &&taskFunc,
                trantor::EventLoop *resumeLoop = nullptr)
        : workLoop_(workLoop), resumeLoop_(resumeLoop), taskFunc_(std::move(taskFunc)) {}
    void await_suspend(std::coroutine_handle<> handle)
    {
        workLoop_->queueInLoop([handle, this]() {
            taskFunc_();
            (resumeLoop_ ? resumeLoop_ : workLoop_)->queueInLoop([handle]() { handle.resume(); });
        });
    }

  private:
    trantor::EventLoop *workLoop_{nullptr};
    trantor::EventLoop *resumeLoop_{nullptr};
    std::function<void()> taskFunc_;
};

struct [[nodiscard]] SwitchThreadAwaiter : CallbackAwaiter<void>
{
    explicit SwitchThreadAwaiter(trantor::EventLoop *loop) : loop_(loop) {}
    void await_suspend(std::coroutine_handle<> handle)
    { loop_->runInLoop([handle]() { handle.resume(); }); }

  private:
    trantor::EventLoop *loop_;
};

struct [[nodiscard]] EndAwaiter : CallbackAwaiter<void>
{
    EndAwaiter(trantor::EventLoop *loop) : loop_(loop) {}
    void await_suspend(std::coroutine_handle<> handle)
    { loop_->runOnQuit([handle]() { handle.resume(); }); }

  private:
    trantor::EventLoop *loop_{nullptr};
};
}  // namespace internal

inline internal::TimerAwaiter sleepCoro(trantor::EventLoop *loop,
                                        const std::chrono::duration<double> &delay) noexcept
{ return {loop, delay}; }

inline internal::TimerAwaiter sleepCoro(trantor::EventLoop *loop, double delay) noexcept
{ return {loop, delay}; }

inline internal::LoopAwaiter queueInLoopCoro(trantor::EventLoop *workLoop,
                                             std::function<void()> taskFunc,
                                             trantor::EventLoop *resumeLoop = nullptr)
{ return {workLoop, std::move(taskFunc), resumeLoop}; }

inline internal::SwitchThreadAwaiter switchThreadCoro(trantor::EventLoop *loop) noexcept
{ return internal::SwitchThreadAwaiter{loop}; }

inline internal::EndAwaiter untilQuit(trantor::EventLoop *loop) { return {loop}; }

template <typename T, typename = std::void_t<>>
struct is_resumable : std::false_type {};

template <typename T>
struct is_resumable<T, std::void_t<decltype(internal::getAwaiter(std::declval<T>()))>>
    : std::true_type {};

template <>
struct is_resumable<AsyncTask, std::void_t<AsyncTask>> : std::true_type {};

template <typename T>
constexpr bool is_resumable_v = is_resumable<T>::value;

/// Runs a coroutine (a callable returning an awaitable) from a regular function.
template <typename Coro>
void async_run(Coro &&coro)
{
    [](std::decay_t<Coro> c) -> AsyncTask { co_await c(); }(std::forward<Coro>(coro));
}

/// Returns a function that calls a coroutine.
template <typename Coro>
std::function<void()> async_func(Coro &&coro)
{
    return [coro = std::forward<Coro>(coro)]() mutable { async_run(std::move(coro)); };
}

namespace internal
{
template <typename T>
struct [[nodiscard]] EventLoopAwaiter : public drogon::CallbackAwaiter<T>
{
    EventLoopAwaiter(std::function<T()> &&task, trantor::EventLoop *loop)
        : task_(std::move(task)), loop_(loop) {}
    void await_suspend(std::coroutine_handle<> handle)
    {
        loop_->queueInLoop([this, handle]() {
            if constexpr (!std::is_same_v<T, void>) this->setValue(task_());
            else task_();
            handle.resume();
        });
    }

  private:
    std::function<T()> task_;
    trantor::EventLoop *loop_;
};
}  // namespace internal

/// Run a task in a given event loop; the result can be co_awaited.
template <typename T>
inline internal::EventLoopAwaiter<T> queueInLoopCoro(trantor::EventLoop *loop,
                                                     std::function<T()> task)
{ return internal::EventLoopAwaiter<T>(std::move(task), loop); }

}  // namespace drogon
