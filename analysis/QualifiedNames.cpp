//===--- QualifiedNames.cpp - Names as the catalog spells them ------------===//

#include "QualifiedNames.h"

#include "clang/AST/ExprCXX.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace async_tidy {

namespace {

std::string ownName(const NamedDecl *D) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
    return Ctor->getParent()->getName().str();
  if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(D))
    return "~" + Dtor->getParent()->getName().str();
  if (D->getDeclName().isIdentifier())
    return D->getName().str();
  return D->getDeclName().getAsString(); // operator>>, conversions.
}

/// Appends the names of the contexts around `DC`, innermost first.
void appendContextNames(const DeclContext *DC, llvm::SmallVectorImpl<std::string> &Parts) {
  for (; DC; DC = DC->getParent()) {
    if (isa<TranslationUnitDecl>(DC))
      return;
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline())
        continue;
      Parts.push_back(NS->isAnonymousNamespace() ? "(anonymous namespace)" : NS->getName().str());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      Parts.push_back(RD->getIdentifier() ? RD->getName().str() : "(anonymous)");
    } else if (isa<FunctionDecl>(DC) || isa<BlockDecl>(DC)) {
      Parts.push_back("(local)");
      return;
    }
    // Linkage specifications, exports and enums add no name.
  }
}

std::string join(llvm::SmallVectorImpl<std::string> &InnermostFirst) {
  std::string Out;
  for (auto It = InnermostFirst.rbegin(); It != InnermostFirst.rend(); ++It) {
    if (!Out.empty())
      Out += "::";
    Out += *It;
  }
  return Out;
}

} // namespace

std::string catalogName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 6> Parts{ownName(D)};
  appendContextNames(D->getDeclContext(), Parts);
  return join(Parts);
}

std::string enclosingCatalogName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 6> Parts;
  appendContextNames(D->getDeclContext(), Parts);
  return join(Parts);
}

std::string catalogNameOfType(QualType T) {
  if (T.isNull())
    return {};
  // The canonical type looks through aliases, alias templates included.
  QualType Canonical = T.getNonReferenceType().getCanonicalType();
  if (const CXXRecordDecl *RD = Canonical->getAsCXXRecordDecl())
    return catalogName(RD);
  // A dependent `awaitable<T>` in a template pattern.
  if (const auto *Spec = Canonical->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *TD = Spec->getTemplateName().getAsTemplateDecl())
      return catalogName(TD);
  return {};
}

std::string displayName(const FunctionDecl &FD) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&FD)) {
    if (Method->getParent()->isLambda())
      return "";
    return Method->getParent()->getName().str() + "::" + FD.getNameAsString();
  }
  return FD.getNameAsString();
}

std::string describeCoroutine(const FunctionDecl &FD) {
  std::string Name = displayName(FD);
  return Name.empty() ? "coroutine lambda" : "coroutine '" + Name + "'";
}

/// The name users know a catalogued call by: the constructed type as written
/// (`pqxx::connection`), the function object called (`blockingWait`), else
/// the callee's catalog name.
std::string describeCall(const Expr *Call, const FunctionDecl *Callee) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call)) {
    PrintingPolicy Policy(Callee->getASTContext().getLangOpts());
    Policy.SuppressTagKeyword = true;
    return Construct->getType().getUnqualifiedType().getAsString(Policy);
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (Op->getOperator() == OO_Call)
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
        if (isa<VarDecl>(Ref->getDecl()))
          return catalogName(Ref->getDecl());
  return catalogName(Callee);
}

std::string helperName(const Expr *Call, const FunctionDecl *FD) {
  std::string Name = displayName(*FD);
  if (!Name.empty())
    return Name;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
      return Ref->getDecl()->getNameAsString();
  return "lambda";
}

} // namespace async_tidy
