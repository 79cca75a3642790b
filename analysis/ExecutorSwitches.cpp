//===--- ExecutorSwitches.cpp - Code that runs after an offload -----------===//

#include "ExecutorSwitches.h"
#include "AccessPaths.h"
#include "QualifiedNames.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace async_tidy {

namespace {
std::string withoutSpaces(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text)
    if (!isspace(static_cast<unsigned char>(C)))
      Out += C;
  return Out;
}
} // namespace

ExecutorSwitches::ExecutorSwitches(const ApiIndex &Index, const Catalog &Cat, ASTContext &Ctx,
                                   std::string PoolExpression)
    : Index(Index), Ctx(Ctx), PoolExpression(withoutSpaces(PoolExpression)) {
  for (const FrameworkIdioms &Framework : Cat.Frameworks)
    if (Framework.Offload && !Framework.Offload->Spawner.empty())
      Spawners.insert(Framework.Offload->Spawner);
  for (const std::string &Name : Cat.ExecutorSwitches)
    Switches.insert(Name);
  for (const std::string &Name : Cat.TokenExecutorSwitches)
    TokenSwitches.insert(Name);
  for (const std::string &Name : Cat.ExecutorBinders)
    Binders.insert(Name);
  for (const std::string &Name : Cat.OffloadExecutorTypes)
    OffloadTypes.insert(Name);
}

namespace {
/// The `co_await` a statement consists of (`co_await x;`, `auto v = co_await
/// x;`), or null.
/// Whether `If` is the offload fix's guard, `if (home) co_await ...;`: a
/// test of a pointer that holds what the coroutine awaited (the executor it
/// noted), with no `else`. A flag (`bool away = co_await ...`) is not one.
bool isHomeGuard(const IfStmt *If) {
  if (!If || If->getElse() || If->getInit() || If->getConditionVariable())
    return false;
  const auto *Ref = dyn_cast<DeclRefExpr>(withoutImplicit(If->getCond()));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->getType()->isPointerType() && Var->getInit() &&
         isa<CoawaitExpr>(withoutImplicit(Var->getInit()));
}

const CoawaitExpr *statementAwait(const Stmt *S) {
  // The switches of the offload fix for a coroutine that may have no
  // executor, which then stays where it is.
  if (isHomeGuard(dyn_cast<IfStmt>(S)))
    S = cast<IfStmt>(S)->getThen();
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    const auto *Var = Decls->isSingleDecl() ? dyn_cast<VarDecl>(Decls->getSingleDecl()) : nullptr;
    return Var && Var->getInit() ? dyn_cast<CoawaitExpr>(withoutImplicit(Var->getInit())) : nullptr;
  }
  const auto *E = dyn_cast<Expr>(S);
  return E ? dyn_cast<CoawaitExpr>(withoutImplicit(E)) : nullptr;
}

/// Whether a block ends the coroutine or function (`co_return`, `return`,
/// `throw`): nothing after the block runs after its awaits.
bool leavesAtItsEnd(const CompoundStmt *Block) {
  const Stmt *Last = Block->body_back();
  if (!Last)
    return false;
  if (const auto *E = dyn_cast<Expr>(Last))
    return isa<CXXThrowExpr>(E->IgnoreParenImpCasts());
  return isa<ReturnStmt, CoreturnStmt>(Last);
}

/// Whether `S` may suspend the coroutine and then go on: an await outside
/// any block that ends by leaving (a branch that awaits, to report at home,
/// and then returns does not go on).
bool awaitsThenGoesOn(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<CoawaitExpr, CoyieldExpr, DependentCoawaitExpr>(S))
    return true;
  if (const auto *Block = dyn_cast<CompoundStmt>(S); Block && leavesAtItsEnd(Block))
    return false;
  return llvm::any_of(S->children(), [](const Stmt *Child) { return awaitsThenGoesOn(Child); });
}

/// Whether an earlier iteration of `Loop` may await before this one: any
/// statement of its body (the body as a whole may end in a `co_return`
/// that a `continue` skips).
bool loopAwaits(const Stmt *Loop) {
  const Stmt *Body = nullptr;
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    Body = For->getBody();
  else if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    Body = Range->getBody();
  else if (const auto *While = dyn_cast<WhileStmt>(Loop))
    Body = While->getBody();
  else if (const auto *Do = dyn_cast<DoStmt>(Loop))
    Body = Do->getBody();
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(Body))
    return llvm::any_of(Block->body(), [](const Stmt *S) { return awaitsThenGoesOn(S); });
  return awaitsThenGoesOn(Body);
}

/// The part of a branching or looping ancestor that runs before the
/// statement below it: conditions and initializers.
bool headAwaits(const Stmt *Ancestor) {
  if (const auto *If = dyn_cast<IfStmt>(Ancestor))
    return awaitsThenGoesOn(If->getInit()) || awaitsThenGoesOn(If->getCond());
  if (const auto *Switch = dyn_cast<SwitchStmt>(Ancestor))
    return awaitsThenGoesOn(Switch->getInit()) || awaitsThenGoesOn(Switch->getCond());
  if (const auto *For = dyn_cast<ForStmt>(Ancestor))
    return awaitsThenGoesOn(For->getInit()) || awaitsThenGoesOn(For->getCond());
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Ancestor))
    return awaitsThenGoesOn(Range->getRangeInit());
  if (const auto *While = dyn_cast<WhileStmt>(Ancestor))
    return awaitsThenGoesOn(While->getCond());
  return false;
}
} // namespace

