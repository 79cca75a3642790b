// Example for the cpp-httplib v0.53.1 API shape: the blocking client calls
// async-tidy should know about.
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>

#include <string>
#include <type_traits>
#include <vector>

static_assert(!std::is_base_of_v<httplib::ClientImpl, httplib::Client>,
              "Client wraps ClientImpl, it does not derive from it");
static_assert(std::is_base_of_v<httplib::ClientImpl, httplib::SSLClient>,
              "SSLClient derives from ClientImpl");

int use_client(const std::vector<std::string> &ids) {
  httplib::Client cli("https://api.example.com");
  cli.set_bearer_token_auth("token");
  int ok = 0;
  for (const auto &id : ids) {
    // One blocking HTTP request per iteration.
    if (auto res = cli.Get("/users/" + id)) ok += res->status == 200;
  }
  httplib::Headers h = {{"X-Trace", "1"}};
  httplib::Result r1 = cli.Post("/items", h, R"({"a":1})", "application/json");
  httplib::Result r2 = cli.Put("/items/1", "{}", "application/json");
  httplib::Result r3 = cli.Patch("/items/1", "{}", "application/json");
  httplib::Result r4 = cli.Delete("/items/1");
  httplib::Result r5 = cli.Head("/");
  httplib::Result r6 = cli.Options("/");
  httplib::Params params = {{"q", "x"}};
  httplib::Result r7 = cli.Get("/search", params, h);
  httplib::Request req;
  req.method = "GET";
  req.path = "/";
  httplib::Result r8 = cli.send(req);
  if (r1.error() != httplib::Error::Success) ok = -1;
  (void)r2; (void)r3; (void)r4; (void)r5; (void)r6; (void)r7; (void)r8;
  return ok;
}

int use_ssl_client() {
  httplib::SSLClient ssl("api.example.com", 443);
  auto res = ssl.Get("/health"); // ClientImpl::Get
  auto streamed = httplib::stream::Get(ssl, "/big");
  std::string body = streamed.read_all();
  return res ? res->status + static_cast<int>(body.size()) : -1;
}

void use_others() {
  httplib::Client cli("localhost", 8080);
  httplib::sse::SSEClient sse(cli, "/events");
  sse.on_message([](const httplib::sse::SSEMessage &) {});
  sse.start(); // blocks
  httplib::ws::WebSocketClient ws("ws://localhost:8080/ws");
  if (ws.connect()) {
    std::string msg;
    ws.send("hi");
    (void)ws.read(msg);
    ws.close();
  }
}
