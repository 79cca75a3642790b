#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace users {

struct User {
    std::int64_t id = 0;
    std::string email, display_name, created_at;
};

struct Settings {
    std::string locale = "en", timezone = "UTC";
    bool email_digest = true;
};

struct Notification {
    std::int64_t id = 0;
    std::string kind, body;
    bool read = false;
};

struct Team { std::int64_t id = 0; std::string name; std::int64_t owner_id = 0; };
struct Member { std::int64_t user_id = 0; std::string display_name, role; };

// Connections are opened on demand; up to max_idle of them are kept for reuse.
class PgPool {
public:
    PgPool(std::string conninfo, std::size_t max_idle);
    ~PgPool();
    PGconn* acquire();
    void release(PGconn* conn);
    const std::string& conninfo() const { return conninfo_; }

private:
    std::string conninfo_;
    std::size_t max_idle_;
    std::mutex mu_;
    std::vector<PGconn*> idle_;
};

struct PooledConn {
    explicit PooledConn(PgPool& p) : pool(p), conn(p.acquire()) {}
    ~PooledConn() { pool.release(conn); }
    PGconn* get() const { return conn; }
    PgPool& pool;
    PGconn* conn;
};

std::optional<User> find_user(PGconn* conn, std::int64_t id);
std::optional<User> find_user_by_email(PGconn* conn, const std::string& email);
Settings load_settings(PGconn* conn, std::int64_t user_id);
std::vector<Notification> recent_notifications(PGconn* conn, std::int64_t user_id, int limit);
std::vector<Team> teams_for_org(PGconn* conn, std::int64_t org_id);
std::vector<Member> team_members(PGconn* conn, std::int64_t team_id);
bool is_org_admin(PGconn* conn, std::int64_t org_id, std::int64_t user_id);
void add_org_member(PGconn* conn, std::int64_t org_id, std::int64_t user_id, const std::string& role);
std::string export_org_csv(const std::string& conninfo, std::int64_t org_id);

}  // namespace users
