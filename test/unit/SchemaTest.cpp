//===--- SchemaTest.cpp - A database's tables from its .sql files ---------===//

#include "Schema.h"
#include "ParseTree.h"

#include <gtest/gtest.h>

using namespace async_tidy;

namespace {

Schema read(std::initializer_list<const char *> Files) {
  Schema S;
  for (const char *File : Files)
    S.apply(File);
  return S;
}

TEST(Schema, ColumnAndTableConstraintsAreIndexes) {
  Schema S = read({"CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE NOT NULL,"
                   " org int REFERENCES orgs(id), name text,"
                   " CONSTRAINT org_name UNIQUE (org, name));"});
  const Table *Users = S.table("users");
  ASSERT_TRUE(Users);
  EXPECT_EQ(Users->Columns, (std::vector<std::string>{"id", "email", "org", "name"}));
  EXPECT_TRUE(Users->hasIndexLeadingWith("id"));
  EXPECT_TRUE(Users->hasIndexLeadingWith("email"));
  EXPECT_TRUE(Users->hasIndexLeadingWith("org")); // through (org, name)
  EXPECT_FALSE(Users->hasIndexLeadingWith("name"));
  EXPECT_TRUE(Users->isUniquelyKeyedBy({"id"}));
  EXPECT_TRUE(Users->isUniquelyKeyedBy({"name", "org"}));
  EXPECT_FALSE(Users->isUniquelyKeyedBy({"org"}));
}

TEST(Schema, BooleanColumns) {
  Schema S = read({"CREATE TABLE t (a boolean, b bool, c int);",
                   "ALTER TABLE t ADD COLUMN d boolean DEFAULT false;"});
  const Table *T = S.table("t");
  ASSERT_NE(T, nullptr);
  EXPECT_EQ(T->BooleanColumns, (std::set<std::string>{"a", "b", "d"}));
  // Dropped, renamed, retyped: the set follows.
  S.apply("ALTER TABLE t DROP COLUMN a; ALTER TABLE t RENAME COLUMN b TO on_;"
          "ALTER TABLE t ALTER COLUMN d TYPE int USING d::int;"
          "ALTER TABLE t ALTER COLUMN c TYPE boolean USING c <> 0;");
  EXPECT_EQ(T->BooleanColumns, (std::set<std::string>{"c", "on_"}));
}

TEST(Schema, AForeignKeyIsNoIndex) {
  // PostgreSQL does not index the referencing column.
  Schema S =
      read({"CREATE TABLE orders (id bigint PRIMARY KEY, customer int REFERENCES customers);"});
  EXPECT_FALSE(S.table("orders")->hasIndexLeadingWith("customer"));
}

TEST(Schema, MigrationsAppliedInOrder) {
  Schema S = read({"CREATE TABLE events (id bigint, kind text, at timestamptz);",
                   "ALTER TABLE events ADD CONSTRAINT events_pk PRIMARY KEY (id);"
                   " CREATE INDEX events_kind ON events (kind, at);",
                   "ALTER TABLE events ADD COLUMN owner int; CREATE INDEX ON events (owner);",
                   "DROP INDEX events_kind;"});
  const Table *Events = S.table("events");
  ASSERT_TRUE(Events);
  EXPECT_TRUE(Events->hasIndexLeadingWith("id"));
  EXPECT_TRUE(Events->hasIndexLeadingWith("owner"));
  EXPECT_FALSE(Events->hasIndexLeadingWith("kind")); // dropped again
}

TEST(Schema, ExpressionAndPartialIndexes) {
  Schema S = read({"CREATE TABLE a (org int, email text, deleted bool);"
                   " CREATE INDEX ON a (lower(email));"
                   " CREATE INDEX ON a (org, lower(email));"
                   " CREATE UNIQUE INDEX ON a (email) WHERE NOT deleted;"});
  const Table *A = S.table("a");
  EXPECT_TRUE(A->hasIndexLeadingWith("org"));
  EXPECT_FALSE(A->hasIndexLeadingWith("email")); // only lower(email), or some rows
  EXPECT_FALSE(A->isUniquelyKeyedBy({"email"}));
}

TEST(Schema, PartialIndexServesAQueryThatRestatesItsCondition) {
  Schema S = read({"CREATE TABLE jobs (id int, state text, run_at int, gone int);"
                   " CREATE INDEX ON jobs (run_at) WHERE state = 'queued' AND gone IS NULL;"});
  const Table *Jobs = S.table("jobs");
  ASSERT_TRUE(Jobs);
  auto Shapes = [](const std::string &Where) {
    std::vector<std::string> Out;
    auto Statement = onlyStatement("SELECT 1 FROM jobs j WHERE " + Where);
    for (const auto &Conjunct :
         conjunctsOf(std::get<nlohmann::json>(Statement)["SelectStmt"]["whereClause"]))
      Out.push_back(predicateShape(Conjunct));
    return Out;
  };
  EXPECT_FALSE(Jobs->hasIndexLeadingWith("run_at"));
  // Every conjunct of the condition, in any order, qualified or not.
  EXPECT_TRUE(Jobs->hasIndexLeadingWith(
      "run_at", Shapes("j.gone IS NULL AND run_at < 5 AND j.state = 'queued'")));
  EXPECT_FALSE(Jobs->hasIndexLeadingWith("run_at", Shapes("state = 'queued' AND run_at < 5")));
  EXPECT_FALSE(Jobs->hasIndexLeadingWith("run_at", Shapes("state = $1 AND gone IS NULL")));
  EXPECT_FALSE(Jobs->hasIndexLeadingWith("run_at", Shapes("state = 'done' AND gone IS NULL")));
  EXPECT_FALSE(Jobs->hasIndexLeadingWith(
      "state", Shapes("state = 'queued' AND gone IS NULL"))); // it leads with run_at
}

TEST(Schema, DroppingAColumnDropsItsIndexes) {
  Schema S = read({"CREATE TABLE t (id int PRIMARY KEY, a int, b int); CREATE INDEX ON t (a, b);",
                   "ALTER TABLE t DROP COLUMN b;"});
  EXPECT_FALSE(S.table("t")->hasIndexLeadingWith("a"));
  EXPECT_EQ(S.table("t")->Columns, (std::vector<std::string>{"id", "a"}));
}

TEST(Schema, RenamesFollowed) {
  Schema S = read({"CREATE TABLE t (uid int PRIMARY KEY);",
                   "ALTER TABLE t RENAME COLUMN uid TO id;", "ALTER TABLE t RENAME TO accounts;"});
  EXPECT_FALSE(S.table("t"));
  ASSERT_TRUE(S.table("accounts"));
  EXPECT_TRUE(S.table("accounts")->hasIndexLeadingWith("id"));
}

TEST(Schema, SchemasAndFoldedNames) {
  Schema S = read({"CREATE TABLE public.Users (ID int PRIMARY KEY);"
                   " CREATE TABLE app.\"Audit\" (id int);"});
  EXPECT_TRUE(S.table("users"));
  EXPECT_TRUE(S.table("public.users"));
  EXPECT_TRUE(S.table("users")->hasIndexLeadingWith("id"));
  EXPECT_TRUE(S.table("app.Audit"));
  EXPECT_FALSE(S.table("Audit"));
}

TEST(Schema, DropTableAndIfNotExists) {
  Schema S = read({"CREATE TABLE t (id int PRIMARY KEY);",
                   "CREATE TABLE IF NOT EXISTS t (other int);", "DROP TABLE IF EXISTS gone;"});
  EXPECT_EQ(S.table("t")->Columns, (std::vector<std::string>{"id"}));
  S.apply("DROP TABLE t;");
  EXPECT_FALSE(S.table("t"));
}

TEST(Schema, OtherDialectsAreRejectedStatementByStatement) {
  // A MySQL dump: its CREATE TABLE is not PostgreSQL's, so that table is
  // unknown (never reported); the PostgreSQL statement after it still counts.
  Schema S = read({"SET SQL_MODE = \"NO_AUTO_VALUE_ON_ZERO\";\n"
                   "CREATE TABLE cache (hash varchar(64) NOT NULL) ENGINE=InnoDB;\n"
                   "CREATE TABLE kept (id int PRIMARY KEY);\n"});
  EXPECT_FALSE(S.table("cache"));
  EXPECT_TRUE(S.table("kept"));
  EXPECT_EQ(S.statements(), 3u);
  EXPECT_EQ(S.rejected(), 1u);
}

/// `Text` in UTF-16 with its byte order mark.
std::string utf16(const std::u16string &Text, bool Little) {
  std::string Out = Little ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t C : Text) {
    char Low = static_cast<char>(C & 0xFF), High = static_cast<char>(C >> 8);
    Out += Little ? Low : High;
    Out += Little ? High : Low;
  }
  return Out;
}

