//===--- CoroutineCheckBase.cpp - What every coroutine check shares -------===//

#include "CoroutineCheckBase.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

void CoroutineCheckBase::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineBodyStmt(unless(isExpansionInSystemHeader())).bind("body"), this);
}

void CoroutineCheckBase::startUnitIfNew(ASTContext &Ctx) {
  if (Unit && &Unit->Ctx == &Ctx)
    return;
  Unit = std::make_unique<CoroutineUnit>(effectiveCatalog(), Ctx, tidyContext()->getOptions(),
                                         summaries());
  State = makeUnitState(*Unit);
}

void CoroutineCheckBase::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  const FunctionDecl *Function = coroutineOf(*Body);
  if (!Function)
    return;
  startUnitIfNew(*Result.Context);
  const FrameworkIdioms *Framework = Unit->Detector.detect(*Function);
  if (!isAsynchronousCoroutine(*Function, Framework))
    return;
  checkCoroutine(
      Coroutine{*Body, *Function, Framework, Function->getTemplateInstantiationPattern(false)});
}

void CoroutineCheckBase::onEndOfTranslationUnit() {
  State.reset();
  Unit.reset();
  AsyncCheckBase::onEndOfTranslationUnit();
}

} // namespace async_tidy
