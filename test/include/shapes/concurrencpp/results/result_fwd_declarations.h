// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/results/result_fwd_declarations.h
#ifndef CONCURRENCPP_RESULT_FWD_DECLARATIONS_H
#define CONCURRENCPP_RESULT_FWD_DECLARATIONS_H

#include "concurrencpp/forward_declarations.h"
#include "concurrencpp/coroutines/coroutine.h"

namespace concurrencpp {
    template<class type>
    class result;

    template<class type>
    class shared_result;

    template<class type>
    class lazy_result;

    template<class type>
    class result_promise;

    struct executor_tag {};

    struct null_result {};

    enum class result_status { idle, value, exception };
}  // namespace concurrencpp

namespace concurrencpp::details {
    template<class type>
    class result_state;

    class when_result_helper;
    struct shared_result_helper;
}  // namespace concurrencpp::details

#endif
