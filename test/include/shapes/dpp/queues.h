// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/queues.h (subset: http_method, http_request_completion_t, http_completion_event)
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>

namespace dpp {

enum http_error {
	h_success = 0,
	h_unknown,
	h_connection,
	h_bind_ip_address,
	h_read,
	h_write,
	h_exceeded_redirects,
	h_ssl_connection,
	h_ssl_mismatch,
};

enum http_method {
	m_get,
	m_post,
	m_put,
	m_patch,
	m_delete
};

struct http_request_completion_t {
	std::multimap<std::string, std::string> headers;
	uint16_t status = 0;
	http_error error = h_success;
	std::string ratelimit_bucket;
	uint64_t ratelimit_limit = 0;
	uint64_t ratelimit_remaining = 0;
	uint64_t ratelimit_reset_after = 0;
	uint64_t ratelimit_retry_after = 0;
	bool ratelimit_global = false;
	std::string body;
	double latency = 0.0;
};

typedef std::function<void(const http_request_completion_t&)> http_completion_event;

} // namespace dpp
