//===--- PromptParts.cpp - What an LLM request's prompt is built from -----===//

#include "PromptParts.h"

#include "ApiIndex.h"
#include "BodyWalker.h"
#include "QualifiedNames.h"
#include "RequestInputs.h"
#include "SqlText.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace async_tidy {

namespace {

/// A variable a prompt embeds: a parameter or a local variable (not a
/// reference declared in the body), seen through `.c_str()`-like const
/// accessors and conversions.
const VarDecl *embeddedVariable(const Expr *Operand) {
  const Expr *E = Operand->IgnoreImplicit()->IgnoreParens();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
      Construct && Construct->getNumArgs() == 1)
    E = Construct->getArg(0)->IgnoreImplicit()->IgnoreParens();
  if (const auto *Accessor = dyn_cast<CXXMemberCallExpr>(E);
      Accessor && Accessor->getNumArgs() == 0 && Accessor->getMethodDecl() &&
      Accessor->getMethodDecl()->isConst())
    E = Accessor->getImplicitObjectArgument()->IgnoreImplicit()->IgnoreParens();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !(isa<ParmVarDecl>(Var) || Var->isLocalVarDecl()) ||
      (Var->isLocalVarDecl() && Var->getType()->isReferenceType()))
    return nullptr;
  return Var;
}

/// The operands of `S` when it joins text with instructions written as a
/// literal: `"Summarize: " + text`, `fmt::format("Summarize: {}", text)`.
llvm::SmallVector<const Expr *, 4> joinedWithInstructions(const Stmt *S) {
  llvm::SmallVector<const Expr *, 4> Operands;
  auto HasLiteral = [](const Stmt *Node) { return isa<StringLiteral>(Node); };
  if (const auto *Plus = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (Plus->getOperator() == OO_Plus && holdsNode(Plus, HasLiteral))
      Operands.append(Plus->arg_begin(), Plus->arg_end());
    return Operands;
  }
  const auto *Call = dyn_cast<CallExpr>(S);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || Call->getNumArgs() < 2)
    return Operands;
  if (isStringFormat(*Call) && holdsNode(Call->getArg(0), HasLiteral))
    Operands.append(Call->arg_begin() + 1, Call->arg_end());
  return Operands;
}

class PartsCollector {
public:
  PartsCollector(const llvm::SmallPtrSetImpl<const Stmt *> &RequestCalls, PromptParts &Out)
      : RequestCalls(RequestCalls), Out(Out) {}

  /// `InPrompt`: the expression is (part of) the prompt, whose joins count.
  void collect(const Expr *E, unsigned Depth, bool InPrompt) {
    Out.Stable = Out.Stable && stableInputs(E).has_value();
    forEachNode(E, [&](const Stmt *S) {
      if (InPrompt)
        for (const Expr *Operand : joinedWithInstructions(S))
          if (const VarDecl *Var = embeddedVariable(Operand);
              Var && !llvm::is_contained(Out.Embedded, Var))
            Out.Embedded.push_back(Var);
      const auto *Ref = dyn_cast<DeclRefExpr>(S);
      if (const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr)
        visitVariable(*Var, Depth, InPrompt);
    });
  }

private:
  void visitVariable(const VarDecl &Var, unsigned Depth, bool InPrompt) {
    const Expr *Init = Var.getInit();
    bool Builds = Depth < 3 && Var.isLocalVarDecl() && Init && !holdsAnswer(Init);
    if (!Builds) {
      Out.Read.insert(&Var);
      return;
    }
    if (llvm::is_contained(Out.Built, &Var))
      return;
    Out.Built.push_back(&Var);
    collect(Init, Depth + 1, InPrompt);
  }
  bool holdsAnswer(const Expr *Init) const {
    return containsAwait(Init) ||
           holdsNode(Init, [&](const Stmt *S) { return RequestCalls.contains(S); });
  }

  const llvm::SmallPtrSetImpl<const Stmt *> &RequestCalls;
  PromptParts &Out;
};

} // namespace

PromptParts promptPartsOf(const CallExpr &Call, std::optional<unsigned> PromptArg,
                          const llvm::SmallPtrSetImpl<const Stmt *> &RequestCalls) {
  PromptParts Out;
  PartsCollector Collector(RequestCalls, Out);
  llvm::SmallVector<const Expr *, 4> Args = writtenArguments(&Call);
  for (unsigned I = 0; I < Args.size(); ++I)
    Collector.collect(Args[I], 0, !PromptArg || *PromptArg == I);
  llvm::sort(Out.Embedded, [](const VarDecl *A, const VarDecl *B) {
    return A->getLocation() < B->getLocation();
  });
  return Out;
}

} // namespace async_tidy
