#include "clients.h"

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <hiredis/hiredis.h>

#include <cstdlib>
#include <future>
#include <iostream>
#include <memory>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using asio::awaitable;
using asio::use_awaitable;
using tcp = asio::ip::tcp;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

namespace gateway {

struct Settings {
    LlmConfig llm;
    std::string redis_host = "127.0.0.1";
    int redis_port = 6379;
    int cache_ttl = 24 * 3600;
};

Settings settings;
std::unique_ptr<RedisCache> cache;
asio::thread_pool llm_pool{16};

template <class F>
awaitable<std::invoke_result_t<F&>> offload(F f) {
    auto home = co_await asio::this_coro::executor;
    co_await asio::post(asio::bind_executor(llm_pool, use_awaitable));
    std::invoke_result_t<F&> result{};
    std::exception_ptr error;
    try {
        result = f();
    } catch (...) {
        error = std::current_exception();
    }
    co_await asio::post(asio::bind_executor(home, use_awaitable));
    if (error) std::rethrow_exception(error);
    co_return result;
}

awaitable<std::string> complete(std::string system, std::string user, double temperature = 0.2) {
    json::array messages{json::object{{"role", "system"}, {"content", system}},
                         json::object{{"role", "user"}, {"content", user}}};
    co_return co_await offload([messages, temperature] { return chat_completion(settings.llm, messages, temperature); });
}

awaitable<std::string> summarize(const std::string& text) {
    co_return co_await complete("Summarize the document in at most five sentences. Plain text only.", text);
}

Response reply(const Request& req, http::status status, const json::value& body) {
    Response res{status, req.version()};
    res.set(http::field::content_type, "application/json");
    res.keep_alive(req.keep_alive());
    res.body() = json::serialize(body);
    res.prepare_payload();
    return res;
}

awaitable<Response> chat(const Request& req) {
    json::object body = json::parse(req.body()).as_object();
    std::map<std::string, std::string> vars;
    if (auto* v = body.if_contains("variables"))
        for (const auto& [k, val] : v->as_object()) vars[std::string(k)] = json::value_to<std::string>(val);
    std::string system = render(load_prompt_template(json::value_to<std::string>(body.at("template"))), vars);
    std::string question = json::value_to<std::string>(body.at("message"));

    std::string key = cache_key("chat", system + '\x1f' + question);
    auto hit = co_await offload([key] { return cache->get(key); });
    if (hit) co_return reply(req, http::status::ok, json::object{{"answer", *hit}, {"cached", true}});
    std::string answer = co_await complete(system, question);
    cache->set(key, answer, settings.cache_ttl);
    co_return reply(req, http::status::ok, json::object{{"answer", answer}, {"cached", false}});
}

awaitable<Response> summarize_documents(const Request& req) {
    json::value body = json::parse(req.body());
    json::array results;
    for (const auto& doc : body.at("documents").as_array()) {
        std::string text = json::value_to<std::string>(doc.at("text"));
        std::string key = cache_key("summary", text);
        std::string summary;
        if (auto hit = cache->get(key)) {
            summary = *hit;
        } else {
            summary = co_await summarize(text);
            cache->set(key, summary, settings.cache_ttl);
        }
        results.push_back(json::object{{"id", doc.at("id")}, {"summary", summary}});
    }
    co_return reply(req, http::status::ok, json::object{{"summaries", std::move(results)}});
}

awaitable<Response> analyze(const Request& req) {
    std::string text = json::value_to<std::string>(json::parse(req.body()).at("text"));
    std::string summary = co_await summarize(text);
    std::string sentiment = co_await complete("Classify the sentiment as positive, negative or neutral. One word.", text, 0.0);
    std::string keywords = co_await complete("List up to ten keywords, comma separated.", text, 0.0);
    co_return reply(req, http::status::ok,
                    json::object{{"summary", summary}, {"sentiment", sentiment}, {"keywords", keywords}});
}

awaitable<Response> embeddings(const Request& req) {
    json::value body = json::parse(req.body());
    json::array vectors;
    for (const auto& input : body.at("input").as_array()) {
        json::array vec;
        for (double x : embed(settings.llm, json::value_to<std::string>(input))) vec.push_back(x);
        vectors.push_back(std::move(vec));
    }
    co_return reply(req, http::status::ok, json::object{{"model", settings.llm.embedding_model}, {"data", vectors}});
}

awaitable<Response> compare_models(const Request& req) {
    json::value body = json::parse(req.body());
    json::array messages{json::object{{"role", "user"}, {"content", body.at("prompt")}}};
    std::vector<std::string> models;
    std::vector<std::future<std::string>> pending;
    for (const auto& m : body.at("models").as_array()) {
        models.push_back(json::value_to<std::string>(m));
        pending.push_back(std::async(std::launch::async, [messages, model = models.back()] {
            return chat_completion(settings.llm, messages, 0.7, model);
        }));
    }
    json::object answers;
    for (std::size_t i = 0; i < pending.size(); ++i) answers[models[i]] = pending[i].get();
    co_return reply(req, http::status::ok, answers);
}

awaitable<Response> refine(const Request& req) {
    std::string task = json::value_to<std::string>(json::parse(req.body()).at("task"));
    std::string draft = co_await complete("You are a careful technical writer.", task, 0.4);
    int rounds = 0;
    for (; rounds < 3; ++rounds) {
        std::string critique = co_await complete(
            "Review the draft. Reply APPROVED if it fully answers the task, otherwise list the problems.",
            "Task:\n" + task + "\n\nDraft:\n" + draft, 0.0);
        if (critique.rfind("APPROVED", 0) == 0) break;
        draft = co_await complete("Rewrite the draft to fix the listed problems.",
                                  "Task:\n" + task + "\n\nDraft:\n" + draft + "\n\nProblems:\n" + critique, 0.4);
    }
    co_return reply(req, http::status::ok, json::object{{"result", draft}, {"revisions", rounds}});
}

awaitable<Response> health(const Request& req) {
    redisContext* c = redisConnectWithTimeout(settings.redis_host.c_str(), settings.redis_port, timeval{1, 0});
    if (c == nullptr || c->err)
        co_return reply(req, http::status::service_unavailable, json::object{{"redis", "down"}});
    auto* pong = static_cast<redisReply*>(redisCommand(c, "PING"));
    bool ok = pong != nullptr && pong->type == REDIS_REPLY_STATUS;
    if (pong) freeReplyObject(pong);
    redisFree(c);
    co_return reply(req, ok ? http::status::ok : http::status::service_unavailable,
                    json::object{{"redis", ok ? "up" : "down"}});
}

awaitable<Response> dispatch(const Request& req) {
    std::string_view target(req.target().data(), req.target().size());
    if (req.method() == http::verb::get && target == "/healthz") co_return co_await health(req);
    if (req.method() != http::verb::post) co_return reply(req, http::status::method_not_allowed, json::object{});
    if (target == "/v1/chat") co_return co_await chat(req);
    if (target == "/v1/summaries") co_return co_await summarize_documents(req);
    if (target == "/v1/analyze") co_return co_await analyze(req);
    if (target == "/v1/embeddings") co_return co_await embeddings(req);
    if (target == "/v1/compare") co_return co_await compare_models(req);
    if (target == "/v1/refine") co_return co_await refine(req);
    co_return reply(req, http::status::not_found, json::object{{"detail", "not found"}});
}

awaitable<void> connection(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    try {
        for (bool keep_alive = true; keep_alive;) {
            stream.expires_after(std::chrono::seconds(120));
            Request req;
            co_await http::async_read(stream, buffer, req, use_awaitable);
            Response res;
            try {
                res = co_await dispatch(req);
            } catch (const UpstreamError& e) {
                res = reply(req, http::status::bad_gateway, json::object{{"detail", e.what()}});
            } catch (const std::exception& e) {
                res = reply(req, http::status::bad_request, json::object{{"detail", e.what()}});
            }
            keep_alive = res.keep_alive();
            co_await http::async_write(stream, res, use_awaitable);
        }
    } catch (const boost::system::system_error&) {
    }
}

}  // namespace gateway

int main(int argc, char** argv) {
    if (const char* key = std::getenv("OPENAI_API_KEY")) gateway::settings.llm.api_key = key;
    if (const char* url = std::getenv("OPENAI_BASE_URL")) gateway::settings.llm.base_url = url;
    if (const char* host = std::getenv("REDIS_HOST")) gateway::settings.redis_host = host;
    gateway::cache = std::make_unique<gateway::RedisCache>(gateway::settings.redis_host, gateway::settings.redis_port);
    unsigned short port = argc > 1 ? static_cast<unsigned short>(std::atoi(argv[1])) : 8003;

    asio::io_context ioc;
    asio::co_spawn(ioc, [port]() -> awaitable<void> {
        auto ex = co_await asio::this_coro::executor;
        tcp::acceptor acceptor(ex, {tcp::v4(), port});
        for (;;) asio::co_spawn(ex, gateway::connection(co_await acceptor.async_accept(use_awaitable)), asio::detached);
    }, asio::detached);
    ioc.run();
    gateway::llm_pool.join();
}
