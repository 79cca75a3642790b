// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/snowflake.h (subset: construction from/conversion to uint64_t)
#pragma once

#include <cstdint>

namespace dpp {

class snowflake final {
	uint64_t value = 0;

public:
	constexpr snowflake() noexcept = default;
	constexpr snowflake(uint64_t v) noexcept : value{v} {}
	constexpr operator uint64_t() const noexcept { return value; }
};

} // namespace dpp
