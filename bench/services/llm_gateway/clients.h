#pragma once

#include <boost/json.hpp>
#include <hiredis/hiredis.h>

#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace gateway {

// OpenAI-compatible API; base_url may also point at a LiteLLM or vLLM proxy.
struct LlmConfig {
    std::string base_url = "https://api.openai.com/v1";
    std::string api_key;
    std::string chat_model = "gpt-4o-mini";
    std::string embedding_model = "text-embedding-3-small";
    long timeout_seconds = 60;
};

struct UpstreamError : std::runtime_error {
    UpstreamError(long status, const std::string& body)
        : std::runtime_error("upstream HTTP " + std::to_string(status) + ": " + body), status(status) {}
    long status;
};

std::string post_json(const std::string& url, const std::string& body, const std::string& api_key, long timeout);
std::string chat_completion(const LlmConfig& cfg, const boost::json::array& messages, double temperature = 0.2,
                            const std::string& model = {});
std::vector<double> embed(const LlmConfig& cfg, const std::string& text);

class RedisCache {
public:
    RedisCache(const std::string& host, int port);
    ~RedisCache();
    std::optional<std::string> get(const std::string& key);
    void set(const std::string& key, const std::string& value, int ttl_seconds);

private:
    redisContext* ctx_ = nullptr;
    std::mutex mu_;
};

std::string load_prompt_template(const std::string& name);
std::string render(std::string tmpl, const std::map<std::string, std::string>& vars);
std::string cache_key(std::string_view prefix, std::string_view payload);

}  // namespace gateway
