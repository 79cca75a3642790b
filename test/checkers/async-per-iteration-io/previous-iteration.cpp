// A request that reads what the previous iteration received cannot be
// batched: following redirects, an LLM agent's turns that carry the tool
// results, a pagination cursor. A request object refilled from the loop's
// own element, or a value that was not awaited, is still per-iteration.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'api::fetch;api::send', async-per-iteration-io.LlmFunctions: 'api::complete'}}" -- -isystem %shapes

#include <cppcoro/task.hpp>
#include <string>
#include <vector>

namespace api {
struct Response {
  int status;
  std::string location;
  std::string body;
};
struct Request {
  std::string url;
  int id;
};
cppcoro::task<Response> fetch(std::string url);
cppcoro::task<Response> send(Request request);
cppcoro::task<std::string> complete(std::vector<std::string> messages);
} // namespace api

cppcoro::task<std::string> follow_redirects(std::string url) {
  for (int hop = 0; hop < 5; ++hop) {
    api::Response response = co_await api::fetch(url);
    if (response.status != 301)
      co_return response.body;
    url = response.location;
  }
  co_return "";
}

cppcoro::task<std::string> agent(std::vector<std::string> messages, int turns) {
  std::string answer;
  for (int turn = 0; turn < turns; ++turn) {
    answer = co_await api::complete(messages);
    messages.push_back(answer);
  }
  co_return answer;
}

cppcoro::task<int> reuses_a_request(std::vector<int> ids) {
  api::Request request{"https://example.com/items", 0};
  int ok = 0;
  for (int id : ids) {
    request.id = id;
    ok += (co_await api::send(request)).status == 200;
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: HTTP request 'api::send' runs once per iteration over 'ids'{{.*}} [async-per-iteration-io]
  }
  co_return ok;
}

cppcoro::task<int> counts_but_does_not_chain(std::vector<std::string> urls) {
  int total = 0;
  std::string last;
  for (const auto &url : urls) {
    api::Response response = co_await api::fetch(url);
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    total += response.status;
    last = response.body;
  }
  co_return total;
}
