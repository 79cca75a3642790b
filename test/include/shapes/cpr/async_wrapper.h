// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/async_wrapper.h (non-cancellable part)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_ASYNC_WRAPPER_H
#define CPR_ASYNC_WRAPPER_H

#include <chrono>
#include <future>
#include <stdexcept>
#include <utility>

namespace cpr {

enum class [[nodiscard]] CancellationResult { failure, success, invalid_operation };

/// Wraps the std::future<T> of an async operation (moveable, not copyable).
template <typename T, bool isCancellable = false>
class AsyncWrapper {
  private:
    std::future<T> future;

  public:
    explicit AsyncWrapper(std::future<T>&& f) : future{std::move(f)} {}

    AsyncWrapper(const AsyncWrapper&) = delete;
    AsyncWrapper(AsyncWrapper&&) noexcept = default;
    AsyncWrapper& operator=(const AsyncWrapper&) = delete;
    AsyncWrapper& operator=(AsyncWrapper&&) noexcept = default;
    ~AsyncWrapper() = default;

    // These methods replicate the behaviour of std::future<T>
    [[nodiscard]] T get() { return future.get(); }

    [[nodiscard]] bool valid() const noexcept { return future.valid(); }

    void wait() const { future.wait(); }

    template <class Rep, class Period>
    std::future_status wait_for(const std::chrono::duration<Rep, Period>& timeout_duration) const {
        return future.wait_for(timeout_duration);
    }

    template <class Clock, class Duration>
    std::future_status wait_until(const std::chrono::time_point<Clock, Duration>& timeout_time) const {
        return future.wait_until(timeout_time);
    }
};

} // namespace cpr

#endif
