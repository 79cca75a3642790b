//===--- SqlText.h - What SQL written in a call's arguments says ----------===//
//
// Queries written out as string literals, or built from them, tell two
// things the checks use: whether a statement writes and which tables it
// names (two awaited statements on one table, one of them a write, keep
// their order), and whether a query compares a column with one placeholder
// (a loop running it per key could run it once for all keys).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_SQLTEXT_H
#define ASYNC_TIDY_ANALYSIS_SQLTEXT_H

#include "clang/AST/Expr.h"

#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

/// SQL an argument builds from literals: whether it writes, and the tables.
struct SqlText {
  bool Writes = false;
  std::vector<std::string> Tables;
};

/// Whether `Call` is `std::format` or `fmt::format` (in any inline
/// namespace): text built from a format string and arguments it only reads,
/// though it takes them by forwarding reference.
bool isStringFormat(const clang::CallExpr &Call);

/// The string literal an argument is, through conversions to std::string.
const clang::StringLiteral *literalArgument(const clang::Expr *Arg);

/// SQL text an argument builds from string literals, for reading: one
/// literal, literals joined by `+` (through `std::string`, its `c_str()`
/// and constant variables), or `std::format`/`fmt::format` with a literal format string,
/// whose replacement fields (`{}`, `{0}`, `{:d}`) become placeholders (`$1`,
/// `$2`, ...) where SQL takes a value (in quotes, after a comparison,
/// `LIKE`, `LIMIT`, `OFFSET`, in an `IN`/`VALUES`/`ANY` list). A field
/// anywhere else (`FROM {}`, `AND {}`, `ORDER BY {}`) makes the text
/// unknown, as any part that is not a literal does.
struct BuiltSql {
  /// A run of the text copied from one literal.
  struct Piece {
    const clang::StringLiteral *Literal;
    unsigned TextOffset;    ///< Where the run starts in `Text`.
    unsigned LiteralOffset; ///< Where it starts in the literal's bytes.
    unsigned Length;
  };
  std::string Text;
  std::vector<Piece> Pieces;
  /// The argument the text was read from.
  const clang::Expr *Argument = nullptr;

  /// The piece the text's byte `Offset` was copied from, if any (a
  /// placeholder was copied from none).
  const Piece *pieceAt(unsigned Offset) const;
};
std::optional<BuiltSql> builtSql(const clang::Expr *Arg);

/// The first argument of `Call` that is SQL, written at the call, in a
/// constant variable, or built from literals (`BuiltSql`); it starts with
/// a statement verb.
std::optional<SqlText> sqlOf(const clang::CallExpr *Call);

/// The SQL of a query with a placeholder compared by equality, rewritten
/// to take all values at once: `= $1` -> `= ANY($1)` (PostgreSQL),
/// `= ?` -> `IN (?, ?, ...)`; "" when the text has no such placeholder.
std::string batchedSql(llvm::StringRef Sql);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_SQLTEXT_H
