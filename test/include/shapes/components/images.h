// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/components/images.h
//           (upstream code with its comments stripped; the .cpp is not mirrored)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include "../core/authorization.h"
#include "../core/response.h"
namespace liboai {
	class Images final : private Network {
		public:
			Images(const std::string &root): Network(root) {}
			NON_COPYABLE(Images)
			NON_MOVABLE(Images)
			~Images() = default;
			LIBOAI_EXPORT liboai::Response create(
				const std::string& prompt,
				std::optional<uint8_t> n = std::nullopt,
				std::optional<std::string> size = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_async(
				const std::string& prompt,
				std::optional<uint8_t> n = std::nullopt,
				std::optional<std::string> size = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response create_edit(
				const std::filesystem::path& image,
				const std::string& prompt,
				std::optional<std::filesystem::path> mask = std::nullopt,
				std::optional<uint8_t> n = std::nullopt,
				std::optional<std::string> size = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_edit_async(
				const std::filesystem::path& image,
				const std::string& prompt,
				std::optional<std::filesystem::path> mask = std::nullopt,
				std::optional<uint8_t> n = std::nullopt,
				std::optional<std::string> size = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response create_variation(
				const std::filesystem::path& image,
				std::optional<uint8_t> n = std::nullopt,
				std::optional<std::string> size = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_variation_async(
				const std::filesystem::path& image,
				std::optional<uint8_t> n = std::nullopt,
				std::optional<std::string> size = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
		private:
			Authorization& auth_ = Authorization::Authorizer();
	};
}
