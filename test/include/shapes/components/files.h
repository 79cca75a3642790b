// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/components/files.h
//           (upstream code with its comments stripped; the .cpp is not mirrored)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include "../core/authorization.h"
#include "../core/response.h"
namespace liboai {
	class Files final : private Network {
		public:
			Files(const std::string &root): Network(root) {}
			NON_COPYABLE(Files)
			NON_MOVABLE(Files)
			~Files() = default;
			LIBOAI_EXPORT liboai::Response list() const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse list_async() const & noexcept(false);
			LIBOAI_EXPORT liboai::Response create(
				const std::filesystem::path& file,
				const std::string& purpose
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_async(
				const std::filesystem::path& file,
				const std::string& purpose
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response remove(
				const std::string& file_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse remove_async(
				const std::string& file_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response retrieve(
				const std::string& file_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse retrieve_async(
				const std::string& file_id
			) const & noexcept(false);
			LIBOAI_EXPORT bool download(
				const std::string& file_id,
				const std::string& save_to
			) const & noexcept(false);
			LIBOAI_EXPORT std::future<bool> download_async(
				const std::string& file_id,
				const std::string& save_to
			) const & noexcept(false);
		private:
			Authorization& auth_ = Authorization::Authorizer();
	};
}
