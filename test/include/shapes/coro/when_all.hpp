// Upstream: jbaldwin/libcoro, tag v0.11.1
//   (commit c05d2079afd7e9dbdd4ace2c5ecc12d97e6f4e48)
// Mirrors:  include/coro/when_all.hpp
//
// Result shapes (as upstream):
//   co_await coro::when_all(a, b, ...)   (rvalue awaitable)
//     -> std::tuple<detail::when_all_task<R_a>, detail::when_all_task<R_b>, ...>&&
//     where R_x = awaitable_traits<X>::awaiter_return_type (int&& for an
//     rvalue coro::task<int>). The values are NOT in the tuple directly:
//     read them with std::get<I>(results).return_value() (or
//     auto [x, y] = ...; x.return_value()). return_value() gives
//     R& for a non-void R (int& for task<int>) and detail::void_value{} for
//     task<void>; it rethrows the task's exception.
//   co_await coro::when_all(std::vector<task<T>>)  (any std::ranges::range)
//     -> std::vector<detail::when_all_task<T&&>>&&  (same .return_value()).
//   An lvalue when_all awaitable yields lvalue references instead of &&.
// The && refers into the temporary when_all awaitable: bind the result with
// plain `auto` (moves the container); auto&& / decltype(auto) dangle.
// Operands are taken by value: tasks must be std::move'd in.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "coro/concepts/awaitable.hpp"
#include "coro/detail/void_value.hpp"

