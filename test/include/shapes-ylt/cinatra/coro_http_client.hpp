// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/standalone/cinatra/coro_http_client.hpp (reachable as
//           <cinatra/coro_http_client.hpp> through the include/ylt/standalone include
//           directory that ylt's CMake adds; http_method/req_content_type from define.h)
//
// coro_http_client is NOT safe for concurrent requests on one object. The 0.6.1
// docs (website/docs/zh/coro_http/coro_http_introduction.md, "线程模型"):
//   "client 不是线程安全的，要确保只有一个线程在调用client，如果希望并发请求服务端有两种方式：
//    方式一：创建多个client 去请求服务端 ... 方式二：通过多个协程去请求服务端"
//   (the client is not thread-safe; make sure only one thread calls it; to send
//   requests concurrently, create several clients ...). async_request also keeps
//   per-request state in members (out_buf_, req_headers_, body_, ...).
// get()/post()/download() are BLOCKING: they return
//   async_simple::coro::syncAwait(async_get(...)) / syncAwait(async_post(...)) /
//   syncAwait(async_download(...)).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>

#include <asio.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include <ylt/coro_io/io_context_pool.hpp>

namespace cinatra {

enum class http_method {
    NIL = 0,
    GET,
    HEAD,
    POST,
    PUT,
    TRACE,
    PATCH,
    CONNECT,
    OPTIONS,
    DEL,
};

enum class req_content_type {
    html,
    json,
    text,
    string,
    multipart,
    ranges,
    form_url_encode,
    octet_stream,
    xml,
    none
};

struct http_header {
    std::string_view name;
    std::string_view value;
};

struct resp_data {
    std::error_code net_err;
    int status = 0;
    bool eof = false;
    std::string_view resp_body;
    std::span<http_header> resp_headers;
};

template <typename String = std::string>
struct req_context {
    req_content_type content_type = req_content_type::none;
    std::string req_header; /*header string*/
    String content;         /*body*/
};

class coro_http_client : public std::enable_shared_from_this<coro_http_client> {
public:
    struct config {
        std::optional<std::chrono::steady_clock::duration> conn_timeout_duration;
        std::optional<std::chrono::steady_clock::duration> req_timeout_duration;
        std::string sec_key;
        size_t max_single_part_size;
        std::string proxy_host;
        std::string proxy_port;
        std::string proxy_auth_username;
        std::string proxy_auth_passwd;
        std::string proxy_auth_token;
        bool enable_tcp_no_delay;
    };

    coro_http_client(asio::io_context::executor_type executor) : executor_(executor) {}
    coro_http_client(coro_io::ExecutorWrapper<>* executor = coro_io::get_global_executor())
        : coro_http_client(executor->get_asio_executor()) {}

    bool init_config(const config& conf) {
        config_ = conf;
        return true;
    }
    void close() {}
    bool has_closed() { return false; }

    async_simple::coro::Lazy<resp_data> connect(
        std::string uri, std::vector<asio::ip::tcp::endpoint>* eps = nullptr) {
        (void)uri;
        (void)eps;
        co_return resp_data{};
    }

    void set_headers(std::unordered_map<std::string, std::string> req_headers) {
        (void)req_headers;
    }
    bool add_header(std::string key, std::string val) {
        (void)key;
        (void)val;
        return true;
    }

    async_simple::coro::Lazy<resp_data> async_head(
        std::string uri, std::unordered_map<std::string, std::string> headers = {}) {
        return async_request(std::move(uri), http_method::HEAD, req_context<>{}, std::move(headers));
    }

    async_simple::coro::Lazy<resp_data> async_get(
        std::string uri, std::unordered_map<std::string, std::string> headers = {}) {
        return async_request(std::move(uri), http_method::GET, req_context<>{}, std::move(headers));
    }

    resp_data get(std::string uri, std::unordered_map<std::string, std::string> headers = {}) {
        return async_simple::coro::syncAwait(async_get(std::move(uri), std::move(headers)));
    }

    resp_data post(std::string uri, std::string content, req_content_type content_type,
                   std::unordered_map<std::string, std::string> headers = {}) {
        return async_simple::coro::syncAwait(
            async_post(std::move(uri), std::move(content), content_type, std::move(headers)));
    }

    async_simple::coro::Lazy<resp_data> async_post(
        std::string uri, std::string content, req_content_type content_type,
        std::unordered_map<std::string, std::string> headers = {}) {
        req_context<> ctx{content_type, "", std::move(content)};
        return async_request(std::move(uri), http_method::POST, std::move(ctx), std::move(headers));
    }

    async_simple::coro::Lazy<resp_data> async_delete(
        std::string uri, std::string content, req_content_type content_type,
        std::unordered_map<std::string, std::string> headers = {}) {
        req_context<> ctx{content_type, "", std::move(content)};
        return async_request(std::move(uri), http_method::DEL, std::move(ctx), std::move(headers));
    }

    async_simple::coro::Lazy<resp_data> async_put(
        std::string uri, std::string content, req_content_type content_type,
        std::unordered_map<std::string, std::string> headers = {}) {
        req_context<> ctx{content_type, "", std::move(content)};
        return async_request(std::move(uri), http_method::PUT, std::move(ctx), std::move(headers));
    }

    async_simple::coro::Lazy<resp_data> async_download(std::string uri, std::string filename,
                                                       std::string range = "") {
        (void)filename;
        (void)range;
        return async_request(std::move(uri), http_method::GET, req_context<>{});
    }

    resp_data download(std::string uri, std::string filename, std::string range = "") {
        return async_simple::coro::syncAwait(
            async_download(std::move(uri), std::move(filename), std::move(range)));
    }

    template <typename S, typename String>
    async_simple::coro::Lazy<resp_data> async_request(
        S uri, http_method method, req_context<String> ctx,
        std::unordered_map<std::string, std::string> headers = {}, std::span<char> out_buf = {}) {
        (void)uri;
        (void)method;
        (void)ctx;
        (void)headers;
        (void)out_buf;
        co_return resp_data{};
    }

    void set_conn_timeout(std::chrono::steady_clock::duration timeout_duration) {
        config_.conn_timeout_duration = timeout_duration;
    }
    void set_req_timeout(std::chrono::steady_clock::duration timeout_duration) {
        config_.req_timeout_duration = timeout_duration;
    }

private:
    asio::io_context::executor_type executor_;
    config config_{};
};

}  // namespace cinatra
