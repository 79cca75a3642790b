// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/components/embeddings.h
//           (upstream code with its comments stripped; the .cpp is not mirrored)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include "../core/authorization.h"
#include "../core/response.h"
namespace liboai {
	class Embeddings final : private Network {
		public:
			Embeddings(const std::string &root): Network(root) {}
			NON_COPYABLE(Embeddings)
			NON_MOVABLE(Embeddings)
			~Embeddings() = default;
			LIBOAI_EXPORT liboai::Response create(
				const std::string& model_id,
				std::optional<std::string> input = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_async(
				const std::string& model_id,
				std::optional<std::string> input = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
		private:
			Authorization& auth_ = Authorization::Authorizer();
	};
}
