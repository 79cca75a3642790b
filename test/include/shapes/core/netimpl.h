// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/core/netimpl.h -- a SMALL SUBSET: only the names the
//           public component/authorization headers mention. Upstream wraps
//           libcurl here (CurlHolder owns a CURL* easy handle; every
//           netimpl::Get/Post/Delete/Download call builds its own Session, i.e.
//           its own easy handle, and runs curl_easy_perform synchronously).
//           No curl include in this shape.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include <chrono>
#include <cstdint>
#include <fstream>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include "response.h"

namespace liboai {
	namespace netimpl {
		namespace components {
			struct CaseInsensitiveCompare {
				bool operator()(const std::string& a, const std::string& b) const noexcept;
			};
			using Header = std::map<std::string, std::string, CaseInsensitiveCompare>;
			class Timeout final {
				public:
					Timeout(const std::chrono::milliseconds& duration) : ms{ duration } {}
					Timeout(const std::int32_t& milliseconds) : Timeout{ std::chrono::milliseconds(milliseconds) } {}
					long Milliseconds() const;
					std::chrono::milliseconds ms;
			};
		}
		class Session final {
			public:
				Session() = default;
				~Session();
				liboai::Response Get();
				liboai::Response Post();
				liboai::Response Delete();
				liboai::Response Download(std::ofstream& file);
				void ClearContext();
		};
	}
}
