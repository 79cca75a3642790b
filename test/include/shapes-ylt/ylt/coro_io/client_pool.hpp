// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_io/client_pool.hpp
//
// client_pool<client_t>::create(host, pool_config = {}) -> std::shared_ptr<client_pool>.
// send_request(op): op is called as op(client_t&) (or op(client_reuse_hint, client_t&))
// and returns Lazy<R>; send_request gives Lazy<ylt::expected<R, std::errc>>.
// Upstream send_request takes a free client out of a moodycamel::ConcurrentQueue
// (get_client), runs op on it, and returns it to the queue (collect_free_client), so
// each concurrent send_request has its own connection. No documentation states that
// client_pool is safe for concurrent use; this is what the code does.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <async_simple/coro/Lazy.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "../util/expected.hpp"
#include "io_context_pool.hpp"

namespace coro_io {

struct client_reuse_hint {};

template <typename client_t, typename io_context_pool_t>
class client_pools;

template <typename, typename>
class load_balancer;

template <typename client_t, typename io_context_pool_t = coro_io::io_context_pool>
class client_pool : public std::enable_shared_from_this<client_pool<client_t, io_context_pool_t>> {
    template <typename T>
    struct lazy_hacker {
        using type = void;
    };
    template <typename T>
    struct lazy_hacker<async_simple::coro::Lazy<T>> {
        using type = T;
    };
    template <typename T>
    using return_type =
        ylt::expected<typename lazy_hacker<std::invoke_result_t<T, client_t&>>::type, std::errc>;

public:
    struct pool_config {
        uint32_t max_connection = 100;
        uint32_t connect_retry_count = 3;
        uint32_t idle_queue_per_max_clear_count = 1000;
        int32_t reuse_limit = -1;
        std::chrono::milliseconds reconnect_wait_time{1000};
        std::chrono::milliseconds idle_timeout{30000};
        std::chrono::milliseconds short_connect_idle_timeout{1000};
        std::chrono::milliseconds host_alive_detect_duration{30000};
        typename client_t::config client_config;
        std::chrono::seconds dns_cache_update_duration{5 * 60};
        std::chrono::seconds max_connection_life_time = std::chrono::seconds::max();
    };

private:
    struct private_construct_token {};

public:
    static std::shared_ptr<client_pool> create(
        std::string_view host_name, const pool_config& pool_config = {},
        io_context_pool_t& io_context_pool = coro_io::g_io_context_pool()) {
        return std::make_shared<client_pool>(private_construct_token{}, host_name, pool_config,
                                             io_context_pool);
    }

    client_pool(private_construct_token, std::string_view host_name,
                const pool_config& pool_config, io_context_pool_t& io_context_pool)
        : host_name_(host_name), pool_config_(pool_config), io_context_pool_(io_context_pool) {}

    template <typename T>
    async_simple::coro::Lazy<return_type<T>> send_request(T op,
                                                          typename client_t::config& client_config) {
        (void)client_config;
        client_t client;
        if constexpr (std::is_same_v<typename return_type<T>::value_type, void>) {
            co_await op(client);
            co_return return_type<T>{};
        } else {
            auto ret = co_await op(client);
            co_return return_type<T>{std::move(ret)};
        }
    }

    template <typename T>
    decltype(auto) send_request(T op) {
        return send_request(std::move(op), pool_config_.client_config);
    }

    std::size_t free_client_count() const noexcept { return 0; }
    std::string_view get_host_name() const noexcept { return host_name_; }

private:
    std::string host_name_;
    pool_config pool_config_;
    io_context_pool_t& io_context_pool_;
};

template <typename client_t, typename io_context_pool_t = coro_io::io_context_pool>
class client_pools {
    using client_pool_t = client_pool<client_t, io_context_pool_t>;

public:
    client_pools(const typename client_pool_t::pool_config& pool_config = {},
                 io_context_pool_t& io_context_pool = coro_io::g_io_context_pool())
        : io_context_pool_(io_context_pool), default_pool_config_(pool_config) {}
    auto send_request(std::string_view host_name, auto op)
        -> decltype(std::declval<client_pool_t>().send_request(std::move(op))) {
        auto pool = get_client_pool(host_name, default_pool_config_);
        auto ret = co_await pool->send_request(std::move(op));
        co_return ret;
    }
    std::shared_ptr<client_pool_t> at(std::string_view host_name) {
        return get_client_pool(host_name, default_pool_config_);
    }

private:
    std::shared_ptr<client_pool_t> get_client_pool(std::string_view host_name,
                                                   const typename client_pool_t::pool_config& cfg) {
        return client_pool_t::create(host_name, cfg, io_context_pool_);
    }
    io_context_pool_t& io_context_pool_;
    typename client_pool_t::pool_config default_pool_config_{};
};

template <typename client_t, typename io_context_pool_t = coro_io::io_context_pool>
inline client_pools<client_t, io_context_pool_t>& g_clients_pool(
    const typename client_pool<client_t, io_context_pool_t>::pool_config& pool_config = {},
    io_context_pool_t& io_context_pool = coro_io::g_io_context_pool()) {
    static client_pools<client_t, io_context_pool_t> _g_clients_pool(pool_config, io_context_pool);
    return _g_clients_pool;
}

}  // namespace coro_io
