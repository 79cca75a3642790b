// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/restresults.h (subset: confirmation, error_info, confirmable_t with a few
//           alternatives, confirmation_callback_t with is_error()/get_error()/get<T>(),
//           command_completion_event_t)
#pragma once

#include <dpp/message.h>
#include <dpp/queues.h>

#include <functional>
#include <string>
#include <variant>

namespace dpp {

class cluster;

struct confirmation {
	bool success;
};

struct error_info {
	uint32_t code = 0;
	std::string message;
};

typedef std::variant<
		confirmation,
		message,
		channel,
		user,
		user_identified,
		guild_member
	> confirmable_t;

struct confirmation_callback_t {
	http_request_completion_t http_info;

	confirmable_t value;

	const class cluster* bot = nullptr;

	confirmation_callback_t() = default;

	bool is_error() const { return http_info.status >= 400; }

	error_info get_error() const { return {}; }

	template<typename T>
	T get() const {
		return std::get<T>(value);
	}
};

typedef std::function<void(const confirmation_callback_t&)> command_completion_event_t;

namespace utility {

	// upstream: include/dpp/dispatcher.h:247
	command_completion_event_t log_error();

} // namespace utility

} // namespace dpp
