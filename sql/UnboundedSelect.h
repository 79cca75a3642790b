//===--- UnboundedSelect.h - SELECTs that may return a whole table --------===//
//
// async-unbounded-query (issue 17) asks of a query's text, read by
// PostgreSQL's parser: can this SELECT return every row of its tables? It
// can when nothing in it bounds the rows: no LIMIT or FETCH FIRST, no
// grouping and no function in its select list (any function may be an
// aggregate; a window function is not). A SELECT that locks its rows (FOR
// UPDATE, FOR SHARE) is left out: a LIMIT would change what it locks.
// Whether its WHERE fixes a unique key, which bounds it to one row, needs
// the schema: the caller decides that from `Fixed`.
//
// And the rewrite: the same text with a LIMIT clause added, when the
// parser reads the result as the same SELECT with that limit.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SQL_UNBOUNDEDSELECT_H
#define ASYNC_TIDY_SQL_UNBOUNDEDSELECT_H

#include "QueryColumns.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace async_tidy {

struct UnboundedSelect {
  /// The tables it reads (sql/TableKey.h keys), in FROM order.
  std::vector<std::string> Tables;
  /// The columns its WHERE fixes to a value or a list (=, IN, = ANY), as
  /// conjuncts of the top-level AND.
  std::vector<ColumnUse> Fixed;
  /// Every column reference was tied to a table (see QueryColumns).
  bool Complete = true;
  /// It has an ORDER BY: which rows come first is told.
  bool Ordered = false;
  /// It has a WHERE clause, and the names of the columns it mentions
  /// (subqueries' too).
  bool HasWhere = false;
  std::vector<std::string> WhereColumns;
  /// Its WHERE is an OR at the top: a condition added with AND needs the
  /// OR in parentheses.
  bool WhereIsOr = false;
  /// Which rows it returns depends on the rows a WHERE would drop: a window
  /// function (`row_number() OVER ..`), an OFFSET, a DISTINCT (ON).
  bool RowsDependOnEachOther = false;
  /// The names of its select list: a column selected as itself (`status`,
  /// `p.status`, `status AS status`), and the other names (aliases of
  /// expressions or of other columns). `*` selects every column as itself.
  std::vector<std::string> PlainColumns, OtherNames;
  bool SelectsAll = false;

  /// Whether `Column`, read by name from a row, is the table's own column.
  bool selectsAsItself(const std::string &Column) const;
  /// The highest `$n` it takes; 0 for none.
  int HighestParameter = 0;
};

/// What decides whether `Sql` can return whole tables, or why it cannot (a
/// sentence): it is not one plain SELECT, or something in it bounds or
/// folds its rows.
std::variant<UnboundedSelect, std::string> unboundedSelect(const std::string &Sql);

/// `Name` as PostgreSQL reads it in an expression: as it is when the
/// parser reads it as that column (`status`), else quoted (`"createdBy"`,
/// `"user"`, `"order"`).
std::string sqlIdentifier(const std::string &Name);

/// `Sql` with `Clause` (` LIMIT 10`) after its statement (before a final
/// `;`), when PostgreSQL reads the result as the same SELECT but for its
/// new LIMIT; none otherwise (for example when the text ends in a `--`
/// comment). `At` is where the clause went.
std::optional<std::string> withLimit(const std::string &Sql, const std::string &Clause, size_t &At);

} // namespace async_tidy

#endif // ASYNC_TIDY_SQL_UNBOUNDEDSELECT_H
