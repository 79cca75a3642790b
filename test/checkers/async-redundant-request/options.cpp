// The options: the project's own LLM and database functions (LlmFunctions,
// DatabaseFunctions), a cache in front of a client (CacheTypes), and how
// many LLM requests over one input make a finding (MinLlmRequests).
// RUN: %check_async_tidy --fix-notes %s async-redundant-request %t -- \
// RUN:   -config="{CheckOptions: {async-redundant-request.LlmFunctions: 'Gateway::complete;Gateway::completeOwned;Gateway::completeWith', \
// RUN:     async-redundant-request.DatabaseFunctions: 'query', \
// RUN:     async-redundant-request.CacheTypes: 'CachedGateway', \
// RUN:     async-redundant-request.MinLlmRequests: 3}}" \
// RUN:   -- -isystem %shapes -std=c++20

#include <drogon/utils/coroutine.h>
#include <memory>
#include <string>
#include <vector>

struct Gateway {
  drogon::Task<std::string> complete(const std::string &prompt);
  drogon::Task<std::unique_ptr<std::string>> completeOwned(const std::string &prompt);
  drogon::Task<std::string> completeWith(const std::string &model, const std::string &prompt);
};
struct CachedGateway : Gateway {};

drogon::Task<std::vector<std::string>> query(const char *sql);

// The same prompt per element gives each its own answer (sampling): an
// LLM request in a loop is left alone.
drogon::Task<std::string> ownGateway(Gateway &llm, std::vector<std::string> docs) {
  std::string all;
  for (const auto &doc : docs) {
    auto nickname = co_await llm.complete("Invent a fun nickname.");
    all += nickname + doc;
  }
  co_return all;
}

// Two requests over one input are fewer than MinLlmRequests (3); three are
// not.
drogon::Task<std::string> twoOverOneInput(Gateway &llm, std::string text) {
  auto summary = co_await llm.complete("Summarize: " + text);
  auto mood = co_await llm.complete("Sentiment of: " + text);
  co_return summary + mood;
}
drogon::Task<std::string> threeOverOneInput(Gateway &llm, std::string text) {
  auto summary = co_await llm.complete("Summarize: " + text);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 3 LLM requests send 'text' with different instructions
  // CHECK-MESSAGES: :[[@LINE+3]]:24: note: another request over 'text'
  // CHECK-MESSAGES: :[[@LINE+3]]:24: note: another request over 'text'
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: no automatic fix: merge the instructions
  auto mood = co_await llm.complete("Sentiment of: " + text);
  auto tags = co_await llm.complete("Keywords of: " + text);
  co_return summary + mood + tags;
}

drogon::Task<size_t> ownQuery(std::vector<int> ids) {
  size_t n = 0;
  for (int id : ids) {
    auto names = co_await query("SELECT name FROM tags");
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: database query 'query' asks the same on every iteration over 'ids'
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-MESSAGES: :[[@LINE-3]]:27: note: make the request once, before the loop
    n += names.size() + id;
  }
  co_return n;
}
// CHECK-FIXES: auto names = co_await query("SELECT name FROM tags");
// CHECK-FIXES-NEXT: for (int id : ids) {

// Through the project's own function every argument may be the prompt;
// the request to another model (a comparison) is not one of the questions.
drogon::Task<std::string> compareModels(Gateway &llm, std::string text, std::string a,
                                        std::string b) {
  auto first = co_await llm.completeWith(a, "Summarize: " + text);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 3 LLM requests send 'text' with different instructions
  // CHECK-MESSAGES: :[[@LINE+4]]:25: note: another request over 'text'
  // CHECK-MESSAGES: :[[@LINE+4]]:26: note: another request over 'text'
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: no automatic fix: merge the instructions
  auto other = co_await llm.completeWith(b, "Summarize: " + text);
  auto third = co_await llm.completeWith(a, "Keywords of: " + text);
  auto fourth = co_await llm.completeWith(a, "Sentiment of: " + text);
  co_return first + other + third + fourth;
}

// A cache in front of the client answers repeats itself.
drogon::Task<std::string> throughCache(CachedGateway &llm, std::string q) {
  auto a = co_await llm.complete(q);
  std::string first = a;
  auto b = co_await llm.complete(q);
  co_return first + b;
}

// A result that only moves cannot be reused by copying.
drogon::Task<void> moveOnly(Gateway &llm, std::string q) {
  auto a = co_await llm.completeOwned(q);
  auto b = co_await llm.completeOwned(q);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: LLM request 'Gateway::completeOwned' asks again what an earlier request asked
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: the first request
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: no automatic fix: the first result cannot be copied
  co_return;
}
