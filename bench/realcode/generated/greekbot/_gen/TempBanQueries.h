#define QUERY_TEMPBAN_REGISTER R"(INSERT INTO tempbans VALUES (?1, ?2) ON CONFLICT DO UPDATE SET expires_at=?2 WHERE user_id IS ?1;)"
#define QUERY_TEMPBAN_REMOVE R"(DELETE FROM tempbans WHERE user_id IS ?;)"
#define QUERY_TEMPBAN_GET_EXPIRED R"(SELECT user_id FROM tempbans WHERE ? >= expires_at;)"
