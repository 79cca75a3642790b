// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/components/azure.h
//           (upstream code with its comments stripped; the .cpp is not mirrored)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include "../core/authorization.h"
#include "../core/response.h"
#include "chat.h"
namespace liboai {
	class Azure final : private Network {
		public:
			Azure(const std::string &root): Network(root) {}
			NON_COPYABLE(Azure)
			NON_MOVABLE(Azure)
			~Azure() = default;
			using ChatStreamCallback = std::function<bool(std::string, intptr_t, Conversation&)>;
			using StreamCallback = std::function<bool(std::string, intptr_t)>;
			LIBOAI_EXPORT liboai::Response create_completion(
				const std::string& resource_name,
				const std::string& deployment_id,
				const std::string& api_version,
				std::optional<std::string> prompt = std::nullopt,
				std::optional<std::string> suffix = std::nullopt,
				std::optional<uint16_t> max_tokens = std::nullopt,
				std::optional<float> temperature = std::nullopt,
				std::optional<float> top_p = std::nullopt,
				std::optional<uint16_t> n = std::nullopt,
				std::optional<StreamCallback> stream = std::nullopt,
				std::optional<uint8_t> logprobs = std::nullopt,
				std::optional<bool> echo = std::nullopt,
				std::optional<std::vector<std::string>> stop = std::nullopt,
				std::optional<float> presence_penalty = std::nullopt,
				std::optional<float> frequency_penalty = std::nullopt,
				std::optional<uint16_t> best_of = std::nullopt,
				std::optional<std::unordered_map<std::string, int8_t>> logit_bias = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_completion_async(
				const std::string& resource_name,
				const std::string& deployment_id,
				const std::string& api_version,
				std::optional<std::string> prompt = std::nullopt,
				std::optional<std::string> suffix = std::nullopt,
				std::optional<uint16_t> max_tokens = std::nullopt,
				std::optional<float> temperature = std::nullopt,
				std::optional<float> top_p = std::nullopt,
				std::optional<uint16_t> n = std::nullopt,
				std::optional<StreamCallback> stream = std::nullopt,
				std::optional<uint8_t> logprobs = std::nullopt,
				std::optional<bool> echo = std::nullopt,
				std::optional<std::vector<std::string>> stop = std::nullopt,
				std::optional<float> presence_penalty = std::nullopt,
				std::optional<float> frequency_penalty = std::nullopt,
				std::optional<uint16_t> best_of = std::nullopt,
				std::optional<std::unordered_map<std::string, int8_t>> logit_bias = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response create_embedding(
				const std::string& resource_name,
				const std::string& deployment_id,
				const std::string& api_version,
				const std::string& input,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_embedding_async(
				const std::string& resource_name,
				const std::string& deployment_id,
				const std::string& api_version,
				const std::string& input,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response create_chat_completion(
				const std::string& resource_name,
				const std::string& deployment_id,
				const std::string& api_version,
				Conversation& conversation,
				std::optional<std::string> function_call = std::nullopt,
				std::optional<float> temperature = std::nullopt,
				std::optional<uint16_t> n = std::nullopt,
				std::optional<ChatStreamCallback> stream = std::nullopt,
				std::optional<std::vector<std::string>> stop = std::nullopt,
				std::optional<uint16_t> max_tokens = std::nullopt,
				std::optional<float> presence_penalty = std::nullopt,
				std::optional<float> frequency_penalty = std::nullopt,
				std::optional<std::unordered_map<std::string, int8_t>> logit_bias = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_chat_completion_async(
				const std::string& resource_name,
				const std::string& deployment_id,
				const std::string& api_version,
				Conversation& conversation,
				std::optional<std::string> function_call = std::nullopt,
				std::optional<float> temperature = std::nullopt,
				std::optional<uint16_t> n = std::nullopt,
				std::optional<ChatStreamCallback> stream = std::nullopt,
				std::optional<std::vector<std::string>> stop = std::nullopt,
				std::optional<uint16_t> max_tokens = std::nullopt,
				std::optional<float> presence_penalty = std::nullopt,
				std::optional<float> frequency_penalty = std::nullopt,
				std::optional<std::unordered_map<std::string, int8_t>> logit_bias = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response request_image_generation(
				const std::string& resource_name,
				const std::string& api_version,
				const std::string& prompt,
				std::optional<uint8_t> n = std::nullopt,
				std::optional<std::string> size = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse request_image_generation_async(
				const std::string& resource_name,
				const std::string& api_version,
				const std::string& prompt,
				std::optional<uint8_t> n = std::nullopt,
				std::optional<std::string> size = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response get_generated_image(
				const std::string& resource_name,
				const std::string& api_version,
				const std::string& operation_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse get_generated_image_async(
				const std::string& resource_name,
				const std::string& api_version,
				const std::string& operation_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response delete_generated_image(
				const std::string& resource_name,
				const std::string& api_version,
				const std::string& operation_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse delete_generated_image_async(
				const std::string& resource_name,
				const std::string& api_version,
				const std::string& operation_id
			) const & noexcept(false);
		private:
			Authorization& auth_ = Authorization::Authorizer();
			using StrippedStreamCallback = std::function<bool(std::string, intptr_t)>;
	};
}
