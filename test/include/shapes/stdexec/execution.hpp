// Upstream: NVIDIA/stdexec, tag nvhpc-26.05 (commit 6d7ad689f4d4831c5136e4abe1c601f9a3b64e43)
// Mirrors:  include/stdexec/execution.hpp and, from include/stdexec/__detail/:
//           __sender_concepts.hpp (sender_tag, enable_sender, sender), __schedulers.hpp
//           (schedule, get_scheduler), __just.hpp, __then.hpp, __when_all.hpp (when_all,
//           when_all_with_variant, transfer_when_all), __starts_on.hpp, __continues_on.hpp,
//           __on.hpp, __read_env.hpp, __sync_wait.hpp (sync_wait, sync_wait_with_variant),
//           __run_loop.hpp, __inline_scheduler.hpp, __counting_scopes.hpp, __spawn.hpp,
//           __with_awaitable_senders.hpp, __as_awaitable.hpp, __task.hpp (stdexec::task).
//
// Namespace: STDEXEC expands to `stdexec` unless STDEXEC_NAMESPACE is defined; the
// P2300 names (sync_wait...) are declared through STDEXEC_P2300_NAMESPACE_BEGIN(this_thread),
// which is `namespace STDEXEC {` in the default configuration, so the names are
// stdexec::sync_wait etc. All the algorithms are function objects (stdexec::when_all is
// an object of type stdexec::when_all_t).
//
// co_await of a sender inside a coroutine whose promise derives from
// with_awaitable_senders (exec::task, stdexec::task) gives, from the sender's single
// set_value signature set_value_t(Vs...): void for zero values, V for one value, and
// std::tuple<std::decay_t<Vs>...> for two or more (__as_awaitable.hpp, __as_single).
// when_all concatenates the children's values, so
//   co_await when_all(task<int>, task<void>, task<std::string>)  ->  std::tuple<int, std::string>
//   co_await when_all(task<int>, task<void>)                     ->  int
//   co_await when_all(task<void>, task<void>)                    ->  void
// sync_wait(s) BLOCKS the calling thread and returns std::optional<std::tuple<Vs...>>.
//
// SHAPE MODEL: a sender's value types are carried in `__shape_values`; algorithms only
// compute result types. Awaiting a sender or calling sync_wait does not run anything
// (std::terminate() where a value would be needed). -fsyntax-only / clang-tidy use only.
#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace stdexec {

namespace __shape {
template <class... Vs>
struct values {};

template <class... Ls>
struct __concat;
template <>
struct __concat<> {
    using type = values<>;
};
template <class... As>
struct __concat<values<As...>> {
    using type = values<As...>;
};
template <class... As, class... Bs, class... Rest>
struct __concat<values<As...>, values<Bs...>, Rest...> {
    using type = typename __concat<values<As..., Bs...>, Rest...>::type;
};

template <class V>
struct __single;
template <>
struct __single<values<>> {
    using type = void;
};
template <class V>
struct __single<values<V>> {
    using type = std::decay_t<V>;
};
template <class V0, class V1, class... Vs>
struct __single<values<V0, V1, Vs...>> {
    using type = std::tuple<std::decay_t<V0>, std::decay_t<V1>, std::decay_t<Vs>...>;
};

template <class S>
using values_of = typename std::remove_cvref_t<S>::__shape_values;

template <class R>
[[noreturn]] inline R unreachable() {
    std::terminate();
}

template <class V>
struct __fn_result;
}  // namespace __shape

/////////////////////////////////////////////////////////////////////////////
// [execution.senders]
struct sender_tag {
    using sender_concept = sender_tag;
};

template <class _Sender>
inline constexpr bool enable_sender =
    requires { typename _Sender::sender_concept; } &&
    std::is_base_of_v<sender_tag, typename _Sender::sender_concept>;

template <class _Sender>
concept sender = enable_sender<std::decay_t<_Sender>> && std::move_constructible<std::decay_t<_Sender>>;

