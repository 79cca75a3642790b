// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_http/coro_http_client.hpp
//
// The class is cinatra::coro_http_client; this header adds the namespace alias
// `namespace coro_http = cinatra;`, so coro_http::coro_http_client names it too.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cinatra/coro_http_client.hpp>

namespace coro_http = cinatra;
