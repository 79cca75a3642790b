// Upstream: jbaldwin/libcoro, tag v0.11.1
//   (commit c05d2079afd7e9dbdd4ace2c5ecc12d97e6f4e48)
// Mirrors:  include/coro/detail/void_value.hpp
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

namespace coro::detail
{
struct void_value
{
};
} // namespace coro::detail
