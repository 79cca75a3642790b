// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/util/tl/expected.hpp (TartanLlama expected; the subset used here)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace tl {

template <class E>
class unexpected {
public:
    unexpected() = delete;
    constexpr explicit unexpected(const E& e) : m_val(e) {}
    constexpr explicit unexpected(E&& e) : m_val(std::move(e)) {}
    constexpr const E& value() const& { return m_val; }
    constexpr E& value() & { return m_val; }
    constexpr E&& value() && { return std::move(m_val); }

private:
    E m_val;
};

template <class E>
unexpected(E) -> unexpected<E>;

struct unexpect_t {
    unexpect_t() = default;
};
static constexpr unexpect_t unexpect{};

template <class T, class E>
class expected {
public:
    using value_type = T;
    using error_type = E;
    using unexpected_type = unexpected<E>;

    constexpr expected() requires std::is_default_constructible_v<T> : m_v(std::in_place_index<0>) {}
    template <class U = T>
        requires std::is_constructible_v<T, U&&>
    constexpr expected(U&& v) : m_v(std::in_place_index<0>, std::forward<U>(v)) {}
    template <class G>
    constexpr expected(unexpected<G> e) : m_v(std::in_place_index<1>, std::move(e).value()) {}
    template <class... Args>
    constexpr explicit expected(unexpect_t, Args&&... args)
        : m_v(std::in_place_index<1>, std::forward<Args>(args)...) {}

    constexpr bool has_value() const noexcept { return m_v.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    constexpr T& value() & { return std::get<0>(m_v); }
    constexpr const T& value() const& { return std::get<0>(m_v); }
    constexpr T&& value() && { return std::get<0>(std::move(m_v)); }
    constexpr E& error() & { return std::get<1>(m_v); }
    constexpr const E& error() const& { return std::get<1>(m_v); }
    constexpr T& operator*() & { return value(); }
    constexpr T&& operator*() && { return std::move(*this).value(); }
    constexpr T* operator->() { return &value(); }

private:
    std::variant<T, E> m_v;
};

template <class E>
class expected<void, E> {
public:
    using value_type = void;
    using error_type = E;
    constexpr expected() {}
    template <class G>
    constexpr expected(unexpected<G> e) : m_err(std::move(e).value()), m_has(false) {}
    template <class... Args>
    constexpr explicit expected(unexpect_t, Args&&... args)
        : m_err(std::forward<Args>(args)...), m_has(false) {}
    constexpr bool has_value() const noexcept { return m_has; }
    constexpr explicit operator bool() const noexcept { return m_has; }
    constexpr void value() const {}
    constexpr const E& error() const& { return m_err; }

private:
    E m_err{};
    bool m_has = true;
};

}  // namespace tl
