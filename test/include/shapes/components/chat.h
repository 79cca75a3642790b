// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/components/chat.h
//           (upstream code with its comments stripped; the .cpp is not mirrored)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include "../core/authorization.h"
#include "../core/response.h"
#include <limits>
namespace liboai {
	class Functions final {
		public:
			Functions();
			Functions(const Functions& other);
			Functions(Functions&& old) noexcept;
			template <class... _Fname,
				std::enable_if_t<std::conjunction_v<std::is_convertible<_Fname, std::string_view>...>, int> = 0>
			Functions(_Fname... function_names) { auto result = this->AddFunctions(function_names...); }
			~Functions() = default;
			Functions& operator=(const Functions& other);
			Functions& operator=(Functions&& old) noexcept;
			struct FunctionParameter {
				FunctionParameter() = default;
				FunctionParameter(
					std::string_view name,
					std::string_view type,
					std::string_view description,
					std::optional<std::vector<std::string>> enumeration = std::nullopt
				) : name(name), type(type), description(description), enumeration(enumeration) {}
				FunctionParameter(const FunctionParameter& other) = default;
				FunctionParameter(FunctionParameter&& old) noexcept = default;
				~FunctionParameter() = default;
				FunctionParameter& operator=(const FunctionParameter& other) = default;
				FunctionParameter& operator=(FunctionParameter&& old) noexcept = default;
				std::string name;
				std::string type;
				std::string description;
				std::optional<std::vector<std::string>> enumeration;
			};
			[[nodiscard]]
			LIBOAI_EXPORT bool AddFunction(std::string_view function_name) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AddFunctions(std::initializer_list<std::string_view> function_names) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AddFunctions(std::vector<std::string> function_names) & noexcept(false);
			template <class... _Fnames,
				std::enable_if_t<std::conjunction_v<std::is_convertible<_Fnames, std::string_view>...>, int> = 0>
			[[nodiscard]] bool AddFunctions(_Fnames... function_names) & noexcept(false) {
				return this->AddFunctions({ function_names... });
			}
			[[nodiscard]]
			LIBOAI_EXPORT bool PopFunction(std::string_view function_name) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool PopFunctions(std::initializer_list<std::string_view> function_names) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool PopFunctions(std::vector<std::string> function_names) & noexcept(false);
			template <class... _Fnames,
				std::enable_if_t<std::conjunction_v<std::is_convertible<_Fnames, std::string_view>...>, int> = 0>
			[[nodiscard]] bool PopFunctions(_Fnames... function_names) & noexcept(false) {
				return this->PopFunctions({ function_names... });
			}
			[[nodiscard]]
			LIBOAI_EXPORT bool SetDescription(std::string_view target, std::string_view description) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool PopDescription(std::string_view target) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool SetRequired(std::string_view target, std::initializer_list<std::string_view> params) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool SetRequired(std::string_view target, std::vector<std::string> params) & noexcept(false);
			template <class... _Rp,
				std::enable_if_t<std::conjunction_v<std::is_convertible<_Rp, std::string_view>...>, int> = 0>
			[[nodiscard]] bool SetRequired(std::string_view target, _Rp... params) & noexcept(false) {
				return SetRequired(target, { params... });
			}
			[[nodiscard]]
			LIBOAI_EXPORT bool PopRequired(std::string_view target) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AppendRequired(std::string_view target, std::string_view param) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AppendRequired(std::string_view target, std::initializer_list<std::string_view> params) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AppendRequired(std::string_view target, std::vector<std::string> params) & noexcept(false);
			template <class... _Rp,
				std::enable_if_t<std::conjunction_v<std::is_convertible<_Rp, std::string_view>...>, int> = 0>
			[[nodiscard]] bool AppendRequired(std::string_view target, _Rp... params) & noexcept(false) {
				return AppendRequired(target, { params... });
			}
			[[nodiscard]]
			LIBOAI_EXPORT bool SetParameter(std::string_view target, FunctionParameter parameter) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool SetParameters(std::string_view target, std::initializer_list<FunctionParameter> parameters) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool SetParameters(std::string_view target, std::vector<FunctionParameter> parameters) & noexcept(false);
			template <class... _Fp,
				std::enable_if_t<std::conjunction_v<std::is_same<_Fp, FunctionParameter>...>, int> = 0>
			[[nodiscard]] bool SetParameters(std::string_view target, _Fp... parameters) & noexcept(false) {
				return SetParameters(target, { parameters... });
			}
			[[nodiscard]]
			LIBOAI_EXPORT bool PopParameters(std::string_view target) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool PopParameters(std::string_view target, std::initializer_list<std::string_view> param_names) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool PopParameters(std::string_view target, std::vector<std::string> param_names) & noexcept(false);
			template <class... _Pname,
				std::enable_if_t<std::conjunction_v<std::is_convertible<_Pname, std::string_view>...>, int> = 0>
			[[nodiscard]] bool PopParameters(std::string_view target, _Pname... param_names) & noexcept(false) {
				return PopParameters(target, { param_names... });
			}
			[[nodiscard]]
			LIBOAI_EXPORT bool AppendParameter(std::string_view target, FunctionParameter parameter) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AppendParameters(std::string_view target, std::initializer_list<FunctionParameter> parameters) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AppendParameters(std::string_view target, std::vector<FunctionParameter> parameters) & noexcept(false);
			template <class... _Fp,
				std::enable_if_t<std::conjunction_v<std::is_same<_Fp, FunctionParameter>...>, int> = 0>
			[[nodiscard]] bool AppendParameters(std::string_view target, _Fp... parameters) & noexcept(false) {
				return AppendParameters(target, { parameters... });
			}
			LIBOAI_EXPORT const nlohmann::json& GetJSON() const & noexcept;
		private:
			using index = std::size_t;
			[[nodiscard]] index GetFunctionIndex(std::string_view function_name) const & noexcept(false);
			nlohmann::json _functions;
	};
	class Conversation final {
		public:
			Conversation();
			Conversation(const Conversation& other);
			Conversation(Conversation&& old) noexcept;
			Conversation(std::string_view system_data);
			Conversation(std::string_view system_data, std::string_view user_data);
			Conversation(std::string_view system_data, std::initializer_list<std::string_view> user_data);
			Conversation(std::initializer_list<std::string_view> user_data);
			explicit Conversation(const std::vector<std::string>& user_data);
			~Conversation() = default;
			Conversation& operator=(const Conversation& other);
			Conversation& operator=(Conversation&& old) noexcept;
			friend std::ostream& operator<<(std::ostream& os, const Conversation& conv);
			[[nodiscard]]
			LIBOAI_EXPORT bool ChangeFirstSystemMessage(std::string_view new_data) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool SetSystemData(std::string_view data) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool PopSystemData() & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AddUserData(std::string_view data) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AddUserData(
				std::string_view data,
				std::string_view name
			) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool PopUserData() & noexcept(false);
			LIBOAI_EXPORT std::string GetLastResponse() const & noexcept;
			[[nodiscard]]
			LIBOAI_EXPORT bool LastResponseIsFunctionCall() const & noexcept;
			[[nodiscard]]
			LIBOAI_EXPORT std::string GetLastFunctionCallName() const & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT std::string GetLastFunctionCallArguments() const & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool PopLastResponse() & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool Update(std::string_view history) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool Update(const Response& response) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT std::string Export() const & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool Import(std::string_view json) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AppendStreamData(std::string data) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool AppendStreamData(std::string data, std::string& delta, bool& completed) & noexcept(false);
			[[nodiscard]]
			LIBOAI_EXPORT bool SetFunctions(Functions functions) & noexcept(false);
			LIBOAI_EXPORT void PopFunctions() & noexcept(false);
			LIBOAI_EXPORT std::string GetRawConversation() const & noexcept;
			LIBOAI_EXPORT const nlohmann::json& GetJSON() const & noexcept;
			LIBOAI_EXPORT std::string GetRawFunctions() const & noexcept;
			LIBOAI_EXPORT const nlohmann::json& GetFunctionsJSON() const & noexcept;
			[[nodiscard]] constexpr bool HasFunctions() const & noexcept { return this->_functions ? true : false; }
			void SetMaxHistorySize(size_t size) noexcept { _max_history_size = size; }
		private:
			friend class ChatCompletion; friend class Azure;
			[[nodiscard]] std::vector<std::string> SplitStreamedData(std::string data) const noexcept(false);
			void RemoveStrings(std::string& s, std::string_view p) const noexcept(false);
			void EraseExtra();
			[[nodiscard]] std::vector<std::string> SplitFullStreamedData(std::string data) const noexcept(false);
			bool ParseStreamData(std::string data, std::string& delta, bool& completed);
			nlohmann::json _conversation;
			std::optional<nlohmann::json> _functions = std::nullopt;
			bool _last_resp_is_fc = false;
			std::string _last_incomplete_buffer;
			size_t _max_history_size = std::numeric_limits<size_t>::max();
	};
	class ChatCompletion final : private Network {
		public:
			ChatCompletion(const std::string &root): Network(root) {}
			NON_COPYABLE(ChatCompletion)
			NON_MOVABLE(ChatCompletion)
			~ChatCompletion() = default;
			using ChatStreamCallback = std::function<bool(std::string, intptr_t, Conversation&)>;
			LIBOAI_EXPORT liboai::Response create(
				const std::string& model,
				Conversation& conversation,
				std::optional<std::string> function_call = std::nullopt,
				std::optional<float> temperature = std::nullopt,
				std::optional<float> top_p = std::nullopt,
				std::optional<uint16_t> n = std::nullopt,
				std::optional<ChatStreamCallback> stream = std::nullopt,
				std::optional<std::vector<std::string>> stop = std::nullopt,
				std::optional<uint16_t> max_tokens = std::nullopt,
				std::optional<float> presence_penalty = std::nullopt,
				std::optional<float> frequency_penalty = std::nullopt,
				std::optional<std::unordered_map<std::string, int8_t>> logit_bias = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
			LIBOAI_EXPORT liboai::FutureResponse create_async(
				const std::string& model,
				Conversation& conversation,
				std::optional<std::string> function_call = std::nullopt,
				std::optional<float> temperature = std::nullopt,
				std::optional<float> top_p = std::nullopt,
				std::optional<uint16_t> n = std::nullopt,
				std::optional<ChatStreamCallback> stream = std::nullopt,
				std::optional<std::vector<std::string>> stop = std::nullopt,
				std::optional<uint16_t> max_tokens = std::nullopt,
				std::optional<float> presence_penalty = std::nullopt,
				std::optional<float> frequency_penalty = std::nullopt,
				std::optional<std::unordered_map<std::string, int8_t>> logit_bias = std::nullopt,
				std::optional<std::string> user = std::nullopt
			) const & noexcept(false);
		private:
			Authorization& auth_ = Authorization::Authorizer();
			using StrippedStreamCallback = std::function<bool(std::string, intptr_t)>;
	};
}
