// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/concurrencpp.h (umbrella; results/generator.h (a synchronous
//           generator) and results/make_result.h are not modelled)
#ifndef CONCURRENCPP_H
#define CONCURRENCPP_H

#include "concurrencpp/forward_declarations.h"

#include "concurrencpp/timers/timer.h"
#include "concurrencpp/timers/timer_queue.h"
#include "concurrencpp/runtime/runtime.h"
#include "concurrencpp/results/result.h"
#include "concurrencpp/results/lazy_result.h"
#include "concurrencpp/results/when_result.h"
#include "concurrencpp/results/shared_result.h"
#include "concurrencpp/results/promises.h"
#include "concurrencpp/results/resume_on.h"
#include "concurrencpp/executors/executor_all.h"
#include "concurrencpp/threads/async_lock.h"
#include "concurrencpp/threads/async_condition_variable.h"

#endif
