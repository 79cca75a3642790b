// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  lib/inc/drogon/HttpTypes.h (subset: HttpStatusCode, ContentType,
//           HttpMethod, ReqResult, to_string_view/to_string(ReqResult))
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <string>
#include <string_view>

namespace drogon
{
enum HttpStatusCode
{
    kUnknown = 0,
    k200OK = 200,
    k201Created = 201,
    k202Accepted = 202,
    k204NoContent = 204,
    k301MovedPermanently = 301,
    k302Found = 302,
    k304NotModified = 304,
    k400BadRequest = 400,
    k401Unauthorized = 401,
    k403Forbidden = 403,
    k404NotFound = 404,
    k408RequestTimeout = 408,
    k409Conflict = 409,
    k429TooManyRequests = 429,
    k500InternalServerError = 500,
    k502BadGateway = 502,
    k503ServiceUnavailable = 503,
    k504GatewayTimeout = 504,
};

enum ContentType
{
    CT_NONE = 0,
    CT_APPLICATION_JSON,
    CT_TEXT_PLAIN,
    CT_TEXT_HTML,
    CT_APPLICATION_X_FORM,
};

enum HttpMethod
{
    Get = 0,
    Post,
    Head,
    Put,
    Delete,
    Options,
    Patch,
    Invalid
};

enum class ReqResult
{
    Ok = 0,
    BadResponse,
    NetworkFailure,
    BadServerAddress,
    Timeout,
    HandshakeError,
    InvalidCertificate,
    EncryptionFailure,
};

inline std::string_view to_string_view(drogon::ReqResult result)
{
    return result == ReqResult::Ok ? "OK" : "Error";
}

inline std::string to_string(drogon::ReqResult result)
{
    return std::string(to_string_view(result));
}
}  // namespace drogon
