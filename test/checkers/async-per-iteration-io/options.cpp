// Options: LlmFunctions names the project's LLM client, MinIterations
// raises the trip count left alone, TransitiveDepth 0 stops at helpers.
// Templates are reported once; lambdas that are coroutines are analysed.
// RUN: %check_async_tidy --fix-notes %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.LlmFunctions: 'llm::Client::complete', async-per-iteration-io.MinIterations: 5, async-per-iteration-io.TransitiveDepth: 0, async-per-iteration-io.MaxConcurrency: 4}}" \
// RUN:   -- -isystem %shapes

#include <folly/experimental/coro/Task.h>
#include <string>
#include <vector>

namespace llm {
struct Client {
  folly::coro::Task<std::string> complete(std::string prompt);
};
} // namespace llm

folly::coro::Task<std::vector<std::string>> summaries(llm::Client &client,
                                                      std::vector<std::string> docs) {
  std::vector<std::string> out;
  for (const std::string &doc : docs)
    out.push_back(co_await client.complete("Summarize: " + doc));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: LLM request 'llm::Client::complete' runs once per iteration over 'docs'; send one batched prompt, or run the requests concurrently with a bound [async-per-iteration-io]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES: :[[@LINE-3]]:28: note: send the items in one batched prompt, or run the requests concurrently with at most 4 in flight
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: run the calls concurrently with 'folly::coro::collectAllWindowed'; this starts up to 4 at once
  // CHECK-FIXES: {{^}}  for (auto &&out_value : co_await folly::coro::collectAllWindowed(std::move(out_tasks), 4)){{$}}
  co_return out;
}

// At most MinIterations (5) iterations: left alone.
folly::coro::Task<void> few(llm::Client &client) {
  for (int i = 0; i < 5; ++i)
    co_await client.complete("warm-up");
  for (int i = 0; i <= 5; ++i)
    co_await client.complete("six");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: LLM request 'llm::Client::complete' runs once per iteration over 'i'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: send the items in one batched prompt
}

// TransitiveDepth 0: the helper is not followed.
folly::coro::Task<std::string> summarize(llm::Client &client, std::string doc) {
  co_return co_await client.complete(doc);
}
folly::coro::Task<void> through_helper(llm::Client &client, std::vector<std::string> docs) {
  for (const std::string &doc : docs)
    co_await summarize(client, doc);
}

// A template: reported once for all its instantiations, without a fix
// (its calls are dependent).
template <class Doc>
folly::coro::Task<std::vector<std::string>> generic(llm::Client &client, std::vector<Doc> docs) {
  std::vector<std::string> out;
  for (const Doc &doc : docs)
    out.push_back(co_await client.complete(doc.text));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: LLM request 'llm::Client::complete' runs once per iteration over 'docs'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES: :[[@LINE-3]]:28: note: send the items in one batched prompt
  co_return out;
}
struct Page { std::string text; };
struct Note { std::string text; };
folly::coro::Task<void> use_generic(llm::Client &client) {
  co_await generic(client, std::vector<Page>{});
  co_await generic(client, std::vector<Note>{});
}

// A coroutine lambda is a coroutine of its own.
auto batch_lambda = [](llm::Client &client,
                       std::vector<std::string> docs) -> folly::coro::Task<void> {
  for (const std::string &doc : docs)
    co_await client.complete(doc);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: LLM request 'llm::Client::complete' runs once per iteration over 'docs'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: send the items in one batched prompt
};
