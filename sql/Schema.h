//===--- Schema.h - The tables a project's .sql files define --------------===//
//
// What async-missing-index and async-unbounded-query (issue 17) need to
// know of a database: its tables, their columns, which column lists an
// index leads with, and which are unique keys. Read from the project's
// migrations and schema dumps with PostgreSQL's own parser, statement by
// statement and file by file in order, as the database would run them:
// CREATE TABLE (column and table constraints), CREATE [UNIQUE] INDEX,
// ALTER TABLE ADD/DROP COLUMN and ADD CONSTRAINT, DROP TABLE and DROP
// INDEX. A statement PostgreSQL's parser rejects (another dialect: MySQL's
// ENGINE=, SQLite's AUTOINCREMENT; psql's \connect) changes nothing and is
// counted; a table the files never define is unknown, never "unindexed".
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SQL_SCHEMA_H
#define ASYNC_TIDY_SQL_SCHEMA_H

#include <map>
#include <set>
#include <string>
#include <vector>

namespace async_tidy {

/// An index, or a constraint that creates one (PRIMARY KEY, UNIQUE).
struct TableIndex {
  std::string Name; ///< Empty when the statement gave none.
  /// Its columns in order, up to the first expression (`lower(email)`): an
  /// index on `(org, lower(email))` leads with `org` only.
  std::vector<std::string> Columns;
  bool Unique = false;
  /// `CREATE INDEX ... WHERE ...`: only some rows are in it.
  bool Partial = false;
  /// A partial index's condition: the shape (sql/ParseTree.h) of each
  /// conjunct of its WHERE.
  std::vector<std::string> Condition;
};

struct Table {
  std::vector<std::string> Columns;
  /// The columns of type boolean: two values, too few for an index to pick
  /// out rows (unless one value is rare, which the schema does not say).
  std::set<std::string> BooleanColumns;
  std::vector<TableIndex> Indexes;

  /// Whether an index has `Column` as its first column. A partial index
  /// counts only for a query that restates its condition: each of its
  /// conjuncts is among `QueryConditions` (the shapes of the conjuncts of
  /// the query's WHERE on this table). PostgreSQL's planner uses a partial
  /// index then, and proves no more than simple implications beyond it.
  bool hasIndexLeadingWith(const std::string &Column,
                           const std::vector<std::string> &QueryConditions = {}) const;
  /// Whether `Columns` include all columns of a unique index (not a partial
  /// one): a query that fixes them all returns at most one row.
  bool isUniquelyKeyedBy(const std::vector<std::string> &Columns) const;
};

class Schema {
public:
  /// Runs the statements of one file, in order.
  void apply(const std::string &Sql);
  /// The same for a file's bytes as read: UTF-8, or UTF-16 with its byte
  /// order mark (as Windows editors save .sql files); a UTF-8 mark is
  /// dropped. A migration's down part (goose's `-- +goose Down`, dbmate's
  /// `-- migrate:down`) is not run.
  void applyFile(const std::string &Bytes);

  /// The table `Name` (`users`, `public.users`, `app.users`; names as
  /// PostgreSQL folds them), or null when the files do not define it, or
  /// when something the reader does not follow may index it: a statement
  /// the parser rejected or a DO block that names it, an index or ALTER on
  /// a table of that name the reader does not know, a table made with
  /// LIKE, INHERITS or PARTITION OF.
  const Table *table(const std::string &Name) const;
  const std::map<std::string, Table> &tables() const { return Tables; }
  /// Statements read, and those the parser rejected.
  unsigned statements() const { return Statements; }
  unsigned rejected() const { return Rejected; }

private:
  bool isUncertain(const std::string &PlainName) const;

  std::map<std::string, Table> Tables; ///< By `schema.table` or `table`.
  /// Plain table names something not followed may index.
  std::set<std::string> Uncertain;
  /// Rejected statements and DO blocks, lower case: a table they name is
  /// uncertain.
  std::vector<std::string> Unread;
  unsigned Statements = 0, Rejected = 0;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_SQL_SCHEMA_H
