//===--- CallChains.cpp - Shortest call chains to a catalogued call -------===//

#include "CallChains.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

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

bool isProjectHelperCall(const Expr *Call, const FunctionDecl *Callee, bool EnterCoroutines,
                         const std::function<bool(SourceLocation)> &IsProjectCode) {
  const FunctionDecl *Definition = nullptr;
  if (!Callee->hasBody(Definition) || !Definition->getBody())
    return false;
  if (!EnterCoroutines && coroutineBody(*Definition))
    return false;
  if (Definition->getASTContext().getSourceManager().isInSystemHeader(Definition->getLocation()) ||
      !IsProjectCode(Definition->getLocation()))
    return false;
  return !mayDispatchElsewhere(Call, Callee);
}

} // namespace async_tidy
