// cpr (API shape of cpr 1.10.5) is synchronous: reported with advice, no
// fix. The *Async forms return a future-like handle; waiting on it is the
// blocking part.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <cpr/cpr.h>
#include <folly/experimental/coro/Task.h>

folly::coro::Task<long> embed(std::string text) {
  cpr::Response r = cpr::Post(cpr::Url{"http://localhost:8080/v1/embeddings"}, cpr::Body{text});
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call 'cpr::Post' inside coroutine 'embed' stalls its executor thread; cpr is synchronous; use an asynchronous HTTP client (Beast, Drogon's HttpClient) or offload the request to a thread pool [async-blocking-call-in-coroutine]
  cpr::Session session;
  session.SetUrl(cpr::Url{"http://localhost:8080/health"});
  cpr::Response health = session.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking call 'cpr::Session::Get'
  auto pending = cpr::GetAsync(cpr::Url{"http://localhost:8080/v1/models"}); // Starts only.
  (void)pending;
  co_return r.status_code + health.status_code;
}

// A project's own Get in another namespace is not cpr's.
namespace app { long Get(int id) { return id; } }
folly::coro::Task<long> own_get() { co_return app::Get(1); }
