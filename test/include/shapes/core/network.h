// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/core/network.h (public part of class Network; the
//           protected Request/RequestWithSession templates are left out).
//           Every component (ChatCompletion, Completions, Embeddings, ...)
//           derives privately from Network.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include <optional>
#include <future>
#include "netimpl.h"
namespace liboai {
	class Network {
		public:
			Network(const std::string &root) noexcept: openai_root_(root) {}
			NON_COPYABLE(Network)
			NON_MOVABLE(Network)
			[[nodiscard]]
			static bool Download(
				const std::string& to,
				const std::string& from,
				netimpl::components::Header authorization
			) noexcept(false);
			[[nodiscard]]
			static bool DownloadWithSession(
				const std::string& to,
				const std::string& from,
				netimpl::components::Header authorization,
				netimpl::Session& session
			) noexcept(false);
			[[nodiscard]]
			static std::future<bool> DownloadAsync(
				const std::string& to,
				const std::string& from,
				netimpl::components::Header authorization
			) noexcept(false);
			[[nodiscard]]
			static std::future<bool> DownloadAsyncWithSession(
				const std::string& to,
				const std::string& from,
				netimpl::components::Header authorization,
				netimpl::Session& session
			) noexcept(false);
		protected:
			const std::string openai_root_;
	};
}
