// Clients made with `new` (classes named like *Client, *Connection,
// *Session, *Pool by default) and left behind on some path; objects that own
// themselves; the make_unique fix.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -isystem %shapes

#include <folly/experimental/coro/Task.h>
#include <memory>
#include <string>

namespace llm {
struct CompletionClient {
  explicit CompletionClient(std::string endpoint);
  folly::coro::Task<std::string> complete(std::string prompt);
  bool healthy() const;
};
struct StreamingClient : CompletionClient {
  using CompletionClient::CompletionClient;
};
} // namespace llm

folly::coro::Task<std::string> summarize(std::string text) {
  auto *client = new llm::CompletionClient("http://gateway:8080");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'client' from 'new llm::CompletionClient' is not released with 'delete' on every path out of 'summarize' [async-unclosed-client]
  // CHECK-FIXES: {{^}}  auto client = std::make_unique<llm::CompletionClient>("http://gateway:8080");{{$}}
  if (!client->healthy())
    co_return "";
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'co_return' is taken
  // CHECK-FIXES: {{^}}  if (!client->healthy()){{$}}
  std::string summary = co_await client->complete("Summarize: " + text);
  delete client;
  // CHECK-FIXES: {{^}}  client.reset();{{$}}
  co_return summary;
}

// Declared as the base class: the fix keeps the declared type.
bool probe(bool quick) {
  llm::CompletionClient *client = new llm::StreamingClient("http://gateway:8080");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'client' from 'new llm::StreamingClient' is not released
  // CHECK-FIXES: {{^}}  std::unique_ptr<llm::CompletionClient> client = std::make_unique<llm::StreamingClient>("http://gateway:8080");{{$}}
  if (quick)
    return true;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  bool ok = client->healthy();
  delete client;
  return ok;
}

// Objects that end their own life: handing them work hands them ownership.
struct TcpSession {
  void start() { delete this; }
};
struct ChatSession : std::enable_shared_from_this<ChatSession> {
  void start();
};
void accept_one(bool ok) {
  auto *session = new TcpSession();
  session->start();
  auto *chat = new ChatSession;
  chat->start();
}

// Given away, stored, or of a class that is not a client: not tracked.
void adopt(llm::CompletionClient *);
struct Gateway {
  llm::CompletionClient *client = nullptr;
  std::unique_ptr<llm::CompletionClient> owned;
  void connect() {
    client = new llm::CompletionClient("a");
    owned.reset(new llm::CompletionClient("b"));
    auto *extra = new llm::CompletionClient("c");
    adopt(extra);
  }
};
struct Buffer {
  int size;
};
int scratch(bool b) {
  Buffer *buffer = new Buffer{4};
  if (b)
    return 0;
  delete buffer;
  return 1;
}

// Brace initialisation: the warning, no fix (make_unique would call a
// different constructor for some classes).
struct RedisConnection {
  int port;
};
void braces(bool b) {
  RedisConnection *conn = new RedisConnection{6379};
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'conn' from 'new RedisConnection' is not released
  // CHECK-FIXES: {{^}}  RedisConnection *conn = new RedisConnection{6379};{{$}}
  if (b)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  delete conn;
}
