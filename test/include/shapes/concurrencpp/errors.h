// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/errors.h (subset)
#ifndef CONCURRENCPP_ERRORS_H
#define CONCURRENCPP_ERRORS_H

#include <stdexcept>

namespace concurrencpp::errors {
    struct empty_result : public std::runtime_error {
        using runtime_error::runtime_error;
    };

    struct broken_task : public std::runtime_error {
        using runtime_error::runtime_error;
    };

    struct runtime_shutdown : public std::runtime_error {
        using runtime_error::runtime_error;
    };
}  // namespace concurrencpp::errors

#endif
