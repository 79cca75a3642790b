// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  lib/inc/drogon/drogon.h (umbrella; only the headers that have a shape)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <trantor/net/EventLoop.h>

#include <drogon/HttpAppFramework.h>
#include <drogon/HttpClient.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/HttpTypes.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
