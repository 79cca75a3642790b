#define QUERY_LB_UPDATE R"(INSERT INTO leaderboard VALUES(?1, 1, ABS(RANDOM()%10)+15, ?2) ON CONFLICT(id) DO UPDATE SET num_msg=num_msg+1, xp=xp+ABS(RANDOM()%10)+15, timestamp=?2 WHERE id IS ?1 AND ?2-timestamp>=60 RETURNING xp;)"
#define QUERY_LB_RANK R"(SELECT rank, xp, num_msg FROM (SELECT ROW_NUMBER() OVER (ORDER BY xp DESC, num_msg DESC) AS rank, * FROM leaderboard) WHERE id = ?1;)"
#define QUERY_LB_TOP R"(SELECT id, ROW_NUMBER() OVER (ORDER BY xp DESC, num_msg DESC), xp, num_msg FROM leaderboard LIMIT 10;)"