#include <atomic>
#include <coroutine>
#include <exception>
#include <memory>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace coro
{
namespace detail
{
class when_all_latch
{
public:
    when_all_latch(std::size_t count) noexcept : m_count(count + 1) {}
    when_all_latch(const when_all_latch&) = delete;
    when_all_latch(when_all_latch&& other)
        : m_count(other.m_count.load(std::memory_order::acquire)),
          m_awaiting_coroutine(std::exchange(other.m_awaiting_coroutine, nullptr))
    {
    }

    auto is_ready() const noexcept -> bool { return m_awaiting_coroutine != nullptr && m_awaiting_coroutine.done(); }

    auto try_await(std::coroutine_handle<> awaiting_coroutine) noexcept -> bool
    {
        m_awaiting_coroutine = awaiting_coroutine;
        return m_count.fetch_sub(1, std::memory_order::acq_rel) > 1;
    }

    auto notify_awaitable_completed() noexcept -> void
    {
        if (m_count.fetch_sub(1, std::memory_order::acq_rel) == 1)
            m_awaiting_coroutine.resume();
    }

private:
    std::atomic<std::size_t> m_count;
    std::coroutine_handle<>  m_awaiting_coroutine{nullptr};
};

template<typename return_type>
class when_all_task;

template<typename T>
struct is_std_tuple : std::false_type
{
};
template<typename... Ts>
struct is_std_tuple<std::tuple<Ts...>> : std::true_type
{
};

// Upstream has a partial specialization for std::tuple<task_types...> and a
// primary template for containers; the shape folds both into one template.
template<typename task_container_type>
class when_all_ready_awaitable
{
public:
    explicit when_all_ready_awaitable(task_container_type&& tasks) noexcept
        : m_latch(count(tasks)),
          m_tasks(std::move(tasks))
    {
    }
    when_all_ready_awaitable(const when_all_ready_awaitable&) = delete;
    when_all_ready_awaitable(when_all_ready_awaitable&& other)
        : m_latch(std::move(other.m_latch)),
          m_tasks(std::move(other.m_tasks))
    {
    }
    auto operator=(const when_all_ready_awaitable&) -> when_all_ready_awaitable& = delete;
    auto operator=(when_all_ready_awaitable&&) -> when_all_ready_awaitable&      = delete;

    template<typename result_type>
    struct awaiter
    {
        when_all_ready_awaitable& m_awaitable;

        auto await_ready() const noexcept -> bool { return m_awaitable.m_latch.is_ready(); }
        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> bool
        {
            return m_awaitable.try_await(awaiting_coroutine);
        }
        auto await_resume() noexcept -> result_type { return static_cast<result_type>(m_awaitable.m_tasks); }
    };

    auto operator co_await() & noexcept { return awaiter<task_container_type&>{*this}; }
    auto operator co_await() && noexcept { return awaiter<task_container_type&&>{*this}; }

private:
    static auto count(const task_container_type& tasks) -> std::size_t
    {
        if constexpr (is_std_tuple<task_container_type>::value)
            return std::tuple_size_v<task_container_type>;
        else
            return std::size(tasks);
    }

    auto try_await(std::coroutine_handle<> awaiting_coroutine) noexcept -> bool
    {
        if constexpr (is_std_tuple<task_container_type>::value)
            std::apply([this](auto&&... tasks) { ((tasks.start(m_latch)), ...); }, m_tasks);
        else
            for (auto& task : m_tasks)
                task.start(m_latch);
        return m_latch.try_await(awaiting_coroutine);
    }

    when_all_latch      m_latch;
    task_container_type m_tasks;
};

/// Empty tuple<> implementation.
template<>
class when_all_ready_awaitable<std::tuple<>>
{
public:
    constexpr when_all_ready_awaitable() noexcept {}
    explicit constexpr when_all_ready_awaitable(std::tuple<>) noexcept {}

    constexpr auto await_ready() const noexcept -> bool { return true; }
    auto           await_suspend(std::coroutine_handle<>) noexcept -> void {}
    auto           await_resume() const noexcept -> std::tuple<> { return {}; }
};

// Shape-only: the parts shared by when_all_task_promise<R> and <void>.
template<typename derived_type>
struct when_all_task_promise_base
{
    using coroutine_handle_type = std::coroutine_handle<derived_type>;

    auto get_return_object() noexcept { return coroutine_handle_type::from_promise(static_cast<derived_type&>(*this)); }
    auto initial_suspend() noexcept -> std::suspend_always { return {}; }
    auto final_suspend() noexcept
    {
        struct completion_notifier
        {
            auto await_ready() const noexcept -> bool { return false; }
            auto await_suspend(coroutine_handle_type coroutine) const noexcept -> void
            {
                coroutine.promise().m_latch->notify_awaitable_completed();
            }
            auto await_resume() const noexcept -> void {}
        };
        return completion_notifier{};
    }
    auto unhandled_exception() noexcept -> void { m_exception_ptr = std::current_exception(); }
    auto start(when_all_latch& latch) noexcept -> void
    {
        m_latch = &latch;
        coroutine_handle_type::from_promise(static_cast<derived_type&>(*this)).resume();
    }
    auto rethrow_if_exception() -> void
    {
        if (m_exception_ptr)
            std::rethrow_exception(m_exception_ptr);
    }

    when_all_latch*    m_latch{nullptr};
    std::exception_ptr m_exception_ptr;
};

template<typename return_type>
class when_all_task_promise : public when_all_task_promise_base<when_all_task_promise<return_type>>
{
public:
    when_all_task_promise() noexcept {}

    auto yield_value(return_type&& value) noexcept
    {
        m_return_value = std::addressof(value);
        return this->final_suspend();
    }

    auto return_value() & -> return_type&
    {
        this->rethrow_if_exception();
        return *m_return_value;
    }

private:
    std::add_pointer_t<return_type> m_return_value{nullptr};
};

template<>
class when_all_task_promise<void> : public when_all_task_promise_base<when_all_task_promise<void>>
{
public:
    when_all_task_promise() noexcept {}

    auto return_void() noexcept -> void {}

    auto result() -> void { rethrow_if_exception(); }
};

template<typename return_type>
class when_all_task
{
public:
    // To be able to call start().
    template<typename task_container_type>
    friend class when_all_ready_awaitable;

    using promise_type          = when_all_task_promise<return_type>;
    using coroutine_handle_type = typename promise_type::coroutine_handle_type;

    when_all_task(coroutine_handle_type coroutine) noexcept : m_coroutine(coroutine) {}
    when_all_task(const when_all_task&) = delete;
    when_all_task(when_all_task&& other) noexcept : m_coroutine(std::exchange(other.m_coroutine, nullptr)) {}
    auto operator=(const when_all_task&) -> when_all_task& = delete;
    auto operator=(when_all_task&&) -> when_all_task&      = delete;
    ~when_all_task()
    {
        if (m_coroutine != nullptr)
            m_coroutine.destroy();
    }

    /// void_value{} for a void awaitable, otherwise return_type& (rethrows).
    auto return_value() & -> decltype(auto) { return read(); }
    auto return_value() const& -> decltype(auto) { return read(); }
    auto return_value() && -> decltype(auto) { return read(); }

private:
    auto read() const -> decltype(auto)
    {
        if constexpr (std::is_void_v<return_type>)
        {
            m_coroutine.promise().result();
            return void_value{};
        }
        else
        {
            return m_coroutine.promise().return_value();
        }
    }

    auto start(when_all_latch& latch) noexcept -> void { m_coroutine.promise().start(latch); }

    coroutine_handle_type m_coroutine;
};

template<
    concepts::awaitable awaitable,
    typename return_type = typename concepts::awaitable_traits<awaitable&&>::awaiter_return_type>
static auto make_when_all_task(awaitable a) -> when_all_task<return_type>;

template<concepts::awaitable awaitable, typename return_type>
static auto make_when_all_task(awaitable a) -> when_all_task<return_type>
{
    if constexpr (std::is_void_v<return_type>)
    {
        co_await static_cast<awaitable&&>(a);
    }
    else
    {
        co_yield co_await static_cast<awaitable&&>(a);
        __builtin_unreachable(); // never resumed after the yield (as upstream)
    }
}

} // namespace detail

template<concepts::awaitable... awaitables_type>
[[nodiscard]] auto when_all(awaitables_type... awaitables)
{
    return detail::when_all_ready_awaitable<std::tuple<
        detail::when_all_task<typename concepts::awaitable_traits<awaitables_type>::awaiter_return_type>...>>(
        std::make_tuple(detail::make_when_all_task(std::move(awaitables))...));
}

template<
    std::ranges::range  range_type,
    concepts::awaitable awaitable_type = std::ranges::range_value_t<range_type>,
    typename return_type               = typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type>
[[nodiscard]] auto when_all(range_type awaitables)
    -> detail::when_all_ready_awaitable<std::vector<detail::when_all_task<return_type>>>
{
    std::vector<detail::when_all_task<return_type>> output_tasks;
    if constexpr (std::ranges::sized_range<range_type>)
        output_tasks.reserve(std::size(awaitables));
    for (auto&& a : awaitables)
        output_tasks.emplace_back(detail::make_when_all_task(std::move(a)));
    return detail::when_all_ready_awaitable(std::move(output_tasks));
}

} // namespace coro
