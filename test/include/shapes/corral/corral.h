// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/corral.h (umbrella; upstream also includes Executor.h, Shared.h,
//           CBPortal.h, ParkingLot.h, Value.h, DegenerateThreadPool.h)
#pragma once

#include "Channel.h"
#include "Event.h"
#include "Nursery.h"
#include "Semaphore.h"
#include "Task.h"
#include "ThreadPool.h"
#include "concepts.h"
#include "run.h"
#include "utility.h"
#include "wait.h"