TEST(Schema, FilesInUtf16) {
  // As Windows editors save them (one corpus project's tables.sql is).
  for (bool Little : {true, false}) {
    Schema S;
    S.applyFile(utf16(u"CREATE TABLE t (id int PRIMARY KEY, \u00e9tat text);", Little));
    ASSERT_TRUE(S.table("t")) << (Little ? "little" : "big") << " endian";
    EXPECT_EQ(S.table("t")->Columns, (std::vector<std::string>{"id", "\xC3\xA9tat"}));
  }
  Schema WithUtf8Mark;
  WithUtf8Mark.applyFile("\xEF\xBB\xBF"
                         "CREATE TABLE u (id int);");
  EXPECT_TRUE(WithUtf8Mark.table("u"));
}

TEST(Schema, IndexesTheReaderDoesNotFollowMakeATableUnknown) {
  // Copied or inherited indexes, a DO block, a rejected statement, an index
  // on a table created where the reader did not see it (search_path).
  Schema S = read(
      {"CREATE TABLE base (id int PRIMARY KEY, a int); CREATE INDEX ON base (a);"
       " CREATE TABLE copy (LIKE base INCLUDING ALL);"
       " CREATE TABLE child (b int) INHERITS (base);"
       " CREATE TABLE parted (id int, at date) PARTITION BY RANGE (at);"
       " CREATE TABLE part1 PARTITION OF parted FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');"
       " CREATE TABLE jobs (id int, kind text);"
       " DO $$ BEGIN CREATE INDEX jobs_kind ON jobs (kind); END $$;"
       " CREATE TABLE logs (id int, at int);"
       " CREATE INDEX logs_at ON logs (at) WITH nonsense;"
       " SET search_path TO app; CREATE TABLE people (id int, email text);"
       " CREATE INDEX ON app.people (email);"});
  EXPECT_TRUE(S.table("base"));
  EXPECT_TRUE(S.table("parted"));
  for (const char *Unknown : {"copy", "child", "part1", "jobs", "logs", "people"})
    EXPECT_FALSE(S.table(Unknown)) << Unknown;
}

