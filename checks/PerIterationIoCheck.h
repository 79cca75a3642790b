//===--- PerIterationIoCheck.h - async-per-iteration-io -------------------===//
//
// Finds database queries, LLM and HTTP requests that a coroutine makes once
// per loop iteration (N+1), directly or through helpers of the translation
// unit, and clients opened per iteration; offers, for the canonical
// "await one call per element and append the result" loop, an unsafe fix
// that runs the calls concurrently in the framework's idiom.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_PERITERATIONIOCHECK_H
#define ASYNC_TIDY_CHECKS_PERITERATIONIOCHECK_H

#include "CoroutineCheckBase.h"

#include <memory>
#include <set>

namespace async_tidy {

struct CallSite;
struct IoCall;
struct IterationLoop;
template <class Entry> struct CallChain;
struct FrameworkIdioms;

class PerIterationIoCheck : public CoroutineCheckBase {
public:
  PerIterationIoCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  ~PerIterationIoCheck() override;

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

protected:
  void checkCoroutine(const clang::CoroutineBodyStmt &Body, const clang::FunctionDecl &Coroutine,
                      clang::ASTContext &Ctx) override;

private:
  struct TranslationUnitState;
  TranslationUnitState &stateFor(clang::ASTContext &Ctx);
  /// Whether the check leaves `Loop` alone: an event loop, a retry loop, or
  /// a loop of at most MinIterations iterations.
  bool isExempt(const IterationLoop &Loop, clang::ASTContext &Ctx);
  void report(const CallSite &Site, const IoCall &Entry, const IterationLoop &Loop,
              const CallChain<IoCall> *Chain, const clang::FunctionDecl &Coroutine,
              const FrameworkIdioms *Framework, clang::ASTContext &Ctx);

  std::string DatabaseFunctionsOption;
  std::string LlmFunctionsOption;
  std::string HttpFunctionsOption;
  unsigned MinIterations;
  unsigned MaxConcurrency;
  unsigned TransitiveDepth;
  std::unique_ptr<TranslationUnitState> State;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_PERITERATIONIOCHECK_H
