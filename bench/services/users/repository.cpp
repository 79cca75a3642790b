#include "pg.h"

#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace users {

namespace {

PGresult* exec_params(PGconn* conn, const char* sql, std::initializer_list<std::string> params) {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p.c_str());
    return PQexecParams(conn, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
}

void expect(PGresult* res, PGconn* conn, ExecStatusType status) {
    if (PQresultStatus(res) != status) {
        std::string message = PQerrorMessage(conn);
        PQclear(res);
        throw std::runtime_error("postgres: " + message);
    }
}

std::string text_at(const PGresult* res, int row, int col) {
    return PQgetisnull(res, row, col) ? std::string() : std::string(PQgetvalue(res, row, col));
}

std::int64_t int_at(const PGresult* res, int row, int col) {
    return std::strtoll(PQgetvalue(res, row, col), nullptr, 10);
}

std::optional<User> select_user(PGconn* conn, const char* sql, const std::string& param) {
    PGresult* res = exec_params(conn, sql, {param});
    expect(res, conn, PGRES_TUPLES_OK);
    std::optional<User> user;
    if (PQntuples(res) > 0) user = User{int_at(res, 0, 0), text_at(res, 0, 1), text_at(res, 0, 2), text_at(res, 0, 3)};
    PQclear(res);
    return user;
}

}  // namespace

PgPool::PgPool(std::string conninfo, std::size_t max_idle) : conninfo_(std::move(conninfo)), max_idle_(max_idle) {}

PgPool::~PgPool() { for (PGconn* conn : idle_) PQfinish(conn); }

PGconn* PgPool::acquire() {
    {
        std::lock_guard lock(mu_);
        if (!idle_.empty()) {
            PGconn* conn = idle_.back();
            idle_.pop_back();
            return conn;
        }
    }
    PGconn* conn = PQconnectdb(conninfo_.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string message = PQerrorMessage(conn);
        PQfinish(conn);
        throw std::runtime_error("postgres connect: " + message);
    }
    return conn;
}

void PgPool::release(PGconn* conn) {
    if (PQstatus(conn) == CONNECTION_OK) {
        std::lock_guard lock(mu_);
        if (idle_.size() < max_idle_) {
            idle_.push_back(conn);
            return;
        }
    }
    PQfinish(conn);
}

std::optional<User> find_user(PGconn* conn, std::int64_t id) {
    return select_user(conn, "SELECT id, email, display_name, created_at::text FROM users WHERE id = $1",
                       std::to_string(id));
}

std::optional<User> find_user_by_email(PGconn* conn, const std::string& email) {
    return select_user(conn, "SELECT id, email, display_name, created_at::text FROM users WHERE lower(email) = lower($1)",
                       email);
}

Settings load_settings(PGconn* conn, std::int64_t user_id) {
    PGresult* res = exec_params(
        conn, "SELECT locale, timezone, email_digest FROM user_settings WHERE user_id = $1",
        {std::to_string(user_id)});
    expect(res, conn, PGRES_TUPLES_OK);
    Settings settings;
    if (PQntuples(res) == 0) return settings;
    settings.locale = text_at(res, 0, 0);
    settings.timezone = text_at(res, 0, 1);
    settings.email_digest = text_at(res, 0, 2) == "t";
    PQclear(res);
    return settings;
}

std::vector<Notification> recent_notifications(PGconn* conn, std::int64_t user_id, int limit) {
    PGresult* res = exec_params(conn,
                                "SELECT id, kind, body, read FROM notifications WHERE user_id = $1 "
                                "ORDER BY created_at DESC LIMIT $2",
                                {std::to_string(user_id), std::to_string(limit)});
    expect(res, conn, PGRES_TUPLES_OK);
    std::vector<Notification> out;
    for (int i = 0; i < PQntuples(res); ++i) {
        out.push_back({int_at(res, i, 0), text_at(res, i, 1), text_at(res, i, 2), text_at(res, i, 3) == "t"});
    }
    PQclear(res);
    return out;
}

std::vector<Team> teams_for_org(PGconn* conn, std::int64_t org_id) {
    PGresult* res = exec_params(conn, "SELECT id, name, owner_id FROM teams WHERE org_id = $1 ORDER BY name",
                                {std::to_string(org_id)});
    expect(res, conn, PGRES_TUPLES_OK);
    std::vector<Team> teams;
    for (int i = 0; i < PQntuples(res); ++i) {
        teams.push_back({int_at(res, i, 0), text_at(res, i, 1), int_at(res, i, 2)});
    }
    PQclear(res);
    return teams;
}

std::vector<Member> team_members(PGconn* conn, std::int64_t team_id) {
    PGresult* res = exec_params(conn,
                                "SELECT u.id, u.display_name, tm.role FROM team_members tm "
                                "JOIN users u ON u.id = tm.user_id WHERE tm.team_id = $1",
                                {std::to_string(team_id)});
    expect(res, conn, PGRES_TUPLES_OK);
    std::vector<Member> members;
    for (int i = 0; i < PQntuples(res); ++i) {
        members.push_back({int_at(res, i, 0), text_at(res, i, 1), text_at(res, i, 2)});
    }
    PQclear(res);
    return members;
}

bool is_org_admin(PGconn* conn, std::int64_t org_id, std::int64_t user_id) {
    PGresult* res = exec_params(conn,
                                "SELECT 1 FROM org_members WHERE org_id = $1 AND user_id = $2 AND role = 'admin'",
                                {std::to_string(org_id), std::to_string(user_id)});
    expect(res, conn, PGRES_TUPLES_OK);
    bool admin = PQntuples(res) > 0;
    PQclear(res);
    return admin;
}

void add_org_member(PGconn* conn, std::int64_t org_id, std::int64_t user_id, const std::string& role) {
    PGresult* res = exec_params(conn,
                                "INSERT INTO org_members (org_id, user_id, role) VALUES ($1, $2, $3) "
                                "ON CONFLICT (org_id, user_id) DO NOTHING",
                                {std::to_string(org_id), std::to_string(user_id), role});
    expect(res, conn, PGRES_COMMAND_OK);
    PQclear(res);
}

std::string export_org_csv(const std::string& conninfo, std::int64_t org_id) {
    PGconn* conn = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        throw std::runtime_error(std::string("reporting db: ") + PQerrorMessage(conn));
    }
    PGresult* res = exec_params(conn,
                                "SELECT u.id, u.email, u.display_name, om.role FROM org_members om "
                                "JOIN users u ON u.id = om.user_id WHERE om.org_id = $1 ORDER BY u.id",
                                {std::to_string(org_id)});
    expect(res, conn, PGRES_TUPLES_OK);
    std::ostringstream csv;
    csv << "id,email,display_name,role\n";
    for (int i = 0; i < PQntuples(res); ++i) {
        csv << PQgetvalue(res, i, 0) << ',' << PQgetvalue(res, i, 1) << ",\"" << PQgetvalue(res, i, 2)
            << "\"," << PQgetvalue(res, i, 3) << '\n';
    }
    PQclear(res);
    PQfinish(conn);
    return csv.str();
}

}  // namespace users
