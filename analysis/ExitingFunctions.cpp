//===--- ExitingFunctions.cpp - Project functions that never return -------===//

#include "ExitingFunctions.h"

#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {
/// How many calls deep a helper that exits through another is followed.
constexpr unsigned MaxDepth = 2;
} // namespace

bool ExitingFunctions::exits(const FunctionDecl &Callee, unsigned Depth) {
  if (Callee.isNoReturn())
    return true;
  const FunctionDecl *Definition = nullptr;
  if (Depth > MaxDepth || !Callee.hasBody(Definition) || !Definition->getReturnType()->isVoidType())
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Definition); Method && Method->isVirtual())
    return false; // An override may return.
  if (Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()))
    return false;
  if (auto Known = Memo.find(Definition); Known != Memo.end())
    return Known->second;
  Memo[Definition] = false; // A function that calls itself may return.
  bool Exits = everyPathExits(*Definition, Depth);
  Memo[Definition] = Exits;
  return Exits;
}

bool ExitingFunctions::everyPathExits(const FunctionDecl &Definition, unsigned Depth) {
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(&Definition, Definition.getBody(), &Ctx, CFG::BuildOptions());
  if (!Graph)
    return false;
  // Each block that leads to the exit must end in a call that does not
  // return: one Clang knows (declared noreturn), or a helper that exits.
  for (const CFGBlock::AdjacentBlock &Pred : Graph->getExit().preds()) {
    const CFGBlock *Block = Pred.getReachableBlock();
    if (!Block || Block->hasNoReturnElement())
      continue;
    bool EndsInExit = false;
    for (const CFGElement &Element : *Block)
      if (auto Statement = Element.getAs<CFGStmt>())
        if (const auto *Call = dyn_cast<CallExpr>(Statement->getStmt()))
          if (const FunctionDecl *Callee = Call->getDirectCallee();
              Callee && Callee != &Definition && exits(*Callee, Depth + 1))
            EndsInExit = true;
    if (!EndsInExit)
      return false;
  }
  return true;
}

} // namespace async_tidy
