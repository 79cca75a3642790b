// Upstream: jbaldwin/libcoro, tag v0.11.1
//   (commit c05d2079afd7e9dbdd4ace2c5ecc12d97e6f4e48)
// Mirrors:  include/coro/coro.hpp (umbrella)
//
// Upstream includes io_scheduler.hpp only #ifdef LIBCORO_FEATURE_NETWORKING,
// a PUBLIC compile definition that libcoro's CMake sets by default on
// Linux; this shape includes it unconditionally. Headers that have no
// shape here (event, latch, mutex, semaphore, ring_buffer, shared_mutex,
// task_container, net/*) are omitted.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "coro/concepts/awaitable.hpp"

#include "coro/io_scheduler.hpp"

#include "coro/generator.hpp"
#include "coro/sync_wait.hpp"
#include "coro/task.hpp"
#include "coro/thread_pool.hpp"
#include "coro/time.hpp"
#include "coro/when_all.hpp"
