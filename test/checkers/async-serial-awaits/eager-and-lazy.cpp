// Awaiting work that already runs is not a serial operation. D++'s co_*
// calls return dpp::async, which sends its request when constructed
// (eager); dpp::task coroutines run until they first suspend (their
// promise's initial_suspend is suspend_never). Awaiting such objects
// made earlier joins requests that are already in flight. Lazy tasks
// made earlier start at their co_await, so awaiting them one after another
// is serial. An object whose start nothing says is left alone.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" -- -isystem %shapes
// RUN: %clang_tidy_plugin -checks='-*,async-serial-awaits' \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" %s -- \
// RUN:   -std=c++20 -isystem %shapes 2>&1 | %filecheck %s --check-prefix=EXPLAIN

#include <dpp/dpp.h>
#include <folly/experimental/coro/Task.h>

#include <string>
#include <utility>

// Both requests were sent before the first co_await: no finding.
dpp::task<void> greet(dpp::cluster &bot, dpp::snowflake channel, dpp::snowflake guild,
                      dpp::snowflake user) {
  auto sent = bot.co_message_create(dpp::message(channel, "hello"));
  auto member = bot.co_guild_get_member(guild, user);
  dpp::confirmation_callback_t a = co_await sent;
  dpp::confirmation_callback_t b = co_await member;
  (void)a;
  (void)b;
}
// EXPLAIN: :[[@LINE-5]]:36: remark: await of 'sent' is not grouped (already-started: 'sent' started its work when it was made ('dpp::async' is eager): awaiting it joins work already running)
// EXPLAIN: :[[@LINE-5]]:36: remark: await of 'member' is not grouped (already-started

dpp::task<int> count_members(dpp::cluster &bot, dpp::snowflake guild);
dpp::task<int> count_channels(dpp::cluster &bot, dpp::snowflake guild);

// dpp::task is eager too: the two counts already run concurrently.
dpp::task<int> stats(dpp::cluster &bot, dpp::snowflake guild) {
  auto members = count_members(bot, guild);
  auto channels = count_channels(bot, guild);
  int m = co_await std::move(members);
  int c = co_await std::move(channels);
  co_return m + c;
}

folly::coro::Task<int> load(int id);

// folly::coro::Task is lazy: each starts at its co_await, one after the
// other. Reported, without a fix (the awaits name tasks, not calls).
folly::coro::Task<int> totals() {
  auto first = load(1);
  auto second = load(2);
  int a = co_await std::move(first);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 2 independent awaits in 'totals' run one after another ('first', 'second'); running them concurrently makes the latency the longest of them instead of their sum [async-serial-awaits]
  int b = co_await std::move(second);
  co_return a + b;
}

// A project's own awaitable that is no coroutine: nothing says when its
// work starts, so its awaits are never grouped.
struct Pending {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  int await_resume();
};
Pending start_download(const std::string &url);

folly::coro::Task<int> downloads() {
  auto one = start_download("a");
  auto two = start_download("b");
  int a = co_await one;
  int b = co_await two;
  co_return a + b;
}
// EXPLAIN: :[[@LINE-4]]:11: remark: await of 'one' is not grouped (unknown-start: whether 'one' started its work when it was made is unknown; if 'Pending' starts only when awaited, add it to the catalog's lazy_types)
