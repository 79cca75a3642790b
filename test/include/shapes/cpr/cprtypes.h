// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/cprtypes.h (StringHolder, Url, CaseInsensitiveCompare, Header)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_CPR_TYPES_H
#define CPR_CPR_TYPES_H

#include <cstddef>
#include <initializer_list>
#include <map>
#include <numeric>
#include <string>
#include <string_view>

namespace cpr {

template <class T>
class StringHolder {
  public:
    StringHolder() = default;
    explicit StringHolder(std::string str) : str_(std::move(str)) {}
    explicit StringHolder(std::string_view str) : str_(str) {}
    explicit StringHolder(const char* str) : str_(str) {}
    StringHolder(const char* str, size_t len) : str_(str, len) {}
    StringHolder(const std::initializer_list<std::string> args) {
        str_ = std::accumulate(args.begin(), args.end(), str_);
    }
    StringHolder(const StringHolder& other) = default;
    StringHolder(StringHolder&& old) noexcept = default;
    virtual ~StringHolder() = default;

    StringHolder& operator=(StringHolder&& old) noexcept = default;
    StringHolder& operator=(const StringHolder& other) = default;

    explicit operator std::string() const { return str_; }

    bool operator==(const std::string& rhs) const { return str_ == rhs; }

    const std::string& str() { return str_; }
    const std::string& str() const { return str_; }
    const char* c_str() const { return str_.c_str(); }
    const char* data() const { return str_.data(); }

  protected:
    std::string str_{};
};

class Url : public StringHolder<Url> {
  public:
    Url() = default;
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Url(std::string url) : StringHolder<Url>(std::move(url)) {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Url(std::string_view url) : StringHolder<Url>(url) {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Url(const char* url) : StringHolder<Url>(url) {}
    Url(const char* str, size_t len) : StringHolder<Url>(std::string(str, len)) {}
    Url(const std::initializer_list<std::string> args) : StringHolder<Url>(args) {}
    Url(const Url& other) = default;
    Url(Url&& old) noexcept = default;
    ~Url() override = default;

    Url& operator=(Url&& old) noexcept = default;
    Url& operator=(const Url& other) = default;
};

struct CaseInsensitiveCompare {
    bool operator()(const std::string& a, const std::string& b) const noexcept { return a < b; }
};

using Header = std::map<std::string, std::string, CaseInsensitiveCompare>;

} // namespace cpr

#endif
