// (c) Several LLM requests that each embed one input in different
// instructions (ollama-hpp's shape header), and the requests that are not
// that: a pipeline (one reads what another answered), requests on
// different paths or in a loop, an input that changes in between, prompts
// that share only the model's name.
// RUN: %check_async_tidy %s async-redundant-request %t -- -- -isystem %shapes -std=c++20

#include <drogon/utils/coroutine.h>
#include <fmt/format.h>
#include <ollama.hpp>
#include <string>
#include <vector>

struct Analysis {
  std::string summary, sentiment, keywords;
};

// The performance guide's example, ported.
drogon::Task<Analysis> analyze(std::string text) {
  Analysis out;
  out.summary = ollama::generate("llama3", "Summarize: " + text).as_simple_string();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 3 LLM requests send 'text' with different instructions; ask for all the answers in one structured request [async-redundant-request]
  // CHECK-MESSAGES: :[[@LINE+3]]:19: note: another request over 'text'
  // CHECK-MESSAGES: :[[@LINE+3]]:18: note: another request over 'text'
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: no automatic fix: merge the instructions into one prompt that asks for one field per answer (JSON), and read each answer from the reply
  out.sentiment = ollama::generate("llama3", "Analyze sentiment: " + text).as_simple_string();
  out.keywords = ollama::generate("llama3", "Extract keywords: " + text).as_simple_string();
  co_return out;
}

// Prompts built in locals first, with fmt::format.
drogon::Task<std::string> viaLocals(const std::string &review) {
  std::string summarize = fmt::format("Summarize this review: {}", review);
  std::string score = fmt::format("Score this review from 1 to 5: {}", review);
  auto summary = ollama::generate("llama3", summarize);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 2 LLM requests send 'review' with different instructions
  // CHECK-MESSAGES: :[[@LINE+2]]:16: note: another request over 'review'
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: no automatic fix: merge the instructions
  auto stars = ollama::generate("llama3", score);
  co_return summary.as_simple_string() + stars.as_simple_string();
}

// fmt::format written in the argument itself.
drogon::Task<std::string> formatted(std::string text) {
  auto a = ollama::generate("llama3", fmt::format("Summarize: {}", text));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 2 LLM requests send 'text' with different instructions
  // CHECK-MESSAGES: :[[@LINE+2]]:12: note: another request over 'text'
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no automatic fix: merge the instructions
  auto b = ollama::generate("llama3", fmt::format("Sentiment of: {}", text));
  co_return a.as_simple_string() + b.as_simple_string();
}

// Negatives.

// A pipeline: the second request reads the first answer (both embed only
// 'text'; the answer comes through a call).
drogon::Task<std::string> pipeline(std::string text) {
  auto summary = ollama::generate("llama3", "Summarize: " + text).as_simple_string();
  auto title = ollama::generate("llama3", "A title for: " + text + summary.substr(0, 100));
  co_return title.as_simple_string();
}

// The same, through a prompt local that takes the answer after it is made.
drogon::Task<std::string> pipelineThroughLocal(std::string text) {
  std::string ask = "Translate into French: " + text;
  auto summary = ollama::generate("llama3", "Summarize: " + text).as_simple_string();
  ask += summary;
  co_return ollama::generate("llama3", ask).as_simple_string();
}

// On different paths, or in a loop: one request per run, not several.
drogon::Task<std::string> onePerPath(std::string text, bool brief) {
  if (brief)
    co_return ollama::generate("llama3", "Summarize: " + text).as_simple_string();
  co_return ollama::generate("llama3", "Explain in detail: " + text).as_simple_string();
}
drogon::Task<void> inLoop(std::vector<std::string> styles, std::string text) {
  for (const auto &style : styles) {
    ollama::generate("llama3", "Summarize: " + text);
    ollama::generate("llama3", "Rewrite as " + style + ": " + text);
  }
  co_return;
}

// A moderation check that may end the handler before the answer: the
// second request runs only on the first's verdict.
drogon::Task<std::string> moderated(std::string message) {
  auto verdict = ollama::generate("llama3", "Is this message harmful? " + message);
  if (verdict.as_simple_string() == "yes")
    co_return "refused";
  co_return ollama::generate("llama3", "Answer: " + message).as_simple_string();
}

