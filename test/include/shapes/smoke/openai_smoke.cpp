// Example for the openai-cpp (olrea) API shape.
#include "openai.hpp"

#include <string>
#include <type_traits>
#include <vector>

static_assert(!std::is_copy_constructible_v<openai::OpenAI>);
static_assert(std::is_same_v<decltype(openai::chat()), openai::_detail::CategoryChat&>);

std::vector<std::string> classify(const std::vector<std::string>& texts) {
    openai::start("sk-test");
    std::vector<std::string> out;
    for (const auto& t : texts) {
        // One blocking LLM request per iteration.
        auto chat = openai::chat().create(openai::Json{
            {"model", "gpt-3.5-turbo"},
            {"messages", openai::Json::array({{{"role", "user"}, {"content", t}}})}});
        out.push_back(chat["choices"][0]["message"]["content"].get<std::string>());
    }
    return out;
}

int use_instance() {
    openai::OpenAI oai{"sk-test"};
    auto c = oai.completion.create(R"({"model":"text-davinci-003","prompt":"Say this is a test"})"_json);
    auto e = oai.embedding.create({{"model", "text-embedding-ada-002"}, {"input", "x"}});
    auto m = oai.model.list();
    auto raw = oai.post("chat/completions", openai::Json{{"model", "gpt-4"}});
    auto i = openai::image().create({{"prompt", "a cat"}});
    auto mod = openai::moderation().create({{"input", "x"}});
    auto g = openai::get("models");
    return static_cast<int>(c.size() + e.size() + m.size() + raw.size() + i.size() + mod.size() + g.size());
}
