//===--- DriverCoroutines.cpp - Coroutines only a blocking wait runs ------===//

#include "DriverCoroutines.h"
#include "AccessPaths.h"
#include "FrameworkDetector.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Uses of a template's specializations count as uses of the template.
const FunctionDecl *usedFunction(const FunctionDecl *F) {
  if (!F)
    return nullptr;
  if (const FunctionDecl *Pattern = F->getTemplateInstantiationPattern())
    F = Pattern;
  return F->getCanonicalDecl();
}

/// The function a call expression calls, if it is a direct call.
const FunctionDecl *directCallee(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(E ? withoutImplicit(E) : nullptr);
  return Call ? usedFunction(Call->getDirectCallee()) : nullptr;
}

/// Walks the project's declarations once, counting each use of a function
/// and the uses that are sync waits outside coroutines or awaits.
class UseCollector : public RecursiveASTVisitor<UseCollector> {
public:
  UseCollector(const ApiIndex &Index,
               llvm::DenseMap<const FunctionDecl *, DriverCoroutines::Uses> &UsesOf)
      : Index(Index), UsesOf(UsesOf) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseFunctionDecl(FunctionDecl *F) {
    return inFunction(F, [&] { return Base::TraverseFunctionDecl(F); });
  }
  bool TraverseCXXMethodDecl(CXXMethodDecl *F) {
    return inFunction(F, [&] { return Base::TraverseCXXMethodDecl(F); });
  }
  bool TraverseLambdaExpr(LambdaExpr *L) {
    return inFunction(L->getCallOperator(), [&] { return Base::TraverseLambdaExpr(L); });
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    noteUse(dyn_cast<FunctionDecl>(Ref->getDecl()));
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    noteUse(dyn_cast<FunctionDecl>(Member->getMemberDecl()));
    return true;
  }
  /// A call in a template that depends on its arguments names every
  /// candidate: each may be the one used.
  bool VisitOverloadExpr(OverloadExpr *Candidates) {
    for (const NamedDecl *Candidate : Candidates->decls()) {
      const NamedDecl *Target = Candidate->getUnderlyingDecl();
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(Target))
        noteUse(Template->getTemplatedDecl());
      else
        noteUse(dyn_cast<FunctionDecl>(Target));
    }
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (insideCoroutine())
      return true;
    const BlockingFunction *Wait = Index.blockingFunction(Call);
    if (!Wait || Wait->Kind != BlockingKind::Wait)
      return true;
    // `syncAwait(run(), executor)` runs it on that executor: only a wait
    // given nothing but the coroutine runs it on the waiting thread.
    auto Arguments = writtenArguments(Call);
    if (Arguments.size() == 1)
      if (const FunctionDecl *Run = directCallee(Arguments.front()))
        ++UsesOf[Run].SyncWaited;
    return true;
  }
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (const FunctionDecl *Awaited = directCallee(Await->getOperand()))
      if (!Functions.empty())
        UsesOf[Awaited].AwaitedBy.push_back(Functions.back());
    return true;
  }

private:
  using Base = RecursiveASTVisitor<UseCollector>;

  template <class Traverse> bool inFunction(const FunctionDecl *F, Traverse Run) {
    Functions.push_back(usedFunction(F));
    bool Continue = Run();
    Functions.pop_back();
    return Continue;
  }
  bool insideCoroutine() const {
    if (Functions.empty() || !Functions.back())
      return false;
    const FunctionDecl *Definition = Functions.back()->getDefinition();
    return Definition && coroutineBody(*Definition);
  }
  void noteUse(const FunctionDecl *F) {
    if (F)
      ++UsesOf[usedFunction(F)].All;
  }

  const ApiIndex &Index;
  llvm::DenseMap<const FunctionDecl *, DriverCoroutines::Uses> &UsesOf;
  std::vector<const FunctionDecl *> Functions;
};

} // namespace

llvm::DenseMap<const FunctionDecl *, DriverCoroutines::Uses>
collectFunctionUses(ASTContext &Ctx, const ApiIndex &Index,
                    const std::function<bool(SourceLocation)> &InProject) {
  llvm::DenseMap<const FunctionDecl *, DriverCoroutines::Uses> UsesOf;
  UseCollector Collector(Index, UsesOf);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (InProject(D->getLocation()))
      Collector.TraverseDecl(D);
  return UsesOf;
}

DriverCoroutines::DriverCoroutines(ASTContext &Ctx, const ApiIndex &Index,
                                   std::function<bool(SourceLocation)> InProject,
                                   std::function<bool(const FunctionDecl &)> DriverByUnits)
    : Ctx(Ctx), Index(Index), InProject(std::move(InProject)),
      DriverByUnits(std::move(DriverByUnits)) {}

bool DriverCoroutines::isDriver(const FunctionDecl &Coroutine) {
  const FunctionDecl *F = usedFunction(&Coroutine);
  if (auto Known = Verdicts.find(F); Known != Verdicts.end())
    return Known->second;
  Verdicts[F] = false;
  // Every use must be visible: declared only in the main file, and no
  // member (a virtual or a class's friend may be called from elsewhere).
  if (isa<CXXMethodDecl>(F))
    return false;
  if (DriverByUnits && DriverByUnits(*F))
    return Verdicts[F] = true;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const FunctionDecl *Redecl : F->redecls())
    if (!SM.isInMainFile(SM.getExpansionLoc(Redecl->getLocation())))
      return false;
  if (!Collected) {
    UsesOf = collectFunctionUses(Ctx, Index, InProject);
    Collected = true;
  }
  auto Found = UsesOf.find(F);
  if (Found == UsesOf.end())
    return false;
  const Uses &U = Found->second;
  if (U.SyncWaited + U.AwaitedBy.size() == 0 || U.All != U.SyncWaited + U.AwaitedBy.size())
    return false;
  for (const FunctionDecl *Awaiter : U.AwaitedBy)
    if (!Awaiter || !Awaiter->getDefinition() || !coroutineBody(*Awaiter->getDefinition()) ||
        !isDriver(*Awaiter))
      return false;
  return Verdicts[F] = true;
}

} // namespace async_tidy