// Pipelines that pass the answer outside the prompt, as the context of the
// next request or as the model chosen from it (the other arguments differ),
// or through a pointer (unknown).
struct Context {
  std::string summary;
};
drogon::Task<std::string> answerOutsidePrompt(std::string text, std::string q, Context *ctx) {
  auto first = ollama::generate("llama3", "Summarize: " + text);
  auto second = ollama::generate("llama3", "Now list the keywords of: " + text, first);
  std::string model = "llama3";
  auto kind = ollama::generate("llama3", "Classify as code or chat: " + q).as_simple_string();
  if (kind == "code")
    model = "codellama";
  auto answer = ollama::generate(model, "Answer: " + q);
  ctx->summary = ollama::generate("llama3", "Summarize: " + q).as_simple_string();
  auto title = ollama::generate("llama3", "Title for " + ctx->summary + " of " + q);
  co_return second.as_simple_string() + answer.as_simple_string() + title.as_simple_string();
}

// A gate through a helper that reads the first answer (and throws), and
// one request per case of a switch.
void ensureSafe(const ollama::response &);
enum class Task { Summarize, Translate };
drogon::Task<std::string> gates(std::string message, Task task) {
  auto verdict = ollama::generate("llama3", "Is this message harmful? " + message);
  ensureSafe(verdict);
  auto reply = ollama::generate("llama3", "Answer the user: " + message);
  switch (task) {
  case Task::Summarize:
    co_return ollama::generate("llama3", "Summarize: " + message).as_simple_string();
  case Task::Translate:
    co_return ollama::generate("llama3", "Translate into French: " + message).as_simple_string();
  }
  co_return reply.as_simple_string();
}

// Not questions that one request could answer: two models compared on one
// instruction, an embedding beside a completion, prompts that share one
// variable but not their inputs.
drogon::Task<void> notOneRequest(std::string text, std::string lang, std::string title,
                                 std::string body) {
  ollama::generate("llama3", "Summarize: " + text);
  ollama::generate("mistral", "Summarize: " + text);
  ollama::generate_embeddings("nomic-embed-text", "search_document: " + text);
  ollama::generate("llama3", "Translate into " + lang + ": " + title);
  ollama::generate("llama3", "Translate into " + lang + ": " + body);
  co_return;
}

// Two shared inputs are named together.
drogon::Task<std::string> twoInputs(std::string text, std::string reader) {
  auto s = ollama::generate("llama3", "Summarize " + text + " for " + reader);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 2 LLM requests send 'text' and 'reader' with different instructions
  // CHECK-MESSAGES: :[[@LINE+2]]:12: note: another request over 'text' and 'reader'
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no automatic fix: merge the instructions
  auto k = ollama::generate("llama3", "List the keywords of " + text + " for " + reader);
  co_return s.as_simple_string() + k.as_simple_string();
}

// The input changes in between: a conversation, not one input.
drogon::Task<void> changingInput(std::string text) {
  ollama::generate("llama3", "Summarize: " + text);
  text = "Now shorter";
  ollama::generate("llama3", "List the keywords of: " + text);
  co_return;
}

// A gate through an answer kept in a member, and two requests in one
// expression.
struct Reply {
  std::string summary, answer;
};
void ensureSafe(const std::string &);
drogon::Task<std::string> gateThroughMember(std::string message) {
  Reply out;
  out.summary = ollama::generate("llama3", "Summarize: " + message).as_simple_string();
  ensureSafe(out.summary);
  out.answer = ollama::generate("llama3", "Answer: " + message).as_simple_string();
  co_return fmt::format("{}\n{}",
                        ollama::generate("llama3", "Summarize: " + message).as_simple_string(),
                        ollama::generate("llama3", "Keywords of: " + message).as_simple_string());
}

// Two different inputs with the same instruction, and a model name that
// every request shares: not one input.
drogon::Task<void> differentInputs(std::string model, std::string a, std::string b) {
  ollama::generate(model, "Summarize: " + a);
  ollama::generate(model, "Summarize: " + b);
  co_return;
}

// The input passed whole, with no instructions joined to it: the requests
// may be a retry or a comparison of models.
drogon::Task<void> wholeInput(std::string question) {
  ollama::generate("llama3", question);
  ollama::generate("mistral", question);
  co_return;
}
