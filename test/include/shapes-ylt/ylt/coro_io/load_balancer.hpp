// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_io/load_balancer.hpp
//
// load_balancer was called coro_io::channel before commit 999bb72a
// ("[coro_io] rename channel to load_blancer, rename coro_channel to channel (#732)");
// since then coro_io::channel<R> is the message channel in coro_io.hpp. The
// coro_rpc client docs at 0.6.1 still call the load balancer "channel".
// send_request(op) picks a client_pool (RR / WRR / random) and forwards to its
// send_request.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <async_simple/coro/Lazy.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "client_pool.hpp"
#include "io_context_pool.hpp"

namespace coro_io {

enum class load_balance_algorithm {
    RR = 0,  // round-robin
    WRR,     // weight round-robin
    random,
};

template <typename client_t, typename io_context_pool_t = io_context_pool>
class load_balancer {
    using client_pool_t = client_pool<client_t, io_context_pool_t>;
    using client_pools_t = client_pools<client_t, io_context_pool_t>;

public:
    struct load_balancer_config {
        typename client_pool_t::pool_config pool_config;
        load_balance_algorithm lba = load_balance_algorithm::RR;
        ~load_balancer_config() {};
    };

    load_balancer(load_balancer&& o) = default;
    load_balancer& operator=(load_balancer&& o) = default;
    load_balancer(const load_balancer& o) = delete;
    load_balancer& operator=(const load_balancer& o) = delete;

    auto send_request(auto op, typename client_t::config& config)
        -> decltype(std::declval<client_pool_t>().send_request(std::move(op), config)) {
        co_return co_await client_pools_[0]->send_request(std::move(op), config);
    }
    auto send_request(auto op) { return send_request(std::move(op), config_.pool_config.client_config); }

    static load_balancer create(const std::vector<std::string_view>& hosts,
                                const load_balancer_config& config = {},
                                const std::vector<int>& weights = {},
                                client_pools_t& client_pools =
                                    g_clients_pool<client_t, io_context_pool_t>()) {
        (void)weights;
        load_balancer ch;
        ch.config_ = config;
        for (auto h : hosts) ch.client_pools_.push_back(client_pools.at(h));
        return ch;
    }

private:
    load_balancer() = default;
    load_balancer_config config_;
    std::vector<std::shared_ptr<client_pool_t>> client_pools_;
};

}  // namespace coro_io
