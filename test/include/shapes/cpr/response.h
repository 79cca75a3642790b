// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/response.h (curl handle, cookies, cert info and byte
//           counters omitted)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_RESPONSE_H
#define CPR_RESPONSE_H

#include "cpr/cprtypes.h"
#include "cpr/error.h"

#include <string>

namespace cpr {

class Response {
  public:
    long status_code{};
    std::string text{};
    Header header{};
    Url url{};
    double elapsed{};
    Error error{};
    std::string raw_header{};
    std::string status_line{};
    std::string reason{};
    long redirect_count{};

    Response() = default;
    Response(const Response& other) = default;
    Response(Response&& old) noexcept = default;
    ~Response() noexcept = default;

    Response& operator=(Response&& old) noexcept = default;
    Response& operator=(const Response& other) = default;
};

} // namespace cpr

#endif
