// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_io/coro_io.hpp (post/dispatch, async_* socket helpers,
//           their blocking twins read_some/read/write/accept/connect, period_timer,
//           sleep_for, channel/create_channel/async_send/async_receive)
//
// coro_io::post(func) runs func on get_global_block_executor() (the pool for
// blocking work) and gives Lazy<Try<R>>: the offload idiom for blocking calls.
// coro_io::read_some/read/write/accept/connect are the BLOCKING forms (they call
// asio's synchronous read_some/read/write/accept/connect).
// coro_io::channel<R> is an asio::experimental::channel<void(std::error_code, R)>;
// async_receive gives Lazy<std::pair<std::error_code, R>>.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <async_simple/Executor.h>
#include <async_simple/Try.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/Sleep.h>

#include <asio.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>

#include "io_context_pool.hpp"

namespace coro_io {

template <typename Func>
using shape_return_t = decltype(std::declval<Func>()());

template <typename Func, typename Executor>
inline async_simple::coro::Lazy<async_simple::Try<shape_return_t<Func>>> post(Func func,
                                                                              Executor executor) {
    (void)executor;
    if constexpr (std::is_void_v<shape_return_t<Func>>) {
        func();
        co_return async_simple::Try<void>{};
    } else {
        co_return async_simple::Try<shape_return_t<Func>>(func());
    }
}

template <typename Func>
inline async_simple::coro::Lazy<async_simple::Try<shape_return_t<Func>>> post(
    Func func, coro_io::ExecutorWrapper<>* e = coro_io::get_global_block_executor()) {
    return post(std::move(func), e->get_asio_executor());
}

template <typename Func, typename Executor>
inline async_simple::coro::Lazy<async_simple::Try<shape_return_t<Func>>> dispatch(
    Func func, Executor executor) {
    return post(std::move(func), executor);
}

template <typename Executor>
inline async_simple::coro::Lazy<async_simple::Try<void>> dispatch(Executor executor) {
    (void)executor;
    co_return async_simple::Try<void>{};
}

inline async_simple::coro::Lazy<std::error_code> async_accept(asio::ip::tcp::acceptor& acceptor,
                                                              asio::ip::tcp::socket& socket) noexcept {
    (void)acceptor;
    (void)socket;
    co_return std::error_code{};
}

template <typename Socket, typename AsioBuffer>
inline async_simple::coro::Lazy<std::pair<std::error_code, size_t>> async_read_some(
    Socket& socket, AsioBuffer buffer) noexcept {
    (void)socket;
    (void)buffer;
    co_return std::pair<std::error_code, size_t>{};
}

template <typename Socket, typename AsioBuffer>
inline async_simple::coro::Lazy<std::pair<std::error_code, size_t>> async_read(
    Socket& socket, AsioBuffer buffer) noexcept {
    (void)socket;
    (void)buffer;
    co_return std::pair<std::error_code, size_t>{};
}

template <typename Socket, typename AsioBuffer>
inline async_simple::coro::Lazy<std::pair<std::error_code, size_t>> async_read(
    Socket& socket, AsioBuffer& buffer, size_t size_to_read) noexcept {
    (void)socket;
    (void)buffer;
    (void)size_to_read;
    co_return std::pair<std::error_code, size_t>{};
}

template <typename Socket, typename AsioBuffer>
inline async_simple::coro::Lazy<std::pair<std::error_code, size_t>> async_write(
    Socket& socket, AsioBuffer buffer) noexcept {
    (void)socket;
    (void)buffer;
    co_return std::pair<std::error_code, size_t>{};
}

template <typename Socket, typename AsioBuffer>
inline async_simple::coro::Lazy<std::pair<std::error_code, size_t>> async_write_some(
    Socket& socket, AsioBuffer buffer) noexcept {
    (void)socket;
    (void)buffer;
    co_return std::pair<std::error_code, size_t>{};
}

template <typename executor_t>
inline async_simple::coro::Lazy<std::error_code> async_connect(executor_t* executor,
                                                               asio::ip::tcp::socket& socket,
                                                               const std::string& host,
                                                               const std::string& port) noexcept {
    (void)executor;
    (void)socket;
    (void)host;
    (void)port;
    co_return std::error_code{};
}

template <typename Socket>
inline async_simple::coro::Lazy<void> async_close(Socket& socket) noexcept {
    (void)socket;
    co_return;
}

class period_timer : public asio::steady_timer {
public:
    using asio::steady_timer::steady_timer;
    template <typename T>
    period_timer(coro_io::ExecutorWrapper<T>* executor)
        : asio::steady_timer(executor->get_asio_executor()) {}

