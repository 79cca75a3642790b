// Upstream: jbaldwin/libcoro, tag v0.11.1
//   (commit c05d2079afd7e9dbdd4ace2c5ecc12d97e6f4e48)
// Mirrors:  include/coro/sync_wait.hpp
//
// Blocking call; returns decltype(auto) exactly as upstream:
//   sync_wait(task<T>{})            -> T&&  (reference into the temporary task)
//   sync_wait(lvalue task<T>)       -> const T&
//   sync_wait(task<void>)           -> void
//   sync_wait(when_all(...))        -> std::tuple<when_all_task<...>...>&&
//   awaitables returning a prvalue  -> that value type
// Shape: the awaitable runs inline on the calling thread.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "coro/concepts/awaitable.hpp"

#include <atomic>
#include <coroutine>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>
#include <variant>

namespace coro
{
namespace detail
{
class sync_wait_event
{
public:
    sync_wait_event(bool initially_set = false) : m_set(initially_set) {}
    sync_wait_event(const sync_wait_event&)                    = delete;
    sync_wait_event(sync_wait_event&&)                         = delete;
    auto operator=(const sync_wait_event&) -> sync_wait_event& = delete;
    auto operator=(sync_wait_event&&) -> sync_wait_event&      = delete;
    ~sync_wait_event()                                         = default;

    auto set() noexcept -> void { m_set.store(true); }
    auto reset() noexcept -> void { m_set.store(false); }
    auto wait() noexcept -> void
    {
        if (!m_set.load())
            std::terminate(); // shapes never block
    }

private:
    std::atomic<bool> m_set{false};
};

template<typename return_type>
class sync_wait_task_promise
{
    using coroutine_type = std::coroutine_handle<sync_wait_task_promise<return_type>>;

public:
    static constexpr bool return_type_is_reference = std::is_reference_v<return_type>;
    using stored_type                              = std::conditional_t<
        return_type_is_reference,
        std::remove_reference_t<return_type>*,
        std::remove_const_t<return_type>>;

    auto start(sync_wait_event& event)
    {
        m_event = &event;
        coroutine_type::from_promise(*this).resume();
    }

    auto get_return_object() noexcept { return coroutine_type::from_promise(*this); }
    auto initial_suspend() noexcept -> std::suspend_always { return {}; }
    auto final_suspend() noexcept
    {
        struct completion_notifier
        {
            auto await_ready() const noexcept { return false; }
            auto await_suspend(coroutine_type coroutine) const noexcept { coroutine.promise().m_event->set(); }
            auto await_resume() noexcept {}
        };
        return completion_notifier{};
    }
    auto unhandled_exception() noexcept -> void { m_storage.template emplace<2>(std::current_exception()); }

    template<typename value_type>
    auto return_value(value_type&& value) -> void
    {
        if constexpr (return_type_is_reference)
        {
            return_type ref = static_cast<value_type&&>(value);
            m_storage.template emplace<1>(std::addressof(ref));
        }
        else
        {
            m_storage.template emplace<1>(std::forward<value_type>(value));
        }
    }

    auto result() & -> decltype(auto)
    {
        check();
        if constexpr (return_type_is_reference)
            return static_cast<return_type>(*std::get<1>(m_storage));
        else
            return static_cast<const return_type&>(std::get<1>(m_storage));
    }

    auto result() && -> decltype(auto)
    {
        check();
        if constexpr (return_type_is_reference)
            return static_cast<return_type>(*std::get<1>(m_storage));
        else
            return static_cast<return_type&&>(std::get<1>(m_storage));
    }

private:
    auto check() -> void
    {
        if (m_storage.index() == 2)
            std::rethrow_exception(std::get<2>(m_storage));
    }

    sync_wait_event*                                          m_event{nullptr};
    std::variant<std::monostate, stored_type, std::exception_ptr> m_storage{};
};

template<>
class sync_wait_task_promise<void>
{
    using coroutine_type = std::coroutine_handle<sync_wait_task_promise<void>>;

public:
    auto start(sync_wait_event& event)
    {
        m_event = &event;
        coroutine_type::from_promise(*this).resume();
    }

    auto get_return_object() noexcept { return coroutine_type::from_promise(*this); }
    auto initial_suspend() noexcept -> std::suspend_always { return {}; }
    auto final_suspend() noexcept
    {
        struct completion_notifier
        {
            auto await_ready() const noexcept { return false; }
            auto await_suspend(coroutine_type coroutine) const noexcept { coroutine.promise().m_event->set(); }
            auto await_resume() noexcept {}
        };
        return completion_notifier{};
    }
    auto unhandled_exception() noexcept -> void { m_exception = std::current_exception(); }
    auto return_void() noexcept -> void {}
    auto result() -> void
    {
        if (m_exception)
            std::rethrow_exception(m_exception);
    }

private:
    sync_wait_event*   m_event{nullptr};
    std::exception_ptr m_exception;
};

template<typename return_type>
class sync_wait_task
{
public:
    using promise_type   = sync_wait_task_promise<return_type>;
    using coroutine_type = std::coroutine_handle<promise_type>;

    sync_wait_task(coroutine_type coroutine) noexcept : m_coroutine(coroutine) {}
    sync_wait_task(const sync_wait_task&) = delete;
    sync_wait_task(sync_wait_task&& other) noexcept : m_coroutine(std::exchange(other.m_coroutine, coroutine_type{})) {}
    auto operator=(const sync_wait_task&) -> sync_wait_task& = delete;

    ~sync_wait_task()
    {
        if (m_coroutine)
            m_coroutine.destroy();
    }

    auto promise() & -> promise_type& { return m_coroutine.promise(); }
    auto promise() const& -> const promise_type& { return m_coroutine.promise(); }
    auto promise() && -> promise_type&& { return std::move(m_coroutine.promise()); }

private:
    coroutine_type m_coroutine;
};

template<
    concepts::awaitable awaitable_type,
    typename return_type = typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type>
static auto make_sync_wait_task(awaitable_type&& a) -> sync_wait_task<return_type>;

template<concepts::awaitable awaitable_type, typename return_type>
static auto make_sync_wait_task(awaitable_type&& a) -> sync_wait_task<return_type>
{
    if constexpr (std::is_void_v<return_type>)
    {
        co_await std::forward<awaitable_type>(a);
        co_return;
    }
    else
    {
        co_return co_await std::forward<awaitable_type>(a);
    }
}

} // namespace detail

template<
    concepts::awaitable awaitable_type,
    typename return_type = typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type>
auto sync_wait(awaitable_type&& a) -> decltype(auto)
{
    detail::sync_wait_event e{};
    auto                    task = detail::make_sync_wait_task(std::forward<awaitable_type>(a));
    task.promise().start(e);
    e.wait();

    if constexpr (std::is_void_v<return_type>)
    {
        task.promise().result();
        return;
    }
    else if constexpr (std::is_reference_v<return_type>)
    {
        return task.promise().result();
    }
    else if constexpr (std::is_move_assignable_v<return_type>)
    {
        auto result = std::move(task).promise().result();
        return result;
    }
    else
    {
        return task.promise().result();
    }
}

} // namespace coro
