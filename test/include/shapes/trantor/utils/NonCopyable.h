// Upstream: an-tao/trantor, commit 5d52d7a2bdaa700197f89d7047976f7752d7d7fc
//   (tag v1.5.15; the trantor submodule commit pinned by drogon v1.9.1)
// Mirrors:  trantor/utils/NonCopyable.h
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

namespace trantor
{
class NonCopyable
{
  protected:
    NonCopyable()
    {
    }
    ~NonCopyable()
    {
    }
    NonCopyable(const NonCopyable &) = delete;
    NonCopyable &operator=(const NonCopyable &) = delete;
    NonCopyable(NonCopyable &&) noexcept(true) = default;
    NonCopyable &operator=(NonCopyable &&) noexcept(true) = default;
};
}  // namespace trantor
