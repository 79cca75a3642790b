// Smoke test for the Drogon/trantor API-shape headers
// (test/include/shapes/drogon, test/include/shapes/trantor).
// Check: clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -Werror
//          -isystem test/include/shapes test/include/shapes/smoke/drogon_smoke.cpp
// (Syntax-only: library functions defined in drogon's .cc files, e.g.
// EventLoop::getEventLoopOfCurrentThread(), are declared but not defined.)
#include <drogon/drogon.h>
#include <drogon/HttpClient.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <trantor/net/EventLoop.h>

#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

using namespace std::chrono_literals;
using drogon::HttpRequestPtr;
using drogon::HttpResponsePtr;
using drogon::ReqResult;

static_assert(std::is_same_v<drogon::HttpRequestPtr, std::shared_ptr<drogon::HttpRequest>>);
static_assert(std::is_same_v<drogon::HttpResponsePtr, std::shared_ptr<drogon::HttpResponse>>);
static_assert(std::is_same_v<drogon::orm::DbClientPtr, std::shared_ptr<drogon::orm::DbClient>>);
static_assert(std::is_same_v<drogon::await_result_t<drogon::Task<int>>, int>);
// As upstream, drogon::is_awaitable / await_result only recognise types with an
// operator co_await (member or free): the CallbackAwaiter-based awaiters
// returned by sleepCoro/execSqlCoro/sendRequestCoro are NOT "awaitable" by
// this trait (so drogon::sync_wait/co_future reject them), yet co_await works.
static_assert(!drogon::is_awaitable_v<drogon::internal::TimerAwaiter>);
static_assert(!drogon::is_awaitable_v<drogon::orm::internal::SqlAwaiter>);
static_assert(!drogon::is_awaitable_v<drogon::internal::HttpRespAwaiter>);
static_assert(!drogon::is_awaitable_v<drogon::AsyncTask>);
static_assert(std::is_same_v<decltype(drogon::sleepCoro(nullptr, 1.0)), drogon::internal::TimerAwaiter>);
static_assert(std::is_same_v<decltype(drogon::sleepCoro(nullptr, 1s)), drogon::internal::TimerAwaiter>);
static_assert(std::is_same_v<decltype(std::declval<drogon::orm::DbClient &>().execSqlSync("select 1")),
                             drogon::orm::Result>);
static_assert(std::is_same_v<decltype(std::declval<drogon::HttpClient &>().sendRequest(
                                 std::declval<const HttpRequestPtr &>())),
                             std::pair<ReqResult, HttpResponsePtr>>);
static_assert(std::is_same_v<decltype(std::declval<drogon::HttpClient &>().sendRequest(
                                 std::declval<const HttpRequestPtr &>(), 2.0)),
                             std::pair<ReqResult, HttpResponsePtr>>);

drogon::Task<int> getInt() { co_return 3; }
drogon::Task<std::string> getString() { co_return std::string("s"); }
drogon::Task<> doVoid() { co_return; }
drogon::Task<void> doVoid2() { co_return; }

drogon::Task<HttpResponsePtr> handler(HttpRequestPtr req,
                                      drogon::orm::DbClientPtr db,
                                      drogon::HttpClientPtr client) {
  trantor::EventLoop *loop = trantor::EventLoop::getEventLoopOfCurrentThread();

  // Timers: both sleepCoro overloads.
  co_await drogon::sleepCoro(loop, 1.5);
  co_await drogon::sleepCoro(loop, std::chrono::milliseconds(20));
  co_await drogon::sleepCoro(loop, 2s);
  co_await drogon::switchThreadCoro(loop);
  co_await drogon::queueInLoopCoro(loop, [] {});
  int fromLoop = co_await drogon::queueInLoopCoro<int>(loop, [] { return 4; });

  // Tasks.
  int a = co_await getInt();
  decltype(auto) s = co_await getString();
  static_assert(std::is_same_v<decltype(s), std::string>);
  co_await doVoid();
  co_await doVoid2();

  // Database: async (callbacks), sync (blocking), future, coroutine.
  db->execSqlAsync(
      "select * from users where id = $1",
      [](const drogon::orm::Result &r) { (void)r.size(); },
      [](const drogon::orm::DrogonDbException &e) { (void)e.base().what(); },
      42);
  drogon::orm::Result sync = db->execSqlSync("select * from users where id = $1", 42);
  std::future<drogon::orm::Result> fut = db->execSqlAsyncFuture("select 1");
  drogon::orm::Result fromFuture = fut.get();  // blocking
  // co_await yields `const Result &` into the temporary SqlAwaiter: the
  // reference dangles after this full-expression (same as upstream), so it is
  // only type-checked here; copy the result (`auto r = co_await ...`) to use it.
  decltype(auto) coroResult = co_await db->execSqlCoro("select * from t where a = $1 and b = $2", 1, std::string("x"));
  static_assert(std::is_same_v<decltype(coroResult), const drogon::orm::Result &>);
  (void)coroResult;
  auto copied = co_await db->execSqlCoro("select 1");
  static_assert(std::is_same_v<decltype(copied), drogon::orm::Result>);
  std::shared_ptr<drogon::orm::Transaction> trans = co_await db->newTransactionCoro();
  (void)trans;
  auto viaApp = drogon::app().getDbClient();
  auto fast = drogon::app().getFastDbClient("default");
  (void)viaApp;
  (void)fast;

  // HTTP client: every sendRequest overload + sendRequestCoro.
  auto out = drogon::HttpRequest::newHttpRequest();
  out->setMethod(drogon::Get);
  out->setPath("/api");
  const drogon::HttpReqCallback cb = [](ReqResult, const HttpResponsePtr &) {};
  client->sendRequest(out, cb);
  client->sendRequest(out, cb, 5.0);
  client->sendRequest(out, [](ReqResult r, const HttpResponsePtr &resp) { (void)r; (void)resp; });
  client->sendRequest(out, [](ReqResult, const HttpResponsePtr &) {}, 1.0);
  auto [result, syncResp] = client->sendRequest(out);          // blocking
  std::pair<ReqResult, HttpResponsePtr> timed = client->sendRequest(out, 3.0);  // blocking
  HttpResponsePtr resp = co_await client->sendRequestCoro(out);
  decltype(auto) respRef = co_await client->sendRequestCoro(out);  // dangles, see above
  static_assert(std::is_same_v<decltype(respRef), const HttpResponsePtr &>);
  (void)respRef;
  HttpResponsePtr resp2 = co_await client->sendRequestCoro(out, 10);
  (void)timed;
  (void)result;

  auto response = drogon::HttpResponse::newHttpResponse();
  response->setStatusCode(drogon::k200OK);
  response->setBody(std::to_string(a + fromLoop + static_cast<int>(sync.size() + copied.size() + fromFuture.size() +
                                                                   s.size() + resp->getBody().size() +
                                                                   resp2->body().size() +
                                                                   syncResp->getBody().size())) +
                    std::string(req->getBody()));
  co_return response;
}

drogon::AsyncTask fireAndForget(drogon::orm::DbClientPtr db) {
  co_await db->execSqlCoro("delete from t");
  co_await drogon::sleepCoro(trantor::EventLoop::getEventLoopOfCurrentThread(), 0.1);
}

int main() {
  int v = drogon::sync_wait(getInt());        // blocking
  drogon::sync_wait(doVoid());
  std::future<int> f = drogon::co_future(getInt());
  drogon::async_run([]() -> drogon::Task<> { co_await doVoid(); });
  std::function<void()> fn = drogon::async_func([]() -> drogon::Task<> { co_return; });
  fn();
  return v + f.get();
}