template <class _Values>
struct __shape_sender {
    using sender_concept = sender_tag;
    using __shape_values = _Values;
};

/////////////////////////////////////////////////////////////////////////////
// schedulers
struct schedule_t {
    template <class _Scheduler>
        requires requires(_Scheduler&& __sched) { static_cast<_Scheduler&&>(__sched).schedule(); }
    constexpr auto operator()(_Scheduler&& __sched) const {
        return static_cast<_Scheduler&&>(__sched).schedule();
    }
};
inline constexpr schedule_t schedule{};

template <class _Scheduler>
concept scheduler = requires(_Scheduler&& __sched) { schedule(static_cast<_Scheduler&&>(__sched)); } &&
                    std::equality_comparable<std::remove_cvref_t<_Scheduler>> &&
                    std::copy_constructible<std::remove_cvref_t<_Scheduler>>;

struct inline_scheduler {
    __shape_sender<__shape::values<>> schedule() const noexcept { return {}; }
    friend bool operator==(inline_scheduler, inline_scheduler) noexcept = default;
};

struct get_scheduler_t {
    template <class _Env>
    constexpr auto operator()(const _Env& __env) const noexcept -> decltype(__env.query(*this)) {
        return __env.query(*this);
    }
    // get_scheduler() == read_env(get_scheduler) (__read_env.hpp)
    constexpr auto operator()() const noexcept;
};
inline constexpr get_scheduler_t get_scheduler{};

// exec::task's context answers get_start_scheduler (not get_scheduler) at nvhpc-26.05.
struct get_start_scheduler_t {
    template <class _Env>
    constexpr auto operator()(const _Env& __env) const noexcept -> decltype(__env.query(*this)) {
        return __env.query(*this);
    }
    constexpr auto operator()() const noexcept;
};
inline constexpr get_start_scheduler_t get_start_scheduler{};

// read_env(get_scheduler) sends the receiver's (for a task: the task's) scheduler.
struct __read_env_t {
    template <class _Query>
    constexpr auto operator()(_Query) const noexcept {
        return __shape_sender<__shape::values<inline_scheduler>>{};
    }
};
inline constexpr __read_env_t read_env{};

constexpr auto get_scheduler_t::operator()() const noexcept { return read_env(get_scheduler); }
constexpr auto get_start_scheduler_t::operator()() const noexcept { return read_env(get_start_scheduler); }

/////////////////////////////////////////////////////////////////////////////
// just / then
struct just_t {
    template <class... _Ts>
    constexpr auto operator()(_Ts&&...) const noexcept {
        return __shape_sender<__shape::values<std::decay_t<_Ts>...>>{};
    }
};
inline constexpr just_t just{};

namespace __shape {
template <class F, class... Vs>
struct __fn_result<values<F, Vs...>> {
    using R = std::invoke_result_t<F, Vs...>;
    using type = std::conditional_t<std::is_void_v<R>, values<>, values<R>>;
};
}  // namespace __shape

struct then_t {
    template <sender _Sender, class _Fun>
    constexpr auto operator()(_Sender&&, _Fun) const {
        using __vals = __shape::values_of<_Sender>;
        return [&]<class... Vs>(__shape::values<Vs...>*) {
            return __shape_sender<typename __shape::__fn_result<__shape::values<_Fun, Vs...>>::type>{};
        }(static_cast<__vals*>(nullptr));
    }
};
inline constexpr then_t then{};

/////////////////////////////////////////////////////////////////////////////
// [execution.senders.adaptors.when_all]
struct when_all_t {
    template <sender... _Senders>
    constexpr auto operator()(_Senders&&...) const {
        return __shape_sender<typename __shape::__concat<__shape::values_of<_Senders>...>::type>{};
    }
};

struct when_all_with_variant_t {
    template <sender... _Senders>
    constexpr auto operator()(_Senders&&...) const {
        return __shape_sender<__shape::values<std::variant<
            typename __shape::__single<__shape::values_of<_Senders>>::type>...>>{};
    }
};

