// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/cluster.h and include/dpp/cluster_coro_calls.h (the latter is
//           #included inside class cluster upstream, cluster.h:4157-4159), subsets:
//           - callback REST calls: message_create, message_get, channel_get, user_get,
//             guild_get_member, request
//           - their co_* twins returning [[nodiscard]] dpp::async<confirmation_callback_t>
//             (co_request returns dpp::async<http_request_completion_t>)
//           - co_sleep(uint64_t seconds) -> [[nodiscard]] async<timer> (cluster.h:525; built on
//             start_timer, src/dpp/cluster/timer.cpp:104)
//           - start_timer/stop_timer, queue_work, start(start_type)
//           Constructors: the token constructor's trailing cache_policy/pool_threads parameters
//           are omitted.
//
// Legacy blocking API (NOT in v10.1.5): with DPP_SHAPE_V10_0_SYNC defined, class cluster also
// declares a subset of the *_sync members of brainboxdotcc/DPP tag v10.0.35
// (commit ab0142be0199666bfdabc70b3b426ab7af5003db), include/dpp/cluster_sync_calls.h, each
// DPP_DEPRECATED("Please use coroutines instead of sync functions: https://dpp.dev/coro-introduction.html")
// and documented "@warning This function is a blocking (synchronous) call and should only be
// used from within a separate thread." They were removed in v10.1.0 by commit 549abc80
// ("refactor: remove dpp::sync"), together with dpp::sync (see <dpp/sync.h>).
#pragma once

#include <dpp/coro.h>
#include <dpp/message.h>
#include <dpp/queues.h>
#include <dpp/restresults.h>
#include <dpp/snowflake.h>
#include <dpp/timer.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <thread>

#ifdef DPP_SHAPE_V10_0_SYNC
#  define DPP_DEPRECATED(reason) [[deprecated(reason)]]
#endif

namespace dpp {

enum start_type : bool {
	st_return = true,
	st_wait = false,
};

typedef std::function<void()> work_unit;

class cluster {
public:
	explicit cluster(uint32_t pool_threads = std::thread::hardware_concurrency() / 2);

	cluster(const std::string& token, uint32_t intents = 0, uint32_t shards = 0, uint32_t cluster_id = 0, uint32_t maxclusters = 1, bool compressed = true);

	cluster(const cluster&) = delete;

	void queue_work(int priority, work_unit task);

	void start(start_type return_after = st_wait);

	timer start_timer(timer_callback_t on_tick, uint64_t frequency, timer_callback_t on_stop = {});

	bool stop_timer(timer t);

	[[nodiscard]] async<timer> co_sleep(uint64_t seconds);

	void request(const std::string &url, http_method method, http_completion_event callback, const std::string &postdata = "", const std::string &mimetype = "text/plain", const std::multimap<std::string, std::string> &headers = {}, const std::string &protocol = "1.1");

	void message_get(snowflake message_id, snowflake channel_id, command_completion_event_t callback);

	void message_create(const struct message &m, command_completion_event_t callback = utility::log_error());

	void channel_get(snowflake c, command_completion_event_t callback);

	void guild_get_member(snowflake guild_id, snowflake user_id, command_completion_event_t callback);

	void user_get(snowflake user_id, command_completion_event_t callback);

	// --- include/dpp/cluster_coro_calls.h (subset) ---

	[[nodiscard]] async<confirmation_callback_t> co_channel_get(snowflake c);

	[[nodiscard]] async<confirmation_callback_t> co_guild_get_member(snowflake guild_id, snowflake user_id);

	[[nodiscard]] async<confirmation_callback_t> co_message_create(const struct message &m);

	[[nodiscard]] async<confirmation_callback_t> co_message_get(snowflake message_id, snowflake channel_id);

	[[nodiscard]] async<confirmation_callback_t> co_user_get(snowflake user_id);

	[[nodiscard]] async<http_request_completion_t> co_request(const std::string &url, http_method method, const std::string &postdata = "", const std::string &mimetype = "text/plain", const std::multimap<std::string, std::string> &headers = {}, const std::string &protocol = "1.1");

#ifdef DPP_SHAPE_V10_0_SYNC
	// --- v10.0.35 include/dpp/cluster_sync_calls.h (subset; removed in v10.1.0) ---

	DPP_DEPRECATED("Please use coroutines instead of sync functions: https://dpp.dev/coro-introduction.html") channel channel_get_sync(snowflake c);

	DPP_DEPRECATED("Please use coroutines instead of sync functions: https://dpp.dev/coro-introduction.html") guild_member guild_get_member_sync(snowflake guild_id, snowflake user_id);

	DPP_DEPRECATED("Please use coroutines instead of sync functions: https://dpp.dev/coro-introduction.html") message message_create_sync(const struct message &m);

	DPP_DEPRECATED("Please use coroutines instead of sync functions: https://dpp.dev/coro-introduction.html") message message_get_sync(snowflake message_id, snowflake channel_id);

	DPP_DEPRECATED("Please use coroutines instead of sync functions: https://dpp.dev/coro-introduction.html") user_identified user_get_sync(snowflake user_id);
#endif
};

} // namespace dpp
