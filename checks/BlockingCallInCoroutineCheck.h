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

#ifndef ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECKBASE_H
#define ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECKBASE_H

#include "CoroutineCheckBase.h"

#include <memory>
#include <set>

namespace async_tidy {

struct CallSite;
struct BlockingFunction;
template <class Entry> struct CallChain;
using BlockingChain = CallChain<BlockingFunction>;
struct FrameworkIdioms;

class BlockingCallInCoroutineCheck : public CoroutineCheckBase {
public:
  BlockingCallInCoroutineCheck(llvm::StringRef Name,
                               clang::tidy::ClangTidyContext *Context);
  ~BlockingCallInCoroutineCheck() override;

  void onEndOfTranslationUnit() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkCoroutine(const clang::CoroutineBodyStmt &Body,
                      const clang::FunctionDecl &Coroutine,
                      clang::ASTContext &Ctx) override;
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

  std::set<BlockingKind> EnabledKinds;
  std::vector<std::string> IgnoredFunctions;
  std::vector<std::string> HostileRAIITypes;
  std::unique_ptr<TranslationUnitState> State;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECKBASE_H
