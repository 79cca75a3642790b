//===--- BlockingReachability.cpp - Helpers that block, through calls -----===//

#include "BlockingReachability.h"

using namespace clang;

namespace async_tidy {

BlockingReachability::BlockingReachability(
    const ApiIndex &Index, ASTContext &Ctx, const WalkPolicy &Policy,
    std::function<bool(const BlockingFunction &)> Reportable,
    std::function<bool(const FunctionDecl *)> IsIgnoredHelper,
    std::function<bool(SourceLocation)> IsProjectCode)
    : Index(Index), Reportable(std::move(Reportable)), IsIgnoredHelper(std::move(IsIgnoredHelper)),
      IsProjectCode(std::move(IsProjectCode)),
      Search(
          Ctx, Policy,
          [this](const CallSite &Site) -> const BlockingFunction * {
            const BlockingFunction *Entry = directlyBlocking(Site.Call);
            // Non-transitive entries count only where a coroutine calls them.
            return Entry && Entry->Transitive ? Entry : nullptr;
          },
          [this](const CallSite &Site) { return isFollowableHelper(Site.Call, Site.Callee); }) {}

const BlockingFunction *BlockingReachability::directlyBlocking(const Expr *Call) const {
  const BlockingFunction *Entry = Index.blockingFunction(Call);
  return Entry && Reportable(*Entry) ? Entry : nullptr;
}

bool BlockingReachability::isFollowableHelper(const Expr *Call, const FunctionDecl *Callee) const {
  if (!isProjectHelperCall(Call, Callee, /*EnterCoroutines=*/false, IsProjectCode))
    return false;
  const FunctionDecl *Definition = nullptr;
  Callee->hasBody(Definition);
  return !IsIgnoredHelper(Definition);
}

const BlockingChain *BlockingReachability::chainThrough(const FunctionDecl *Helper,
                                                        unsigned MaxHelpers) {
  return Search.chainThrough(Helper, MaxHelpers);
}

} // namespace async_tidy
