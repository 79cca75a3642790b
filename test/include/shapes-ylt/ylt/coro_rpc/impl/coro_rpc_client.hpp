// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_rpc/impl/coro_rpc_client.hpp (client API; get_return_type
//           from impl/context.hpp, simplified to the function's return type with
//           Lazy<T> unwrapped; context-argument handlers are not modelled)
//
// Concurrency, per website/docs/en/coro_rpc/coro_rpc_client.md at 0.6.1:
//   "The coro_rpc_client can achieve connection reuse through the send_request
//    function. This function is thread-safe, allowing multiple threads to call the
//    send_request method on the same client concurrently. The return value of the
//    function is Lazy<Lazy<async_rpc_result<T>>>. The first co_await waits for the
//    request to be sent, and the second co_await waits for the rpc result to return."
//   "... the call, get_resp_attachment, set_req_attachment, release_resp_attachment,
//    and init_config functions are not thread-safe and must not be called by multiple
//    threads simultaneously. In this case, only send_request can be used for multiple
//    threads to make concurrent requests over a single connection."
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <async_simple/coro/Lazy.h>

#include <asio.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <ylt/coro_io/coro_io.hpp>
#include <ylt/coro_io/io_context_pool.hpp>

#include "errno.h"
#include "expected.hpp"

namespace coro_rpc {

struct request_config_t {
    std::optional<std::chrono::milliseconds> request_timeout_duration;
    std::string_view request_attachment;
    std::span<char> resp_attachment_buf;
    int request_attachment_gpu_id = -1, resp_attachment_buf_gpu_id = -1;
};

template <typename T>
struct get_type_t {
    using type = T;
};
template <typename T>
struct get_type_t<async_simple::coro::Lazy<T>> {
    using type = T;
};

template <typename F>
struct shape_function_return;
template <typename R, typename... Args>
struct shape_function_return<R (*)(Args...)> {
    using type = R;
};

template <auto func>
inline auto get_return_type() {
    using return_type = typename get_type_t<typename shape_function_return<decltype(func)>::type>::type;
    if constexpr (std::is_void_v<return_type>) {
        return;
    } else {
        return return_type{};
    }
}

template <typename T>
struct async_rpc_result_value_t {
private:
    T result_;

public:
    async_rpc_result_value_t(T&& result) : result_(std::move(result)) {}
    T& result() noexcept { return result_; }
    const T& result() const noexcept { return result_; }
    std::string_view get_attachment() const noexcept { return {}; }
};

template <>
struct async_rpc_result_value_t<void> {
    std::string_view get_attachment() const noexcept { return {}; }
};

template <typename T>
using async_rpc_result = expected<async_rpc_result_value_t<T>, rpc_error>;

class coro_rpc_client {
public:
    struct tcp_config {
        bool enable_tcp_no_delay = true;
    };
    struct config {
        uint64_t client_id;
        std::chrono::milliseconds connect_timeout_duration;
        std::chrono::milliseconds request_timeout_duration;
        std::string host;
        std::string port;
        std::string local_ip;
        config()
            : client_id(0),
              connect_timeout_duration(std::chrono::seconds{30}),
              request_timeout_duration(std::chrono::seconds{30}) {}
        config(const std::string& local_ip) : config() { this->local_ip = local_ip; }
    };

    coro_rpc_client(coro_io::ExecutorWrapper<>* executor = coro_io::get_global_executor(),
                    config conf = {})
        : executor_(executor), config_(std::move(conf)) {}
    coro_rpc_client(const std::string& local_ip)
        : coro_rpc_client(coro_io::get_global_executor(), config(local_ip)) {}
    ~coro_rpc_client() { close(); }

    std::string_view get_host() const { return config_.host; }
    std::string_view get_port() const { return config_.port; }
    config& get_config() { return config_; }
    [[nodiscard]] bool init_config(const config& conf) {
        config_ = conf;
        return true;
    }