TEST(Schema, ExclusionConstraintsAndParenthesizedColumns) {
  Schema S = read({"CREATE TABLE bookings (room int, during tsrange,"
                   " EXCLUDE USING gist (room WITH =, during WITH &&));"
                   " CREATE TABLE t (a int, b int); CREATE INDEX ON t ((a));"});
  EXPECT_TRUE(S.table("bookings")->hasIndexLeadingWith("room"));
  EXPECT_TRUE(S.table("t")->hasIndexLeadingWith("a"));
}

TEST(Schema, DownMigrationsAreNotRun) {
  Schema S;
  S.applyFile("-- +goose Up\nCREATE TABLE t (a int); CREATE INDEX t_a ON t (a);\n"
              "-- +goose Down\nDROP INDEX t_a;\n");
  S.applyFile("-- migrate:up\nCREATE TABLE u (b int); CREATE INDEX u_b ON u (b);\n"
              "-- migrate:down\nDROP TABLE u;\n");
  EXPECT_TRUE(S.table("t")->hasIndexLeadingWith("a"));
  ASSERT_TRUE(S.table("u"));
  EXPECT_TRUE(S.table("u")->hasIndexLeadingWith("b"));
}

TEST(Schema, TextThatIsNotUtf8) {
  Schema S = read({"CREATE TABLE t (id int PRIMARY KEY); COMMENT ON TABLE t IS 'Pr\xE9nom';"});
  EXPECT_EQ(S.rejected(), 1u);
  EXPECT_FALSE(S.table("t")); // the rejected statement names it
}

TEST(Schema, UnknownTablesStayUnknown) {
  Schema S = read({"CREATE INDEX ON nowhere (id); ALTER TABLE nowhere ADD COLUMN x int;"});
  EXPECT_FALSE(S.table("nowhere"));
  EXPECT_TRUE(S.tables().empty());
}

} // namespace
