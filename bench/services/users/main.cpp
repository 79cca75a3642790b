#include "pg.h"

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/json.hpp>

#include <charconv>
#include <cstdlib>
#include <iostream>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using asio::awaitable;
using asio::use_awaitable;
using tcp = asio::ip::tcp;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

namespace users {

struct App {
    PgPool pool;
    asio::thread_pool db_workers{8};

    template <class F>
    awaitable<std::invoke_result_t<F&, PGconn*>> db(F f) {
        using T = std::invoke_result_t<F&, PGconn*>;
        co_return co_await asio::co_spawn(
            db_workers,
            [this, f = std::move(f)]() mutable -> awaitable<T> {
                PooledConn conn(pool);
                co_return f(conn.get());
            },
            use_awaitable);
    }
};

App* app = nullptr;

Response reply(const Request& req, http::status status, std::string body,
               std::string_view type = "application/json") {
    Response res{status, req.version()};
    res.set(http::field::content_type, type);
    res.keep_alive(req.keep_alive());
    res.body() = std::move(body);
    res.prepare_payload();
    return res;
}

Response error(const Request& req, http::status status, std::string_view message) {
    return reply(req, status, json::serialize(json::object{{"detail", message}}));
}

json::object user_json(const User& u) {
    return {{"id", u.id}, {"email", u.email}, {"display_name", u.display_name}, {"created_at", u.created_at}};
}

awaitable<std::optional<User>> load_user(std::int64_t id) {
    co_return co_await app->db([id](PGconn* c) { return find_user(c, id); });
}

awaitable<Settings> load_user_settings(std::int64_t id) {
    co_return co_await app->db([id](PGconn* c) { return load_settings(c, id); });
}

awaitable<std::vector<Notification>> load_notifications(std::int64_t id, int limit) {
    co_return co_await app->db([id, limit](PGconn* c) { return recent_notifications(c, id, limit); });
}

awaitable<Response> get_user(const Request& req, std::int64_t id) {
    auto user = co_await load_user(id);
    if (!user) co_return error(req, http::status::not_found, "user not found");
    auto settings = co_await load_user_settings(id);
    auto notifications = co_await load_notifications(id, 20);

    json::array items;
    int unread = 0;
    for (const auto& n : notifications) {
        if (!n.read) ++unread;
        items.push_back({{"id", n.id}, {"kind", n.kind}, {"body", n.body}, {"read", n.read}});
    }
    json::object body = user_json(*user);
    body["settings"] = {{"locale", settings.locale}, {"timezone", settings.timezone},
                        {"email_digest", settings.email_digest}};
    body["notifications"] = std::move(items);
    body["unread"] = unread;
    co_return reply(req, http::status::ok, json::serialize(body));
}

awaitable<Response> list_org_teams(const Request& req, std::int64_t org_id) {
    PooledConn conn(app->pool);
    json::array out;
    for (const auto& team : teams_for_org(conn.get(), org_id)) {
        json::array members;
        for (const auto& m : team_members(conn.get(), team.id)) {
            members.push_back({{"user_id", m.user_id}, {"display_name", m.display_name}, {"role", m.role}});
        }
        out.push_back({{"id", team.id}, {"name", team.name}, {"owner_id", team.owner_id}, {"members", std::move(members)}});
    }
    co_return reply(req, http::status::ok, json::serialize(out));
}

awaitable<Response> invite_members(const Request& req, std::int64_t org_id, std::int64_t actor) {
    PooledConn conn(app->pool);
    if (!is_org_admin(conn.get(), org_id, actor)) co_return error(req, http::status::forbidden, "admins only");
    json::value payload = json::parse(req.body());
    std::string role = payload.as_object().contains("role") ? json::value_to<std::string>(payload.at("role")) : "member";
    json::array added, unknown;
    for (const auto& e : payload.at("emails").as_array()) {
        std::string email = json::value_to<std::string>(e);
        auto user = co_await app->db([email](PGconn* c) { return find_user_by_email(c, email); });
        if (!user) { unknown.push_back(json::value(email)); continue; }
        co_await app->db([&](PGconn* c) { add_org_member(c, org_id, user->id, role); return true; });
        added.push_back(user->id);
    }
    co_return reply(req, http::status::ok, json::serialize(json::object{{"added", added}, {"unknown", unknown}}));
}

awaitable<Response> export_org(const Request& req, std::int64_t org_id) {
    std::string conninfo = app->pool.conninfo();
    std::string csv = co_await app->db([conninfo, org_id](PGconn*) { return export_org_csv(conninfo, org_id); });
    co_return reply(req, http::status::ok, std::move(csv), "text/csv");
}

std::int64_t to_id(std::string_view s) {
    std::int64_t v = 0;
    if (std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc{}) throw std::invalid_argument("bad id");
    return v;
}

awaitable<Response> route(const Request& req) {
    std::vector<std::string_view> parts;
    std::string_view path(req.target().data(), req.target().size());
    path = path.substr(0, path.find('?'));
    for (std::size_t pos = 1; pos <= path.size();) {
        auto next = std::min(path.find('/', pos), path.size());
        parts.push_back(path.substr(pos, next - pos));
        pos = next + 1;
    }
    auto actor_hdr = req["X-User-Id"];
    if (actor_hdr.empty()) co_return error(req, http::status::unauthorized, "missing X-User-Id");
    std::int64_t actor = to_id(std::string_view(actor_hdr.data(), actor_hdr.size()));
    auto m = req.method();
    if (parts.size() == 2 && parts[0] == "users" && m == http::verb::get) co_return co_await get_user(req, to_id(parts[1]));
    if (parts.size() == 3 && parts[0] == "orgs") {
        std::int64_t org = to_id(parts[1]);
        if (m == http::verb::get && parts[2] == "teams") co_return co_await list_org_teams(req, org);
        if (m == http::verb::post && parts[2] == "invites") co_return co_await invite_members(req, org, actor);
        if (m == http::verb::get && parts[2] == "export.csv") co_return co_await export_org(req, org);
    }
    co_return error(req, http::status::not_found, "not found");
}

awaitable<void> session(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    try {
        for (;;) {
            stream.expires_after(std::chrono::seconds(30));
            Request req;
            co_await http::async_read(stream, buffer, req, use_awaitable);
            Response res;
            try {
                res = co_await route(req);
            } catch (const std::invalid_argument& e) {
                res = error(req, http::status::bad_request, e.what());
            } catch (const std::exception& e) {
                std::cerr << "handler error: " << e.what() << '\n';
                res = error(req, http::status::internal_server_error, "internal error");
            }
            co_await http::async_write(stream, res, use_awaitable);
            if (!res.keep_alive()) break;
        }
    } catch (const boost::system::system_error& e) {
        if (e.code() != http::error::end_of_stream) std::cerr << "session: " << e.what() << '\n';
    }
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

awaitable<void> notification_sweeper() {
    asio::steady_timer timer(co_await asio::this_coro::executor);
    for (;;) {
        timer.expires_after(std::chrono::minutes(10));
        co_await timer.async_wait(use_awaitable);
        int purged = co_await app->db([](PGconn* c) {
            PGresult* res = PQexec(c, "DELETE FROM notifications WHERE read AND created_at < now() - interval '30 days'");
            int n = PQresultStatus(res) == PGRES_COMMAND_OK ? std::atoi(PQcmdTuples(res)) : -1;
            PQclear(res);
            return n;
        });
        if (purged < 0) std::cerr << "notification sweep failed\n";
    }
}

awaitable<void> listen(tcp::endpoint endpoint) {
    auto ex = co_await asio::this_coro::executor;
    tcp::acceptor acceptor(ex, endpoint);
    for (;;) {
        tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
        asio::co_spawn(ex, session(std::move(socket)), asio::detached);
    }
}

}  // namespace users

int main() {
    const char* dsn = std::getenv("DATABASE_URL");
    const char* port = std::getenv("PORT");
    users::App application{users::PgPool(dsn ? dsn : "postgresql://localhost/users", 16)};
    users::app = &application;
    asio::io_context ioc;
    auto endpoint = tcp::endpoint(tcp::v4(), static_cast<unsigned short>(port ? std::atoi(port) : 8001));
    asio::co_spawn(ioc, users::listen(endpoint), asio::detached);
    asio::co_spawn(ioc, users::notification_sweeper(), asio::detached);
    ioc.run();
    application.db_workers.join();
}
