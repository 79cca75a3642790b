// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/timer.h (timer.h:41 'typedef size_t timer;', timer.h:46 timer_callback_t)
#pragma once

#include <cstddef>
#include <functional>

namespace dpp {

typedef size_t timer;

typedef std::function<void(timer)> timer_callback_t;

} // namespace dpp
