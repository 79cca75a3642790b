//===--- CoroutineCheckBase.h - What every async check shares -------------===//
//
// The skeleton of an async check: the effective API catalog (default +
// CatalogFile), an IncludeInserter for the headers fixes need, and one
// matcher that hands each coroutine body of user code to the check. A
// statement matcher is tried only on nodes of its kind, so finding the
// coroutines costs nothing on the rest of the translation unit (a
// functionDecl matcher would be tried on every function of Asio and Beast).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_COROUTINECHECKBASE_H
#define ASYNC_TIDY_CHECKS_COROUTINECHECKBASE_H

#include "CatalogConfig.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"

namespace async_tidy {

class CoroutineCheckBase : public clang::tidy::ClangTidyCheck {
public:
  CoroutineCheckBase(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) final;
  /// Stores IncludeStyle and CatalogFile; checks add their own options.
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

  /// The catalog after CatalogFile and the check's own options.
  const Catalog &effectiveCatalog() const { return Config.catalog(); }

protected:
  /// Called once per coroutine definition outside system headers (template
  /// patterns and each instantiation).
  virtual void checkCoroutine(const clang::CoroutineBodyStmt &Body,
                              const clang::FunctionDecl &Coroutine,
                              clang::ASTContext &Ctx) = 0;

  /// Adds to `Diag` the include insertions of `Headers` in `File`.
  void addIncludes(clang::DiagnosticBuilder &Diag, clang::FileID File,
                   const std::vector<HeaderNeed> &Headers);

  clang::tidy::ClangTidyContext *TidyContext;
  CatalogConfig Config;
  clang::tidy::utils::IncludeInserter Inserter;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_COROUTINECHECKBASE_H
