//===--- ExitingFunctions.cpp - Project functions that never return -------===//

#include "ExitingFunctions.h"

#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DepthFirstIterator.h"

using namespace clang;

namespace async_tidy {

bool ExitingFunctions::neverReturns(const FunctionDecl &Callee) {
  if (Callee.isNoReturn())
    return true;
  const FunctionDecl *Definition = nullptr;
  if (!Callee.hasBody(Definition) || !Definition->getReturnType()->isVoidType())
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Definition); Method && Method->isVirtual())
    return false; // An override may return.
  if (Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()))
    return false;
  auto [Known, Inserted] = ExitsByDefinition.try_emplace(Definition, false);
  if (!Inserted)
    return Known->second; // Also a function that calls itself: it may return.
  bool Exits = everyPathExits(*Definition);
  ExitsByDefinition[Definition] = Exits;
  return Exits;
}

bool ExitingFunctions::everyPathExits(const FunctionDecl &Definition) {
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(&Definition, Definition.getBody(), &Ctx, CFG::BuildOptions());
  if (!Graph)
    return false;
  // The code after `exit(1);` (`return;` out of habit, the end of a
  // do-while(0) macro) still leads to the exit: only blocks a run reaches
  // count.
  llvm::df_iterator_default_set<const CFGBlock *, 16> Reached;
  for (const CFGBlock *Block : llvm::depth_first_ext(&Graph->getEntry(), Reached))
    (void)Block;
  // Each reached block that leads to the exit must end in a call that does
  // not return: one Clang knows (declared noreturn), or a helper that exits.
  for (const CFGBlock::AdjacentBlock &Pred : Graph->getExit().preds()) {
    const CFGBlock *Block = Pred.getReachableBlock();
    if (!Block || !Reached.count(Block) || Block->hasNoReturnElement())
      continue;
    bool EndsInExit = false;
    for (const CFGElement &Element : *Block)
      if (auto Statement = Element.getAs<CFGStmt>())
        if (const auto *Call = dyn_cast<CallExpr>(Statement->getStmt()))
          if (const FunctionDecl *Callee = Call->getDirectCallee(); Callee && neverReturns(*Callee))
            EndsInExit = true;
    if (!EndsInExit)
      return false;
  }
  return true;
}

} // namespace async_tidy
