//===--- QueryColumns.h - Which columns a query filters, joins, sorts by ---===//
//
// What an index could serve in one query, read by PostgreSQL's parser:
// the columns its WHERE compares with a value (=, <, >, <=, >=, IN,
// = ANY, BETWEEN) as conjuncts of the top-level AND, the columns its joins
// compare with each other, and its ORDER BY columns, each with the table
// (through the FROM list's aliases) as sql/Schema.h keys it. A comparison
// under OR or NOT is no definite filter and is left out. async-missing-index
// (issue 17) compares these with the schema's indexes.
//
// Plain SELECT, UPDATE and DELETE; a query with a subquery, a WITH, a set
// operation or a FROM item other than tables and joins is refused: what
// its columns mean is not told here.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SQL_QUERYCOLUMNS_H
#define ASYNC_TIDY_SQL_QUERYCOLUMNS_H

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <variant>
#include <vector>

namespace async_tidy {

enum class ColumnRole { Filter, Join, Sort };

struct ColumnUse {
  std::string Table; ///< As sql/Schema.h keys it: `users`, `app.audit`.
  std::string Column;
  ColumnRole Role = ColumnRole::Filter;
  /// A filter that fixes the column to one value or a list of them (=, IN,
  /// = ANY), not to a range.
  bool Equality = false;
  int Location = 0; ///< Byte offset of the column reference in the SQL.
};

struct QueryColumns {
  std::vector<ColumnUse> Uses;
  /// The tables the query reads or writes, by their keys.
  std::vector<std::string> Tables;
  /// Every column reference that matters was tied to a table (an
  /// unqualified column in a query of several tables is not).
  bool Complete = true;
  /// The query has a LIMIT: an index on its ORDER BY column may serve it
  /// instead of one on its filters.
  bool Limited = false;
  /// By table: the shapes (sql/ParseTree.h) of the WHERE's conjuncts whose
  /// columns are all of that table, which a partial index's condition may
  /// be among.
  std::map<std::string, std::vector<std::string>> Conditions;
};

/// The columns of `Sql`, or why they are not told (a sentence).
std::variant<QueryColumns, std::string> queryColumns(const std::string &Sql);
/// The same for one statement of a parse tree (sql/ParseTree.h), already
/// parsed.
std::variant<QueryColumns, std::string> queryColumnsOf(const nlohmann::json &Statement);

} // namespace async_tidy

#endif // ASYNC_TIDY_SQL_QUERYCOLUMNS_H
