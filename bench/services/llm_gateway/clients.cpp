#include "clients.h"

#include <curl/curl.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

namespace json = boost::json;

namespace gateway {

namespace {

size_t append_body(char* data, size_t size, size_t nmemb, void* userdata) {
    static_cast<std::string*>(userdata)->append(data, size * nmemb);
    return size * nmemb;
}

}  // namespace

std::string post_json(const std::string& url, const std::string& body, const std::string& api_key, long timeout) {
    CURL* curl = curl_easy_init();
    if (!curl) throw std::runtime_error("curl_easy_init failed");
    std::string auth = "Authorization: Bearer " + api_key;
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, auth.c_str());

    std::string response;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);

    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        throw std::runtime_error(std::string("LLM request failed: ") + curl_easy_strerror(rc));
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(curl);
    if (status >= 400) throw UpstreamError(status, response.substr(0, 500));
    return response;
}

std::string chat_completion(const LlmConfig& cfg, const json::array& messages, double temperature,
                            const std::string& model) {
    json::object payload{{"model", model.empty() ? cfg.chat_model : model},
                         {"messages", messages},
                         {"temperature", temperature}};
    std::string body = json::serialize(payload);
    for (int attempt = 0;; ++attempt) {
        try {
            json::value reply = json::parse(post_json(cfg.base_url + "/chat/completions", body, cfg.api_key,
                                                      cfg.timeout_seconds));
            return json::value_to<std::string>(reply.at("choices").at(0).at("message").at("content"));
        } catch (const UpstreamError& e) {
            if ((e.status != 429 && e.status < 500) || attempt == 3) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(500) * (1 << attempt));
        }
    }
}

std::vector<double> embed(const LlmConfig& cfg, const std::string& text) {
    json::object payload{{"model", cfg.embedding_model}, {"input", text}};
    json::value reply = json::parse(
        post_json(cfg.base_url + "/embeddings", json::serialize(payload), cfg.api_key, cfg.timeout_seconds));
    std::vector<double> vec;
    for (const auto& x : reply.at("data").at(0).at("embedding").as_array()) vec.push_back(x.to_number<double>());
    return vec;
}

RedisCache::RedisCache(const std::string& host, int port) {
    ctx_ = redisConnectWithTimeout(host.c_str(), port, timeval{2, 0});
    if (ctx_ == nullptr || ctx_->err) {
        std::string err = ctx_ ? ctx_->errstr : "cannot allocate redis context";
        if (ctx_) redisFree(ctx_);
        throw std::runtime_error("redis: " + err);
    }
}

RedisCache::~RedisCache() {
    if (ctx_) redisFree(ctx_);
}

std::optional<std::string> RedisCache::get(const std::string& key) {
    std::lock_guard lock(mu_);
    auto* reply = static_cast<redisReply*>(redisCommand(ctx_, "GET %b", key.data(), key.size()));
    if (reply == nullptr) throw std::runtime_error(std::string("redis GET: ") + ctx_->errstr);
    if (reply->type != REDIS_REPLY_STRING) return std::nullopt;
    std::string value(reply->str, reply->len);
    freeReplyObject(reply);
    return value;
}

void RedisCache::set(const std::string& key, const std::string& value, int ttl_seconds) {
    std::lock_guard lock(mu_);
    auto* reply = static_cast<redisReply*>(
        redisCommand(ctx_, "SET %b %b EX %d", key.data(), key.size(), value.data(), value.size(), ttl_seconds));
    if (reply == nullptr) throw std::runtime_error(std::string("redis SET: ") + ctx_->errstr);
    freeReplyObject(reply);
}

// Templates live in prompts/<name>.txt and use {{variable}} placeholders.
std::string load_prompt_template(const std::string& name) {
    std::ifstream in("prompts/" + name + ".txt");
    if (!in) throw std::runtime_error("unknown prompt template: " + name);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string render(std::string tmpl, const std::map<std::string, std::string>& vars) {
    for (const auto& [name, value] : vars) {
        const std::string placeholder = "{{" + name + "}}";
        for (auto pos = tmpl.find(placeholder); pos != std::string::npos; pos = tmpl.find(placeholder, pos + value.size()))
            tmpl.replace(pos, placeholder.size(), value);
    }
    return tmpl;
}

std::string cache_key(std::string_view prefix, std::string_view payload) {
    std::ostringstream key;
    key << "llm:" << prefix << ':' << std::hex << std::hash<std::string_view>{}(payload);
    return key.str();
}

}  // namespace gateway