struct transfer_when_all_t {
    template <scheduler _Scheduler, sender... _Senders>
    constexpr auto operator()(_Scheduler, _Senders&&...) const {
        return __shape_sender<typename __shape::__concat<__shape::values_of<_Senders>...>::type>{};
    }
};

inline constexpr when_all_t when_all{};
inline constexpr when_all_with_variant_t when_all_with_variant{};
inline constexpr transfer_when_all_t transfer_when_all{};

/////////////////////////////////////////////////////////////////////////////
// starts_on / continues_on / on
struct starts_on_t {
    template <scheduler _Scheduler, sender _Sender>
    constexpr auto operator()(_Scheduler&&, _Sender&&) const {
        return __shape_sender<__shape::values_of<_Sender>>{};
    }
};
inline constexpr starts_on_t starts_on{};

struct continues_on_t {
    template <sender _Sender, scheduler _Scheduler>
    constexpr auto operator()(_Sender&&, _Scheduler&&) const {
        return __shape_sender<__shape::values_of<_Sender>>{};
    }
};
inline constexpr continues_on_t continues_on{};

struct on_t {
    template <scheduler _Scheduler, sender _Sender>
    constexpr auto operator()(_Scheduler&&, _Sender&&) const {
        return __shape_sender<__shape::values_of<_Sender>>{};
    }
};
inline constexpr on_t on{};

/////////////////////////////////////////////////////////////////////////////
// [execution.senders.consumers.sync_wait]  (blocks the calling thread)
struct sync_wait_t {
    template <sender _CvSender>
    auto operator()(_CvSender&&) const {
        return [&]<class... Vs>(__shape::values<Vs...>*) {
            return std::optional<std::tuple<std::decay_t<Vs>...>>{};
        }(static_cast<__shape::values_of<_CvSender>*>(nullptr));
    }
};

struct sync_wait_with_variant_t {
    template <sender _CvSender>
    auto operator()(_CvSender&&) const {
        return [&]<class... Vs>(__shape::values<Vs...>*) {
            return std::optional<std::variant<std::tuple<std::decay_t<Vs>...>>>{};
        }(static_cast<__shape::values_of<_CvSender>*>(nullptr));
    }
};

inline constexpr sync_wait_t sync_wait{};
inline constexpr sync_wait_with_variant_t sync_wait_with_variant{};

/////////////////////////////////////////////////////////////////////////////
// run_loop
class run_loop {
public:
    struct __scheduler {
        __shape_sender<__shape::values<>> schedule() const noexcept { return {}; }
        friend bool operator==(__scheduler, __scheduler) noexcept = default;
    };
    void run() noexcept {}
    void finish() noexcept {}
    constexpr auto get_scheduler() noexcept { return __scheduler{}; }
};

/////////////////////////////////////////////////////////////////////////////
// counting_scope / spawn
class counting_scope {
public:
    struct token {
        template <sender _Sender>
        _Sender&& wrap(_Sender&& __snd) const noexcept {
            return static_cast<_Sender&&>(__snd);
        }
    };
    token get_token() noexcept { return token{}; }
    sender auto join() noexcept { return __shape_sender<__shape::values<>>{}; }
    void request_stop() noexcept {}
};

struct spawn_t {
    template <sender _Sender, class _Token>
    void operator()(_Sender&&, _Token&&) const {}
};
inline constexpr spawn_t spawn{};

/////////////////////////////////////////////////////////////////////////////
// as_awaitable / with_awaitable_senders
namespace __as_awaitable {
template <class _Value>
struct __sender_awaiter {
    static constexpr bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    _Value await_resume() { return __shape::unreachable<_Value>(); }
};
template <>
struct __sender_awaiter<void> {
    static constexpr bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() {}
};
}  // namespace __as_awaitable

