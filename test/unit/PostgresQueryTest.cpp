//===--- PostgresQueryTest.cpp - SQL read by PostgreSQL's parser ----------===//

#include "PostgresQuery.h"

#include <gtest/gtest.h>

using namespace async_tidy;

namespace {

KeyedSelect batched(const std::string &Sql) {
  auto Result = batchKeyedSelect(Sql);
  if (const std::string *Why = std::get_if<std::string>(&Result))
    ADD_FAILURE() << Sql << ": " << *Why;
  return std::holds_alternative<KeyedSelect>(Result) ? std::get<KeyedSelect>(Result)
                                                     : KeyedSelect();
}

std::string refusal(const std::string &Sql) {
  auto Result = batchKeyedSelect(Sql);
  EXPECT_TRUE(std::holds_alternative<std::string>(Result)) << Sql;
  return std::holds_alternative<std::string>(Result) ? std::get<std::string>(Result) : "";
}

TEST(BatchKeyedSelect, TakesAllKeysAndReturnsTheKeyColumn) {
  KeyedSelect S = batched("SELECT name FROM users WHERE id = $1");
  EXPECT_EQ(S.Column, "\"id\"");
  EXPECT_EQ(S.Batched, "SELECT name, \"id\" AS async_tidy_key FROM users WHERE id = ANY($1)");
}

TEST(BatchKeyedSelect, KeepsTheRestOfTheTextAsWritten) {
  KeyedSelect S = batched("select u.email, u.name\n  from users u\n where u.active and $1 = "
                          "u.login order by u.email");
  EXPECT_EQ(S.Column, "\"u\".\"login\"");
  EXPECT_EQ(S.Batched, "select u.email, u.name, \"u\".\"login\" AS async_tidy_key\n  from users "
                       "u\n where u.active and ANY($1) = u.login order by u.email");
}

TEST(BatchKeyedSelect, ReadsKeywordsInAnyCaseAndNamesThatContainThem) {
  KeyedSelect S = batched("SELECT fromage, * FrOm cheeses WHERE shop_id = $1");
  EXPECT_EQ(S.Batched, "SELECT fromage, *, \"shop_id\" AS async_tidy_key FrOm cheeses WHERE "
                       "shop_id = ANY($1)");
}

TEST(BatchKeyedSelect, NamesQuotedColumnsExactly) {
  KeyedSelect S = batched("SELECT name FROM users WHERE \"userId\" = $1");
  EXPECT_EQ(S.Batched,
            "SELECT name, \"userId\" AS async_tidy_key FROM users WHERE \"userId\" = ANY($1)");
}

TEST(BatchKeyedSelect, KeepsACommentBeforeFromClosed) {
  KeyedSelect S = batched("SELECT name -- shown in the list\nFROM users WHERE id = $1");
  EXPECT_EQ(S.Batched, "SELECT name -- shown in the list\n, \"id\" AS async_tidy_key FROM users "
                       "WHERE id = ANY($1)");
}

TEST(BatchKeyedSelect, RefusesWhatChangesWithMoreKeys) {
  EXPECT_NE(refusal("SELECT name FROM users WHERE id = $1 LIMIT 5").find("LIMIT"),
            std::string::npos);
  EXPECT_NE(refusal("SELECT count(*) FROM orders WHERE user_id = $1").find("function"),
            std::string::npos);
  EXPECT_NE(refusal("SELECT stddev(total) FROM orders WHERE user_id = $1").find("function"),
            std::string::npos);
  EXPECT_NE(refusal("SELECT DISTINCT city FROM users WHERE org = $1").find("DISTINCT"),
            std::string::npos);
  EXPECT_NE(refusal("SELECT a FROM t WHERE k = $1 UNION SELECT a FROM u WHERE k = $1")
                .find("set operation"),
            std::string::npos);
  EXPECT_NE(refusal("SELECT (SELECT 1 FROM x) FROM t WHERE k = $1").find("subquery"),
            std::string::npos);
}

TEST(BatchKeyedSelect, RefusesPredicatesThatDoNotSelectByTheKey) {
  EXPECT_NE(refusal("SELECT a FROM t WHERE k = $1 OR admin").find("WHERE"), std::string::npos);
  EXPECT_NE(refusal("SELECT a FROM t WHERE k > $1").find("WHERE"), std::string::npos);
  EXPECT_NE(refusal("SELECT a FROM t WHERE k = $1 AND j = $2").find("other parameters"),
            std::string::npos);
  EXPECT_NE(refusal("SELECT a FROM t").find("other parameters"), std::string::npos);
}

TEST(BatchKeyedSelect, RefusesOtherStatementsAndBadSql) {
  EXPECT_NE(refusal("UPDATE t SET a = 1 WHERE k = $1").find("not one SELECT"), std::string::npos);
  EXPECT_NE(refusal("SELECT a FROM t WHERE k = $1; SELECT 1").find("not one SELECT"),
            std::string::npos);
  EXPECT_NE(refusal("SELEC a FROM t").find("parser rejects"), std::string::npos);
  EXPECT_NE(refusal("SELECT a FROM generate_series(1, 3) g WHERE g = $1").find("FROM"),
            std::string::npos);
}

} // namespace
