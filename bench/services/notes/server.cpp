#include "db.h"

#include <boost/asio.hpp>
#include <boost/beast.hpp>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using asio::awaitable;
using asio::use_awaitable;
using tcp = asio::ip::tcp;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

namespace notes {

std::unique_ptr<NotesDb> db;
asio::thread_pool db_pool{4};
std::filesystem::path data_dir = "data";

template <class F>
awaitable<std::invoke_result_t<F&>> on_db(F f) {
    using T = std::invoke_result_t<F&>;
    co_return co_await asio::co_spawn(db_pool, [f = std::move(f)]() mutable -> awaitable<T> { co_return f(); },
                                      use_awaitable);
}

std::string quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string tags_json(const std::vector<std::string>& tags) {
    std::string out = "[";
    for (std::size_t i = 0; i < tags.size(); ++i) out += (i ? "," : "") + quote(tags[i]);
    return out + "]";
}

Response respond(const Request& req, http::status status, std::string body) {
    Response res{status, req.version()};
    res.set(http::field::content_type, "application/json");
    res.keep_alive(req.keep_alive());
    res.body() = std::move(body);
    res.prepare_payload();
    return res;
}

void audit(const std::string& action, long note_id) {
    std::ofstream log(data_dir / "audit.log", std::ios::app);
    log << std::time(nullptr) << ' ' << action << ' ' << note_id << '\n';
}

awaitable<std::optional<Note>> load_note(long id) { co_return co_await on_db([id] { return db->get(id); }); }
awaitable<std::vector<Attachment>> load_attachments(long id) { co_return co_await on_db([id] { return db->attachments(id); }); }
awaitable<std::vector<long>> load_backlinks(long id) { co_return co_await on_db([id] { return db->backlinks(id); }); }
awaitable<std::vector<std::string>> load_tags(long id) { co_return co_await on_db([id] { return db->tags(id); }); }

awaitable<Response> list_notes(const Request& req) {
    std::ostringstream out;
    out << "[";
    bool first = true;
    for (const auto& note : db->recent(50)) {
        out << (first ? "" : ",") << "{\"id\":" << note.id << ",\"title\":" << quote(note.title)
            << ",\"preview\":" << quote(note.body) << ",\"updated_at\":" << quote(note.updated_at)
            << ",\"tags\":" << tags_json(db->tags(note.id)) << "}";
        first = false;
    }
    out << "]";
    co_return respond(req, http::status::ok, out.str());
}

awaitable<Response> show_note(const Request& req, long id) {
    auto note = co_await load_note(id);
    if (!note) co_return respond(req, http::status::not_found, R"({"detail":"note not found"})");
    auto files = co_await load_attachments(id);
    auto links = co_await load_backlinks(id);
    std::ostringstream out;
    out << "{\"id\":" << note->id << ",\"title\":" << quote(note->title) << ",\"body\":" << quote(note->body)
        << ",\"updated_at\":" << quote(note->updated_at) << ",\"attachments\":[";
    for (std::size_t i = 0; i < files.size(); ++i)
        out << (i ? "," : "") << "{\"id\":" << files[i].id << ",\"filename\":" << quote(files[i].filename)
            << ",\"size\":" << files[i].size << "}";
    out << "],\"backlinks\":[";
    for (std::size_t i = 0; i < links.size(); ++i) out << (i ? "," : "") << links[i];
    out << "]}";
    co_return respond(req, http::status::ok, out.str());
}

awaitable<Response> create_note(const Request& req) {
    std::string title = req["X-Note-Title"].empty() ? "Untitled" : std::string(req["X-Note-Title"]);
    std::string body = req.body();
    long id = co_await on_db([title, body] { return db->create(title, body); });
    audit("create", id);
    co_return respond(req, http::status::created, "{\"id\":" + std::to_string(id) + "}");
}

awaitable<Response> upload_attachment(const Request& req, long note_id, std::string filename) {
    if (filename.empty() || filename.find('/') != std::string::npos || filename.starts_with("."))
        co_return respond(req, http::status::bad_request, R"({"detail":"invalid filename"})");
    auto dir = data_dir / "attachments" / std::to_string(note_id);
    std::filesystem::create_directories(dir);
    std::string path = (dir / filename).string();
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) co_return respond(req, http::status::internal_server_error, R"({"detail":"cannot store attachment"})");
    const std::string& data = req.body();
    if (std::fwrite(data.data(), 1, data.size(), f) != data.size())
        co_return respond(req, http::status::insufficient_storage, R"({"detail":"short write"})");
    std::fclose(f);
    long id = db->add_attachment(note_id, filename, path, static_cast<long>(data.size()));
    audit("attach", note_id);
    co_return respond(req, http::status::created, "{\"id\":" + std::to_string(id) + "}");
}

