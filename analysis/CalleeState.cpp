//===--- CalleeState.cpp - Shared state an awaited project function reads --===//
//
// `co_await cache->erase(key); co_await available();` is an order when
// `available` (a coroutine of the project) reads `cache` inside its body:
// run concurrently, it could read the entry the erase removes. The await
// statement itself names neither, so the await of a function whose body
// this translation unit has reads, besides its arguments, the shared state
// its body names, a few calls deep:
//   - variables of namespace scope and static members, neither const nor
//     in a system header (`global::cache`);
//   - members of `*this`, when the awaited call runs on the caller's own
//     object (`available()`, `this->available()`): `cache_`.
// Only reads are added. That a body writes shared state is not known here,
// so two awaits whose bodies only touch one global stay independent, as
// before; it takes a write the caller's await names to order them.
//
//===----------------------------------------------------------------------===//

#include "AwaitDependency.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {

/// How deep the search follows calls of project functions.
constexpr unsigned MaxStateDepth = 3;

/// Whether `Var` is shared state another await may change.
bool isMutableGlobal(const VarDecl &Var, const SourceManager &SM) {
  return Var.hasGlobalStorage() && !Var.isStaticLocal() && !Var.isConstexpr() &&
         !Var.getType().isConstQualified() && !SM.isInSystemHeader(Var.getLocation());
}

/// Whether `Call` runs on the calling function's own object.
bool callsOnThis(const CallExpr &Call) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  const Expr *Object = Member ? Member->getImplicitObjectArgument() : nullptr;
  return Object && isa<CXXThisExpr>(Object->IgnoreParenImpCasts());
}

/// The shared state one body names, and the project functions it calls.
class StateFinder : public RecursiveASTVisitor<StateFinder> {
public:
  explicit StateFinder(const SourceManager &SM) : SM(SM) {}

  std::vector<const Decl *> Globals, Members;
  std::vector<std::pair<const FunctionDecl *, bool>> Calls; ///< callee, on *this

  // A lambda's body is a function of its own, run when it is called.
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()); Var && isMutableGlobal(*Var, SM))
      Globals.push_back(Var);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    if (isa<FieldDecl>(Member->getMemberDecl()) &&
        isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      Members.push_back(Member->getMemberDecl());
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      Calls.emplace_back(Callee, callsOnThis(*Call));
    return true;
  }

private:
  const SourceManager &SM;
};

} // namespace

const AwaitDependencyAnalysis::CalleeState &
AwaitDependencyAnalysis::stateReadBy(const FunctionDecl &Callee, unsigned Depth,
                                     bool &DepthReached) const {
  static const CalleeState None;
  const FunctionDecl *Definition = nullptr;
  if (Depth > MaxStateDepth) {
    DepthReached = true;
    return None;
  }
  if (!Callee.hasBody(Definition) ||
      Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()))
    return None;
  if (auto Known = StateMemo.find(Definition); Known != StateMemo.end())
    return Known->second;
  if (!StateOpen.insert(Definition).second) {
    DepthReached = true; // Recursion: its other paths say the rest.
    return None;
  }
  const Stmt *Body = Definition->getBody();
  if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  StateFinder Finder(Ctx.getSourceManager());
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  CalleeState State;
  State.Globals.insert(Finder.Globals.begin(), Finder.Globals.end());
  State.Members.insert(Finder.Members.begin(), Finder.Members.end());
  bool Cut = false;
  for (auto [Next, OnThis] : Finder.Calls) {
    const CalleeState &Inner = stateReadBy(*Next, Depth + 1, Cut);
    State.Globals.insert(Inner.Globals.begin(), Inner.Globals.end());
    if (OnThis)
      State.Members.insert(Inner.Members.begin(), Inner.Members.end());
  }
  StateOpen.erase(Definition);
  DepthReached |= Cut;
  // An answer cut short is a part of the whole: not kept, so that answers
  // do not depend on the order coroutines are analysed in.
  if (Cut) {
    CutStates.push_back(std::move(State));
    return CutStates.back();
  }
  return StateMemo[Definition] = std::move(State);
}

void AwaitDependencyAnalysis::addStateReadByCallee(const AwaitStatement &S,
                                                   AwaitEffects &Effects) const {
  const CallExpr *Call = S.awaitedCall();
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return;
  bool DepthReached = false;
  const CalleeState &State = stateReadBy(*Callee, 0, DepthReached);
  Effects.Reads.insert(State.Globals.begin(), State.Globals.end());
  if (callsOnThis(*Call))
    Effects.Reads.insert(State.Members.begin(), State.Members.end());
}

} // namespace async_tidy
