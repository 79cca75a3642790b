//===--- BatchedQueryRewriter.h - N+1 queries made one query --------------===//
//
// The N+1 loop runs one query per key, with the key bound to `$1`:
//
//   for (const auto &id : ids) {
//     pqxx::result rows = txn.exec_params("SELECT name FROM users WHERE id = $1", id);
//     ... rows ...
//   }
//
// becomes one query for all keys before the loop, whose rows are grouped
// by key, and the loop body reads the group of its key:
//
//   std::string rows_keys = "{";            // the keys as one array literal
//   for (const auto &id : ids) { ... }
//   rows_keys += '}';
//   pqxx::result rows_all = txn.exec_params(
//       "SELECT name, id AS async_tidy_key FROM users WHERE id = ANY($1)", rows_keys);
//   std::map<int, std::vector<pqxx::row>> rows_by_key;
//   for (const pqxx::row &rows_row : rows_all)
//     rows_by_key[rows_row["async_tidy_key"].as<int>()].push_back(rows_row);
//   for (const auto &id : ids) {
//     const std::vector<pqxx::row> &rows = rows_by_key[id];
//     ... rows ...
//   }
//
// The SQL is read by PostgreSQL's parser (sql/PostgresQuery.h), which says
// which predicate binds the key and whether the rows of all keys are the
// union of each key's rows. The loop body's output is unchanged: same
// elements in the same order, each key sees its rows in the query's order,
// a key with no rows sees none. The query API is catalog data
// (`batch_queries`: libpqxx's exec_params, Drogon's execSqlCoro, whose
// awaited value the batched query awaits too, and execSqlSync). The fix is
// unsafe: the query now runs once, before the loop body's other statements.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_BATCHEDQUERYREWRITER_H
#define ASYNC_TIDY_REWRITERS_BATCHEDQUERYREWRITER_H

#include "ApiIndex.h"
#include "BodyWalker.h"
#include "FixPlan.h"
#include "IterationLoops.h"
#include "SourceEdits.h"

#include <variant>

namespace async_tidy {

class BatchedQueryRewriter {
public:
  BatchedQueryRewriter(clang::ASTContext &Ctx, const ApiIndex &Index) : Ctx(Ctx), Index(Index) {}

  /// The rewrite of `Loop` around the query at `Site`, or why there is
  /// none; nothing to say when the call is not a catalogued batch query.
  FixPlan rewrite(const CallSite &Site, const IterationLoop &Loop,
                  const clang::FunctionDecl &Coroutine) const;

private:
  const BatchQuery *entryFor(const clang::FunctionDecl &Callee) const;
  /// Why the loop body uses the result other than as a sequence of rows.
  std::optional<std::string> resultUseBlocker(const BatchQuery &Entry, const clang::VarDecl &Result,
                                              const clang::Stmt &Body) const;
  /// Why the loop body's other statements must see each query run in turn.
  std::optional<std::string> otherQueryBlocker(const clang::CallExpr &Query,
                                               const clang::Expr *Object,
                                               const clang::Stmt &Body) const;
  /// What the query runs on: the object of a member call (a transaction),
  /// or the first argument (libpq's connection).
  static const clang::Expr *queryObject(const clang::CallExpr &Query);
  /// The argument that binds the key, or why none does. For libpq it is the
  /// parameter array the loop body declares, returned in `ParameterArray`.
  std::variant<const clang::Expr *, std::string>
  keyArgument(const BatchQuery &Entry, llvm::ArrayRef<const clang::Expr *> Args,
              const clang::VarDecl &Element, const clang::CompoundStmt &Body,
              const clang::DeclStmt *&ParameterArray) const;
  /// For rows as numbers in one result (libpq): the edits that make the loop
  /// body read its group of row numbers from the batched result `Handle`,
  /// or why a use of the result cannot.
  std::variant<std::vector<clang::FixItHint>, std::string>
  rowNumberEdits(const BatchQuery &Entry, const clang::VarDecl &Result,
                 const clang::CompoundStmt &Body, const std::string &Handle) const;

  clang::ASTContext &Ctx;
  const ApiIndex &Index;
  mutable GivenNames Given;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_BATCHEDQUERYREWRITER_H
