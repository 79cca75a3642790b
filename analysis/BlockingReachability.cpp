//===--- BlockingReachability.cpp - Helpers that block, through calls -----===//

#include "BlockingReachability.h"
#include "FrameworkDetector.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

BlockingReachability::BlockingReachability(
    const ApiIndex &Index, ASTContext &Ctx, const WalkPolicy &Policy,
    std::function<bool(const BlockingFunction &)> Reportable,
    std::function<bool(const FunctionDecl *)> IsIgnoredHelper,
    std::function<bool(SourceLocation)> IsProjectCode)
    : Index(Index), Ctx(Ctx), Policy(Policy), Reportable(std::move(Reportable)),
      IsIgnoredHelper(std::move(IsIgnoredHelper)), IsProjectCode(std::move(IsProjectCode)) {}

const BlockingFunction *
BlockingReachability::directlyBlocking(const Expr *Call) const {
  const BlockingFunction *Entry = Index.blockingFunction(Call);
  return Entry && Reportable(*Entry) ? Entry : nullptr;
}

namespace {
/// A virtual call may run an override whose body we do not follow, unless
/// the call is qualified or the method or class is final.
bool mayDispatchElsewhere(const Expr *Call, const FunctionDecl *Callee) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (!Method || !Method->isVirtual())
    return false;
  if (Method->hasAttr<FinalAttr>() || Method->getParent()->hasAttr<FinalAttr>())
    return false;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    if (const auto *ME = dyn_cast<MemberExpr>(Member->getCallee()->IgnoreParens()))
      return !ME->hasQualifier();
  return true;
}
} // namespace

bool BlockingReachability::isFollowableHelper(const Expr *Call,
                                              const FunctionDecl *Callee) const {
  const FunctionDecl *Definition = nullptr;
  if (!Callee->hasBody(Definition) || !Definition->getBody())
    return false;
  if (coroutineBody(*Definition))
    return false; // Awaited coroutines are analysed as coroutines.
  // Libraries (system headers, and bundled third-party headers outside the
  // header filter) are described by the catalog, not followed: their
  // internals take branches we cannot see (a resolver that only resolves
  // names, a sleep only without an executor).
  if (Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()) ||
      !IsProjectCode(Definition->getLocation()))
    return false;
  if (mayDispatchElsewhere(Call, Callee))
    return false;
  return !IsIgnoredHelper(Definition);
}

const BlockingChain *
BlockingReachability::chainThrough(const FunctionDecl *Helper,
                                   unsigned MaxHelpers) {
  if (MaxHelpers == 0)
    return nullptr;
  const FunctionDecl *Definition = nullptr;
  if (!Helper->hasBody(Definition))
    return nullptr;
  auto Key = std::make_pair(Definition->getCanonicalDecl(), MaxHelpers);
  if (auto It = Memo.find(Key); It != Memo.end())
    return It->second.get();
  if (!InProgress.insert(Key.first).second)
    return nullptr; // Recursion: the first visit decides.

  std::unique_ptr<BlockingChain> Best;
  walkBody(Definition->getBody(), Ctx, Policy, [&](const CallSite &Site) {
    if (Best && Best->Steps.size() == 1)
      return; // Nothing is shorter than a direct blocking call.
    if (const BlockingFunction *Entry = directlyBlocking(Site.Call)) {
      if (!Entry->Transitive)
        return; // Reported only where a coroutine makes the call itself.
      Best = std::make_unique<BlockingChain>();
      Best->Steps.push_back({Site.Call, Site.Callee});
      Best->Entry = Entry;
      return;
    }
    if (MaxHelpers < 2 || !isFollowableHelper(Site.Call, Site.Callee))
      return;
    const BlockingChain *Sub = chainThrough(Site.Callee, MaxHelpers - 1);
    if (!Sub || (Best && Best->Steps.size() <= Sub->Steps.size() + 1))
      return;
    Best = std::make_unique<BlockingChain>();
    Best->Steps.push_back({Site.Call, Site.Callee});
    Best->Steps.append(Sub->Steps.begin(), Sub->Steps.end());
    Best->Entry = Sub->Entry;
  });

  InProgress.erase(Key.first);
  const BlockingChain *Result = Best.get();
  Memo[Key] = std::move(Best);
  return Result;
}

} // namespace async_tidy
