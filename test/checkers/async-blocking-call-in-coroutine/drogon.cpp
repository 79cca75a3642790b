// Drogon (API shape of drogon v1.9.1): execSqlSync becomes co_await
// execSqlCoro, sleeps become sleepCoro on the current event loop, and the
// synchronous HttpClient::sendRequest is told apart from its callback form.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

// coroutine.h declares trantor::EventLoop already: the fixes add no include.
#include <drogon/HttpClient.h>
#include <drogon/nosql/RedisClient.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <chrono>
#include <thread>
// CHECK-FIXES: #include <drogon/HttpClient.h>
// CHECK-FIXES-NOT: #include <trantor/net/EventLoop.h>
// CHECK-FIXES: using namespace std::chrono_literals;

using namespace std::chrono_literals;

drogon::Task<int> count_users(drogon::orm::DbClientPtr db, std::string team) {
  auto rows = db->execSqlSync("select count(*) from users where team = $1", team);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call 'drogon::orm::DbClient::execSqlSync' inside coroutine 'count_users' stalls its executor thread; use an asynchronous database client, or offload the query to a thread pool [async-blocking-call-in-coroutine]
  // CHECK-FIXES: auto rows = co_await db->execSqlCoro("select count(*) from users where team = $1", team);
  std::this_thread::sleep_for(1500ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for'
  // CHECK-FIXES: co_await drogon::sleepCoro(trantor::EventLoop::getEventLoopOfCurrentThread(), 1500ms);
  // sleepCoro takes any duration (as double seconds).
  std::this_thread::sleep_for(std::chrono::duration<double>(0.25));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for'
  // CHECK-FIXES: co_await drogon::sleepCoro(trantor::EventLoop::getEventLoopOfCurrentThread(), std::chrono::duration<double>(0.25));
  co_return static_cast<int>(rows.size());
}

drogon::Task<void> call_upstream(drogon::HttpClientPtr client, drogon::HttpRequestPtr req) {
  auto [result, response] = client->sendRequest(req, 5.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: blocking call 'drogon::HttpClient::sendRequest' inside coroutine 'call_upstream' stalls its executor thread; use 'co_await client->sendRequestCoro(req)', which yields the response and throws on failure
  // The coroutine form yields another type and throws: no automatic fix.
  // CHECK-FIXES: auto [result, response] = client->sendRequest(req, 5.0);
  (void)result;
  (void)response;
  // The callback overload does not block.
  client->sendRequest(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &) {});
  auto r = co_await client->sendRequestCoro(req);
  (void)r;
}

// drogon::sync_wait blocks the calling thread until the task completes
// (upstream starts it on a thread of its own and waits on a condition
// variable): in a coroutine it holds up the event loop.
drogon::Task<int> count_twice(drogon::orm::DbClientPtr db) {
  int first = drogon::sync_wait(count_users(db, "core"));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call 'drogon::sync_wait' inside coroutine 'count_twice' stalls its executor thread; 'co_await' the awaitable instead [async-blocking-call-in-coroutine]
  // CHECK-FIXES: int first = co_await count_users(db, "core");
  co_return first + co_await count_users(db, "ops");
}

// Drogon's Redis client (v1.9.13): execCommandSync waits on a future for
// the reply. No fix: the processing function has no place in the awaited
// form's argument list.
drogon::Task<std::string> cached_name(drogon::nosql::RedisClientPtr redis, std::string key) {
  std::string name = redis->execCommandSync(
      [](const drogon::nosql::RedisResult &r) { return r.asString(); }, "get %s", key.c_str());
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: blocking call 'drogon::nosql::RedisClient::execCommandSync' inside coroutine 'cached_name' stalls its executor thread; use 'co_await execCommandCoro(command, args...)' and apply the function to its result [async-blocking-call-in-coroutine]
  auto reply = co_await redis->execCommandCoro("get %s", key.c_str());
  co_return name + reply.asString();
}

// Not a coroutine: the synchronous API is allowed here.
int count_sync(drogon::orm::DbClientPtr db) {
  return static_cast<int>(db->execSqlSync("select 1").size());
}

// Only main's blocking wait runs it: the program's driver, not reported.
drogon::Task<void> migrate(drogon::orm::DbClientPtr db) {
  db->execSqlSync("create table if not exists users (id int)");
  co_return;
}

int main() {
  auto db = drogon::orm::DbClient::newPgClient("", 1);
  drogon::sync_wait(migrate(db));
  return count_sync(db);
}