const Expr *ExecutorSwitches::boundExecutor(const Expr *Arg) const {
  const auto *Call = dyn_cast<CallExpr>(withoutImplicit(Arg));
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Binders.contains(Index.nameOf(Callee)) || Call->getNumArgs() == 0)
    return nullptr;
  return Call->getArg(0);
}

bool ExecutorSwitches::isOffloadExecutor(const Expr *Executor) const {
  if (isPoolExpression(Executor))
    return true;
  QualType T = Executor->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  if (std::optional<QualType> Pointee =
          firstTypeArgument(T, {"std::shared_ptr", "std::unique_ptr"}))
    T = *Pointee;
  return OffloadTypes.contains(catalogNameOfType(T));
}

ExecutorSwitches::Move ExecutorSwitches::moveOf(const Stmt *S) const {
  const CoawaitExpr *Await = statementAwait(S);
  const auto *Call = Await ? dyn_cast<CallExpr>(withoutImplicit(Await->getOperand())) : nullptr;
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return Move::Stays;
  llvm::StringRef Name = Index.nameOf(Callee);
  if (TokenSwitches.contains(Name)) {
    for (const Expr *Arg : writtenArguments(Call))
      if (const Expr *Executor = boundExecutor(Arg))
        return isOffloadExecutor(Executor) ? Move::UntilNextAwait : Move::Stays;
    return Move::Stays;
  }
  if (!Switches.contains(Name))
    return Move::Stays;
  const Expr *Executor = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Executor = Member->getImplicitObjectArgument();
  else if (Call->getNumArgs() > 0)
    Executor = Call->getArg(0);
  if (!Executor)
    return Move::Stays;
  // A switch to any other executor (the coroutine's home) ends an offload.
  return isOffloadExecutor(Executor) ? Move::ForGood : Move::Home;
}

namespace {
/// Adds the call operators of the lambdas in `S`.
void collectLambdas(const Stmt *S, llvm::SmallPtrSetImpl<const FunctionDecl *> &Out) {
  forEachNode(S, [&](const Stmt *Node) {
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Node))
      Out.insert(Lambda->getCallOperator());
  });
}
} // namespace

void ExecutorSwitches::collectOffloadedLambdas(
    const CallSite &Site, llvm::SmallPtrSetImpl<const FunctionDecl *> &Out) const {
  const auto *Call = dyn_cast<CallExpr>(Site.Call);
  if (!Call || Call->getNumArgs() == 0 || !Spawners.contains(Index.nameOf(Site.Callee)))
    return;
  const Expr *Pool = Call->getArg(0);
  if (!isOffloadExecutor(Pool))
    return;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    collectLambdas(Member->getImplicitObjectArgument(), Out);
  for (unsigned I = 1; I < Call->getNumArgs(); ++I)
    collectLambdas(Call->getArg(I), Out);
}

bool ExecutorSwitches::isPoolExpression(const Expr *E) const {
  if (PoolExpression.empty())
    return false;
  CharSourceRange Range =
      Lexer::makeFileCharRange(CharSourceRange::getTokenRange(E->getSourceRange()),
                               Ctx.getSourceManager(), Ctx.getLangOpts());
  return Range.isValid() &&
         withoutSpaces(Lexer::getSourceText(Range, Ctx.getSourceManager(), Ctx.getLangOpts())) ==
             PoolExpression;
}

bool ExecutorSwitches::runsOffloaded(const CallSite &Site) const {
  if (OffloadTypes.empty())
    return false;
  // Replays, outermost first, what runs before the call on every path.
  Move State = Move::Stays;
  for (std::size_t I = 0; I < Site.Ancestors.size(); ++I) {
    const Stmt *Ancestor = Site.Ancestors[I];
    if (State == Move::UntilNextAwait && headAwaits(Ancestor))
      State = Move::Stays;
    // A loop's earlier iterations run all of its body before this one.
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(Ancestor) &&
        State == Move::UntilNextAwait && loopAwaits(Ancestor))
      State = Move::Stays;
    // A case label or goto target is reached without what comes before.
    if (isa<SwitchCase, LabelStmt>(Ancestor))
      State = Move::Stays;
    const auto *Block = dyn_cast<CompoundStmt>(Ancestor);
    if (!Block)
      continue;
    const Stmt *Holding = I + 1 < Site.Ancestors.size() ? Site.Ancestors[I + 1] : Site.Call;
    for (const Stmt *S : Block->body()) {
      if (S == Holding)
        break;
      if (isa<SwitchCase, LabelStmt>(S))
        State = Move::Stays;
      if (Move M = moveOf(S); M == Move::Home)
        State = Move::Stays;
      else if (M != Move::Stays)
        State = M;
      else if (State == Move::UntilNextAwait && awaitsThenGoesOn(S))
        State = Move::Stays;
    }
  }
  return State != Move::Stays;
}

} // namespace async_tidy
