// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/dpp.h (umbrella; subset of what it includes)
#pragma once

#include <dpp/cluster.h>
#include <dpp/coro.h>
#include <dpp/message.h>
#include <dpp/queues.h>
#include <dpp/restresults.h>
#include <dpp/snowflake.h>
#include <dpp/timer.h>
#include <dpp/utility.h>
#ifdef DPP_SHAPE_V10_0_SYNC
#include <dpp/sync.h>
#endif
