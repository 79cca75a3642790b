// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/parameters.h
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_PARAMETERS_H
#define CPR_PARAMETERS_H

#include "cpr/curl_container.h"

#include <initializer_list>

namespace cpr {

class Parameters : public CurlContainer<Parameter> {
  public:
    Parameters() = default;
    Parameters(const std::initializer_list<Parameter>& parameters) : CurlContainer<Parameter>(parameters) {}
};

} // namespace cpr

#endif
