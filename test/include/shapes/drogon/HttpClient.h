// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  lib/inc/drogon/HttpClient.h
//
// sendRequest overloads (as upstream):
//   virtual void sendRequest(const HttpRequestPtr&, const HttpReqCallback&, double timeout = 0) = 0;
//   virtual void sendRequest(const HttpRequestPtr&, HttpReqCallback&&, double timeout = 0) = 0;
//   std::pair<ReqResult, HttpResponsePtr> sendRequest(const HttpRequestPtr&, double timeout = 0);  // blocking
//   internal::HttpRespAwaiter sendRequestCoro(HttpRequestPtr, double timeout = 0);
// co_await sendRequestCoro(...) -> const HttpResponsePtr& (throws HttpException
// unless ReqResult::Ok).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/HttpTypes.h>
#include <drogon/drogon_callbacks.h>
#include <drogon/utils/coroutine.h>
#include <trantor/net/EventLoop.h>
#include <trantor/utils/NonCopyable.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace drogon
{
class HttpClient;
using HttpClientPtr = std::shared_ptr<HttpClient>;

namespace internal
{
struct HttpRespAwaiter : public CallbackAwaiter<HttpResponsePtr>
{
    HttpRespAwaiter(HttpClient *client, HttpRequestPtr req, double timeout)
        : client_(client), req_(std::move(req)), timeout_(timeout)
    {
    }

    void await_suspend(std::coroutine_handle<> handle);

  private:
    HttpClient *client_;
    HttpRequestPtr req_;
    double timeout_;
};
}  // namespace internal

class HttpClient : public trantor::NonCopyable
{
  public:
    /// Send a request asynchronously to the server; the callback is called
    /// with the response.
    virtual void sendRequest(const HttpRequestPtr &req,
                             const HttpReqCallback &callback,
                             double timeout = 0) = 0;
    virtual void sendRequest(const HttpRequestPtr &req,
                             HttpReqCallback &&callback,
                             double timeout = 0) = 0;

    /// Send a request synchronously (blocks the calling thread).
    std::pair<ReqResult, HttpResponsePtr> sendRequest(const HttpRequestPtr &req,
                                                      double timeout = 0)
    {
        std::pair<ReqResult, HttpResponsePtr> out{ReqResult::NetworkFailure, nullptr};
        sendRequest(
            req,
            [&out](ReqResult r, const HttpResponsePtr &resp) { out = {r, resp}; },
            timeout);
        return out;
    }

    /// Send a request via coroutines; throws HttpException on failure.
    internal::HttpRespAwaiter sendRequestCoro(HttpRequestPtr req, double timeout = 0)
    {
        return internal::HttpRespAwaiter(this, std::move(req), timeout);
    }

    virtual void setSockOptCallback(std::function<void(int)> cb) = 0;
    virtual void setPipeliningDepth(size_t depth) = 0;
    virtual void enableCookies(bool flag = true) = 0;
    virtual void addCookie(const std::string &key, const std::string &value) = 0;
    virtual void setUserAgent(const std::string &userAgent) = 0;

    static HttpClientPtr newHttpClient(const std::string &ip,
                                       uint16_t port,
                                       bool useSSL = false,
                                       trantor::EventLoop *loop = nullptr,
                                       bool useOldTLS = false,
                                       bool validateCert = true);

    virtual trantor::EventLoop *getLoop() = 0;
    virtual size_t bytesSent() const = 0;
    virtual size_t bytesReceived() const = 0;
    virtual std::string host() const = 0;
    std::string getHost() const { return host(); }
    virtual uint16_t port() const = 0;
    uint16_t getPort() const { return port(); }
    virtual bool secure() const = 0;

    static HttpClientPtr newHttpClient(const std::string &hostString,
                                       trantor::EventLoop *loop = nullptr,
                                       bool useOldTLS = false,
                                       bool validateCert = true);

    virtual ~HttpClient() {}

  protected:
    HttpClient() = default;
};

class HttpException : public std::exception
{
  public:
    HttpException() = delete;
    explicit HttpException(ReqResult res)
        : resultCode_(res), message_(to_string_view(res))
    {
    }
    const char *what() const noexcept override { return message_.data(); }
    ReqResult code() const { return resultCode_; }

  private:
    ReqResult resultCode_;
    std::string_view message_;
};

inline void internal::HttpRespAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    client_->sendRequest(
        req_,
        [handle, this](ReqResult result, const HttpResponsePtr &resp) {
            if (result == ReqResult::Ok)
                setValue(resp);
            else
                setException(std::make_exception_ptr(HttpException(result)));
            handle.resume();
        },
        timeout_);
}
}  // namespace drogon
