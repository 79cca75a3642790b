// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/executors/IOThreadPoolExecutor.h (classes
//           IOThreadPoolExecutorBase and IOThreadPoolExecutor, subsets)
// API shape for tests: declarations match upstream; bodies are not the real implementation (no threads or event bases: tasks run inline on the calling thread).
//
// Upstream IOThreadPoolExecutorBase also derives from IOExecutor and
// GetThreadIdCollector and has the EventBase accessors (getEventBase,
// getAllEventBases, getEventBaseManager); EventBase is not shaped, so they
// are left out. Upstream's constructors take further defaulted parameters
// (std::shared_ptr<ThreadFactory> = NamedThreadFactory("IOThreadPool"),
// EventBaseManager* = EventBaseManager::get(), Options = Options()); the
// shape keeps the thread-count parameters only.
#pragma once

#include <chrono>
#include <cstddef>
#include <utility>

#include <folly/Executor.h>
#include <folly/executors/ThreadPoolExecutor.h>

namespace folly {

class IOThreadPoolExecutorBase : public ThreadPoolExecutor {
 public:
  using ThreadPoolExecutor::ThreadPoolExecutor;

  ~IOThreadPoolExecutorBase() override = default;
};

/**
 * A Thread Pool for IO bound tasks
 */
class IOThreadPoolExecutor : public IOThreadPoolExecutorBase {
 public:
  struct Options {
    Options() : waitForAll(false), enableThreadIdCollection(false) {}

    Options& setWaitForAll(bool b) {
      this->waitForAll = b;
      return *this;
    }
    Options& setEnableThreadIdCollection(bool b) {
      this->enableThreadIdCollection = b;
      return *this;
    }

    bool waitForAll;
    bool enableThreadIdCollection;
  };

  explicit IOThreadPoolExecutor(size_t numThreads)
      : IOThreadPoolExecutorBase(numThreads, numThreads, nullptr) {}

  IOThreadPoolExecutor(size_t maxThreads, size_t minThreads)
      : IOThreadPoolExecutorBase(maxThreads, minThreads, nullptr) {}

  ~IOThreadPoolExecutor() override = default;

  void add(Func func) override { detail::shapeRunTaskInline(func); }
  void add(
      Func func,
      std::chrono::milliseconds expiration,
      Func expireCallback = nullptr) override {
    (void)expiration;
    (void)expireCallback;
    add(std::move(func));
  }
};

} // namespace folly
