//===--- UnboundedSelectTest.cpp - SELECTs that may return a whole table ---===//

#include "UnboundedSelect.h"

#include <gtest/gtest.h>

using namespace async_tidy;

namespace {

/// Why `Sql` cannot return whole tables; "" when it can.
std::string boundedBecause(const std::string &Sql) {
  auto Result = unboundedSelect(Sql);
  const std::string *Why = std::get_if<std::string>(&Result);
  return Why ? *Why : "";
}

UnboundedSelect unbounded(const std::string &Sql) {
  auto Result = unboundedSelect(Sql);
  if (const std::string *Why = std::get_if<std::string>(&Result)) {
    ADD_FAILURE() << Sql << ": " << *Why;
    return {};
  }
  return std::get<UnboundedSelect>(Result);
}

/// "table.column" of each fixed column.
std::vector<std::string> fixed(const std::string &Sql) {
  std::vector<std::string> Out;
  for (const ColumnUse &Use : unbounded(Sql).Fixed)
    Out.push_back(Use.Table + "." + Use.Column);
  return Out;
}

std::string limited(const std::string &Sql, const std::string &Clause) {
  size_t At = 0;
  std::optional<std::string> Out = withLimit(Sql, Clause, At);
  return Out ? *Out : "(none)";
}

using List = std::vector<std::string>;

TEST(UnboundedSelect, PlainSelectsMayReturnWholeTables) {
  UnboundedSelect S = unbounded("SELECT title FROM posts ORDER BY created_at DESC");
  EXPECT_EQ(S.Tables, List{"posts"});
  EXPECT_TRUE(S.Fixed.empty());
  EXPECT_TRUE(S.Ordered);
  EXPECT_EQ(S.HighestParameter, 0);
  EXPECT_FALSE(unbounded("SELECT DISTINCT author_id FROM posts").Ordered);
  // A window function folds no rows.
  EXPECT_EQ(unbounded("SELECT id, row_number() OVER (ORDER BY id) FROM posts").Tables,
            List{"posts"});
  EXPECT_EQ(unbounded("SELECT p.id FROM posts p JOIN app.users u ON u.id = p.author_id").Tables,
            (List{"posts", "app.users"}));
}

TEST(UnboundedSelect, FixedColumnsAreEqualitiesOfTheTopLevelAnd) {
  EXPECT_EQ(fixed("SELECT id FROM posts WHERE author_id = $1 AND created_at > $2"),
            List{"posts.author_id"});
  EXPECT_EQ(fixed("SELECT id FROM posts WHERE id IN (1, 2) AND slug = ANY($1)"),
            (List{"posts.id", "posts.slug"}));
  // A range, a BETWEEN, and an OR fix nothing.
  EXPECT_EQ(fixed("SELECT id FROM posts WHERE id > 5 AND id BETWEEN 1 AND 9"), List{});
  EXPECT_EQ(fixed("SELECT id FROM posts WHERE id = 1 OR id = 2"), List{});
  EXPECT_EQ(unbounded("SELECT id FROM posts WHERE author_id = $1 AND at > $3").HighestParameter, 3);
}

TEST(UnboundedSelect, WhereColumnsAreEveryColumnItsWhereNames) {
  UnboundedSelect None = unbounded("SELECT title, status FROM posts ORDER BY id");
  EXPECT_FALSE(None.HasWhere);
  EXPECT_TRUE(None.WhereColumns.empty());
  // Ranges, ORs, functions and qualified names count: any test of the
  // column is one the program's own filter may repeat.
  UnboundedSelect Some =
      unbounded("SELECT p.title FROM posts p WHERE lower(p.status) <> 'x' OR views > $1");
  EXPECT_TRUE(Some.HasWhere);
  EXPECT_EQ(Some.WhereColumns, (List{"status", "views"}));
  // Columns of the select list and ORDER BY are not the WHERE's.
  EXPECT_EQ(unbounded("SELECT status FROM posts WHERE id > 3 ORDER BY views").WhereColumns,
            List{"id"});
}

TEST(UnboundedSelect, BoundedOrFoldedRowsAreSaid) {
  EXPECT_EQ(boundedBecause("SELECT id FROM posts LIMIT 10"), "it has a LIMIT");
  EXPECT_EQ(boundedBecause("SELECT id FROM posts FETCH FIRST 5 ROWS ONLY"), "it has a LIMIT");
  EXPECT_EQ(boundedBecause("SELECT author_id FROM posts GROUP BY author_id"), "it groups its rows");
  EXPECT_EQ(boundedBecause("SELECT count(*) FROM posts"),
            "its select list calls a function, which may aggregate its rows");
  EXPECT_EQ(boundedBecause("SELECT a FROM x UNION SELECT b FROM y"), "it is a set operation");
  EXPECT_EQ(boundedBecause("INSERT INTO posts (title) VALUES ('x') RETURNING id"), "not a SELECT");
  EXPECT_EQ(boundedBecause("SELECT 1; SELECT 2"), "not one statement");
  EXPECT_NE(boundedBecause("SELEC id FROM posts"), "");
}

TEST(UnboundedSelect, LimitGoesAtTheEndOfTheStatement) {
  EXPECT_EQ(limited("SELECT id FROM posts", " LIMIT 10"), "SELECT id FROM posts LIMIT 10");
  EXPECT_EQ(limited("SELECT id FROM posts ;\n", " LIMIT 10"), "SELECT id FROM posts LIMIT 10 ;\n");
  EXPECT_EQ(limited("SELECT id FROM posts WHERE a = $1", " LIMIT $2"),
            "SELECT id FROM posts WHERE a = $1 LIMIT $2");
  size_t At = 0;
  ASSERT_TRUE(withLimit("SELECT id FROM posts\n", " LIMIT 1", At));
  EXPECT_EQ(At, 20u);
  // Where the clause would be a comment, or is not read as this SELECT's
  // limit, there is none.
  EXPECT_EQ(limited("SELECT id FROM posts -- every post", " LIMIT 10"), "(none)");
  EXPECT_EQ(limited("SELECT id FROM posts LIMIT 5", " LIMIT 10"), "(none)");
  // PostgreSQL takes a LIMIT after a locking clause too.
  EXPECT_EQ(limited("SELECT id FROM posts FOR UPDATE", " LIMIT 10"),
            "SELECT id FROM posts FOR UPDATE LIMIT 10");
}

} // namespace
