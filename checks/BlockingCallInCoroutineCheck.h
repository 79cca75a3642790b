//===--- BlockingCallInCoroutineCheck.h - async-blocking-call-in-coroutine ===//
//
// Finds calls that block the thread inside coroutines: catalogued blocking
// functions, and functions of the translation unit that reach one. Fixes
// (safe, on the warning) turn a call with an asynchronous twin in the
// coroutine's framework into `co_await` of that twin.
//
// Docs: docs/checks/async-blocking-call-in-coroutine.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H
#define ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H

#include "CatalogConfig.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"

#include <memory>
#include <set>

namespace async_tidy {

struct CallSite;
struct BlockingChain;
struct BlockingFunction;
struct FrameworkIdioms;

class BlockingCallInCoroutineCheck : public clang::tidy::ClangTidyCheck {
public:
  BlockingCallInCoroutineCheck(llvm::StringRef Name,
                               clang::tidy::ClangTidyContext *Context);
  ~BlockingCallInCoroutineCheck() override;

  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

  /// The catalog after CatalogFile and this check's options: what
  /// `async-tidy-catalog` prints.
  const Catalog &effectiveCatalog() const { return Config.catalog(); }

private:
  struct TranslationUnitState;

  TranslationUnitState &stateFor(clang::ASTContext &Ctx);
  void handleCall(const CallSite &Site, const clang::FunctionDecl &Coroutine,
                  const FrameworkIdioms *Framework);
  void reportDirect(const CallSite &Site, const BlockingFunction &Entry,
                    const clang::FunctionDecl &Coroutine,
                    const FrameworkIdioms *Framework);
  void reportTransitive(const CallSite &Site, const BlockingChain &Chain,
                        const clang::FunctionDecl &Coroutine);
  std::string adviceFor(const BlockingFunction &Entry) const;
  bool isHostileRAII(const clang::VarDecl *Var) const;
  void applyCheckOptions();

  // Options, as written (stored back by storeOptions).
  std::string ExtraBlockingFunctionsOption;
  std::string IgnoredFunctionsOption;
  std::string BlockingKindsOption;
  std::string HostileRAIITypesOption;
  unsigned TransitiveDepth;

  clang::tidy::ClangTidyContext *TidyContext;
  CatalogConfig Config;
  std::set<BlockingKind> EnabledKinds;
  std::vector<std::string> IgnoredFunctions;
  std::vector<std::string> HostileRAIITypes;
  clang::tidy::utils::IncludeInserter Inserter;
  std::unique_ptr<TranslationUnitState> State;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H
