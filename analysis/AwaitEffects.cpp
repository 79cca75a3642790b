//===--- AwaitEffects.cpp - What one await statement reads and changes ----===//

#include "AwaitEffects.h"
#include "AccessPaths.h"
#include "FrameworkDetector.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

using namespace clang;

namespace async_tidy {

namespace {

/// The arguments of `Call` its callee may change (skipping the object of
/// a member operator), with the parameter that lets it.
template <class OnArgument> void forEachChangeableArgument(const CallExpr *Call, OnArgument On) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  unsigned First = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
  for (unsigned I = First; I < Call->getNumArgs() && I - First < Callee->getNumParams(); ++I)
    if (mayChangeArgument(Callee->getParamDecl(I - First)->getType()))
      On(Call->getArg(I));
}

/// Finds whether a member function's body changes its object's state.
class MutationFinder : public RecursiveASTVisitor<MutationFinder> {
public:
  MutationFinder(const SourceManager &SM, ConcurrencySafety IsConcurrencySafe,
                 MethodSafety IsSafeMethod, unsigned Depth)
      : SM(SM), IsConcurrencySafe(IsConcurrencySafe), IsSafeMethod(IsSafeMethod), Depth(Depth) {}

  bool Mutates = false;

  /// A call that may change own state through an argument taken by
  /// non-const reference or pointer (`async_write(socket_->impl_, ..)`).
  bool VisitCallExpr(CallExpr *Call) {
    if (!Call->getDirectCallee())
      return true;
    forEachChangeableArgument(Call, [&](const Expr *Arg) {
      Mutates |= isReachedFromThis(Arg) && !IsConcurrencySafe(objectType(Arg));
    });
    return !Mutates;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    Mutates |= B->isAssignmentOp() && isReachedFromThis(B->getLHS());
    return !Mutates;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    Mutates |= U->isIncrementDecrementOp() && isReachedFromThis(U->getSubExpr());
    return !Mutates;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const Expr *Object = Call->getImplicitObjectArgument();
    const CXXMethodDecl *M = Call->getMethodDecl();
    if (!Object || !M || !isReachedFromThis(Object) || M->isConst() ||
        IsConcurrencySafe(objectType(Object)))
      return true;
    if (isa<CXXThisExpr>(Object->IgnoreParenImpCasts()) &&
        leavesObjectUnchanged(M, SM, IsConcurrencySafe, IsSafeMethod, Depth + 1))
      return true;
    Mutates = true;
    return false;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    const auto *M = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
    Mutates |= M && !M->isConst() && Op->getNumArgs() > 0 && isReachedFromThis(Op->getArg(0)) &&
               !IsConcurrencySafe(objectType(Op->getArg(0)));
    return !Mutates;
  }

private:
  const SourceManager &SM;
  ConcurrencySafety IsConcurrencySafe;
  MethodSafety IsSafeMethod;
  unsigned Depth;
};

/// Collects what the awaited expression reads and writes.
class EffectCollector : public RecursiveASTVisitor<EffectCollector> {
public:
  EffectCollector(AwaitEffects &Out, const SourceManager &SM, ConcurrencySafety IsConcurrencySafe,
                  MethodSafety IsSafeMethod)
      : Out(Out), SM(SM), IsConcurrencySafe(IsConcurrencySafe), IsSafeMethod(IsSafeMethod) {}

  bool shouldVisitLambdaBody() const { return false; }

  /// A write of what `E` denotes; a doubt when it has no nameable root.
  void noteWrite(const Expr *E, const char *Doubt) {
    if (const Decl *Root = rootOf(E))
      Out.Writes.insert(Root);
    else if (Out.Doubt.empty())
      Out.Doubt = Doubt;
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) { return noteRead(Ref); }
  bool VisitMemberExpr(MemberExpr *Member) { return noteRead(Member); }
  bool VisitCXXThisExpr(CXXThisExpr *) {
    Out.Reads.insert(ThisRoot);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isAssignmentOp())
      noteWrite(B->getLHS(), "assigns through an expression it cannot name");
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->isIncrementDecrementOp())
      noteWrite(U->getSubExpr(), "modifies an expression it cannot name");
    return true;
  }
  /// A capture reads its variable; by reference, the lambda may change it.
  bool VisitLambdaExpr(LambdaExpr *L) {
    for (const LambdaCapture &C : L->captures()) {
      if (C.capturesThis()) {
        Out.Reads.insert(ThisRoot);
        Out.Writes.insert(ThisRoot);
      } else if (C.capturesVariable()) {
        const Decl *Root = C.getCapturedVar()->getCanonicalDecl();
        if (const auto *Binding = dyn_cast<BindingDecl>(C.getCapturedVar()))
          Root = Binding->getDecomposedDecl();
        Out.Reads.insert(Root);
        if (C.getCaptureKind() == LCK_ByRef)
          Out.Writes.insert(Root);
      }
    }
    return true;
  }
  bool VisitCallExpr(CallExpr *Call);
  void noteCapturesOf(const CXXRecordDecl &Closure);

private:
  bool noteRead(const Expr *E) {
    if (const Decl *Root = rootOf(E))
      Out.Reads.insert(Root);
    return true;
  }

  AwaitEffects &Out;
  const SourceManager &SM;
  ConcurrencySafety IsConcurrencySafe;
  MethodSafety IsSafeMethod;
};

