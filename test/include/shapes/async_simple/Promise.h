// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/Promise.h (the shape defines Promise in Future.h)
#pragma once

#include "async_simple/Future.h"
