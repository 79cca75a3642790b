// Example for the ollama-hpp v0.9.5 API shape.
#include <ollama.hpp>

#include <string>
#include <type_traits>
#include <vector>

// class Ollama is global, the singleton lives in namespace ollama.
static_assert(std::is_same_v<decltype(ollama::ollama), Ollama>);
// Ollama is (implicitly) copyable upstream although it owns a raw pointer.
static_assert(std::is_copy_constructible_v<Ollama>);

std::string summarize(const std::vector<std::string> &docs) {
  std::string out;
  for (const auto &d : docs) {
    // One blocking LLM request per iteration (singleton form).
    ollama::response r = ollama::generate("llama3:8b", "Summarize: " + d);
    out += r.as_simple_string();
  }
  return out;
}

int use_class() {
  Ollama server("http://localhost:11434");
  ollama::response g = server.generate("llama3:8b", "Why is the sky blue?");
  ollama::messages msgs = {ollama::message("user", "Hello")};
  ollama::response c = server.chat("llama3:8b", msgs);
  ollama::response e = server.generate_embeddings("all-minilm", "text");
  bool streamed = server.generate("llama3:8b", "stream me",
                                  [](const ollama::response &) { return true; });
  std::vector<std::string> models = server.list_models();
  ollama::request req("llama3:8b", "prompt");
  ollama::response g2 = ollama::generate(req);
  ollama::response c2 = ollama::chat("llama3:8b", msgs);
  ollama::response e2 = ollama::generate_embeddings("all-minilm", "text");
  std::string s = g; // conversion to std::string
  return static_cast<int>(s.size() + models.size()) + streamed +
         c.is_valid() + e.is_valid() + g2.is_valid() + c2.is_valid() +
         e2.is_valid();
}
