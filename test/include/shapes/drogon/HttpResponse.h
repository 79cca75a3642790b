// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  lib/inc/drogon/HttpResponse.h (subset)
//
// Out-of-line/pure-virtual members are declared only.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/HttpRequest.h>
#include <drogon/HttpTypes.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace drogon
{
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class HttpResponse
{
  public:
    virtual HttpStatusCode statusCode() const = 0;
    HttpStatusCode getStatusCode() const { return statusCode(); }
    virtual void setStatusCode(HttpStatusCode code) = 0;
    virtual void setContentTypeCode(ContentType type) = 0;

    virtual const std::string &getHeader(std::string key) const = 0;
    virtual void addHeader(std::string field, const std::string &value) = 0;
    virtual void addHeader(std::string field, std::string &&value) = 0;

    virtual void setBody(const std::string &body) = 0;
    virtual void setBody(std::string &&body) = 0;
    std::string_view body() const { return std::string_view(getBodyData(), getBodyLength()); }
    std::string_view getBody() const { return body(); }

    /// Create a normal response with a status code of 200ok and a content
    /// type of text/html.
    static HttpResponsePtr newHttpResponse();
    static HttpResponsePtr newHttpResponse(HttpStatusCode code, ContentType type);
    static HttpResponsePtr newNotFoundResponse(
        const HttpRequestPtr &req = HttpRequestPtr());

    virtual ~HttpResponse() {}

  private:
    virtual const char *getBodyData() const = 0;
    virtual size_t getBodyLength() const = 0;
};
}  // namespace drogon
