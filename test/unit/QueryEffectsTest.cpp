//===--- QueryEffectsTest.cpp - Whether running a query again asks the same -===//

#include "QueryEffects.h"

#include <gtest/gtest.h>

using namespace async_tidy;

namespace {

QueryEffects effects(const std::string &Sql) {
  auto Result = queryEffects(Sql);
  if (const std::string *Why = std::get_if<std::string>(&Result)) {
    ADD_FAILURE() << Sql << ": " << *Why;
    return {};
  }
  return std::get<QueryEffects>(Result);
}

TEST(QueryEffects, PlainSelectsAreRepeatable) {
  EXPECT_TRUE(effects("SELECT name FROM users WHERE id = $1").Repeatable);
  EXPECT_TRUE(effects("SELECT u.name FROM users u JOIN teams t ON t.id = u.team_id").Repeatable);
  EXPECT_TRUE(effects("SELECT name FROM a UNION SELECT name FROM b").Repeatable);
  EXPECT_TRUE(effects("WITH x AS (SELECT id FROM a) SELECT id FROM x").Repeatable);
}

TEST(QueryEffects, WhatMayAskSomethingElseIsNot) {
  EXPECT_EQ(effects("SELECT now()").WhyNot,
            "it calls a function, which may read the clock or step a sequence");
  EXPECT_FALSE(effects("SELECT nextval('ids')").Repeatable);
  EXPECT_FALSE(effects("SELECT id FROM jobs WHERE due < now()").Repeatable);
  EXPECT_EQ(effects("SELECT CURRENT_TIMESTAMP").WhyNot, "it reads the clock or the session");
  EXPECT_EQ(effects("SELECT 'now'::timestamptz").WhyNot, "it reads the clock or the session");
  EXPECT_EQ(effects("SELECT id FROM jobs WHERE due < 'today'::date").WhyNot,
            "it reads the clock or the session");
  EXPECT_TRUE(effects("SELECT id FROM jobs WHERE kind = 'x'::text").Repeatable);
  EXPECT_EQ(effects("SELECT id FROM users TABLESAMPLE BERNOULLI (1)").WhyNot,
            "it samples rows at random");
  EXPECT_EQ(effects("SELECT id FROM jobs FOR UPDATE SKIP LOCKED").WhyNot, "it locks rows");
  EXPECT_EQ(effects("SELECT id INTO copy FROM jobs").WhyNot,
            "it is SELECT INTO, which creates a table");
  EXPECT_EQ(effects("WITH d AS (DELETE FROM jobs RETURNING id) SELECT id FROM d").WhyNot,
            "it changes rows");
  EXPECT_EQ(effects("UPDATE users SET name = $1").WhyNot, "it is not a SELECT");
}

TEST(QueryEffects, TablesOfReadsAndWrites) {
  EXPECT_EQ(effects("SELECT 1 FROM users u JOIN app.teams t ON true").Tables,
            (std::vector<std::string>{"users", "app.teams"}));
  EXPECT_EQ(effects("UPDATE users SET name = 'x' WHERE id = 1").Tables,
            std::vector<std::string>{"users"});
  EXPECT_EQ(effects("INSERT INTO audit (id) SELECT id FROM users").Tables,
            (std::vector<std::string>{"audit", "users"}));
  EXPECT_EQ(effects("DELETE FROM public.sessions").Tables, std::vector<std::string>{"sessions"});
}

TEST(QueryEffects, StatementKinds) {
  EXPECT_EQ(effects("SELECT id FROM users").Statement, "SELECT");
  EXPECT_EQ(effects("WITH x AS (SELECT 1) SELECT * FROM x").Statement, "SELECT");
  EXPECT_EQ(effects("INSERT INTO users (id) VALUES (?)").Statement, "INSERT");
  EXPECT_EQ(effects("UPDATE users SET name = $1 WHERE id = $2").Statement, "UPDATE");
  EXPECT_EQ(effects("DELETE FROM users WHERE id = $1").Statement, "DELETE");
  EXPECT_EQ(effects("CREATE TABLE t (id int)").Statement, "");
}

TEST(QueryEffects, QuestionMarkParameters) {
  EXPECT_TRUE(effects("SELECT id FROM sys_role WHERE code = ?").Repeatable);
  EXPECT_EQ(effects("UPDATE t SET a = ? WHERE b = '?' AND c = ?").Tables,
            std::vector<std::string>{"t"});
  // PostgreSQL's jsonb operator `?` parses as written.
  EXPECT_TRUE(effects("SELECT id FROM docs WHERE data ? 'key'").Repeatable);
}

TEST(QueryEffects, TextTheParserCannotReadIsUnknown) {
  EXPECT_TRUE(std::holds_alternative<std::string>(queryEffects("SELEC name FROM users")));
  EXPECT_TRUE(std::holds_alternative<std::string>(queryEffects("SELECT 1; SELECT 2")));
}

} // namespace
