//===--- UnboundedQueryCheck.h - async-unbounded-query --------------------===//
//
// Finds a query that returns every row it selects when the program then
// uses only the first N: a local variable holds the result of a
// catalogued database call (the catalog's io_calls of kind database, their
// query_arg) whose SQL is read by PostgreSQL's parser as a SELECT with no
// LIMIT, no grouping and no function in its select list, and the same
// function reads only the first N rows of it (analysis/RowTruncation.h).
// A WHERE that fixes a unique key of the schema (`SchemaFiles`) returns
// one row; a WHERE that fixes columns of a table the schema does not
// define may do the same, so it is not reported.
//
// The unsafe fix adds `LIMIT <rows read>` to the call's own literal: the
// number itself when it is a constant, else a placeholder and the
// variable as the call's last argument, when the catalog says the call's
// parameters follow its SQL. The note gives the query as it would be.
//
// C and C++: services on libpq are often written in C.
//
// One walk per translation unit over the declarations outside system
// headers; only a unit with such a variable and loop builds the catalog's
// index and reads the schema.
//
// Docs: docs/checks/async-unbounded-query.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_UNBOUNDEDQUERYCHECK_H
#define ASYNC_TIDY_CHECKS_UNBOUNDEDQUERYCHECK_H

#include "AsyncCheckBase.h"
#include "RowFilter.h"
#include "RowTruncation.h"

namespace async_tidy {

class ApiIndex;
class Schema;
struct BuiltSql;
struct UnboundedSelect;

class UnboundedQueryCheck : public AsyncCheckBase {
public:
  UnboundedQueryCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

  /// The schema's .sql files or directories (checks/ProjectSchema.h), for
  /// which WHERE clauses fix a unique key. Empty: a query whose WHERE fixes
  /// any column by value is not reported.
  Option<std::string> SchemaFiles{*this, "SchemaFiles", "", Scope::CheckOrGlobal};

  /// A query call whose result a truncation reads.
  struct Candidate {
    const clang::CallExpr *Query;
    const clang::VarDecl *Rows;    ///< Holds the result.
    const clang::Stmt *Assignment; ///< `rows = <query>`; null for its declaration.
    /// The loop that reads the rows; for a filter, one that bounds nothing.
    RowTruncation Truncation;
    /// Set when the loop skips rows by a column instead of stopping early.
    std::optional<RowFilter> Filter;
  };

private:
  /// What the catalog says about results: the calls that take a whole
  /// result (its release, its status readers), and the types of one row.
  struct ResultKnowledge {
    ResultCalls Calls;
    llvm::StringSet<> RowTypes;
  };
  static ResultKnowledge resultKnowledge(const Catalog &Cat);
  bool isWholeResultTruncated(const Candidate &C, const ResultKnowledge &Known,
                              clang::ASTContext &Ctx) const;
  void checkCandidate(const Candidate &C, const ApiIndex &Index, const Schema *S,
                      clang::ASTContext &Ctx);
  bool selectsWholeTables(const UnboundedSelect &Select, const Schema *S) const;
  void reportFilter(const Candidate &C, const UnboundedSelect &Select, clang::SourceLocation At,
                    clang::ASTContext &Ctx);
  FixPlan limitFix(const clang::CallExpr *Query, const IoCall &Io, const BuiltSql &Sql,
                   const UnboundedSelect &Select, const RowTruncation &T,
                   clang::ASTContext &Ctx) const;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_UNBOUNDEDQUERYCHECK_H
