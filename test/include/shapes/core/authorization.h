// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/core/authorization.h (subset: the process-wide
//           Authorization singleton and its Set* methods; proxy getters left out).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include <iostream>
#include <string>
#include <string_view>
#include <fstream>
#include <filesystem>
#include <map>
#include "network.h"
namespace liboai {
	class Authorization final {
		public:
			Authorization() = default;
			NON_COPYABLE(Authorization)
			NON_MOVABLE(Authorization)
			~Authorization();
		public:
			static Authorization& Authorizer() noexcept {
				static Authorization instance;
				return instance;
			}
			[[nodiscard]]
			LIBOAI_EXPORT bool SetKey(std::string_view key) noexcept;
			[[nodiscard]]
			LIBOAI_EXPORT bool SetAzureKey(std::string_view key) noexcept;
			[[nodiscard]]
			LIBOAI_EXPORT bool SetKeyFile(const std::filesystem::path& path) noexcept;
			[[nodiscard]]
			LIBOAI_EXPORT bool SetKeyEnv(std::string_view var) noexcept;
			[[nodiscard]]
			LIBOAI_EXPORT bool SetAzureKeyEnv(std::string_view var) noexcept;
			[[nodiscard]]
			LIBOAI_EXPORT bool SetOrganization(std::string_view org) noexcept;
			[[nodiscard]]
			LIBOAI_EXPORT bool SetOrganizationEnv(std::string_view var) noexcept;
			LIBOAI_EXPORT void SetProxies(const std::map<std::string, std::string>& hosts) noexcept;
			LIBOAI_EXPORT void SetMaxTimeout(int32_t ms) noexcept { this->timeout_ = netimpl::components::Timeout(ms); }
			constexpr const std::string& GetKey() const noexcept { return this->key_; }
			constexpr const std::string& GetOrganization() const noexcept { return this->org_; }
		private:
			std::string key_, org_;
			netimpl::components::Timeout timeout_ = { 30000 };
	};
}
