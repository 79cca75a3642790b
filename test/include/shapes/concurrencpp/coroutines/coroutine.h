// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/coroutines/coroutine.h
#ifndef CONCURRENCPP_COROUTINE_H
#define CONCURRENCPP_COROUTINE_H

#include <coroutine>
#define CRCPP_COROUTINE_NAMESPACE std

namespace concurrencpp::details {
    template<class promise_type>
    using coroutine_handle = CRCPP_COROUTINE_NAMESPACE::coroutine_handle<promise_type>;
    using suspend_never = CRCPP_COROUTINE_NAMESPACE::suspend_never;
    using suspend_always = CRCPP_COROUTINE_NAMESPACE::suspend_always;
}  // namespace concurrencpp::details

#endif