/// Arguments the callee may change are written (rvalue references too: the
/// callee may move from them); a mutating call on an object changes it.
bool EffectCollector::VisitCallExpr(CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee) {
    if (Out.Doubt.empty())
      Out.Doubt = "calls through a pointer or function object it cannot see";
    return true;
  }
  forEachChangeableArgument(Call, [&](const Expr *Arg) {
    Arg = Arg->IgnoreParenImpCasts();
    if (!IsConcurrencySafe(objectType(Arg)) && !isa<CXXDefaultArgExpr>(Arg) &&
        !Arg->getType()->isNullPtrType())
      noteWrite(Arg, "passes an object it may change that the analysis cannot name");
  });
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Object = Member->getImplicitObjectArgument();
  else if (isa<CXXOperatorCallExpr>(Call) && Method && Call->getNumArgs() > 0)
    Object = Call->getArg(0);
  if (Object && Method && !IsConcurrencySafe(objectType(Object)) &&
      !leavesObjectUnchanged(Method, SM, IsConcurrencySafe, IsSafeMethod))
    noteWrite(Object, "calls a mutating function on an object it cannot name");
  return true;
}

/// Awaiting a call of a lambda made before (`seed(1)`, a closure that
/// captured `&tx`) runs its body on what it captured; its call operator is
/// `const` all the same. It changes a variable captured by reference that
/// its body changes (clang's ExprMutationAnalyzer), the object a captured
/// pointer or smart pointer points to (non-const and not concurrency-safe:
/// what is called through it is not followed), and `*this` when its body
/// changes it as a member function would. A copy it holds is its own.
void EffectCollector::noteCapturesOf(const CXXRecordDecl &Closure) {
  const CXXMethodDecl *CallOperator = Closure.getLambdaCallOperator();
  const Stmt *Body = CallOperator ? coroutineBodyOf(*CallOperator) : nullptr;
  if (!Body)
    return;
  llvm::DenseMap<const ValueDecl *, FieldDecl *> Captures;
  FieldDecl *ThisCapture = nullptr;
  Closure.getCaptureFields(Captures, ThisCapture);
  if (ThisCapture) {
    Out.Reads.insert(ThisRoot);
    MutationFinder Finder(SM, IsConcurrencySafe, IsSafeMethod, 0);
    Finder.TraverseStmt(const_cast<Stmt *>(Body));
    if (Finder.Mutates)
      Out.Writes.insert(ThisRoot);
  }
  ExprMutationAnalyzer Mutations(*Body, Closure.getASTContext());
  for (const auto &[Captured, Field] : Captures) {
    const Decl *Root = Captured->getCanonicalDecl();
    if (const auto *Binding = dyn_cast<BindingDecl>(Captured))
      Root = Binding->getDecomposedDecl();
    Out.Reads.insert(Root);
    QualType Held = Field->getType().getNonReferenceType();
    std::optional<QualType> Pointee =
        Held->isPointerType() ? Held->getPointeeType() : smartPointee(Held);
    bool Changes = false;
    if (Pointee)
      Changes = !Pointee->isConstQualified() && !IsConcurrencySafe(*Pointee);
    else if (Field->getType()->isReferenceType())
      Changes =
          !Held.isConstQualified() && !IsConcurrencySafe(Held) && Mutations.isMutated(Captured);
    if (Changes)
      Out.Writes.insert(Root);
  }
}

} // namespace

bool leavesObjectUnchanged(const CXXMethodDecl *Method, const SourceManager &SM,
                           ConcurrencySafety IsConcurrencySafe, MethodSafety IsSafeMethod,
                           unsigned Depth) {
  if (!Method || Method->isConst() || Method->isStatic())
    return true;
  if (IsSafeMethod && IsSafeMethod(*Method))
    return true;
  const FunctionDecl *Definition = nullptr;
  if (!Method->hasBody(Definition) || SM.isInSystemHeader(Definition->getLocation()) || Depth > 2)
    return false;
  MutationFinder Finder(SM, IsConcurrencySafe, IsSafeMethod, Depth);
  Finder.TraverseStmt(const_cast<Stmt *>(coroutineBodyOf(*Definition)));
  return !Finder.Mutates;
}

AwaitEffects effectsOf(const AwaitStatement &S, const SourceManager &SM,
                       ConcurrencySafety IsConcurrencySafe, MethodSafety IsSafeMethod) {
  AwaitEffects Out;
  EffectCollector Collector(Out, SM, IsConcurrencySafe, IsSafeMethod);
  Collector.TraverseStmt(const_cast<Expr *>(S.Awaited));
  if (S.Declared)
    Out.Writes.insert(S.Declared->getCanonicalDecl());
  if (S.Assigned)
    Collector.noteWrite(S.Assigned, "assigns to an expression it cannot name");

  if (const CallExpr *Call = S.awaitedCall()) {
    if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
        Method && Method->getParent()->isLambda())
      Collector.noteCapturesOf(*Method->getParent());
    Out.Receiver = receiverOf(Call);
    if (Out.Receiver) {
      Out.ReceiverRoot = rootOf(Out.Receiver);
      const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
      Out.ReceiverUnchanged =
          Method && leavesObjectUnchanged(Method, SM, IsConcurrencySafe, IsSafeMethod);
    }
  } else if (const Decl *Root = rootOf(S.AwaitedObject ? S.AwaitedObject : S.Awaited)) {
    // `co_await task;` consumes the awaitable object.
    Out.Receiver = S.AwaitedObject ? S.AwaitedObject : S.Awaited;
    Out.ReceiverRoot = Root;
    Out.Writes.insert(Root);
  }
  return Out;
}

} // namespace async_tidy