    async_simple::coro::Lazy<bool> async_await() noexcept { co_return true; }
};

class high_resolution_timer : public asio::high_resolution_timer {
public:
    using asio::high_resolution_timer::high_resolution_timer;
    template <typename T>
    high_resolution_timer(coro_io::ExecutorWrapper<T>* executor)
        : asio::high_resolution_timer(executor->get_asio_executor()) {}

    async_simple::coro::Lazy<bool> async_await() noexcept { co_return true; }
};

template <typename Duration, typename Executor>
inline async_simple::coro::Lazy<bool> sleep_for(Duration d, Executor* e) {
    coro_io::period_timer timer(e);
    timer.expires_after(d);
    co_return co_await timer.async_await();
}

template <typename Duration>
inline async_simple::coro::Lazy<bool> sleep_for(Duration d) {
    if (auto executor = co_await async_simple::CurrentExecutor(); executor != nullptr) {
        co_await async_simple::coro::sleep(d);
        co_return true;
    } else {
        co_return co_await sleep_for(d, coro_io::g_io_context_pool().get_executor());
    }
}

template <typename R>
struct channel : public asio::experimental::channel<void(std::error_code, R)> {
    using return_type = R;
    using value_type = std::pair<std::error_code, R>;
    using base_type = asio::experimental::channel<void(std::error_code, R)>;
    using base_type::base_type;
    channel(coro_io::ExecutorWrapper<>* executor, size_t capacity)
        : asio::experimental::channel<void(std::error_code, R)>(executor->get_asio_executor(),
                                                                  capacity),
          executor_(executor) {}
    auto get_executor() { return executor_; }

private:
    coro_io::ExecutorWrapper<>* executor_;
};

template <typename R>
inline channel<R> create_channel(size_t capacity,
                                 coro_io::ExecutorWrapper<>* executor = coro_io::get_global_executor()) {
    return channel<R>(executor, capacity);
}

template <typename R>
inline auto create_shared_channel(size_t capacity,
                                  coro_io::ExecutorWrapper<>* executor = coro_io::get_global_executor()) {
    return std::make_shared<channel<R>>(executor, capacity);
}

template <typename T>
inline async_simple::coro::Lazy<std::error_code> async_send(
    asio::experimental::channel<void(std::error_code, T)>& channel, T val) {
    channel.try_send(std::error_code{}, val);
    co_return std::error_code{};
}

template <typename Channel>
async_simple::coro::Lazy<std::pair<std::error_code, typename Channel::return_type>> inline async_receive(
    Channel& channel) {
    (void)channel;
    co_return std::make_pair(std::error_code{}, typename Channel::return_type{});
}

// Blocking forms.
template <typename Socket, typename AsioBuffer>
std::pair<asio::error_code, size_t> read_some(Socket& sock, AsioBuffer&& buffer) {
    (void)sock;
    (void)buffer;
    return {};
}

template <typename Socket, typename AsioBuffer>
std::pair<asio::error_code, size_t> read(Socket& sock, AsioBuffer&& buffer) {
    (void)sock;
    (void)buffer;
    return {};
}

template <typename Socket, typename AsioBuffer>
std::pair<asio::error_code, size_t> write(Socket& sock, AsioBuffer&& buffer) {
    (void)sock;
    (void)buffer;
    return {};
}

inline std::error_code accept(asio::ip::tcp::acceptor& a, asio::ip::tcp::socket& socket) {
    (void)a;
    (void)socket;
    return {};
}

template <typename executor_t>
inline std::error_code connect(executor_t& executor, asio::ip::tcp::socket& socket,
                               const std::string& host, const std::string& port) {
    (void)executor;
    (void)socket;
    (void)host;
    (void)port;
    return {};
}

}  // namespace coro_io
