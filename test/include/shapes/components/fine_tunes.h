// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/components/fine_tunes.h
//           (upstream code with its comments stripped; the .cpp is not mirrored)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include "../core/authorization.h"
#include "../core/response.h"
namespace liboai {
	class FineTunes final : private Network {
		public:
			FineTunes(const std::string &root): Network(root) {}
			NON_COPYABLE(FineTunes)
			NON_MOVABLE(FineTunes)
			~FineTunes() = default;
			using StreamCallback = std::function<bool(std::string, intptr_t)>;
			LIBOAI_EXPORT liboai::Response create(
				const std::string& training_file,
				std::optional<std::string> validation_file = std::nullopt,
				std::optional<std::string> model_id = std::nullopt,
				std::optional<uint8_t> n_epochs = std::nullopt,
				std::optional<uint16_t> batch_size = std::nullopt,
				std::optional<float> learning_rate_multiplier = std::nullopt,
				std::optional<float> prompt_loss_weight = std::nullopt,
				std::optional<bool> compute_classification_metrics = std::nullopt,
				std::optional<uint16_t> classification_n_classes = std::nullopt,
				std::optional<std::string> classification_positive_class = std::nullopt,
				std::optional<std::vector<float>> classification_betas = std::nullopt,
				std::optional<std::string> suffix = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_async(
				const std::string& training_file,
				std::optional<std::string> validation_file = std::nullopt,
				std::optional<std::string> model_id = std::nullopt,
				std::optional<uint8_t> n_epochs = std::nullopt,
				std::optional<uint16_t> batch_size = std::nullopt,
				std::optional<float> learning_rate_multiplier = std::nullopt,
				std::optional<float> prompt_loss_weight = std::nullopt,
				std::optional<bool> compute_classification_metrics = std::nullopt,
				std::optional<uint16_t> classification_n_classes = std::nullopt,
				std::optional<std::string> classification_positive_class = std::nullopt,
				std::optional<std::vector<float>> classification_betas = std::nullopt,
				std::optional<std::string> suffix = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response list() const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse list_async() const & noexcept(false);
			LIBOAI_EXPORT liboai::Response retrieve(
				const std::string& fine_tune_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse retrieve_async(
				const std::string& fine_tune_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response cancel(
				const std::string& fine_tune_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse cancel_async(
				const std::string& fine_tune_id
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response list_events(
				const std::string& fine_tune_id,
				std::optional<StreamCallback> stream = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse list_events_async(
				const std::string& fine_tune_id,
				std::optional<StreamCallback> stream = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::Response remove(
				const std::string& model
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse remove_async(
				const std::string& model
			) const & noexcept(false);
		private:
			Authorization& auth_ = Authorization::Authorizer();
	};
}
