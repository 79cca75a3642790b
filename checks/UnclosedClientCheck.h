//===--- UnclosedClientCheck.h - async-unclosed-client --------------------===//
//
// Finds client handles (curl, libpq, hiredis, sqlite, FILE, `new`-allocated
// clients) that some path out of a function or coroutine leaves unreleased,
// and puts plain local handles under a std::unique_ptr (a safe fix).
//
// Only functions that acquire something are analysed: one walk over the code
// outside system headers finds the functions that call one of the catalog's
// acquiring functions (or `new` a client class), and each of them gets one
// CFG walk per acquisition (ResourceFlow).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_UNCLOSEDCLIENTCHECK_H
#define ASYNC_TIDY_CHECKS_UNCLOSEDCLIENTCHECK_H

#include "CatalogConfig.h"
#include "ResourceModel.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "llvm/ADT/DenseSet.h"

namespace async_tidy {

class UnclosedClientCheck : public clang::tidy::ClangTidyCheck {
public:
  UnclosedClientCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  /// C translation units too: the C client libraries are C APIs.
  bool isLanguageVersionSupported(const clang::LangOptions &) const override { return true; }
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

  const Catalog &effectiveCatalog() const { return Config.catalog(); }

private:
  void analyse(const clang::FunctionDecl &Function, clang::ASTContext &Ctx);

  CatalogConfig Config;
  std::string AcquireReleasePairsOption;
  std::string ClientTypesOption;
  ResourceModel Model;
  clang::tidy::utils::IncludeInserter Inserter;
  /// Acquisitions reported in this translation unit (template
  /// instantiations share their pattern's locations).
  llvm::DenseSet<unsigned> Reported;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_UNCLOSEDCLIENTCHECK_H
