//===--- FrameworkDetector.cpp - Which framework a coroutine belongs to ---===//

#include "FrameworkDetector.h"
#include "QualifiedNames.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {

const CoroutineBodyStmt *coroutineBody(const FunctionDecl &FD) {
  return dyn_cast_or_null<CoroutineBodyStmt>(FD.getBody());
}

const FunctionDecl *coroutineOf(const CoroutineBodyStmt &Body) {
  const VarDecl *Promise = Body.getPromiseDecl();
  return Promise ? dyn_cast<FunctionDecl>(Promise->getDeclContext()) : nullptr;
}

const Stmt *coroutineBodyOf(const FunctionDecl &FD) {
  if (const CoroutineBodyStmt *Body = coroutineBody(FD))
    return Body->getBody();
  return FD.getBody();
}

FrameworkDetector::FrameworkDetector(const Catalog &Cat) {
  for (const FrameworkIdioms &F : Cat.Frameworks) {
    for (const std::string &Type : F.CoroutineTypes)
      ByCoroutineType.try_emplace(Type, &F);
    for (const std::string &Type : F.PromiseTypes)
      ByPromiseType.try_emplace(Type, &F);
  }
}

const FrameworkIdioms *FrameworkDetector::detect(const FunctionDecl &FD) const {
  auto It = ByCoroutineType.find(catalogNameOfType(FD.getReturnType()));
  if (It != ByCoroutineType.end())
    return It->second;
  if (const CoroutineBodyStmt *Body = coroutineBody(FD))
    if (const VarDecl *Promise = Body->getPromiseDecl()) {
      auto P = ByPromiseType.find(catalogNameOfType(Promise->getType()));
      if (P != ByPromiseType.end())
        return P->second;
    }
  return nullptr;
}

namespace {
/// Stops at the first `co_await` of the coroutine itself (not of a nested
/// lambda, which is a coroutine of its own).
class AwaitFinder : public RecursiveASTVisitor<AwaitFinder> {
public:
  bool Found = false;
  bool VisitCoawaitExpr(CoawaitExpr *) { return !(Found = true); }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *) { return !(Found = true); }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseDecl(Decl *D) {
    // Local classes hold functions of their own.
    return isa_and_nonnull<TagDecl>(D) ? true : RecursiveASTVisitor::TraverseDecl(D);
  }
};
} // namespace

bool isAsynchronousCoroutine(const FunctionDecl &FD, const FrameworkIdioms *Framework) {
  const CoroutineBodyStmt *Body = coroutineBody(FD);
  if (!Body)
    return false;
  if (Framework)
    return Framework->FrameworkKind == FrameworkIdioms::Kind::Async;
  AwaitFinder Finder;
  Finder.TraverseStmt(Body->getBody());
  return Finder.Found;
}

} // namespace async_tidy
