// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  orm_lib/inc/drogon/orm/DbClient.h
//
// At v1.9.1 execSqlSync returns `Result` (drogon <= v1.8.x returned
// `const Result`).
//   template <typename... Arguments>
//   Result execSqlSync(const std::string &sql, Arguments &&...args) noexcept(false);   // blocking
//   template <typename FUNCTION1, typename FUNCTION2, typename... Arguments>
//   void execSqlAsync(const std::string &sql, FUNCTION1 &&rCallback,
//                     FUNCTION2 &&exceptCallback, Arguments &&...args) noexcept;
//   template <typename... Arguments>
//   std::future<Result> execSqlAsyncFuture(const std::string &sql, Arguments &&...args) noexcept;
//   template <typename... Arguments>
//   internal::SqlAwaiter execSqlCoro(const std::string &sql, Arguments &&...args) noexcept;
// co_await execSqlCoro(...) -> const Result& (CallbackAwaiter<Result>).
// Shape differences: internal::SqlAwaiter is default-constructed (upstream
// takes an internal::SqlBinder&&); operator<< / SqlBinder are omitted.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/orm/Exception.h>
#include <drogon/orm/Field.h>
#include <drogon/orm/Result.h>
#include <drogon/orm/Row.h>
#include <drogon/orm/SqlBinder.h>
#include <drogon/utils/coroutine.h>
#include <trantor/utils/NonCopyable.h>

#include <cstddef>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <utility>

namespace drogon
{
namespace orm
{
using ResultCallback = std::function<void(const Result &)>;
using ExceptionCallback = std::function<void(const DrogonDbException &)>;

class Transaction;
class DbClient;

namespace internal
{
struct [[nodiscard]] SqlAwaiter : public CallbackAwaiter<Result>
{
    SqlAwaiter() = default;

    void await_suspend(std::coroutine_handle<> handle)
    {
        setValue(Result(nullptr));
        handle.resume();
    }
};

struct [[nodiscard]] TransactionAwaiter
    : public CallbackAwaiter<std::shared_ptr<Transaction> >
{
    explicit TransactionAwaiter(DbClient *client) : client_(client)
    {
    }

    void await_suspend(std::coroutine_handle<> handle);

  private:
    DbClient *client_;
};
}  // namespace internal

class DbClient : public trantor::NonCopyable
{
  public:
    virtual ~DbClient();

    static std::shared_ptr<DbClient> newPgClient(const std::string &connInfo,
                                                 size_t connNum,
                                                 bool autoBatch = false);
    static std::shared_ptr<DbClient> newMysqlClient(const std::string &connInfo,
                                                    size_t connNum);
    static std::shared_ptr<DbClient> newSqlite3Client(const std::string &connInfo,
                                                      size_t connNum);

    /// Async and nonblocking method.
    template <typename FUNCTION1, typename FUNCTION2, typename... Arguments>
    void execSqlAsync(const std::string &sql,
                      FUNCTION1 &&rCallback,
                      FUNCTION2 &&exceptCallback,
                      Arguments &&...args) noexcept
    {
        (void)sql;
        (void)rCallback;
        (void)exceptCallback;
        ((void)args, ...);
    }

    /// Async and nonblocking method returning a future.
    template <typename... Arguments>
    std::future<Result> execSqlAsyncFuture(const std::string &sql,
                                           Arguments &&...args) noexcept
    {
        std::promise<Result> prom;
        prom.set_value(execSqlSync(sql, std::forward<Arguments>(args)...));
        return prom.get_future();
    }

    /// Sync and blocking method.
    template <typename... Arguments>
    Result execSqlSync(const std::string &sql,
                       Arguments &&...args) noexcept(false)
    {
        (void)sql;
        ((void)args, ...);
        return Result(nullptr);
    }

    /// Coroutine method: co_await gives the Result.
    template <typename... Arguments>
    internal::SqlAwaiter execSqlCoro(const std::string &sql,
                                     Arguments &&...args) noexcept
    {
        (void)sql;
        ((void)args, ...);
        return internal::SqlAwaiter();
    }

    virtual std::shared_ptr<Transaction> newTransaction(
        const std::function<void(bool)> &commitCallback =
            std::function<void(bool)>()) noexcept(false) = 0;

    virtual void newTransactionAsync(
        const std::function<void(const std::shared_ptr<Transaction> &)>
            &callback) = 0;

    orm::internal::TransactionAwaiter newTransactionCoro()
    {
        return orm::internal::TransactionAwaiter(this);
    }

    virtual bool hasAvailableConnections() const noexcept = 0;

    ClientType type() const
    {
        return type_;
    }

    const std::string &connectionInfo() const
    {
        return connectionInfo_;
    }

    virtual void setTimeout(double timeout) = 0;

    virtual void closeAll() = 0;

  protected:
    ClientType type_;
    std::string connectionInfo_;
};

using DbClientPtr = std::shared_ptr<DbClient>;

class Transaction : public DbClient
{
  public:
    virtual void rollback() = 0;
    virtual void setCommitCallback(
        const std::function<void(bool)> &commitCallback) = 0;
    void closeAll() override
    {
    }
};

inline void internal::TransactionAwaiter::await_suspend(
    std::coroutine_handle<> handle)
{
    client_->newTransactionAsync(
        [this, handle](const std::shared_ptr<Transaction> &transaction) {
            setValue(transaction);
            handle.resume();
        });
}
}  // namespace orm
}  // namespace drogon
