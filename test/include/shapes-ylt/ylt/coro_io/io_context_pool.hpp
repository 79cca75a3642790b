// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_io/io_context_pool.hpp
//
// coro_io::ExecutorWrapper<> is an async_simple::Executor over an asio executor;
// get_global_executor() / get_global_block_executor() return ExecutorWrapper<>*
// from the global io_context pool / the global pool for blocking work.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <async_simple/Executor.h>
#include <async_simple/coro/Lazy.h>

#include <asio.hpp>
#include <atomic>
#include <cstddef>
#include <memory>
#include <thread>
#include <type_traits>
#include <vector>

namespace coro_io {

template <typename ExecutorImpl = asio::io_context::executor_type>
class ExecutorWrapper : public async_simple::Executor {
private:
    ExecutorImpl executor_;

public:
    ExecutorWrapper(ExecutorImpl executor) : executor_(executor) {}
    using context_t = std::remove_cvref_t<decltype(executor_.context())>;

    virtual bool schedule(Func func) override {
        asio::post(executor_, std::move(func));
        return true;
    }
    virtual bool schedule(Func func, uint64_t) override {
        asio::post(executor_, std::move(func));
        return true;
    }
    virtual bool currentThreadInExecutor() const override {
        return executor_.running_in_this_thread();
    }
    auto get_asio_executor() const { return executor_; }
    operator ExecutorImpl() { return executor_; }
};

template <typename ExecutorImpl = asio::io_context>
inline async_simple::coro::Lazy<typename ExecutorImpl::executor_type> get_current_executor() {
    auto executor = co_await async_simple::CurrentExecutor{};
    co_return static_cast<ExecutorImpl*>(executor->checkout())->get_executor();
}

class io_context_pool {
public:
    using executor_type = asio::io_context::executor_type;
    explicit io_context_pool(std::size_t pool_size, bool cpu_affinity = false)
        : io_context_(), executor_(io_context_.get_executor()) {
        (void)pool_size;
        (void)cpu_affinity;
    }
    void run() {}
    void stop(bool force = false) { (void)force; }
    std::size_t pool_size() const noexcept { return 1; }
    coro_io::ExecutorWrapper<>* get_executor() { return &executor_; }

private:
    asio::io_context io_context_;
    coro_io::ExecutorWrapper<> executor_;
};

template <typename T = io_context_pool>
inline T& g_io_context_pool(unsigned pool_size = std::thread::hardware_concurrency()) {
    static auto _g_io_context_pool = std::make_shared<T>(pool_size);
    return *_g_io_context_pool;
}

template <typename T = io_context_pool>
inline T& g_block_io_context_pool(unsigned pool_size = std::thread::hardware_concurrency()) {
    static auto _g_io_context_pool = std::make_shared<T>(pool_size);
    return *_g_io_context_pool;
}

template <typename T = io_context_pool>
inline auto get_global_executor(unsigned pool_size = std::thread::hardware_concurrency()) {
    return g_io_context_pool<T>(pool_size).get_executor();
}

template <typename T = io_context_pool>
inline auto get_global_block_executor(unsigned pool_size = std::thread::hardware_concurrency()) {
    return g_block_io_context_pool<T>(pool_size).get_executor();
}

}  // namespace coro_io
