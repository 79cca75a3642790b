// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  lib/inc/drogon/HttpAppFramework.h (app(), getLoop(), getDbClient(),
//           getFastDbClient() only)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/orm/DbClient.h>
#include <trantor/net/EventLoop.h>

#include <string>

namespace drogon
{
class HttpAppFramework : public trantor::NonCopyable
{
  public:
    virtual ~HttpAppFramework() = default;

    /// Get the instance of HttpAppFramework
    static HttpAppFramework &instance();

    /// Get the main event loop of the framework.
    virtual trantor::EventLoop *getLoop() const = 0;

    /// Get a database client by name.
    virtual orm::DbClientPtr getDbClient(const std::string &name = "default") = 0;

    /// Get a 'fast' database client by name.
    virtual orm::DbClientPtr getFastDbClient(const std::string &name = "default") = 0;

    /// Run the event loop (blocks).
    virtual void run() = 0;
    virtual void quit() = 0;
};

/// A wrapper of the instance() method
inline HttpAppFramework &app()
{
    return HttpAppFramework::instance();
}
}  // namespace drogon
