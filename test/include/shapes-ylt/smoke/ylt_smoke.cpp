// Syntax check for the yalantinglibs API-shape headers.
// clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -isystem test/include/shapes-ylt -isystem test/include/shapes <this file>
#include <async_simple/coro/Collect.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <ylt/coro_http/coro_http_client.hpp>
#include <ylt/coro_io/client_pool.hpp>
#include <ylt/coro_io/coro_io.hpp>
#include <ylt/coro_io/load_balancer.hpp>
#include <ylt/coro_rpc/coro_rpc_client.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

using namespace std::chrono_literals;
using async_simple::coro::Lazy;
using coro_http::coro_http_client;
using coro_rpc::coro_rpc_client;

static_assert(std::is_same_v<coro_http::coro_http_client, cinatra::coro_http_client>);

std::string_view echo(std::string_view s) { return s; }
Lazy<int> add(int a, int b) { co_return a + b; }
void ping() {}

Lazy<void> http_client_use() {
    coro_http_client client;
    auto r1 = co_await client.async_get("http://127.0.0.1/a");
    auto r2 = co_await client.async_post("http://127.0.0.1/b", "{}", cinatra::req_content_type::json);
    static_assert(std::is_same_v<decltype(r1), cinatra::resp_data>);
    (void)r2;
    // documented idiom for concurrent HTTP requests: one client per request
    std::vector<std::shared_ptr<coro_http_client>> clients;
    std::vector<Lazy<cinatra::resp_data>> futures;
    for (int i = 0; i < 3; ++i) {
        auto c = std::make_shared<coro_http_client>();
        futures.push_back(c->async_get("http://127.0.0.1/"));
        clients.push_back(c);
    }
    auto out = co_await async_simple::coro::collectAll(std::move(futures));
    for (auto& item : out) (void)item.value().status;
}

Lazy<void> rpc_client_use(coro_rpc_client& client) {
    auto ec = co_await client.connect("127.0.0.1", "8801");
    (void)ec;
    auto result = co_await client.call<echo>("hi");
    static_assert(std::is_same_v<decltype(result), coro_rpc::rpc_result<std::string_view>>);
    auto sum = co_await client.call<add>(1, 2);
    static_assert(std::is_same_v<decltype(sum), coro_rpc::rpc_result<int>>);
    auto v = co_await client.call<ping>();
    (void)v;
    // documented thread-safe path: send_request -> Lazy<Lazy<async_rpc_result<T>>>
    Lazy<coro_rpc::async_rpc_result<std::string_view>> handler = co_await client.send_request<echo>("Hello");
    coro_rpc::async_rpc_result<std::string_view> r = co_await std::move(handler);
    if (r) (void)r->result();
}

Lazy<void> pool_use() {
    auto pool = coro_io::client_pool<coro_rpc_client>::create("127.0.0.1:8801");
    auto ret = co_await pool->send_request([](coro_rpc_client& client) -> Lazy<int> {
        auto r = co_await client.call<add>(1, 2);
        co_return r ? r.value() : 0;
    });
    static_assert(std::is_same_v<decltype(ret), ylt::expected<int, std::errc>>);
    auto lb = coro_io::load_balancer<coro_rpc_client>::create({"127.0.0.1:8801", "127.0.0.1:8802"});
    auto ret2 = co_await lb.send_request([](coro_rpc_client& client) -> Lazy<void> {
        co_await client.call<ping>();
    });
    static_assert(std::is_same_v<decltype(ret2), ylt::expected<void, std::errc>>);
    auto hpool = coro_io::client_pool<coro_http_client>::create("127.0.0.1:80");
    auto hret = co_await hpool->send_request([](coro_http_client& c) { return c.async_get("/"); });
    (void)hret;
}

Lazy<void> io_use() {
    bool ok = co_await coro_io::sleep_for(10ms);
    bool ok2 = co_await coro_io::sleep_for(10ms, coro_io::get_global_executor());
    auto t = co_await coro_io::post([] { return 42; });  // offload to the block executor
    static_assert(std::is_same_v<decltype(t), async_simple::Try<int>>);
    auto t2 = co_await coro_io::post([] {}, coro_io::get_global_executor()->get_asio_executor());
    (void)t2;
    coro_io::period_timer timer(coro_io::get_global_executor());
    timer.expires_after(5ms);
    bool fired = co_await timer.async_await();
    auto ch = coro_io::create_channel<int>(16);
    std::error_code sent = co_await coro_io::async_send(ch, 1);
    auto [rec_ec, value] = co_await coro_io::async_receive(ch);
    (void)ok;
    (void)ok2;
    (void)fired;
    (void)sent;
    (void)rec_ec;
    (void)value;
}

int main() {
    coro_http_client client;
    auto blocking = client.get("http://127.0.0.1/");  // blocks: syncAwait(async_get(...))
    (void)blocking;
    async_simple::coro::syncAwait(http_client_use());
    coro_rpc_client rpc;
    async_simple::coro::syncAwait(rpc_client_use(rpc));
    async_simple::coro::syncAwait(pool_use());
    async_simple::coro::syncAwait(io_use());
}
