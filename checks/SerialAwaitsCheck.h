//===--- SerialAwaitsCheck.h - async-serial-awaits ------------------------===//
//
// Finds runs of independent `co_await`s in one block that run one after
// another where the framework could run them concurrently, and offers (as
// an unsafe fix on a note) the framework's combined await.
//
// Docs: docs/checks/async-serial-awaits.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_SERIALAWAITSCHECK_H
#define ASYNC_TIDY_CHECKS_SERIALAWAITSCHECK_H

#include "CoroutineCheckBase.h"

#include <memory>

namespace async_tidy {

struct AwaitGroup;
struct FrameworkIdioms;

class SerialAwaitsCheck : public CoroutineCheckBase {
public:
  SerialAwaitsCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  ~SerialAwaitsCheck() override;

  void onEndOfTranslationUnit() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkCoroutine(const clang::CoroutineBodyStmt &Body,
                      const clang::FunctionDecl &Coroutine,
                      clang::ASTContext &Ctx) override;
  struct TranslationUnitState;
  TranslationUnitState &stateFor(clang::ASTContext &Ctx);
  void report(const AwaitGroup &Group, const clang::FunctionDecl &Coroutine,
              const FrameworkIdioms *Framework, bool AllowFix);

  unsigned MinGroupSize;
  std::string ConcurrencySafeTypesOption;
  std::string IgnoredAwaitablesOption;
  bool ExplainDependencies;
  std::unique_ptr<TranslationUnitState> State;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_SERIALAWAITSCHECK_H
