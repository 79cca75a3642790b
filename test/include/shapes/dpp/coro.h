// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/coro.h (umbrella: coro/awaitable.h, async.h, coroutine.h, job.h, task.h, when_any.h)
#pragma once

#include <dpp/coro/awaitable.h>
#include <dpp/coro/async.h>
#include <dpp/coro/coroutine.h>
#include <dpp/coro/job.h>
#include <dpp/coro/task.h>
#include <dpp/coro/when_any.h>
