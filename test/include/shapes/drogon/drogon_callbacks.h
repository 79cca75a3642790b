// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  lib/inc/drogon/drogon_callbacks.h
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/HttpTypes.h>

#include <functional>
#include <memory>
#include <string>

namespace drogon
{
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
using AdviceCallback = std::function<void(const HttpResponsePtr &)>;
using AdviceChainCallback = std::function<void()>;
using FilterCallback = std::function<void(const HttpResponsePtr &)>;
using FilterChainCallback = std::function<void()>;
using HttpReqCallback = std::function<void(ReqResult, const HttpResponsePtr &)>;
}  // namespace drogon
