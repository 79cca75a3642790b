// Example for the liboai (D7EAD) API shape.
#include "liboai.h"

#include <future>
#include <string>
#include <type_traits>
#include <vector>

static_assert(std::is_same_v<liboai::FutureResponse, std::future<liboai::Response>>);
static_assert(!std::is_copy_constructible_v<liboai::OpenAI>);

std::vector<std::string> answer_all(const std::vector<std::string>& questions) {
  liboai::OpenAI oai;
  if (!oai.auth.SetKeyEnv("OPENAI_API_KEY")) return {};
  std::vector<std::string> out;
  for (const auto& q : questions) {
    liboai::Conversation convo;
    (void)convo.AddUserData(q);
    // One blocking LLM request per iteration.
    liboai::Response r = oai.ChatCompletion->create("gpt-3.5-turbo", convo);
    (void)convo.Update(r);
    out.push_back(convo.GetLastResponse());
  }
  return out;
}

int use_others() {
  liboai::OpenAI oai;
  liboai::Response c = oai.Completion->create("text-davinci-003", "Say this is a test");
  liboai::Response e = oai.Embedding->create("text-embedding-ada-002", "The food was delicious");
  liboai::Response i = oai.Image->create("a cat");
  liboai::Response m = oai.Moderation->create("some text");
  liboai::Conversation convo("You are helpful", "Hi");
  liboai::FutureResponse fut = oai.ChatCompletion->create_async("gpt-3.5-turbo", convo);
  fut.wait();                       // blocks (std::future::wait)
  liboai::Response a = fut.get();   // blocks (std::future::get)
  return static_cast<int>(c.status_code + e.status_code + i.status_code + m.status_code + a.status_code) +
         static_cast<int>(a["choices"].size());
}
