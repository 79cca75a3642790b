// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/utility.h (subset: utility::read_file, a blocking file read with no
//           asynchronous twin in D++ (utility.h:808); utility::exec, which is callback-based
//           and does not block (utility.h:219))
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace dpp {

namespace utility {

typedef std::function<void(const std::string& output)> cmd_result_t;

void exec(const std::string& cmd, std::vector<std::string> parameters = {}, cmd_result_t callback = {});

std::string read_file(const std::string& filename);

} // namespace utility

} // namespace dpp
