//===--- MissingIndexCheck.h - async-missing-index ------------------------===//
//
// Finds queries that filter or join a table by a column that no index of
// the project's schema leads: each catalogued database call (the catalog's
// io_calls of kind database, their query_arg) whose SQL is a string
// literal is read by PostgreSQL's parser (sql/QueryColumns.h) and compared
// with the schema the `SchemaFiles` option's .sql files define
// (sql/Schema.h, read once per process). A table the schema does not
// define, SQL that is not a literal, a query the parser rejects or whose
// columns are not all told, and a filter under OR are never reported. The
// note gives the CREATE INDEX statement; no fix edits a .sql file.
//
// One walk per translation unit over the declarations outside system
// headers collects the calls with SQL in an argument; only a unit that has
// one builds the catalog's index. Without SchemaFiles the check registers
// no matcher and costs nothing.
//
// Docs: docs/checks/async-missing-index.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_MISSINGINDEXCHECK_H
#define ASYNC_TIDY_CHECKS_MISSINGINDEXCHECK_H

#include "AsyncCheckBase.h"

#include <memory>

namespace async_tidy {

class ApiIndex;
class Schema;
struct BuiltSql;
struct ColumnUse;
struct Table;

/// How the note with the `CREATE INDEX` statement begins; the driver's
/// --export-migrations (tool/MigrationsExport.cpp) reads the statement
/// after it.
inline constexpr const char MigrationNotePrefix[] = "index it with a migration: ";

class MissingIndexCheck : public AsyncCheckBase {
public:
  MissingIndexCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  ~MissingIndexCheck() override;

  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

  /// The schema's .sql files or directories (every *.sql in it, in natural
  /// order: v2 before v10), separated by ';', relative to the .clang-tidy
  /// that sets them; a global `SchemaFiles` serves async-unbounded-query
  /// too. Empty: the check is off.
  Option<std::string> SchemaFiles{*this, "SchemaFiles", "", Scope::CheckOrGlobal};

private:
  void checkCall(const clang::CallExpr *Call, const Schema &S);
  void checkQuery(const BuiltSql &Sql, const Schema &S);
  void reportFilter(const BuiltSql &Sql, const ColumnUse &Use);
  void reportJoin(const BuiltSql &Sql, const ColumnUse &Left, const ColumnUse &Right);
  clang::SourceLocation locationIn(const BuiltSql &Sql, int Offset) const;
  clang::SourceLocation reportAt(const BuiltSql &Sql, clang::SourceLocation Column) const;
  void noteColumn(clang::SourceLocation At, clang::SourceLocation Column, const ColumnUse &Use);

  std::unique_ptr<ApiIndex> Index; ///< Of the current unit.
  clang::ASTContext *Ctx = nullptr;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_MISSINGINDEXCHECK_H
