// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/coro/job.h
// dpp::job: fire-and-forget coroutine. EAGER: detail::job::promise::initial_suspend()
// returns std::suspend_never (upstream job.h:96), final_suspend() std::suspend_never (job.h:87).
// It cannot be co_awaited. The promise is found through a std::coroutine_traits
// specialization (job.h:135), not a nested promise_type.
#pragma once

#include <dpp/coro/coro.h>

namespace dpp {

struct job {};

namespace detail {

namespace job {

template <typename... Args>
struct promise {
	std_coroutine::suspend_never final_suspend() const noexcept {
		return {};
	}

	std_coroutine::suspend_never initial_suspend() const noexcept {
		return {};
	}

	dpp::job get_return_object() const noexcept {
		return {};
	}

	void unhandled_exception() const {
		throw;
	}

	void return_void() const noexcept {}
};

} // namespace job

} // namespace detail

} // namespace dpp

template<typename... Args>
struct dpp::detail::std_coroutine::coroutine_traits<dpp::job, Args...> {
	using promise_type = dpp::detail::job::promise<Args...>;
};
