// A request that reads what the previous iteration received cannot be
// batched: following redirects, an LLM agent's turns that carry the tool
// results, a pagination cursor. A request object refilled from the loop's
// own element, or a value that was not awaited, is still per-iteration.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.HttpFunctions: 'api::fetch;api::send;api::post;api::allowed;api::Store::put', async-per-iteration-io.LlmFunctions: 'api::complete'}}" -- -isystem %shapes

#include <cppcoro/task.hpp>
#include <memory>
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
cppcoro::task<bool> allowed(std::string url);
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

namespace api {
struct Reply {
  std::string text;
  bool done = false;
};
struct Chat {
  std::vector<std::string> messages;
};
// Fills `out` from a response body (a JSON reader such as glz::read).
void parse_reply(Reply &out, const std::string &body);
cppcoro::task<Response> post(std::shared_ptr<Chat> chat);
} // namespace api

// The agent's conversation is reached through a pointer, and the reply is
// read by a function that fills its argument (tllf's tool-call loop).
cppcoro::task<std::string> agent_through_a_parser(std::shared_ptr<api::Chat> chat, int turns) {
  api::Reply reply;
  for (int turn = 0; turn < turns; ++turn) {
    api::Response response = co_await api::post(chat);
    api::parse_reply(reply, response.body);
    chat->messages.push_back(reply.text);
    if (reply.done)
      break;
  }
  co_return reply.text;
}

// A parser's output the next request does not read: per-iteration.
cppcoro::task<int> parses_but_does_not_chain(std::shared_ptr<api::Chat> chat, int turns) {
  api::Reply reply;
  int done = 0;
  for (int turn = 0; turn < turns; ++turn) {
    api::Response response = co_await api::post(chat);
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: HTTP request 'api::post' runs once per iteration over 'turn'{{.*}} [async-per-iteration-io]
    api::parse_reply(reply, response.body);
    done += reply.done;
  }
  co_return done;
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

// The next hop's check reads a value the body computed from this hop's
// answer, to a request for a URL the previous hop gave (tlgs's crawler: the
// robots check of each redirect target). It waits for the chain of hops.
cppcoro::task<std::string> follow_checked_redirects(std::string url) {
  api::Response response;
  for (int hop = 0; hop < 5; ++hop) {
    response = co_await api::fetch(url);
    if (response.status != 301)
      break;
    std::string next = response.location;
    if (!co_await api::allowed(next))
      co_return "";
    url = next;
  }
  co_return response.body;
}

// The same shape over a list: each iteration sets the response before it
// reads it, so what it computes from the response comes from its own
// element, and both requests are per-iteration.
cppcoro::task<int> fetch_then_check(std::vector<std::string> urls) {
  api::Response response;
  int ok = 0;
  for (const auto &url : urls) {
    response = co_await api::fetch(url);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: HTTP request 'api::fetch' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
    std::string next = response.location;
    ok += co_await api::allowed(next);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: HTTP request 'api::allowed' runs once per iteration over 'urls'{{.*}} [async-per-iteration-io]
  }
  co_return ok;
}

// The statement that sets the URL first reads it: the value the iteration
// starts from is still the previous hop's.
std::string normalize(std::string url);
cppcoro::task<std::string> follow_normalized_redirects(std::string url) {
  for (int hop = 0; hop < 5; ++hop) {
    url = normalize(url);
    api::Response response = co_await api::fetch(url);
    if (response.status != 301)
      co_return response.body;
    std::string next = response.location;
    if (!co_await api::allowed(next))
      co_return "";
    url = next;
  }
  co_return "";
}

namespace api {
struct Store {
  cppcoro::task<Response> put(std::string key, std::string value);
};
} // namespace api

// A client the body only calls holds no answer: what its first request
// returns is this iteration's, and the request made from it is one per key
// too (buyer-backend's media rows and their links).
cppcoro::task<void> put_then_link(std::shared_ptr<api::Store> store,
                                  std::vector<std::string> keys) {
  for (const auto &key : keys) {
    api::Response media = co_await store->put(key, "media");
    // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: HTTP request 'api::Store::put' runs once per iteration over 'keys'{{.*}} [async-per-iteration-io]
    co_await store->put(key + "/link", media.location);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: HTTP request 'api::Store::put' runs once per iteration over 'keys'{{.*}} [async-per-iteration-io]
  }
}
