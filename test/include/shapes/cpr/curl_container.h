// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/curl_container.h (Parameter, CurlContainer; GetContent omitted)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_CURL_CONTAINER_H
#define CPR_CURL_CONTAINER_H

#include <initializer_list>
#include <string>
#include <vector>

namespace cpr {

struct Parameter {
    Parameter(std::string p_key, std::string p_value) : key{std::move(p_key)}, value{std::move(p_value)} {}

    std::string key;
    std::string value;
};

template <class T>
class CurlContainer {
  public:
    /// Enables or disables URL encoding for keys and values.
    bool encode = true;

    CurlContainer() = default;
    CurlContainer(const std::initializer_list<T>& list) : containerList_(list) {}

    void Add(const std::initializer_list<T>& list) { containerList_.insert(containerList_.end(), list); }
    void Add(const T& element) { containerList_.push_back(element); }

  protected:
    std::vector<T> containerList_;
};

} // namespace cpr

#endif