struct as_awaitable_t {
    template <class _Tp, class _Promise>
    constexpr decltype(auto) operator()(_Tp&& __t, _Promise& __promise) const {
        if constexpr (requires { static_cast<_Tp&&>(__t).as_awaitable(__promise); }) {
            return static_cast<_Tp&&>(__t).as_awaitable(__promise);
        } else if constexpr (sender<_Tp>) {
            return __as_awaitable::__sender_awaiter<
                typename __shape::__single<__shape::values_of<_Tp>>::type>{};
        } else {
            return static_cast<_Tp&&>(__t);
        }
    }
};
inline constexpr as_awaitable_t as_awaitable{};

template <class _Promise>
struct with_awaitable_senders {
    void set_continuation(std::coroutine_handle<> __continuation) noexcept {
        __continuation_ = __continuation;
    }
    std::coroutine_handle<> continuation() const noexcept { return __continuation_; }

    template <class _Value>
    constexpr decltype(auto) await_transform(_Value&& __val) {
        static_assert(std::derived_from<_Promise, with_awaitable_senders>);
        return as_awaitable(static_cast<_Value&&>(__val), static_cast<_Promise&>(*this));
    }

private:
    friend _Promise;
    with_awaitable_senders() = default;
    std::coroutine_handle<> __continuation_{};
};

/////////////////////////////////////////////////////////////////////////////
// STDEXEC::task (P3552-style std::execution::task), __detail/__task.hpp
template <class... _Env>
struct env {};

template <class _Ty = void, class _TaskEnv = env<>>
class [[nodiscard]] task {
    struct __promise;

public:
    using sender_concept = sender_tag;
    using promise_type = __promise;
    using __shape_values = std::conditional_t<std::is_void_v<_Ty>, __shape::values<>, __shape::values<_Ty>>;

    constexpr task(task&& __that) noexcept : __coro_(std::exchange(__that.__coro_, {})) {}
    constexpr ~task() {
        if (__coro_) __coro_.destroy();
    }

    // This transforms a task into an awaiter that can perform symmetric transfer when
    // co_awaited.
    template <class _ParentPromise>
    [[nodiscard]] constexpr auto as_awaitable(_ParentPromise&) && noexcept {
        return __awaiter{std::exchange(__coro_, {})};
    }

private:
    struct __awaiter {
        std::coroutine_handle<__promise> __coro_;
        static constexpr bool await_ready() noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> __parent) noexcept {
            __coro_.promise().set_continuation(__parent);
            return __coro_;
        }
        _Ty await_resume() {
            if constexpr (!std::is_void_v<_Ty>) return std::move(*__coro_.promise().__value_);
        }
    };

    explicit task(std::coroutine_handle<__promise> __h) noexcept : __coro_(__h) {}
    std::coroutine_handle<__promise> __coro_{};
};

namespace __task {
template <class _Ty>
struct __promise_base {
    template <class _Value>
    void return_value(_Value&& __value) {
        __value_.emplace(static_cast<_Value&&>(__value));
    }
    std::optional<_Ty> __value_;
};
template <>
struct __promise_base<void> {
    void return_void() noexcept {}
};
struct __final_awaiter {
    static constexpr bool await_ready() noexcept { return false; }
    template <class _Promise>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<_Promise> __h) noexcept {
        auto __c = __h.promise().continuation();
        return __c ? __c : std::noop_coroutine();
    }
    static constexpr void await_resume() noexcept {}
};
}  // namespace __task

template <class _Ty, class _TaskEnv>
struct task<_Ty, _TaskEnv>::__promise : __task::__promise_base<_Ty>, with_awaitable_senders<__promise> {
    __promise() noexcept = default;
    [[nodiscard]] auto get_return_object() noexcept -> task {
        return task(std::coroutine_handle<__promise>::from_promise(*this));
    }
    static constexpr std::suspend_always initial_suspend() noexcept { return {}; }
    auto final_suspend() noexcept { return __task::__final_awaiter{}; }
    void unhandled_exception() noexcept { std::terminate(); }
};

}  // namespace stdexec
