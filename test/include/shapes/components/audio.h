// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/components/audio.h
//           (upstream code with its comments stripped; the .cpp is not mirrored)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include "../core/authorization.h"
#include "../core/response.h"
namespace liboai {
	class Audio final : private Network {
		public:
			Audio(const std::string &root): Network(root) {}
			~Audio() = default;
			Audio(const Audio&) = delete;
			Audio(Audio&&) = delete;
			Audio& operator=(const Audio&) = delete;
			Audio& operator=(Audio&&) = delete;
			LIBOAI_EXPORT liboai::Response transcribe(
				const std::filesystem::path& file,
				const std::string& model,
				std::optional<std::string> prompt = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<float> temperature = std::nullopt,
				std::optional<std::string> language = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse transcribe_async(
				const std::filesystem::path& file,
				const std::string& model,
				std::optional<std::string> prompt = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<float> temperature = std::nullopt,
				std::optional<std::string> language = std::nullopt
			) const& noexcept(false);
			LIBOAI_EXPORT liboai::Response translate(
				const std::filesystem::path& file,
				const std::string& model,
				std::optional<std::string> prompt = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<float> temperature = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse translate_async(
				const std::filesystem::path& file,
				const std::string& model,
				std::optional<std::string> prompt = std::nullopt,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<float> temperature = std::nullopt
			) const& noexcept(false);
			LIBOAI_EXPORT liboai::Response speech(
				const std::string& model,
				const std::string& voice,
				const std::string& input,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<float> speed = std::nullopt
			) const& noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse speech_async(
				const std::string& model,
				const std::string& voice,
				const std::string& input,
				std::optional<std::string> response_format = std::nullopt,
				std::optional<float> speed = std::nullopt
			) const& noexcept(false);
		private:
			Authorization& auth_ = Authorization::Authorizer();
	};
}
