#define QUERY_MSGLOG_REGISTER R"(INSERT INTO messages VALUES (?, ?, ?, ?);)"
#define QUERY_MSGLOG_GET R"(SELECT channel_id, author_id, content FROM messages WHERE id IS ?;)"
#define QUERY_MSGLOG_UPDATE R"(UPDATE messages SET content=? WHERE id IS ?;)"
#define QUERY_MSGLOG_CLEANUP R"(DELETE FROM messages WHERE (id >> 22) < ?;)"
