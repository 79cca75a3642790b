// Upstream: drogonframework/drogon, tag v1.9.13
//   (commit 4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f)
// Mirrors:  nosql_lib/redis/inc/drogon/nosql/RedisClient.h and
//           nosql_lib/redis/inc/drogon/nosql/{RedisResult,RedisException}.h
//
//   class RedisClient {   // "a redis client that contains several connections"
//     static std::shared_ptr<RedisClient> newRedisClient(const trantor::InetAddress &,
//         size_t numberOfConnections = 1, const std::string &password = "",
//         unsigned int db = 0, const std::string &username = "");
//     virtual void execCommandAsync(RedisResultCallback &&, RedisExceptionCallback &&,
//                                   std::string_view command, ...) noexcept = 0;
//     template <typename... Arguments>
//     internal::RedisAwaiter execCommandCoro(std::string_view command, Arguments... args);
//     template <typename F, typename... Args>
//     std::invoke_result_t<F, const RedisResult &> execCommandSync(
//         F &&processFunc, std::string_view command, Args &&...args);   // blocks on a future
//   };
// co_await execCommandCoro(...) -> RedisResult (CallbackAwaiter<RedisResult>).
// Shape differences: newRedisClient takes a host string (upstream: a
// trantor::InetAddress); RedisResult holds nothing (upstream wraps a
// redisReply*); subscribers and transactions are omitted.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/utils/coroutine.h>

#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace drogon
{
namespace nosql
{
class RedisResult
{
  public:
    std::string asString() const noexcept(false);
    long long asInteger() const noexcept(false);
    std::vector<RedisResult> asArray() const noexcept(false);
    bool isNil() const noexcept;
};

class RedisException : public std::exception
{
  public:
    const char *what() const noexcept override;
};

using RedisResultCallback = std::function<void(const RedisResult &)>;
using RedisExceptionCallback = std::function<void(const RedisException &)>;

namespace internal
{
struct [[nodiscard]] RedisAwaiter : public CallbackAwaiter<RedisResult>
{
    using RedisFunction =
        std::function<void(RedisResultCallback &&, RedisExceptionCallback &&)>;
    explicit RedisAwaiter(RedisFunction &&function)
        : function_(std::move(function))
    {
    }
    void await_suspend(std::coroutine_handle<> handle);

  private:
    RedisFunction function_;
};
}  // namespace internal

class RedisClient
{
  public:
    static std::shared_ptr<RedisClient> newRedisClient(const std::string &host,
                                                       size_t numberOfConnections = 1,
                                                       const std::string &password = "",
                                                       unsigned int db = 0,
                                                       const std::string &username = "");
    virtual void execCommandAsync(RedisResultCallback &&resultCallback,
                                  RedisExceptionCallback &&exceptionCallback,
                                  std::string_view command,
                                  ...) noexcept = 0;

    template <typename... Arguments>
    internal::RedisAwaiter execCommandCoro(std::string_view command, Arguments... args)
    {
        return internal::RedisAwaiter(
            [command, this, args...](RedisResultCallback &&commandCallback,
                                     RedisExceptionCallback &&exceptionCallback) {
                execCommandAsync(std::move(commandCallback),
                                 std::move(exceptionCallback),
                                 command,
                                 args...);
            });
    }

    template <typename F, typename... Args>
    std::invoke_result_t<F, const RedisResult &> execCommandSync(F &&processFunc,
                                                                 std::string_view command,
                                                                 Args &&...args)
    {
        using Ret = std::invoke_result_t<F, const RedisResult &>;
        std::promise<Ret> prom;
        execCommandAsync(
            [&processFunc, &prom](const RedisResult &result) {
                prom.set_value(processFunc(result));
            },
            [&prom](const RedisException &err) {
                prom.set_exception(std::make_exception_ptr(err));
            },
            command,
            std::forward<Args>(args)...);
        return prom.get_future().get();
    }

    virtual ~RedisClient() = default;
};

using RedisClientPtr = std::shared_ptr<RedisClient>;
}  // namespace nosql
}  // namespace drogon
