// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/body.h (string/char* constructors only)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_BODY_H
#define CPR_BODY_H

#include "cpr/cprtypes.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace cpr {

class Body : public StringHolder<Body> {
  public:
    Body() = default;
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Body(std::string body) : StringHolder<Body>(std::move(body)) {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Body(std::string_view body) : StringHolder<Body>(body) {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Body(const char* body) : StringHolder<Body>(body) {}
    Body(const char* str, size_t len) : StringHolder<Body>(str, len) {}
    Body(const std::initializer_list<std::string> args) : StringHolder<Body>(args) {}
    Body(const Body& other) = default;
    Body(Body&& old) noexcept = default;
    ~Body() override = default;

    Body& operator=(Body&& old) noexcept = default;
    Body& operator=(const Body& other) = default;
};

} // namespace cpr

#endif
