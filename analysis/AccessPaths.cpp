//===--- AccessPaths.cpp - Which object an expression reads or changes ----===//

#include "AccessPaths.h"
#include "QualifiedNames.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace async_tidy {

const Decl *const ThisRoot = reinterpret_cast<const Decl *>(uintptr_t(1));

std::string rootName(const Decl *Root) {
  if (Root == ThisRoot)
    return "this";
  if (const auto *ND = dyn_cast<NamedDecl>(Root))
    return ND->getNameAsString();
  return "?";
}

const Expr *withoutImplicit(const Expr *E) {
  return E ? E->IgnoreImplicit()->IgnoreParens()->IgnoreImplicit() : nullptr;
}

bool isPlainVariable(const Expr *E) {
  E = withoutImplicit(E);
  const auto *Member = dyn_cast<MemberExpr>(E);
  return isa<DeclRefExpr>(E) ||
         (Member && isa<DeclRefExpr, CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()));
}

const Expr *enclosingObject(const Expr *E) {
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getBase();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    return Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf ? Unary->getSubExpr()
                                                                             : nullptr;
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    return Subscript->getBase();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    OverloadedOperatorKind K = Op->getOperator();
    return K == OO_Star || K == OO_Arrow || K == OO_Subscript ? Op->getArg(0) : nullptr;
  }
  return nullptr;
}

namespace {

constexpr unsigned MaxPathLength = 16;

/// The object behind an accessor that hands out what it holds (`p.get()`
/// of a smart pointer: a const member without parameters) or behind a
/// temporary; null otherwise.
const Expr *heldObject(const Expr *E) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *M = Member->getMethodDecl();
    return M && M->isConst() && M->getNumParams() == 0 ? Member->getImplicitObjectArgument()
                                                       : nullptr;
  }
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    return Temp->getSubExpr();
  if (const auto *Bound = dyn_cast<CXXBindTemporaryExpr>(E))
    return Bound->getSubExpr();
  // A copy of a smart pointer points to the same object (`f(txn)` with a
  // `std::shared_ptr<Transaction>` parameter taken by value).
  if (const auto *Copy = dyn_cast<CXXConstructExpr>(E))
    if (Copy->getNumArgs() == 1 && Copy->getConstructor()->isCopyOrMoveConstructor() &&
        smartPointee(Copy->getType()))
      return Copy->getArg(0);
  return nullptr;
}

const Decl *rootOf(const Expr *E, unsigned Depth);

/// The root a named declaration stands for. A local reference or pointer
/// bound to another variable is that variable.
const Decl *rootOfReference(const DeclRefExpr *Ref, unsigned Depth) {
  const ValueDecl *D = Ref->getDecl();
  if (const auto *Binding = dyn_cast<BindingDecl>(D))
    return Binding->getDecomposedDecl();
  const auto *Var = dyn_cast<VarDecl>(D);
  if (!Var)
    return D; // A function or enumerator: harmless.
  if (Var->isLocalVarDecl() && Var->getInit() &&
      (Var->getType()->isReferenceType() || Var->getType()->isPointerType()))
    if (const Decl *Inner = rootOf(Var->getInit(), Depth))
      return Inner;
  return Var->getCanonicalDecl();
}

const Decl *rootOf(const Expr *E, unsigned Depth) {
  while (E && Depth < MaxPathLength) {
    ++Depth;
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return rootOfReference(Ref, Depth);
    if (isa<CXXThisExpr>(E))
      return ThisRoot;
    // Members of *this are separate objects; members of anything else
    // belong to it.
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
        return Member->getMemberDecl();
    const Expr *Outer = enclosingObject(E);
    E = Outer ? Outer : heldObject(E);
  }
  return nullptr;
}

} // namespace

const Decl *rootOf(const Expr *E) { return rootOf(E, 0); }

bool isReachedFromThis(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < MaxPathLength; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (isa<CXXThisExpr>(E))
      return true;
    E = enclosingObject(E);
  }
  return false;
}

const Expr *withoutConversions(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temporary->getSubExpr();
    else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      E = Bind->getSubExpr();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
             Construct && Construct->getNumArgs() >= 1 &&
             (Construct->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(Construct->getArg(1))))
      E = Construct->getArg(0);
    else if (const auto *Functional = dyn_cast<CXXFunctionalCastExpr>(E))
      E = Functional->getSubExpr();
    else
      return E;
  }
}

std::optional<QualType> smartPointee(QualType T) {
  return firstTypeArgument(T.getNonReferenceType().getUnqualifiedType(),
                           {"std::shared_ptr", "std::unique_ptr"});
}

QualType objectType(const Expr *E) {
  QualType T = E->IgnoreParenImpCasts()->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  else if (std::optional<QualType> Pointee = smartPointee(T))
    T = *Pointee;
  return T.getNonReferenceType().getUnqualifiedType();
}

bool mayChangeArgument(QualType Param) {
  if (Param->isReferenceType() && !Param.getNonReferenceType().isConstQualified())
    return true;
  if (Param->isPointerType())
    return !Param->getPointeeType().isConstQualified();
  // A smart pointer, even by value or by const reference, hands the callee
  // the object it points to (`std::shared_ptr<Transaction> txn`).
  std::optional<QualType> Pointee = smartPointee(Param);
  return Pointee && !Pointee->isConstQualified();
}

const Expr *receiverOf(const CallExpr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (Callee && isa<CXXMethodDecl>(Callee))
      return Op->getArg(0);
  if (!Callee || Call->getNumArgs() == 0 || Callee->getNumParams() == 0)
    return nullptr;
  QualType Param = Callee->getParamDecl(0)->getType();
  return !Param->isRValueReferenceType() && mayChangeArgument(Param) ? Call->getArg(0) : nullptr;
}

std::optional<QualType> firstTypeArgument(QualType T, const std::vector<std::string> &Templates) {
  if (!llvm::is_contained(Templates, catalogNameOfType(T)))
    return std::nullopt;
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return std::nullopt;
  return Spec->getTemplateArgs()[0].getAsType();
}

/// The object `E` names, through std::move / std::forward and casts to an
/// rvalue reference: a variable, a parameter or a member; null otherwise.
const Expr *namedObject(const Expr *E) {
  E = withoutImplicit(E);
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    std::string Name = Callee ? catalogName(Callee) : "";
    if (Call->getNumArgs() != 1 || (Name != "std::move" && Name != "std::forward"))
      return nullptr;
    E = withoutImplicit(Call->getArg(0));
  } else if (const auto *Cast = dyn_cast_or_null<CXXStaticCastExpr>(E)) {
    if (!Cast->getType()->isRValueReferenceType() && !Cast->isXValue())
      return nullptr;
    E = withoutImplicit(Cast->getSubExpr());
  }
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return isa<VarDecl>(Ref->getDecl()) ? Ref : nullptr;
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    return isa<FieldDecl>(Member->getMemberDecl()) ? Member : nullptr;
  return nullptr;
}

} // namespace async_tidy
