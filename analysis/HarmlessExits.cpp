//===--- HarmlessExits.cpp - Leaks nobody would fix -------------------------===//

#include "HarmlessExits.h"
#include "BodyWalker.h"

#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Whether `S` calls a command-line option parser: looked for in a loop's
/// condition and in its body's plain statements, not in nested blocks.
bool callsOptionParser(const Stmt *S, const ResourceModel &Model) {
  return holdsNode(S, [&](const Stmt *Node) {
    const auto *Call = dyn_cast<CallExpr>(Node);
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    return Callee && Model.parsesOptions(*Callee);
  });
}

/// Whether `Acquirer` runs once per command-line option: the innermost loop
/// around it reads the next option in its condition (`while ((c =
/// getopt(..)) != -1)`) or in a statement of its body before the one that
/// holds the acquisition (`c = getopt_long(..); if (c == -1) break;`). It
/// opens again only when the user repeats that option.
bool opensOncePerOption(const Expr &Acquirer, const ParentMap &Parents,
                        const ResourceModel &Model) {
  const Stmt *Inner = nullptr;
  for (const Stmt *Child = &Acquirer, *P = Parents.getParent(Child); P;
       Inner = Child, Child = P, P = Parents.getParent(P)) {
    const Stmt *Cond = nullptr, *LoopBody = nullptr;
    if (const auto *While = dyn_cast<WhileStmt>(P))
      Cond = While->getCond(), LoopBody = While->getBody();
    else if (const auto *Do = dyn_cast<DoStmt>(P))
      Cond = Do->getCond(), LoopBody = Do->getBody();
    else if (const auto *For = dyn_cast<ForStmt>(P))
      Cond = For->getCond(), LoopBody = For->getBody();
    else if (isa<CXXForRangeStmt>(P))
      return false;
    else
      continue;
    if (Child != LoopBody)
      return false; // In the loop's own condition or step.
    if (callsOptionParser(Cond, Model))
      return true;
    const auto *Block = dyn_cast<CompoundStmt>(LoopBody);
    for (const Stmt *Statement : Block ? Block->body() : ArrayRef<Stmt *>()) {
      if (Statement == Inner)
        break;
      if (isa<Expr, DeclStmt>(Statement) && callsOptionParser(Statement, Model))
        return true;
    }
    return false;
  }
  return false;
}

/// Whether `Exit` leaves the function whose body is `Body`: a `return`, or
/// the end of the body (not the end of an inner block, or a loop's next
/// round).
bool leavesMain(const LeakingExit &Exit, const Stmt &Body) {
  if (Exit.ExitKind == LeakingExit::Kind::Return)
    return Exit.Keyword == "return";
  const auto *Block = dyn_cast<CompoundStmt>(&Body);
  return Exit.ExitKind == LeakingExit::Kind::ScopeEnd && Block && Exit.Loc == Block->getRBracLoc();
}

} // namespace

void dropHarmlessExits(std::vector<LeakingExit> &Exits, const Expr &Acquirer, const Decl &Function,
                       const Stmt &Body, const ParentMap &Parents, const ResourceModel &Model) {
  if (opensOncePerOption(Acquirer, Parents, Model))
    llvm::erase_if(Exits, [](const LeakingExit &Exit) {
      return Exit.ExitKind == LeakingExit::Kind::Reacquire;
    });
  if (const auto *Callable = dyn_cast<FunctionDecl>(&Function); Callable && Callable->isMain())
    llvm::erase_if(Exits, [&](const LeakingExit &Exit) { return leavesMain(Exit, Body); });
}

} // namespace async_tidy
