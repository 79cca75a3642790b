//===--- ExecutorSwitches.cpp - Code after a move to another executor -----===//

#include "ExecutorSwitches.h"
#include "AccessPaths.h"
#include "QualifiedNames.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace async_tidy {

ExecutorSwitches::ExecutorSwitches(const ApiIndex &Index, const Catalog &Cat) : Index(Index) {
  for (const std::string &Name : Cat.ExecutorSwitches)
    Switches.insert(Name);
  for (const FrameworkIdioms &F : Cat.Frameworks)
    if (!F.CompletionToken.empty())
      CompletionTokens.insert(F.CompletionToken);
  for (const std::string &Name : Cat.QueryAwaitables)
    Queries.insert(Name);
}

namespace {
/// The `co_await` a statement consists of (`co_await x;`, `auto v = co_await
/// x;`), or null.
const CoawaitExpr *statementAwait(const Stmt *S) {
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    const auto *Var = Decls->isSingleDecl() ? dyn_cast<VarDecl>(Decls->getSingleDecl()) : nullptr;
    return Var && Var->getInit() ? dyn_cast<CoawaitExpr>(withoutImplicit(Var->getInit())) : nullptr;
  }
  const auto *E = dyn_cast<Expr>(S);
  return E ? dyn_cast<CoawaitExpr>(withoutImplicit(E)) : nullptr;
}
/// Whether `S` suspends the coroutine somewhere (lambdas are other bodies).
bool containsAwait(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<CoawaitExpr, CoyieldExpr, DependentCoawaitExpr>(S))
    return true;
  return llvm::any_of(S->children(), [](const Stmt *Child) { return containsAwait(Child); });
}
} // namespace

bool ExecutorSwitches::isCompletionToken(const Expr *Arg) const {
  const auto *Ref = dyn_cast<DeclRefExpr>(withoutImplicit(Arg));
  return Ref && CompletionTokens.contains(catalogName(Ref->getDecl()));
}

bool ExecutorSwitches::isCurrentExecutorQuery(const Expr *Arg) const {
  const auto *Await = dyn_cast<CoawaitExpr>(withoutImplicit(Arg));
  const auto *Ref = Await ? dyn_cast<DeclRefExpr>(withoutImplicit(Await->getOperand())) : nullptr;
  return Ref && Queries.contains(catalogName(Ref->getDecl()));
}

bool ExecutorSwitches::isBoundCompletionToken(const Expr *Arg) const {
  // `bind_executor(pool, use_awaitable)`: a call given a completion token.
  const auto *Call = dyn_cast<CallExpr>(withoutImplicit(Arg));
  return Call && llvm::any_of(writtenArguments(Call),
                              [this](const Expr *Inner) { return isCompletionToken(Inner); });
}

ExecutorSwitches::Move ExecutorSwitches::moveOf(const Stmt *S) const {
  const CoawaitExpr *Await = statementAwait(S);
  const auto *Call = Await ? dyn_cast<CallExpr>(withoutImplicit(Await->getOperand())) : nullptr;
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Switches.contains(Index.nameOf(Callee)))
    return Move::Stays;
  // `pool.schedule()`: the object is the executor.
  if (isa<CXXMemberCallExpr>(Call))
    return Move::ForGood;
  auto Arguments = writtenArguments(Call);
  // With a bare completion token the continuation runs where the token's
  // handler belongs, the coroutine's own executor: `post(pool,
  // use_awaitable)` only passes through the pool.
  if (llvm::any_of(Arguments, [this](const Expr *Arg) { return isCompletionToken(Arg); }))
    return Move::Stays;
  // A token bound to an executor moves this one continuation: the next
  // completion resumes the coroutine on its own executor again.
  if (llvm::any_of(Arguments, [this](const Expr *Arg) { return isBoundCompletionToken(Arg); }))
    return Move::UntilNextAwait;
  // `resume_on(ex)`: the argument names where the coroutine goes.
  return llvm::any_of(Arguments, [this](const Expr *Arg) { return !isCurrentExecutorQuery(Arg); })
             ? Move::ForGood
             : Move::Stays;
}

const Stmt *ExecutorSwitches::switchBefore(const CallSite &Site) const {
  if (Switches.empty())
    return nullptr;
  // Replays, outermost block first, the statements that run before the
  // call on every path to it.
  const Stmt *Switch = nullptr;
  Move State = Move::Stays;
  for (std::size_t I = 0; I < Site.Ancestors.size(); ++I) {
    const Stmt *Ancestor = Site.Ancestors[I];
    // A loop's earlier iterations run all of its body before this one.
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(Ancestor) &&
        State == Move::UntilNextAwait && containsAwait(Ancestor))
      State = Move::Stays;
    const auto *Block = dyn_cast<CompoundStmt>(Ancestor);
    if (!Block)
      continue;
    const Stmt *Holding = I + 1 < Site.Ancestors.size() ? Site.Ancestors[I + 1] : Site.Call;
    for (const Stmt *S : Block->body()) {
      if (S == Holding)
        break;
      if (Move M = moveOf(S); M != Move::Stays) {
        State = M;
        Switch = S;
      } else if (State == Move::UntilNextAwait && containsAwait(S)) {
        State = Move::Stays;
      }
    }
  }
  return State == Move::Stays ? nullptr : Switch;
}

} // namespace async_tidy
