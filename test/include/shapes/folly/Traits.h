// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/Traits.h (tag_t, tag only)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

namespace folly {

/// tag_t
/// tag
///
/// A generic type-list value type and value.
///
/// A type-list is a class template parameterized by a pack of types.
template <typename...>
struct tag_t {};
template <typename... T>
inline constexpr tag_t<T...> tag{};

} // namespace folly
