// Example TU for the D++ API-shape headers (brainboxdotcc/DPP v10.1.5, commit 59179f4f).
//   clang++-19 -std=c++20 -fsyntax-only -isystem test/include/shapes <this file>
//   clang++-19 -std=c++20 -fsyntax-only -DDPP_SHAPE_V10_0_SYNC -isystem test/include/shapes <this file>
#include <dpp/dpp.h>

#include <chrono>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

// Promise types as the catalog would name them (found via coroutine_traits, not nested).
static_assert(std::is_same_v<std::coroutine_traits<dpp::task<int>>::promise_type, dpp::detail::task::promise_t<int>>);
static_assert(std::is_same_v<std::coroutine_traits<dpp::coroutine<int>>::promise_type, dpp::detail::coroutine::promise_t<int>>);
static_assert(std::is_same_v<std::coroutine_traits<dpp::job, int>::promise_type, dpp::detail::job::promise<int>>);
// Eager vs lazy.
static_assert(std::is_same_v<decltype(std::declval<dpp::detail::task::promise_t<int>&>().initial_suspend()), std::suspend_never>);
static_assert(std::is_same_v<decltype(std::declval<dpp::detail::coroutine::promise_t<int>&>().initial_suspend()), std::suspend_always>);
static_assert(std::is_same_v<decltype(std::declval<dpp::detail::job::promise<>&>().initial_suspend()), std::suspend_never>);
// co_* calls return dpp::async<...>; async<> defaults to confirmation_callback_t.
static_assert(std::is_same_v<dpp::async<>, dpp::async<dpp::confirmation_callback_t>>);
static_assert(std::is_same_v<decltype(std::declval<dpp::cluster&>().co_message_get(1, 2)), dpp::async<dpp::confirmation_callback_t>>);
static_assert(std::is_same_v<decltype(std::declval<dpp::cluster&>().co_sleep(1)), dpp::async<dpp::timer>>);
static_assert(dpp::awaitable_type<dpp::async<>>);
static_assert(dpp::awaitable_type<dpp::task<int>>);
static_assert(dpp::awaitable_type<dpp::coroutine<int>>);

dpp::coroutine<int> lazy_value() { co_return 7; }

dpp::task<int> eager_value() { co_return 6; }

dpp::task<std::string> fetch(dpp::cluster &bot, dpp::snowflake channel, dpp::snowflake id) {
	dpp::confirmation_callback_t cc = co_await bot.co_message_get(id, channel);
	if (cc.is_error()) {
		co_return std::string{};
	}
	co_return cc.get<dpp::message>().content;
}

dpp::task<void> handler(dpp::cluster &bot) {
	// Eager: both requests are sent when the async objects are constructed, so awaiting them
	// one after the other still overlaps them. D++ has no when_all.
	dpp::async<dpp::confirmation_callback_t> a = bot.co_message_get(1, 10);
	dpp::async<dpp::confirmation_callback_t> b = bot.co_message_get(2, 10);
	dpp::confirmation_callback_t ra = co_await a;
	dpp::confirmation_callback_t rb = co_await b;
	(void)ra; (void)rb;

	// Batch: a vector of started tasks, awaited in turn.
	std::vector<dpp::task<std::string>> tasks;
	for (dpp::snowflake id : {dpp::snowflake{1}, dpp::snowflake{2}}) {
		tasks.push_back(fetch(bot, 10, id));
	}
	for (auto &t : tasks) {
		std::string s = co_await t;
		(void)s;
	}

	int lv = co_await lazy_value();   // lazy: starts here
	int ev = co_await eager_value();  // eager: already finished
	(void)lv; (void)ev;

	dpp::http_request_completion_t http = co_await bot.co_request("http://127.0.0.1:1/", dpp::m_get);
	(void)http;

	dpp::timer t = co_await bot.co_sleep(5);            // non-I/O: sleep, whole seconds
	(void)t;

	// Race: dpp::when_any (result has index() / get<N>()).
	auto res = co_await dpp::when_any{bot.co_sleep(1), bot.co_message_create(dpp::message{10, "hi"})};
	if (res.index() == 1) {
		dpp::confirmation_callback_t &cc = res.get<1>();
		(void)cc;
	}

	// BLOCKING calls a coroutine must not make:
	dpp::confirmation_callback_t blocked = bot.co_message_get(3, 10).sync_wait();  // dpp::basic_awaitable::sync_wait
	std::optional<dpp::confirmation_callback_t> maybe = bot.co_message_get(4, 10).sync_wait_for(std::chrono::seconds(1));
	(void)blocked; (void)maybe;
	std::string file = dpp::utility::read_file("/etc/hostname");  // blocking file read, no twin
	(void)file;
#ifdef DPP_SHAPE_V10_0_SYNC
	dpp::message m = bot.message_create_sync(dpp::message{10, "x"});                     // v10.0.35 only
	dpp::message m2 = dpp::sync<dpp::message>(&bot, &dpp::cluster::message_get, 1, 10);  // v10.0.35 only
	(void)m; (void)m2;
#endif
}

// Fire-and-forget: dpp::job (eager, cannot be awaited).
dpp::job on_event(dpp::cluster &bot) {
	co_await bot.co_sleep(1);
}

int main() {
	dpp::cluster bot{"token"};
	on_event(bot);
	auto t = handler(bot);
	(void)t;
	return 0;
}
