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

bool ExecutorSwitches::movesAway(const Stmt *S) const {
  const CoawaitExpr *Await = statementAwait(S);
  const auto *Call = Await ? dyn_cast<CallExpr>(withoutImplicit(Await->getOperand())) : nullptr;
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Switches.contains(Index.nameOf(Callee)))
    return false;
  // `pool.schedule()`: the object is the executor.
  if (isa<CXXMemberCallExpr>(Call))
    return true;
  // With a bare completion token the continuation runs where the token's
  // handler belongs, the coroutine's own executor: `post(pool,
  // use_awaitable)` only passes through the pool. Bound to an executor
  // (`bind_executor(pool, use_awaitable)`), or without a token
  // (`resume_on(ex)`), the argument names where the coroutine goes.
  auto Arguments = writtenArguments(Call);
  if (llvm::any_of(Arguments, [this](const Expr *Arg) { return isCompletionToken(Arg); }))
    return false;
  return llvm::any_of(Arguments, [this](const Expr *Arg) { return !isCurrentExecutorQuery(Arg); });
}

const Stmt *ExecutorSwitches::switchBefore(const CallSite &Site) const {
  if (Switches.empty())
    return nullptr;
  return earlierStatement(Site.Ancestors, Site.Call,
                          [this](const Stmt *S) { return movesAway(S); });
}

} // namespace async_tidy
