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

// Negatives.

// A pipeline: the second request reads the first answer.
drogon::Task<std::string> pipeline(std::string text) {
  auto summary = ollama::generate("llama3", "Summarize: " + text).as_simple_string();
  auto title = ollama::generate("llama3", "A title for: " + summary + " from " + text);
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
  for (const auto &style : styles)
    ollama::generate("llama3", "Rewrite as " + style + ": " + text);
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

// The input changes in between: a conversation, not one input.
drogon::Task<void> changingInput(std::string text) {
  ollama::generate("llama3", "Summarize: " + text);
  text = "Now shorter";
  ollama::generate("llama3", "Summarize: " + text);
  co_return;
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
