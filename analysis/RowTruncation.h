//===--- RowTruncation.h - Where a program keeps only a result's first rows -===//
//
// async-unbounded-query (issue 17) reports a query that returns every row
// it selects when the program then uses only the first N of them. These
// are the forms of "only the first N", for a local variable `Rows` that
// holds the result:
//
//   - a loop over all its rows that breaks once a counter reaches N:
//       for (const auto &row : rows) { use(row); if (++n >= N) break; }
//       for (int i = 0; i < PQntuples(res); ++i) { if (i >= N) break; .. }
//     The counter (or the loop's index) must count every row: it starts at 0, is stepped exactly
//     once in each iteration (a statement of the loop body, or in the
//     test), and nothing else writes it or takes its address. A loop that
//     counts only some rows filters them as well, which a LIMIT alone
//     would not do: not a truncation here.
//   - an index loop bounded by both the row count and N:
//       for (size_t i = 0; i < rows.size() && i < N; ++i)
//       for (int i = 0; i < std::min(PQntuples(res), N); ++i)
//     (`i` steps by one, and the body does not write it). It may start
//     past the first row, as a page does (`i = offset`, with N `offset +
//     limit`): the rows it reads are still below N.
//   - std::views::take(rows, N) or rows | std::views::take(N), and a page
//     of them: rows | std::views::drop(M) | std::views::take(N) reads M + N.
//
// For each, how many rows the program reaches before it stops is told, so
// a LIMIT of that many changes nothing it does: N, one more for a loop
// whose test reads the counter before it is stepped, one more for a `>`
// test.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_ROWTRUNCATION_H
#define ASYNC_TIDY_ANALYSIS_ROWTRUNCATION_H

#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"

#include "llvm/ADT/StringSet.h"

#include <optional>

namespace async_tidy {

struct RowTruncation {
  /// The loop or the call that drops the rest.
  const clang::Stmt *Site = nullptr;
  /// N, as written; null for a loop that filters rows (RowFilter.h) and
  /// bounds nothing.
  const clang::Expr *Kept = nullptr;
  /// The program reads N + ExtraRows rows (M + N of a page view) before it
  /// stops (a loop that breaks has read the row it breaks on).
  unsigned ExtraRows = 0;
  /// Where the truncation itself names the rows: the range-for's range,
  /// the index loop's row count, the view's argument.
  const clang::Expr *RowsNamed = nullptr;
  /// An index loop's index: `rows[i]`, `PQgetvalue(res, i, ..)` read a row.
  const clang::VarDecl *Index = nullptr;
  /// M of a page view (`rows | views::drop(M) | views::take(N)`): the rows
  /// skipped before the N kept, which the program reads past as well.
  const clang::Expr *Skipped = nullptr;
};

/// What a function may do with a result besides the truncation, from the
/// catalog.
struct ResultCalls {
  /// Take the whole result: its release and the readers of its status
  /// (`PQclear`, `PQresultStatus`).
  llvm::StringSet<> WholeResult;
  /// Read one row by its number (`PQgetvalue(res, row, ..)`).
  llvm::StringSet<> RowReaders;
};

/// A range-for over `Rows` that breaks once a counter of its rows reaches N.
std::optional<RowTruncation> counterBreakOf(const clang::CXXForRangeStmt *Loop,
                                            const clang::VarDecl *Rows);

/// An index loop over `Rows` (bounded by its row count: `Rows.size()`, or
/// one of `RowCountFunctions`, `PQntuples`, called on it) that breaks once
/// a counter reaches N, or that is bounded by N as well.
std::optional<RowTruncation> indexLoopTruncationOf(const clang::ForStmt *Loop,
                                                   const clang::VarDecl *Rows,
                                                   const llvm::StringSet<> &RowCountFunctions);

/// `std::views::take(Rows, N)` or `Rows | std::views::take(N)`, and with
/// `Rows` a page's `Rows | std::views::drop(M)` or `std::views::drop(Rows,
/// M)`.
std::optional<RowTruncation> takeOf(const clang::CallExpr *Call, const clang::VarDecl *Rows);

/// Whether the truncation is all its function does with the rows. Inside
/// it, the rows are named where it names them and read one by one (a
/// range-for's element, `rows[i]`, a row reader with the loop's index),
/// and N does not change: it is built from constants, variables and fields
/// of `this` that nothing in the loop writes (a call or `*p` may change). Elsewhere, every use
/// passes the whole result to a release or status reader, asks whether it is `empty()`, or (a
/// pointer) whether it is null; a null may be assigned after the release.
/// A row count read elsewhere (`has_more = rows.size() > N`, `i + 1 <
/// PQntuples(res)`), a second loop, a copy, a move or a new value would
/// see the rows a LIMIT drops. `Assignment` (`rows = <query>`), if any, is
/// where the result came from.
bool usedOnlyThere(const clang::VarDecl *Rows, const RowTruncation &T,
                   const clang::Stmt *Assignment, const ResultCalls &Calls);

/// Whether a local variable or parameter holds its first value throughout
/// its function: nothing writes it, takes its address or binds a reference
/// to it (so reading it earlier reads the same value), but for what is
/// below `Except` (a view's count, which the view binds to a reference).
bool keepsItsValue(const clang::VarDecl *V, const clang::Stmt *Except = nullptr);

/// The variable `E` names, through parentheses and implicit conversions.
const clang::VarDecl *namedVariable(const clang::Expr *E);

/// The variable whose rows a view reads: `E` itself, or a page's `E |
/// std::views::drop(M)` (`Skipped` is then M); null otherwise.
const clang::VarDecl *viewedRows(const clang::Expr *E, const clang::Expr **Skipped = nullptr);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_ROWTRUNCATION_H
