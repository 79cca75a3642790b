// Standalone Asio 1.22 (Debian 12's; the asio:: spelling): the warning, and
// no fix — 1.22 has only the variadic make_parallel_group, no ranged one
// (and `deferred` is still experimental). std::transform's lambda is a loop
// body too.
// RUN: %check_async_tidy --fix-notes %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'gateway::post;gateway::post_sync', async-per-iteration-io.MaxConcurrency: 0}}" \
// RUN:   -- -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE

#include <utility>
#include <asio/awaitable.hpp>
#include <asio/use_awaitable.hpp>
#include <algorithm>
#include <string>
#include <vector>

namespace gateway {
asio::awaitable<std::string> post(std::string body);
std::string post_sync(std::string body);
} // namespace gateway

asio::awaitable<std::vector<std::string>> embed_all(std::vector<std::string> chunks) {
  std::vector<std::string> vectors;
  for (auto &chunk : chunks)
    vectors.push_back(co_await gateway::post(chunk));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: HTTP request 'gateway::post' runs once per iteration over 'chunks'; batch the requests, or run them concurrently with a bound [async-per-iteration-io]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: no automatic fix: Asio (standalone) has no catalogued way to await a range of calls at once
  // CHECK-FIXES: {{^}}    vectors.push_back(co_await gateway::post(chunk));{{$}}
  co_return vectors;
}

asio::awaitable<std::vector<std::string>> embed_sync(std::vector<std::string> chunks) {
  std::vector<std::string> vectors(chunks.size());
  std::transform(chunks.begin(), chunks.end(), vectors.begin(),
                 [](const std::string &chunk) { return gateway::post_sync(chunk); });
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: HTTP request 'gateway::post_sync' runs once per iteration over 'chunks'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  co_return vectors;
}
