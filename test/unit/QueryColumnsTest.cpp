//===--- QueryColumnsTest.cpp - Which columns a query filters, joins, sorts -===//

#include "QueryColumns.h"

#include <gtest/gtest.h>

using namespace async_tidy;

namespace {

/// "table.column role" per use, in order.
std::vector<std::string> uses(const std::string &Sql, bool ExpectComplete = true) {
  auto Result = queryColumns(Sql);
  if (const std::string *Why = std::get_if<std::string>(&Result)) {
    ADD_FAILURE() << Sql << ": " << *Why;
    return {};
  }
  const QueryColumns &Q = std::get<QueryColumns>(Result);
  EXPECT_EQ(Q.Complete, ExpectComplete) << Sql;
  std::vector<std::string> Out;
  for (const ColumnUse &U : Q.Uses)
    Out.push_back(U.Table + "." + U.Column + " " +
                  (U.Role == ColumnRole::Filter ? "filter"
                   : U.Role == ColumnRole::Join ? "join"
                                                : "sort"));
  return Out;
}

std::string refusal(const std::string &Sql) {
  auto Result = queryColumns(Sql);
  EXPECT_TRUE(std::holds_alternative<std::string>(Result)) << Sql;
  return std::holds_alternative<std::string>(Result) ? std::get<std::string>(Result) : "";
}

using List = std::vector<std::string>;

TEST(QueryColumns, FiltersOfTheTopLevelAnd) {
  EXPECT_EQ(uses("SELECT name FROM users WHERE org = $1 AND created_at > now() - interval '1 day'"),
            (List{"users.org filter", "users.created_at filter"}));
  EXPECT_EQ(uses("SELECT * FROM users WHERE id IN (1, 2) AND age BETWEEN 18 AND 30 AND "
                 "email = ANY($1)"),
            (List{"users.id filter", "users.age filter", "users.email filter"}));
  EXPECT_EQ(uses("SELECT * FROM users WHERE $1 = org"), (List{"users.org filter"}));
}

TEST(QueryColumns, NoDefiniteFilterUnderOrOrNot) {
  EXPECT_EQ(uses("SELECT * FROM users WHERE org = 1 OR name = 'x'"), List{});
  EXPECT_EQ(uses("SELECT * FROM users WHERE NOT (org = 1)"), List{});
  EXPECT_EQ(uses("SELECT * FROM users WHERE name LIKE 'a%' AND lower(email) = $1"), List{});
}

TEST(QueryColumns, JoinsThroughAliasesAndSorts) {
  EXPECT_EQ(
      uses("SELECT u.name FROM users u JOIN orders o ON o.user_id = u.id "
           "WHERE u.org = $1 AND (o.total > 10 OR o.kind = 'x') "
           "ORDER BY o.created_at DESC LIMIT 5"),
      (List{"users.org filter", "orders.user_id join", "users.id join", "orders.created_at sort"}));
}

TEST(QueryColumns, SchemasAndUnqualifiedColumns) {
  EXPECT_EQ(uses("SELECT * FROM app.audit WHERE at > $1"), (List{"app.audit.at filter"}));
  EXPECT_EQ(uses("SELECT * FROM public.users WHERE id = 1"), (List{"users.id filter"}));
  // Two tables, a column without its table: not told which.
  EXPECT_EQ(uses("SELECT * FROM users u JOIN orgs g ON g.id = u.org WHERE name = $1",
                 /*ExpectComplete=*/false),
            (List{"orgs.id join", "users.org join"}));
}

TEST(QueryColumns, NotInAndColumnsOfOneTable) {
  EXPECT_EQ(uses("SELECT * FROM users WHERE id NOT IN (1, 2)"), List{});
  EXPECT_EQ(uses("SELECT * FROM jobs WHERE id = $1 AND attempts = max_attempts"),
            (List{"jobs.id filter"}));
}

TEST(QueryColumns, Limit) {
  auto Result = queryColumns("SELECT * FROM events WHERE kind = 'x' ORDER BY id DESC LIMIT 10");
  ASSERT_TRUE(std::holds_alternative<QueryColumns>(Result));
  EXPECT_TRUE(std::get<QueryColumns>(Result).Limited);
  EXPECT_FALSE(std::get<QueryColumns>(queryColumns("SELECT * FROM events ORDER BY id")).Limited);
  EXPECT_NE(refusal("SELECT * FROM t WHERE name = 'caf\xE9'"), "");
}

TEST(QueryColumns, UpdatesAndDeletes) {
  EXPECT_EQ(uses("UPDATE users SET name = $2 WHERE email = $1"), (List{"users.email filter"}));
  EXPECT_EQ(uses("DELETE FROM sessions WHERE expires < now()"), (List{"sessions.expires filter"}));
}

TEST(QueryColumns, ConditionsByTable) {
  auto Result = queryColumns("SELECT j.id FROM jobs j JOIN users u ON u.id = j.owner"
                             " WHERE j.state = 'queued' AND u.active AND j.run_at < u.seen"
                             " AND (j.kind = 1 OR j.kind = 2) AND 1 = 1");
  ASSERT_TRUE(std::holds_alternative<QueryColumns>(Result));
  const QueryColumns &Q = std::get<QueryColumns>(Result);
  // A conjunct of one table's columns is filed under it (an OR whole); one
  // over two tables, or over none, under neither; the ON condition is no
  // conjunct of the WHERE.
  ASSERT_EQ(Q.Conditions.size(), 2u);
  EXPECT_EQ(Q.Conditions.at("jobs").size(), 2u);
  EXPECT_EQ(Q.Conditions.at("users").size(), 1u);
  // An unqualified column in a query of two tables files nothing.
  auto Unqualified =
      queryColumns("SELECT j.id FROM jobs j, users u WHERE j.owner = u.id AND state = 'x'");
  ASSERT_TRUE(std::holds_alternative<QueryColumns>(Unqualified));
  EXPECT_EQ(std::get<QueryColumns>(Unqualified).Conditions.count("jobs"), 0u);
}

TEST(QueryColumns, WhatIsNotTold) {
  EXPECT_NE(refusal("SELECT * FROM users WHERE id IN (SELECT user_id FROM bans)"), "");
  EXPECT_NE(refusal("WITH x AS (SELECT 1) SELECT * FROM x"), "");
  EXPECT_NE(refusal("SELECT id FROM a UNION SELECT id FROM b"), "");
  EXPECT_NE(refusal("SELECT * FROM generate_series(1, 3)"), "");
  EXPECT_NE(refusal("INSERT INTO users (name) VALUES ($1)"), "");
  EXPECT_NE(refusal("SELEC name FROM users"), "");
}

} // namespace
