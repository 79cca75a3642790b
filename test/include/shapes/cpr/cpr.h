// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/cpr.h (umbrella; only the headers that have a shape)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_CPR_H
#define CPR_CPR_H

#include "cpr/api.h"
#include "cpr/async.h"
#include "cpr/async_wrapper.h"
#include "cpr/body.h"
#include "cpr/cprtypes.h"
#include "cpr/curl_container.h"
#include "cpr/error.h"
#include "cpr/parameters.h"
#include "cpr/response.h"
#include "cpr/session.h"
#include "cpr/timeout.h"

#endif
