// A chat service ported from Python (FastAPI + asyncpg + httpx + an LLM
// gateway) to C++20 coroutines on Boost.Asio/Beast, with the performance
// mistakes such ports bring along. Run async-tidy on it:
//
//   bash scripts/run-example.sh
//
// clang-tidy reads the compile flags from compile_flags.txt beside this file.

#include <utility> // Boost 1.81's awaitable.hpp uses std::exchange unincluded.

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <curl/curl.h>
#include <libpq-fe.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;
using namespace std::chrono_literals;

struct Conversation {
  std::string id;
  std::vector<std::string> messages;
};

// The pool the service keeps for blocking work that has no asynchronous
// form; async-tidy's offloading fix runs blocking calls there (the
// OffloadExecutor option in .clang-tidy names it).
asio::thread_pool &blocking_pool() {
  static asio::thread_pool pool(4);
  return pool;
}

// --- Helpers written for the synchronous original ---------------------------

static std::string load_system_prompt() {
  std::ifstream in("prompts/system.txt"); // Read on every request.
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

static std::string build_prompt(const std::string &question) {
  return load_system_prompt() + "\n\nUser: " + question;
}

static size_t collect(char *data, size_t size, size_t count, void *out) {
  static_cast<std::string *>(out)->append(data, size * count);
  return size * count;
}

// `requests.get(url)` became libcurl's synchronous easy interface, and
// `if not resp.ok: return ""` an early return that forgets the handle.
static std::string http_get(const std::string &url) {
  std::string body;
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
  if (curl_easy_perform(curl) != CURLE_OK)
    return "";
  curl_easy_cleanup(curl);
  return body;
}

// --- Request handlers --------------------------------------------------------

// GET /fetch?url=...: anti-pattern 1, blocking I/O in async code.
asio::awaitable<std::string> fetch_data(std::string url) {
  co_return http_get(url);
}

// GET /conversations: one query per conversation (N+1), each one blocking.
asio::awaitable<std::vector<Conversation>> get_conversations(PGconn *db,
                                                             std::vector<std::string> ids) {
  std::vector<Conversation> result;
  for (const std::string &id : ids) {
    const char *params[] = {id.c_str()};
    PGresult *rows = PQexecParams(db, "SELECT body FROM messages WHERE conversation_id = $1", 1,
                                  nullptr, params, nullptr, nullptr, 0);
    Conversation c{id, {}};
    for (int i = 0; i < PQntuples(rows); ++i)
      c.messages.push_back(PQgetvalue(rows, i, 0));
    PQclear(rows);
    result.push_back(std::move(c));
  }
  co_return result;
}

// GET /conversations/recent: `(await db.fetch("SELECT ..."))[:20]` became a
// loop that stops after 20 rows, once the database has sent them all.
asio::awaitable<std::vector<std::string>> recent_conversations(PGconn *db) {
  std::vector<std::string> titles;
  PGresult *rows = PQexec(db, "SELECT title FROM conversations ORDER BY id DESC");
  int shown = 0;
  for (int i = 0; i < PQntuples(rows); ++i) {
    titles.push_back(PQgetvalue(rows, i, 0));
    if (++shown >= 20)
      break;
  }
  PQclear(rows);
  co_return titles;
}

// POST /chat: the LLM gateway is called over a Beast stream, synchronously,
// with a fixed back-off copied from `time.sleep(0.5)`.
asio::awaitable<std::string> handle_chat(beast::tcp_stream &gateway, std::string question) {
  http::request<http::string_body> req{http::verb::post, "/v1/completions", 11};
  req.body() = build_prompt(question);
  req.prepare_payload();
  for (int attempt = 0; attempt < 3; ++attempt) {
    beast::error_code ec;
    http::write(gateway, req, ec);
    if (!ec) {
      beast::flat_buffer buffer;
      http::response<http::string_body> res;
      http::read(gateway, buffer, res, ec);
      if (!ec)
        co_return res.body();
    }
    std::this_thread::sleep_for(500ms);
  }
  co_return "gateway unavailable";
}

// The LLM gateway client used by the handlers below: each call takes a
// connection from a pool, so calls may run concurrently.
asio::awaitable<std::string> complete(std::string prompt);

// POST /analyze: three LLM calls that do not depend on each other, awaited
// one after another (the Python original awaited llm_client.complete three
// times in a row).
asio::awaitable<std::string> analyze(std::string text) {
  auto summary = co_await complete("Summarize: " + text);
  auto sentiment = co_await complete("Analyze sentiment: " + text);
  auto keywords = co_await complete("Extract keywords: " + text);
  std::string report = summary + "\n" + sentiment + "\n" + keywords;
  co_return report;
}

// The same handler written for the event loop: nothing to report.
asio::awaitable<std::string> handle_chat_async(beast::tcp_stream &gateway,
                                               std::string prompt) {
  http::request<http::string_body> req{http::verb::post, "/v1/completions", 11};
  req.body() = std::move(prompt);
  req.prepare_payload();
  co_await http::async_write(gateway, req, asio::use_awaitable);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  co_await http::async_read(gateway, buffer, res, asio::use_awaitable);
  asio::steady_timer pause(co_await asio::this_coro::executor, 10ms);
  co_await pause.async_wait(asio::use_awaitable);
  co_return res.body();
}
