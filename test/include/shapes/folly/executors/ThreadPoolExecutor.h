// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/executors/ThreadPoolExecutor.h (class ThreadPoolExecutor,
//           subset), folly/executors/thread_factory/ThreadFactory.h
//           (ThreadFactory, forward-declared only)
// API shape for tests: declarations match upstream; bodies are not the real implementation (no threads: add() runs the function inline on the calling thread).
//
// Upstream ThreadPoolExecutor derives from DefaultKeepAliveExecutor, which is
// `public virtual Executor`; the shape derives from `virtual Executor`
// directly and does not ref-count keep-alives. Not mirrored: observers,
// PoolStats, thread factories' definitions (NamedThreadFactory), withAll.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>

#include <folly/Executor.h>

namespace folly {

class ThreadFactory;

namespace detail {
// Shape-only: run a task inline; upstream's pool threads catch and log
// exceptions thrown by a task (ThreadPoolExecutor::runTask).
inline void shapeRunTaskInline(Func& func) noexcept {
  try {
    func();
  } catch (...) {
  }
}
} // namespace detail

class ThreadPoolExecutor : public virtual Executor {
 public:
  explicit ThreadPoolExecutor(
      size_t maxThreads,
      size_t minThreads,
      std::shared_ptr<ThreadFactory> threadFactory)
      : maxThreads_(maxThreads), threadFactory_(std::move(threadFactory)) {
    (void)minThreads;
  }

  ~ThreadPoolExecutor() override = default;

  void add(Func func) override = 0;
  /**
   * If func doesn't get started within expiration time after its enqueued,
   * expireCallback will be run
   */
  virtual void add(
      Func func, std::chrono::milliseconds expiration, Func expireCallback) {
    (void)expiration;
    (void)expireCallback;
    add(std::move(func));
  }

  void setThreadFactory(std::shared_ptr<ThreadFactory> threadFactory) {
    threadFactory_ = std::move(threadFactory);
  }

  std::shared_ptr<ThreadFactory> getThreadFactory() const {
    return threadFactory_;
  }

  size_t numThreads() const { return maxThreads_; }
  void setNumThreads(size_t numThreads) { maxThreads_ = numThreads; }

  // Return actual number of active threads -- this could be different from
  // numThreads() due to ThreadPoolExecutor's dynamic behavior.
  size_t numActiveThreads() const { return maxThreads_; }

  /*
   * stop() is best effort - there is no guarantee that unexecuted tasks won't
   * be executed before it returns. Specifically, IOThreadPoolExecutor's stop()
   * behaves like join().
   */
  virtual void stop() {}
  virtual void join() {}

  size_t getPendingTaskCount() const { return 0; }
  const std::string& getName() const { return name_; }

 private:
  size_t maxThreads_;
  std::shared_ptr<ThreadFactory> threadFactory_;
  std::string name_;
};

} // namespace folly
