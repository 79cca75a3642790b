//===--- CallChains.h - Shortest call chains to a catalogued call ---------===//
//
// A coroutine that calls `load_profile()` blocks, or queries the database,
// if `load_profile` (defined in this translation unit) does so directly or
// through further helpers. CallChainSearch finds, for a helper, the
// shortest chain of calls that reaches a call the catalog knows (a blocking
// function, a database query, ...) within a bound on the helpers in it,
// walking each helper body once per remaining depth (memoized). What counts
// as a hit and which callees may be entered are the caller's decisions.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_CALLCHAINS_H
#define ASYNC_TIDY_ANALYSIS_CALLCHAINS_H

#include "BodyWalker.h"
#include "FrameworkDetector.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <functional>
#include <map>
#include <memory>

namespace async_tidy {

/// One call in a chain: `Call` is made inside the previous step's callee.
struct ChainStep {
  const clang::Expr *Call;
  const clang::FunctionDecl *Callee;
};

/// From inside a helper to the catalogued call, which is the last step's.
template <class Entry> struct CallChain {
  llvm::SmallVector<ChainStep, 4> Steps;
  const Entry *Target = nullptr;

  /// The chain of one call whose callee is `Target` itself (a function
  /// known through its summary, whose own steps the summary names).
  static CallChain oneCall(const clang::Expr *Call, const clang::FunctionDecl *Callee,
                           const Entry *Target) {
    CallChain Chain;
    Chain.Steps.push_back({Call, Callee});
    Chain.Target = Target;
    return Chain;
  }
};

template <class Entry> class CallChainSearch {
public:
  /// `Hit`: the catalogued entry a call makes that may be reached through
  /// helpers, or null. `MayEnter`: whether the search follows a call into
  /// its callee's body.
  CallChainSearch(clang::ASTContext &Ctx, const WalkPolicy &Policy,
                  std::function<const Entry *(const CallSite &)> Hit,
                  std::function<bool(const CallSite &)> MayEnter)
      : Ctx(Ctx), Policy(Policy), Hit(std::move(Hit)), MayEnter(std::move(MayEnter)) {}

  /// The shortest chain by which calling `Helper` reaches a hit, with at
  /// most `MaxHelpers` helper functions in it (`Helper` included), or null.
  const CallChain<Entry> *chainThrough(const clang::FunctionDecl *Helper, unsigned MaxHelpers) {
    const clang::FunctionDecl *Definition = nullptr;
    if (MaxHelpers == 0 || !Helper->hasBody(Definition))
      return nullptr;
    auto Key = std::make_pair(Definition->getCanonicalDecl(), MaxHelpers);
    if (auto It = Memo.find(Key); It != Memo.end())
      return It->second.get();
    if (!InProgress.insert(Key.first).second)
      return nullptr; // Recursion: the first visit decides.

    std::unique_ptr<CallChain<Entry>> Best;
    walkBody(coroutineBodyOf(*Definition), Ctx, Policy, [&](const CallSite &Site) {
      if (Best && Best->Steps.size() == 1)
        return; // Nothing is shorter than a direct hit.
      if (const Entry *Target = Hit(Site)) {
        Best = std::make_unique<CallChain<Entry>>();
        Best->Steps.push_back({Site.Call, Site.Callee});
        Best->Target = Target;
        return;
      }
      if (MaxHelpers < 2 || !MayEnter(Site))
        return;
      const CallChain<Entry> *Sub = chainThrough(Site.Callee, MaxHelpers - 1);
      if (!Sub || (Best && Best->Steps.size() <= Sub->Steps.size() + 1))
        return;
      Best = std::make_unique<CallChain<Entry>>();
      Best->Steps.push_back({Site.Call, Site.Callee});
      Best->Steps.append(Sub->Steps.begin(), Sub->Steps.end());
      Best->Target = Sub->Target;
    });

    InProgress.erase(Key.first);
    const CallChain<Entry> *Result = Best.get();
    Memo[Key] = std::move(Best);
    return Result;
  }

private:
  clang::ASTContext &Ctx;
  const WalkPolicy &Policy;
  std::function<const Entry *(const CallSite &)> Hit;
  std::function<bool(const CallSite &)> MayEnter;
  /// (helper, depth) -> chain or null; owned here so pointers stay valid.
  std::map<std::pair<const clang::FunctionDecl *, unsigned>, std::unique_ptr<CallChain<Entry>>>
      Memo;
  llvm::DenseSet<const clang::FunctionDecl *> InProgress;
};

/// Whether a call to `Callee` from `Call` runs a body of this translation
/// unit that a chain search may enter: a definition outside system headers
/// and in the project's files (libraries are the catalog's job: their
/// internals take branches we cannot see), not a virtual call that may run
/// an override. Coroutines only when `EnterCoroutines`.
bool isProjectHelperCall(const clang::Expr *Call, const clang::FunctionDecl *Callee,
                         bool EnterCoroutines,
                         const std::function<bool(clang::SourceLocation)> &IsProjectCode);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_CALLCHAINS_H
