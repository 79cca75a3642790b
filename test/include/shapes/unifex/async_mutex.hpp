// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/async_mutex.hpp (which includes <unifex/v1/async_mutex.hpp>)
#pragma once

#include "v1/async_mutex.hpp"
