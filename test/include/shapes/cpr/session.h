// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/session.h (subset)
//
// Members defined in session.cpp upstream are declared only.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_SESSION_H
#define CPR_SESSION_H

#include "cpr/async_wrapper.h"
#include "cpr/body.h"
#include "cpr/cprtypes.h"
#include "cpr/parameters.h"
#include "cpr/response.h"
#include "cpr/timeout.h"

#include <memory>

namespace cpr {

using AsyncResponse = AsyncWrapper<Response>;

class Session : public std::enable_shared_from_this<Session> {
  public:
    Session();
    Session(const Session& other) = delete;
    Session(Session&& old) = default;

    ~Session() = default;

    Session& operator=(Session&& old) noexcept = default;
    Session& operator=(const Session& other) = delete;

    void SetUrl(const Url& url);
    void SetParameters(const Parameters& parameters);
    void SetParameters(Parameters&& parameters);
    void SetHeader(const Header& header);
    void UpdateHeader(const Header& header);
    void SetTimeout(const Timeout& timeout);
    void SetBody(Body&& body);
    void SetBody(const Body& body);

    // Used in templated functions
    void SetOption(const Url& url);
    void SetOption(const Parameters& parameters);
    void SetOption(Parameters&& parameters);
    void SetOption(const Header& header);
    void SetOption(const Timeout& timeout);
    void SetOption(Body&& body);
    void SetOption(const Body& body);

    Response Delete();
    Response Get();
    Response Head();
    Response Options();
    Response Patch();
    Response Post();
    Response Put();

    AsyncResponse GetAsync();
    AsyncResponse DeleteAsync();
    AsyncResponse HeadAsync();
    AsyncResponse OptionsAsync();
    AsyncResponse PatchAsync();
    AsyncResponse PostAsync();
    AsyncResponse PutAsync();
};

} // namespace cpr

#endif
