//===--- RowFilter.h - Where a program skips a result's rows by a column --===//
//
// async-unbounded-query (issue 17) reports a query that returns every row
// it selects when the program then filters the rows itself: Python's
// `[r for r in rows if r["status"] == "open"]`, ported as a loop whose
// first statement skips the rows it does not want:
//
//   for (const auto &row : rows) {
//     if (row["status"].as<std::string>() != "open")
//       continue;
//     ...
//   }
//
// The test compares one column of the loop's row, read by name through a
// catalogued field reader (`field_readers`: Drogon's and libpqxx's `as<T>()`
// for a string or an integer T), with a literal (not "": Drogon reads NULL
// as "") or a variable the loop does not write, by `==` or `!=`. Nothing before it runs for the
// rows it skips, and nothing after it skips more: the rows the loop uses are exactly those a WHERE
// on that column would return. Anything else (a test of two columns, a computed value, `||`, a
// second `continue`, a `break` that also stops early) is not read as a filter.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_ROWFILTER_H
#define ASYNC_TIDY_ANALYSIS_ROWFILTER_H

#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"

#include "llvm/ADT/StringSet.h"

#include <optional>
#include <string>

namespace async_tidy {

struct RowFilter {
  /// The `if (<test>) continue;` that skips rows.
  const clang::IfStmt *Skip = nullptr;
  /// The column the test reads, by name.
  std::string Column;
  /// Rows are skipped when the column equals `Value` (`==`), else when it
  /// differs (`!=`): the loop keeps the rows that differ, or that equal.
  bool SkipsEqual = false;
  /// What the column is compared with: a string or integer literal, or a
  /// variable.
  const clang::Expr *Value = nullptr;
};

/// The filter of a range-for over `Rows` (see the header), if it has one.
std::optional<RowFilter> skipFilterOf(const clang::CXXForRangeStmt *Loop,
                                      const clang::VarDecl *Rows,
                                      const llvm::StringSet<> &FieldReaders);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_ROWFILTER_H