    [[nodiscard]] async_simple::coro::Lazy<coro_rpc::err_code> connect(
        std::string host, std::string port,
        std::chrono::steady_clock::duration connect_timeout_duration,
        std::vector<asio::ip::tcp::endpoint>* eps = nullptr) {
        (void)connect_timeout_duration;
        (void)eps;
        config_.host = std::move(host);
        config_.port = std::move(port);
        co_return err_code{};
    }
    [[nodiscard]] async_simple::coro::Lazy<coro_rpc::err_code> connect(
        std::string_view address, std::chrono::steady_clock::duration connect_timeout_duration,
        std::vector<asio::ip::tcp::endpoint>* eps = nullptr) {
        auto pos = address.rfind(':');
        return connect(std::string(address.substr(0, pos)), std::string(address.substr(pos + 1)),
                       connect_timeout_duration, eps);
    }
    [[nodiscard]] async_simple::coro::Lazy<coro_rpc::err_code> connect(
        std::string host, std::string port, std::vector<asio::ip::tcp::endpoint>* eps = nullptr) {
        return connect(std::move(host), std::move(port), config_.connect_timeout_duration, eps);
    }
    [[nodiscard]] async_simple::coro::Lazy<coro_rpc::err_code> connect(
        std::string_view address, std::vector<asio::ip::tcp::endpoint>* eps = nullptr) {
        return connect(address, config_.connect_timeout_duration, eps);
    }

    /*!
     * Call RPC function with default timeout (30 second)
     */
    template <auto func, typename... Args>
    async_simple::coro::Lazy<rpc_result<decltype(get_return_type<func>())>> call(Args&&... args) {
        return call<func>(request_config_t{}, std::forward<Args>(args)...);
    }

    template <auto func, typename... Args>
    async_simple::coro::Lazy<rpc_result<decltype(get_return_type<func>())>> call_for(
        auto request_timeout_duration, Args&&... args) {
        return call<func>(request_config_t{request_timeout_duration, {}, {}, -1, -1},
                          std::forward<Args>(args)...);
    }

    template <auto func, typename... Args>
    async_simple::coro::Lazy<rpc_result<decltype(get_return_type<func>())>> call(
        request_config_t config, Args&&... args) {
        using return_type = decltype(get_return_type<func>());
        auto async_result =
            co_await co_await send_request<func, Args...>(std::move(config), std::forward<Args>(args)...);
        if (async_result) {
            if constexpr (std::is_void_v<return_type>) {
                co_return rpc_result<void>{};
            } else {
                co_return std::move(async_result.value().result());
            }
        } else {
            co_return coro_rpc::unexpected<rpc_error>{async_result.error()};
        }
    }

    void close() {}
    auto& get_executor() { return *executor_; }
    uint32_t get_client_id() const { return static_cast<uint32_t>(config_.client_id); }
    void set_req_attachment(std::string_view attachment) { (void)attachment; }
    std::string_view get_resp_attachment() const { return {}; }
    std::string release_resp_attachment() { return {}; }
    uint32_t get_pipeline_size() const noexcept { return 0; }

    template <auto func, typename... Args>
    async_simple::coro::Lazy<async_simple::coro::Lazy<async_rpc_result<decltype(get_return_type<func>())>>>
    send_request(Args&&... args) {
        return send_request<func>(request_config_t{}, std::forward<Args>(args)...);
    }

    template <auto func, typename... Args>
    async_simple::coro::Lazy<async_simple::coro::Lazy<async_rpc_result<decltype(get_return_type<func>())>>>
    send_request_with_attachment(std::string_view request_attachment, Args&&... args) {
        return send_request<func>(request_config_t{.request_attachment = request_attachment},
                                  std::forward<Args>(args)...);
    }

    template <auto func, typename... Args>
    async_simple::coro::Lazy<async_simple::coro::Lazy<async_rpc_result<decltype(get_return_type<func>())>>>
    send_request(request_config_t config, Args&&... args) {
        (void)config;
        ((void)args, ...);
        co_return make_result<decltype(get_return_type<func>())>();
    }

private:
    template <typename T>
    static async_simple::coro::Lazy<async_rpc_result<T>> make_result() {
        if constexpr (std::is_void_v<T>) {
            co_return async_rpc_result<void>{async_rpc_result_value_t<void>{}};
        } else {
            co_return async_rpc_result<T>{async_rpc_result_value_t<T>{T{}}};
        }
    }

    coro_io::ExecutorWrapper<>* executor_;
    config config_;
};

}  // namespace coro_rpc