awaitable<Response> search(const Request& req, std::string query) {
    std::string path = db->path();
    auto hits = co_await on_db([path, query] { return search_notes(path, query, 20); });
    std::ostringstream out;
    out << "{\"query\":" << quote(query) << ",\"results\":[";
    for (std::size_t i = 0; i < hits.size(); ++i) {
        auto tags = co_await load_tags(hits[i].note_id);
        out << (i ? "," : "") << "{\"id\":" << hits[i].note_id << ",\"title\":" << quote(hits[i].title)
            << ",\"snippet\":" << quote(hits[i].snippet) << ",\"tags\":" << tags_json(tags) << "}";
    }
    out << "]}";
    co_return respond(req, http::status::ok, out.str());
}

std::string query_param(std::string_view target, std::string_view name) {
    auto q = target.find('?');
    if (q == std::string_view::npos) return {};
    for (auto params = target.substr(q + 1); !params.empty();) {
        auto amp = std::min(params.find('&'), params.size());
        auto pair = params.substr(0, amp);
        if (pair.starts_with(name) && pair.size() > name.size() && pair[name.size()] == '=') {
            std::string value;
            for (char c : pair.substr(name.size() + 1)) value += c == '+' ? ' ' : c;
            return value;
        }
        params = params.substr(std::min(amp + 1, params.size()));
    }
    return {};
}

awaitable<Response> handle(const Request& req) {
    std::string_view target(req.target().data(), req.target().size());
    std::string_view path = target.substr(0, target.find('?'));
    if (path == "/notes") {
        if (req.method() == http::verb::get) co_return co_await list_notes(req);
        if (req.method() == http::verb::post) co_return co_await create_note(req);
    }
    if (path == "/search") co_return co_await search(req, query_param(target, "q"));
    if (path.starts_with("/notes/")) {
        long id = std::stol(std::string(path.substr(7)));
        if (path.ends_with("/attachments") && req.method() == http::verb::post)
            co_return co_await upload_attachment(req, id, query_param(target, "filename"));
        if (req.method() == http::verb::get) co_return co_await show_note(req, id);
    }
    co_return respond(req, http::status::not_found, R"({"detail":"not found"})");
}

awaitable<void> session(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    for (;;) {
        http::request_parser<http::string_body> parser;
        parser.body_limit(32 * 1024 * 1024);
        stream.expires_after(std::chrono::seconds(60));
        auto [ec, _] = co_await http::async_read(stream, buffer, parser, asio::as_tuple(use_awaitable));
        if (ec) co_return;
        Request req = parser.release();
        Response res;
        try {
            res = co_await handle(req);
        } catch (const std::exception& e) {
            res = respond(req, http::status::internal_server_error, "{\"detail\":" + quote(e.what()) + "}");
        }
        auto [wec, n] = co_await http::async_write(stream, res, asio::as_tuple(use_awaitable));
        if (wec || !res.keep_alive()) co_return;
    }
}

awaitable<void> maintenance() {
    asio::steady_timer timer(co_await asio::this_coro::executor);
    for (;;) {
        timer.expires_after(std::chrono::hours(1));
        co_await timer.async_wait(use_awaitable);
        char* err = nullptr;
        if (sqlite3_exec(db->handle(), "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, &err) != SQLITE_OK) {
            std::cerr << "maintenance: " << (err ? err : "?") << '\n';
            sqlite3_free(err);
        }
    }
}

}  // namespace notes

int main() {
    std::filesystem::create_directories(notes::data_dir);
    notes::db = std::make_unique<notes::NotesDb>((notes::data_dir / "notes.db").string());
    asio::io_context ioc;
    asio::co_spawn(ioc, [&]() -> awaitable<void> {
        tcp::acceptor acceptor(ioc, {tcp::v4(), 8004});
        for (;;) asio::co_spawn(ioc, notes::session(co_await acceptor.async_accept(use_awaitable)), asio::detached);
    }, asio::detached);
    asio::co_spawn(ioc, notes::maintenance(), asio::detached);
    ioc.run();
}
