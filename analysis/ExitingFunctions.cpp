//===--- ExitingFunctions.cpp - Project functions that never return -------===//

#include "ExitingFunctions.h"

#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

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
  // (A walk of our own: the CFG's successor lists hold null for the edges
  // Clang proves never taken, `if (0)`, which llvm::depth_first follows.)
  llvm::SmallPtrSet<const CFGBlock *, 16> Reached{&Graph->getEntry()};
  llvm::SmallVector<const CFGBlock *, 16> Work{&Graph->getEntry()};
  while (!Work.empty())
    for (const CFGBlock::AdjacentBlock &Succ : Work.pop_back_val()->succs())
      if (const CFGBlock *Next = Succ.getReachableBlock(); Next && Reached.insert(Next).second)
        Work.push_back(Next);
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
