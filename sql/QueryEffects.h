//===--- QueryEffects.h - Whether running a query again asks the same -----===//
//
// async-redundant-request (issue 17) asks of a query's text, read by
// PostgreSQL's parser: does running it twice ask the same question and
// change nothing? That holds for one SELECT that locks no rows, creates no
// table (SELECT INTO), changes no data (no INSERT, UPDATE or DELETE in a
// WITH) and calls no function: a function may read the clock, draw a random
// number or step a sequence (`now()`, `random()`, `nextval()`), and the
// parser cannot tell a stable one from those. And, of any statement, which
// tables it names: a write to one of them between two runs of a read
// changes what the read returns.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SQL_QUERYEFFECTS_H
#define ASYNC_TIDY_SQL_QUERYEFFECTS_H

#include <string>
#include <variant>
#include <vector>

namespace async_tidy {

struct QueryEffects {
  /// Running it again asks the same question and changes nothing.
  bool Repeatable = false;
  /// Why it is not repeatable (a sentence), when it is not.
  std::string WhyNot;
  /// Every table it names (sql/TableKey.h keys), in the order it names them.
  std::vector<std::string> Tables;
  /// What kind of statement it is: "SELECT", "INSERT", "UPDATE", "DELETE",
  /// or "" for any other (DDL, COPY, ...).
  std::string Statement;
};

/// What running `Sql` does, or why the parser cannot tell (a sentence: it
/// is not one statement PostgreSQL reads). MySQL's and SQLite's `?`
/// parameters are read as `$1`, `$2`, ...
std::variant<QueryEffects, std::string> queryEffects(const std::string &Sql);

} // namespace async_tidy

#endif // ASYNC_TIDY_SQL_QUERYEFFECTS_H
