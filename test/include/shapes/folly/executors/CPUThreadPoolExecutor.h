// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/executors/CPUThreadPoolExecutor.h (class
//           CPUThreadPoolExecutor, subset)
// API shape for tests: declarations match upstream; bodies are not the real implementation (no threads: tasks run inline on the calling thread).
//
// Upstream also derives from GetThreadIdCollector. Constructors whose
// upstream defaults build a NamedThreadFactory or a BlockingQueue<CPUTask>
// are not mirrored; the two below have upstream's exact parameter lists.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>

#include <folly/Executor.h>
#include <folly/executors/ThreadPoolExecutor.h>

namespace folly {

/**
 * A Thread pool for CPU bound tasks.
 */
class CPUThreadPoolExecutor : public ThreadPoolExecutor {
 public:
  struct CPUTask;
  struct Options {
    enum class Blocking {
      prohibit,
      allow,
    };

    constexpr Options() noexcept : blocking{Blocking::allow} {}

    Options& setBlocking(Blocking b) {
      blocking = b;
      return *this;
    }

    Blocking blocking;
  };

  explicit CPUThreadPoolExecutor(size_t numThreads, Options opt = {})
      : ThreadPoolExecutor(numThreads, numThreads, nullptr) {
    (void)opt;
  }

  CPUThreadPoolExecutor(
      size_t numThreads,
      std::shared_ptr<ThreadFactory> threadFactory,
      Options opt = {})
      : ThreadPoolExecutor(numThreads, numThreads, std::move(threadFactory)) {
    (void)opt;
  }

  ~CPUThreadPoolExecutor() override = default;

  void add(Func func) override { detail::shapeRunTaskInline(func); }
  void add(
      Func func,
      std::chrono::milliseconds expiration,
      Func expireCallback = nullptr) override {
    (void)expiration;
    (void)expireCallback;
    add(std::move(func));
  }

  void addWithPriority(Func func, int8_t priority) override {
    (void)priority;
    add(std::move(func));
  }
  virtual void add(
      Func func,
      int8_t priority,
      std::chrono::milliseconds expiration,
      Func expireCallback = nullptr) {
    (void)priority;
    add(std::move(func), expiration, std::move(expireCallback));
  }

  size_t getTaskQueueSize() const { return 0; }

  uint8_t getNumPriorities() const override { return 1; }
};

} // namespace folly
