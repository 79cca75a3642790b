//===--- SchedulingAwaiters.cpp - Awaiters that only move or delay -------===//

#include "SchedulingAwaiters.h"

#include "ApiIndex.h"
#include "BodyWalker.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

SchedulingAwaiters::SchedulingAwaiters(ASTContext &Ctx, const ApiIndex &Index,
                                       const std::vector<std::string> &ResumeSchedulers)
    : Ctx(Ctx), Index(Index) {
  for (const std::string &Name : ResumeSchedulers)
    Schedulers.insert(Name);
}

bool SchedulingAwaiters::onlySchedules(QualType T) const {
  if (T.isNull())
    return false;
  const CXXRecordDecl *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  Record = Record ? Record->getDefinition() : nullptr;
  if (!Record)
    return false;
  auto [It, Inserted] = Known.try_emplace(Record, false);
  if (Inserted)
    It->second = classify(*Record);
  return It->second;
}

bool SchedulingAwaiters::classify(const CXXRecordDecl &Awaiter) const {
  const CXXMethodDecl *Suspend = nullptr;
  for (const CXXMethodDecl *Method : Awaiter.methods())
    if (Method->getIdentifier() && Method->getName() == "await_suspend")
      Suspend = Method;
  const FunctionDecl *Definition = nullptr;
  if (!Suspend || !Suspend->hasBody(Definition) ||
      Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()))
    return false;
  bool HandsOn = false;
  bool Requests = false;
  // The lambdas it hands on run later, on the executor: a request in one
  // is a request all the same.
  forEachNode(
      Definition->getBody(),
      [&](const Stmt *S) {
        const auto *Call = dyn_cast<CallExpr>(S);
        if (!Call)
          return;
        if (Index.ioCall(Call) || Index.blockingFunction(Call))
          Requests = true;
        else if (const FunctionDecl *Callee = Call->getDirectCallee())
          HandsOn |= Schedulers.contains(Index.nameOf(Callee));
      },
      /*EnterLambdas=*/true);
  return HandsOn && !Requests;
}

} // namespace async_tidy
