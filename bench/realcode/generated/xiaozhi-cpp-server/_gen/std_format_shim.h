// Parse-only stand-in: Debian 12's libstdc++ 12 has no <format>, which this
// project uses (std::format, std::put_time via <iomanip>) through GCC 13's
// transitive includes. Backed by Debian's {fmt} 9 (libfmt-dev).
#pragma once
#include <iomanip>
#include <fmt/format.h>
#include <fmt/chrono.h>
#include <fmt/ranges.h>
namespace std {
using fmt::format;
using fmt::format_to;
using fmt::vformat;
using fmt::make_format_args;
}
