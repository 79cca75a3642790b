// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_rpc/coro_rpc_client.hpp
#pragma once
#include "impl/coro_rpc_client.hpp"
