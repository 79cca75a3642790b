// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/thirdparty/asio.hpp (the bundled standalone Asio) -- STAND-IN ONLY.
//
// This is NOT an API shape of Asio: it declares just the asio names that the
// yalantinglibs shapes (coro_io, cinatra, coro_rpc) mention in their signatures,
// so that those headers compile without Asio. Do not write tests against it.
#pragma once

#include <cstddef>
#include <string>
#include <system_error>
#include <utility>

namespace asio {

using error_code = std::error_code;

class io_context {
public:
    class executor_type {
    public:
        io_context& context() const noexcept { return *ctx_; }
        bool running_in_this_thread() const noexcept { return false; }
        io_context* ctx_ = nullptr;
    };
    executor_type get_executor() noexcept { return executor_type{this}; }
    std::size_t run() { return 0; }
};

template <typename Executor, typename Function>
    requires requires(const Executor& ex) { ex.context(); }
void post(const Executor&, Function&& f) {
    std::forward<Function>(f)();
}
template <typename Executor, typename Function>
    requires requires(const Executor& ex) { ex.context(); }
void dispatch(const Executor&, Function&& f) {
    std::forward<Function>(f)();
}

class steady_timer {
public:
    template <typename Executor>
    explicit steady_timer(const Executor&) {}
    template <typename Duration>
    std::size_t expires_after(const Duration&) {
        return 0;
    }
    template <typename Handler>
    void async_wait(Handler&& h) {
        std::forward<Handler>(h)(error_code{});
    }
    std::size_t cancel() { return 0; }
};
using high_resolution_timer = steady_timer;

namespace ip {
class tcp {
public:
    class endpoint {};
    class socket {
    public:
        template <typename Executor>
        explicit socket(const Executor&) {}
    };
    class acceptor {
    public:
        template <typename Executor>
        explicit acceptor(const Executor&) {}
    };
    class resolver {};
};
}  // namespace ip

namespace experimental {
template <typename Signature>
class channel;
template <typename R>
class channel<void(std::error_code, R)> {
public:
    template <typename Executor>
    channel(const Executor&, std::size_t /*max_buffer_size*/) {}
    channel() = default;
    template <typename... Args>
    bool try_send(Args&&...) {
        return true;
    }
    template <typename Handler>
    bool try_receive(Handler&&) {
        return false;
    }
    void close() {}
};
}  // namespace experimental

}  // namespace asio
