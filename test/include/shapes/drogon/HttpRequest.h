// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  lib/inc/drogon/HttpRequest.h (subset)
//
// Out-of-line/pure-virtual members are declared only.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/HttpTypes.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace drogon
{
class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;

class HttpRequest
{
  public:
    virtual HttpMethod method() const = 0;
    HttpMethod getMethod() const { return method(); }

    virtual const std::string &getHeader(std::string key) const = 0;
    virtual void addHeader(std::string field, const std::string &value) = 0;
    virtual void addHeader(std::string field, std::string &&value) = 0;

    std::string_view body() const { return std::string_view(bodyData(), bodyLength()); }
    std::string_view getBody() const { return body(); }
    virtual void setBody(const std::string &body) = 0;
    virtual void setBody(std::string &&body) = 0;

    virtual const std::string &path() const = 0;
    const std::string &getPath() const { return path(); }

    virtual const std::unordered_map<std::string, std::string> &parameters() const = 0;
    const std::unordered_map<std::string, std::string> &getParameters() const
    { return parameters(); }
    virtual const std::string &getParameter(const std::string &key) const = 0;

    virtual void setMethod(const HttpMethod method) = 0;
    virtual void setPath(const std::string &path) = 0;
    virtual void setPath(std::string &&path) = 0;
    virtual void setParameter(const std::string &key, const std::string &value) = 0;
    virtual void setContentTypeCode(const ContentType type) = 0;

    /// Create a normal request with http method Get and version Http1.1.
    static HttpRequestPtr newHttpRequest();

    virtual const char *bodyData() const = 0;
    virtual size_t bodyLength() const = 0;

    virtual ~HttpRequest() {}
};
}  // namespace drogon
