//===--- ResourceFlow.cpp - Handles that reach an exit unreleased ---------===//

#include "ResourceFlow.h"
#include "BodyWalker.h"
#include "HarmlessExits.h"
#include "KnownConditions.h"
#include "QualifiedNames.h"
#include "ScopeGuards.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace async_tidy {

namespace {

/// `e`, `(e)`, `(CURL *)e`: the expression a handle value comes from.
const Expr *stripHandleExpr(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
    if (!Cast || Cast->getType()->isVoidType())
      return E;
    E = Cast->getSubExpr();
  }
}

/// The parent of `S` that uses its value, past parentheses and casts that
/// keep the value (and `Child` the node below it); a cast to void ends it.
const Stmt *valueUser(const Stmt *S, const ParentMap &Parents, const Stmt *&Child) {
  Child = S;
  const Stmt *P = Parents.getParent(S);
  while (P && (isa<ParenExpr, ImplicitCastExpr, ExprWithCleanups, MaterializeTemporaryExpr>(P) ||
               (isa<ExplicitCastExpr>(P) && !cast<Expr>(P)->getType()->isVoidType()))) {
    Child = P;
    P = Parents.getParent(P);
  }
  return P;
}

/// A variable the function owns outright: a local or parameter, not a
/// reference (whose object lives elsewhere) and not static.
const VarDecl *ownedLocal(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(stripHandleExpr(E));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType())
    return nullptr;
  return Var;
}

bool refersTo(const Expr *E, const VarDecl *Var) {
  const auto *Ref = dyn_cast<DeclRefExpr>(stripHandleExpr(E));
  return Ref && Ref->getDecl() == Var;
}

/// `h = curl_slist_append(h, ..)`: a call that consumes the handle `Handle`
/// holds and returns it anew (a reassigning call of `R`).
bool appendsTo(const Expr &E, const ResourcePair &R, const VarDecl *Handle,
               const ResourceModel &Model) {
  const auto *Call = dyn_cast<CallExpr>(&E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Model.reassigns(R, *Callee) &&
         llvm::any_of(Call->arguments(), [&](const Expr *Arg) { return refersTo(Arg, Handle); });
}

/// Where the handle of one acquisition is bound.
struct Binding {
  const VarDecl *Handle = nullptr;
  /// The CFG statement after which the variable holds the handle: its
  /// declaration, the assignment, or the out-parameter call.
  const Stmt *Point = nullptr;
  /// For out-parameter acquisitions: the variable holding the call's result.
  const VarDecl *ResultVar = nullptr;
  bool OutParam = false;
  bool Discarded = false;
};

std::optional<Binding> bindingOf(const Expr &Acquirer, const Acquisition &What,
                                 const ParentMap &Parents) {
  const Stmt *Child = nullptr;
  const Stmt *User = valueUser(&Acquirer, Parents, Child);
  Binding B;
  B.OutParam = What.OutParam.has_value();
  if (What.OutParam) {
    const auto *Call = cast<CallExpr>(&Acquirer);
    const auto *AddrOf =
        dyn_cast<UnaryOperator>(Call->getArg(*What.OutParam)->IgnoreParenImpCasts());
    if (!AddrOf || AddrOf->getOpcode() != UO_AddrOf ||
        !(B.Handle = ownedLocal(AddrOf->getSubExpr())))
      return std::nullopt;
    B.Point = &Acquirer;
    if (const auto *Decl = dyn_cast_or_null<DeclStmt>(User)) {
      for (const clang::Decl *D : Decl->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D); Var && Var->getInit() == Child)
          B.ResultVar = Var;
    } else if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(User);
               Assign && Assign->getOpcode() == BO_Assign && Assign->getRHS() == Child) {
      B.ResultVar = ownedLocal(Assign->getLHS());
    }
    return B;
  }
  if (const auto *Decl = dyn_cast<DeclStmt>(User)) {
    for (const clang::Decl *D : Decl->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D); Var && Var->getInit() == Child &&
                                                  Var->hasLocalStorage() &&
                                                  !Var->getType()->isReferenceType())
        B.Handle = Var;
    return B.Handle ? std::optional(B) : std::nullopt;
  }
  if (!User || !isa<Expr>(User)) {
    // A statement of its own: nothing keeps the handle. Anywhere else
    // (`return f();`, a condition) the value goes on.
    if (What.Function == "new" || !isStatementPosition(Child, User))
      return std::nullopt; // `new`: the constructor may have registered `this`.
    B.Discarded = true;
    return B;
  }
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(User); Cast && Cast->getType()->isVoidType()) {
    B.Discarded = What.Function != "new";
    return B.Discarded ? std::optional(B) : std::nullopt;
  }
  if (const auto *Assign = dyn_cast<BinaryOperator>(User);
      Assign && Assign->getOpcode() == BO_Assign && Assign->getRHS() == Child &&
      (B.Handle = ownedLocal(Assign->getLHS()))) {
    B.Point = Assign;
    return B;
  }
  return std::nullopt; // Returned, passed on, stored elsewhere: not ours.
}

/// Whether `S` binds the handle: the assignment or call, or the variable's
/// declaration (the CFG gives each declared variable a DeclStmt of its own).
bool isBindingPoint(const Binding &B, const Stmt *S) {
  if (B.Point)
    return S == B.Point;
  const auto *Decl = dyn_cast<DeclStmt>(S);
  return Decl && Decl->isSingleDecl() && Decl->getSingleDecl() == B.Handle;
}

/// `keyword` of a statement that leaves a scope.
std::string exitKeyword(const Stmt &S) {
  switch (S.getStmtClass()) {
  case Stmt::ReturnStmtClass:
    return "return";
  case Stmt::CoreturnStmtClass:
    return "co_return";
  case Stmt::BreakStmtClass:
    return "break";
  case Stmt::ContinueStmtClass:
    return "continue";
  case Stmt::GotoStmtClass:
    return "goto";
  case Stmt::CXXThrowExprClass:
    return "throw";
  default:
    return "";
  }
}

/// The forward walk for one acquisition.
class LeakSearch {
public:
  LeakSearch(const CFG &Graph, const Stmt &Body, ASTContext &Ctx, const ParentMap &Parents,
             const ResourceModel &Model, ExitingFunctions &Exiting)
      : Graph(Graph), Body(Body), Ctx(Ctx), Parents(Parents), Model(Model), Flags(flagsOf(Body)),
        Exiting(Exiting) {}

  /// Acquisitions found to re-acquire into a handle another one tracks
  /// (`list = curl_slist_append(list, ..)`): part of that one's life.
  llvm::DenseSet<const Expr *> Continuations;
  /// Where a handle variable's value was first handed to an owner (a
  /// lambda captured it, a call took it), by a walk so far.
  llvm::DenseMap<const VarDecl *, SourceLocation> HandedOver;

  std::vector<LeakingExit> run(const ResourcePair &Resource, const Expr &Acquirer,
                               const Binding &Bound, const CFGBlock &Start, unsigned FirstElement) {
    R = &Resource;
    Acq = &Acquirer;
    B = &Bound;
    Exits.clear();
    // A block is walked once per set of flag facts a path brings to it.
    llvm::DenseMap<const CFGBlock *, llvm::SmallVector<KnownConditions, 1>> Visited;
    struct Item {
      const CFGBlock *Block;
      unsigned First;
      KnownConditions Known;
    };
    llvm::SmallVector<Item, 16> Work{
        {&Start, FirstElement, knownAtAcquisition(Start, FirstElement)}};
    while (!Work.empty()) {
      Item Current = Work.pop_back_val();
      if (!walkBlock(*Current.Block, Current.First, Current.Known))
        continue;
      for (const CFGBlock *Next : successorsToFollow(*Current.Block, Current.Known)) {
        if (Next == &Graph.getExit()) {
          addExit(exitAtFunctionEnd(*Current.Block));
          continue;
        }
        KnownConditions Known = Current.Known;
        auto &Seen = Visited[Next];
        if (Seen.size() >= MaxFactSetsPerBlock) // Enough variety: keep what every path knows.
          for (const KnownConditions &Earlier : Seen)
            Known.keepCommon(Earlier);
        if (llvm::is_contained(Seen, Known))
          continue;
        Seen.push_back(Known);
        Work.push_back({Next, 0, std::move(Known)});
      }
    }
    return Exits;
  }

private:
  /// The flag facts at the acquisition: those every path from the entry
  /// brings to its block, the conditions of the `if`s, guards and `case`s
  /// around it (unless written on the way in), then the constants the
  /// statements before it in its block assign (`again = 0; conn = ..`).
  KnownConditions knownAtAcquisition(const CFGBlock &Start, unsigned FirstElement) {
    KnownConditions Known = knownOnEntryTo(Start);
    Known.addAll(conditionsAround(*Acq, Parents, Ctx, Flags));
    for (unsigned I = 0; I < FirstElement && I < Start.size(); ++I)
      if (auto Statement = Start[I].getAs<CFGStmt>())
        Known.update(Statement->getStmt(), Ctx, Flags);
    return Known;
  }

  /// The flag facts every path from the function's entry brings to `Block`:
  /// constants assigned before the acquisition that no path there rewrites
  /// (`int nobuf = 0;` set to 1 only in the other branch). A forward pass
  /// over the graph, done once per function, keeping at each block what all
  /// of its walked predecessors agree on.
  const KnownConditions &knownOnEntryTo(const CFGBlock &Block) {
    if (FactsOnEntry.empty()) {
      FactsOnEntry[&Graph.getEntry()] = KnownConditions();
      llvm::SmallVector<const CFGBlock *, 16> Work{&Graph.getEntry()};
      while (!Work.empty()) {
        const CFGBlock *Current = Work.pop_back_val();
        KnownConditions Out = FactsOnEntry[Current];
        for (const CFGElement &Element : *Current)
          if (auto Statement = Element.getAs<CFGStmt>())
            Out.update(Statement->getStmt(), Ctx, Flags);
        for (const CFGBlock *Next : Current->succs()) {
          if (!Next)
            continue;
          auto [Entry, FirstVisit] = FactsOnEntry.try_emplace(Next, Out);
          if (!FirstVisit) {
            KnownConditions Common = Entry->second;
            Common.keepCommon(Out);
            if (Common == Entry->second)
              continue;
            Entry->second = std::move(Common);
          }
          Work.push_back(Next);
        }
      }
    }
    return FactsOnEntry[&Block];
  }
  llvm::DenseMap<const CFGBlock *, KnownConditions> FactsOnEntry;

  /// How many different sets of flag facts a block is walked with.
  static constexpr unsigned MaxFactSetsPerBlock = 8;

  /// Walks the elements of `Block` from `First`; false when the path ends.
  bool walkBlock(const CFGBlock &Block, unsigned First, KnownConditions &Known) {
    for (unsigned I = First; I < Block.size(); ++I) {
      const CFGElement &Element = Block[I];
      if (auto Lifetime = Element.getAs<CFGLifetimeEnds>()) {
        if (Lifetime->getVarDecl() == B->Handle) {
          addExit(exitAtScopeEnd(*Lifetime->getTriggerStmt()));
          return false;
        }
        continue;
      }
      auto Statement = Element.getAs<CFGStmt>();
      if (!Statement)
        continue;
      const Stmt *S = Statement->getStmt();
      Known.update(S, Ctx, Flags);
      if (isBindingPoint(*B, S)) {
        if (reassignsHandle(Acq))
          continue; // `h = curl_slist_append(h, ..)` again: the same list.
        addExit({LeakingExit::Kind::Reacquire, Acq->getBeginLoc(), ""});
        return false;
      }
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
        for (const LambdaCapture &Capture : Lambda->captures())
          if (Capture.capturesVariable() && Capture.getCapturedVar() == B->Handle)
            return handOver(Lambda->getBeginLoc());
        continue;
      }
      if (const auto *Call = dyn_cast<CallExpr>(S); Call && Call != Acq) {
        const FunctionDecl *Callee = Call->getDirectCallee();
        if (Callee && Model.mayThrow(*Callee) && exceptionLeavesHandle(*Call))
          addExit({LeakingExit::Kind::Throw, Call->getBeginLoc(), displayName(*Callee)});
        // `usage();` that ends in exit(1): the path ends with the process.
        // (A call declared noreturn ends its CFG block already.)
        if (Callee && !Callee->isNoReturn() && Exiting.neverReturns(*Callee))
          return false;
      }
      const auto *Ref = dyn_cast<DeclRefExpr>(S);
      if (!Ref || Ref->getDecl() != B->Handle)
        continue;
      switch (classifyHandleUse(*Ref, *R, Model, Parents)) {
      case HandleUse::Release:
        return false;
      case HandleUse::Escape:
        return handOver(Ref->getBeginLoc());
      case HandleUse::Borrow:
      case HandleUse::Test:
        break;
      case HandleUse::Overwrite:
        if (!continuesHandle(*Ref))
          return false;
        break;
      }
    }
    return true;
  }

  /// Ends the path: the handle has an owner from `Where` on.
  bool handOver(SourceLocation Where) {
    auto [It, Inserted] = HandedOver.try_emplace(B->Handle, Where);
    if (!Inserted && Ctx.getSourceManager().isBeforeInTranslationUnit(Where, It->second))
      It->second = Where;
    return false;
  }

  /// Whether an exception from `Call` leaves the handle behind: it leaves
  /// the function, or reaches a handler of a `try` block (a function-try-
  /// block too) that the handle's variable was declared in. A handle that
  /// outlives the `try` may be released by its handler, which the walk
  /// does not follow: no exit then.
  bool exceptionLeavesHandle(const Stmt &Call) const {
    for (const Stmt *Child = &Call, *Parent = Parents.getParent(&Call); Parent;
         Child = Parent, Parent = Parents.getParent(Parent)) {
      const auto *Try = dyn_cast<CXXTryStmt>(Parent);
      if (!Try || Child != Try->getTryBlock())
        continue;
      SourceRange Block = Try->getTryBlock()->getSourceRange();
      const SourceManager &SM = Ctx.getSourceManager();
      SourceLocation Declared = B->Handle->getLocation();
      return !SM.isBeforeInTranslationUnit(Declared, Block.getBegin()) &&
             SM.isBeforeInTranslationUnit(Declared, Block.getEnd());
    }
    return true;
  }

  /// Whether `E` is a call that consumes the handle and returns it anew.
  bool reassignsHandle(const Expr *E) const { return appendsTo(*E, *R, B->Handle, Model); }

  /// `h = <new value>` (or `&h` given to an out-parameter acquisition) while
  /// `h` holds the handle: true when the new value is the handle itself,
  /// passed through a reassigning call.
  bool continuesHandle(const DeclRefExpr &Ref) {
    const Stmt *Child = nullptr;
    const Stmt *User = valueUser(&Ref, Parents, Child);
    if (const auto *AddrOf = dyn_cast<UnaryOperator>(User)) {
      const auto *Call = cast<CallExpr>(valueUser(AddrOf, Parents, Child));
      addExit({Call == Acq ? LeakingExit::Kind::Reacquire : LeakingExit::Kind::Overwrite,
               Call->getBeginLoc(), ""});
      return false;
    }
    const auto *Assign = cast<BinaryOperator>(User);
    const Expr *Value = stripHandleExpr(Assign->getRHS());
    if (reassignsHandle(Value)) {
      Continuations.insert(Value);
      return true;
    }
    addExit({Value == Acq ? LeakingExit::Kind::Reacquire : LeakingExit::Kind::Overwrite,
             Value == Acq ? Acq->getBeginLoc() : Assign->getOperatorLoc(), ""});
    return false;
  }

  /// The successors a live handle can flow into: not the branch on which a
  /// condition shows the handle null or the acquisition failed, not the
  /// branch a flag the path knows rules out, and none after a call that
  /// does not return.
  llvm::SmallVector<const CFGBlock *, 2> successorsToFollow(const CFGBlock &Block,
                                                            const KnownConditions &Known) const {
    llvm::SmallVector<const CFGBlock *, 2> Out;
    if (Block.hasNoReturnElement())
      return Out;
    std::optional<unsigned> Pruned;
    if (const auto *Cond = dyn_cast_or_null<Expr>(Block.getTerminatorCondition(false));
        Cond && Block.succ_size() == 2) {
      while (const auto *Logical = dyn_cast<BinaryOperator>(Cond->IgnoreParens()))
        if (Logical->isLogicalOp())
          Cond = Logical->getRHS();
        else
          break;
      std::optional<bool> Skip = valueWhenNull(Cond);
      if (!Skip && B->OutParam && !R->ReleaseOnFailure)
        Skip = valueWhenFailed(Cond);
      if (Skip)
        Pruned = *Skip ? 0 : 1;
      else if (std::optional<bool> Value = valueAgainstLibraryGlobal(Cond))
        Pruned = *Value ? 1 : 0;
      else if (std::optional<bool> Value = Known.evaluate(Cond, Ctx, Flags))
        Pruned = *Value ? 1 : 0;
    }
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Succ : Block.succs()) {
      if (const CFGBlock *Next = Succ.getReachableBlock(); Next && Pruned != Index)
        Out.push_back(Next);
      ++Index;
    }
    return Out;
  }

  bool isHandle(const Expr *E) const {
    E = stripHandleExpr(E);
    if (const auto *Assign = dyn_cast<BinaryOperator>(E);
        Assign && Assign->getOpcode() == BO_Assign)
      E = Assign->getLHS();
    return refersTo(E, B->Handle);
  }

  /// The condition's value when the handle is null, if it tests that.
  std::optional<bool> valueWhenNull(const Expr *Cond) const {
    Cond = Cond->IgnoreParenImpCasts();
    if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot) {
      std::optional<bool> Inner = valueWhenNull(Not->getSubExpr());
      return Inner ? std::optional(!*Inner) : std::nullopt;
    }
    if (isHandle(Cond) && stripHandleExpr(Cond)->getType()->isPointerType())
      return false;
    if (const auto *Cmp = dyn_cast<BinaryOperator>(Cond); Cmp && Cmp->isEqualityOp()) {
      auto IsNull = [&](const Expr *E) {
        return E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
               Expr::NPCK_NotNull;
      };
      if ((isHandle(Cmp->getLHS()) && IsNull(Cmp->getRHS())) ||
          (isHandle(Cmp->getRHS()) && IsNull(Cmp->getLHS())))
        return Cmp->getOpcode() == BO_EQ;
    }
    return std::nullopt;
  }

  /// The value of `h == stdout` or `h != stderr`: a global variable of a
  /// library's header never holds a handle acquired here (the walk ends
  /// where the program stores the handle anywhere), so an acquired stream is
  /// never the standard one it replaced (`FILE *out = stdout; .. if (out !=
  /// stdout) fclose(out);`).
  std::optional<bool> valueAgainstLibraryGlobal(const Expr *Cond) const {
    const auto *Cmp = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
    if (!Cmp || !Cmp->isEqualityOp())
      return std::nullopt;
    auto IsLibraryGlobal = [&](const Expr *E) {
      const auto *Ref = dyn_cast<DeclRefExpr>(stripHandleExpr(E));
      const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      return Var && Var->hasGlobalStorage() && !Var->isStaticLocal() &&
             Ctx.getSourceManager().isInSystemHeader(Var->getLocation());
    };
    if ((isHandle(Cmp->getLHS()) && IsLibraryGlobal(Cmp->getRHS())) ||
        (isHandle(Cmp->getRHS()) && IsLibraryGlobal(Cmp->getLHS())))
      return Cmp->getOpcode() == BO_NE;
    return std::nullopt;
  }

  bool isResult(const Expr *E) const {
    E = stripHandleExpr(E);
    if (const auto *Assign = dyn_cast<BinaryOperator>(E);
        Assign && Assign->getOpcode() == BO_Assign)
      return stripHandleExpr(Assign->getRHS()) == Acq || isResult(Assign->getLHS());
    return E == Acq || (B->ResultVar && refersTo(E, B->ResultVar));
  }

  /// The condition's value when an out-parameter acquisition reported
  /// failure (a non-zero result: SQLITE_OK and REDIS_OK are 0).
  std::optional<bool> valueWhenFailed(const Expr *Cond) const {
    Cond = Cond->IgnoreParenImpCasts();
    if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot) {
      std::optional<bool> Inner = valueWhenFailed(Not->getSubExpr());
      return Inner ? std::optional(!*Inner) : std::nullopt;
    }
    if (isResult(Cond))
      return true;
    const auto *Cmp = dyn_cast<BinaryOperator>(Cond);
    if (!Cmp || !Cmp->isEqualityOp())
      return std::nullopt;
    const Expr *Constant = isResult(Cmp->getLHS())   ? Cmp->getRHS()
                           : isResult(Cmp->getRHS()) ? Cmp->getLHS()
                                                     : nullptr;
    Expr::EvalResult Value;
    if (!Constant || !Constant->EvaluateAsInt(Value, Ctx))
      return std::nullopt;
    bool IsZero = Value.Val.getInt().isZero();
    if (Cmp->getOpcode() == BO_EQ)
      return !IsZero; // `rc == SQLITE_OK` is false on failure.
    if (IsZero)
      return true; // `rc != SQLITE_OK`
    return std::nullopt;
  }

  LeakingExit exitAtScopeEnd(const Stmt &Trigger) const {
    if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(&Trigger))
      return exitAtScopeEnd(*Coroutine->getBody());
    std::string Keyword = exitKeyword(Trigger);
    if (!Keyword.empty())
      return {LeakingExit::Kind::Return, Trigger.getBeginLoc(), Keyword};
    if (const auto *Block = dyn_cast<CompoundStmt>(&Trigger))
      return {LeakingExit::Kind::ScopeEnd, Block->getRBracLoc(), ""};
    return {LeakingExit::Kind::ScopeEnd, Trigger.getEndLoc(), ""};
  }

  /// A path into the exit block without passing the variable's scope end:
  /// a `throw`, or a handle held in a parameter.
  LeakingExit exitAtFunctionEnd(const CFGBlock &Last) const {
    if (const Stmt *Terminator = Last.getTerminatorStmt())
      if (std::string Keyword = exitKeyword(*Terminator); !Keyword.empty())
        return {LeakingExit::Kind::Return, Terminator->getBeginLoc(), Keyword};
    for (auto It = Last.rbegin(); It != Last.rend(); ++It)
      if (auto Statement = It->getAs<CFGStmt>()) {
        if (std::string Keyword = exitKeyword(*Statement->getStmt()); !Keyword.empty())
          return {LeakingExit::Kind::Return, Statement->getStmt()->getBeginLoc(), Keyword};
        break;
      }
    return exitAtScopeEnd(Body);
  }

  void addExit(LeakingExit Exit) {
    for (const LeakingExit &Seen : Exits)
      if (Seen.Loc == Exit.Loc)
        return;
    Exits.push_back(std::move(Exit));
  }

  const CFG &Graph;
  const Stmt &Body;
  ASTContext &Ctx;
  const ParentMap &Parents;
  const ResourceModel &Model;
  const FlagSet Flags;
  /// The project's functions that never return, asked as the walk meets them.
  ExitingFunctions &Exiting;
  const ResourcePair *R = nullptr;
  const Expr *Acq = nullptr;
  const Binding *B = nullptr;
  std::vector<LeakingExit> Exits;
};

struct FoundAcquisition {
  const Expr *Acquirer;
  Acquisition What;
  const CFGBlock *Block;
  unsigned Index;
};

/// `&h` given as the out-parameter of an acquisition (`sqlite3_open(p, &h)`).
bool receivesAcquisition(const UnaryOperator &AddrOf, const ResourceModel &Model,
                         const ParentMap &Parents) {
  const Stmt *Child = nullptr;
  const auto *Call = dyn_cast_or_null<CallExpr>(valueUser(&AddrOf, Parents, Child));
  if (!Call)
    return false;
  std::optional<Acquisition> What = Model.acquisition(*Call);
  return What && What->OutParam && *What->OutParam < Call->getNumArgs() &&
         Call->getArg(*What->OutParam)->IgnoreParenImpCasts() == &AddrOf;
}

} // namespace

HandleUse classifyHandleUse(const DeclRefExpr &Ref, const ResourcePair &R,
                            const ResourceModel &Model, const ParentMap &Parents) {
  const Stmt *Child = nullptr;
  const Stmt *User = valueUser(&Ref, Parents, Child);
  if (!User)
    return HandleUse::Test;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(User); Cast && Cast->getType()->isVoidType())
    return HandleUse::Test;
  if (const auto *Call = dyn_cast<CallExpr>(User)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || Child == Call->getCallee())
      return HandleUse::Escape;
    if (Model.releases(R, *Callee))
      return HandleUse::Release;
    if (Model.borrows(R, *Callee) || Model.reassigns(R, *Callee))
      return HandleUse::Borrow;
    return HandleUse::Escape;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(User)) {
    if (Model.isClientObject(R) && isa<CXXMethodDecl>(Member->getMemberDecl())) {
      const CXXRecordDecl *Class = Member->getBase()->getType()->getPointeeCXXRecordDecl();
      if (!Class || Model.ownsItself(*Class))
        return HandleUse::Escape; // The object may now own itself.
    }
    return HandleUse::Borrow;
  }
  if (const auto *Delete = dyn_cast<CXXDeleteExpr>(User))
    return Model.isClientObject(R) && !Delete->isArrayForm() ? HandleUse::Release
                                                             : HandleUse::Escape;
  if (const auto *Unary = dyn_cast<UnaryOperator>(User)) {
    if (Unary->getOpcode() == UO_Deref)
      return HandleUse::Borrow;
    if (Unary->getOpcode() == UO_LNot)
      return HandleUse::Test;
    if (Unary->getOpcode() == UO_AddrOf && receivesAcquisition(*Unary, Model, Parents))
      return HandleUse::Overwrite;
    return HandleUse::Escape;
  }
  if (const auto *Binary = dyn_cast<BinaryOperator>(User)) {
    if (Binary->isComparisonOp() || Binary->isLogicalOp())
      return HandleUse::Test;
    if (Binary->getOpcode() == BO_Assign && Child == Binary->getLHS())
      return HandleUse::Overwrite;
    if (Binary->getOpcode() == BO_Comma && Child == Binary->getLHS())
      return HandleUse::Test;
    return HandleUse::Escape;
  }
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(User))
    return Child == Subscript->getBase() ? HandleUse::Borrow : HandleUse::Escape;
  if (const auto *Conditional = dyn_cast<ConditionalOperator>(User))
    return Child == Conditional->getCond() ? HandleUse::Test : HandleUse::Escape;
  if (isa<IfStmt, WhileStmt, DoStmt, ForStmt, CompoundStmt>(User))
    return HandleUse::Test;
  return HandleUse::Escape;
}

std::vector<ResourceLeak> findResourceLeaks(const Decl &Function, Stmt &Body, ASTContext &Ctx,
                                            const ResourceModel &Model, ExitingFunctions &Exiting) {
  CFG::BuildOptions Options;
  Options.AddLifetime = true;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Graph = CFG::buildCFG(&Function, &Body, &Ctx, Options);
  if (!Graph)
    return {};
  ParentMap Parents(&Body);

  std::vector<FoundAcquisition> Found;
  llvm::DenseSet<const Stmt *> Seen;
  for (const CFGBlock *Block : *Graph)
    for (unsigned I = 0; I < Block->size(); ++I)
      if (auto Statement = (*Block)[I].getAs<CFGStmt>()) {
        const Stmt *S = Statement->getStmt();
        std::optional<Acquisition> What;
        if (const auto *Call = dyn_cast<CallExpr>(S))
          What = Model.acquisition(*Call);
        else if (const auto *New = dyn_cast<CXXNewExpr>(S))
          What = Model.acquisition(*New);
        if (What && Seen.insert(S).second)
          Found.push_back({cast<Expr>(S), *What, Block, I});
      }
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::sort(Found, [&](const FoundAcquisition &A, const FoundAcquisition &B) {
    return SM.isBeforeInTranslationUnit(A.Acquirer->getBeginLoc(), B.Acquirer->getBeginLoc());
  });

  std::vector<ScopeGuard> Guards = scopeGuardsOf(Body, Parents, Model);
  LeakSearch Search(*Graph, Body, Ctx, Parents, Model, Exiting);
  std::vector<ResourceLeak> Leaks;
  for (const FoundAcquisition &A : Found) {
    if (Search.Continuations.contains(A.Acquirer))
      continue;
    std::optional<Binding> Bound = bindingOf(*A.Acquirer, A.What, Parents);
    if (!Bound)
      continue;
    if (guardReleases(Guards, Bound->Handle, *A.Acquirer, Parents, SM))
      continue;
    // Appending to a list that already has an owner (a scope guard's lambda
    // captured its head) grows that owner's list.
    if (auto Owned = Search.HandedOver.find(Bound->Handle);
        Owned != Search.HandedOver.end() &&
        SM.isBeforeInTranslationUnit(Owned->second, A.Acquirer->getBeginLoc()) &&
        appendsTo(*A.Acquirer, *A.What.Resource, Bound->Handle, Model))
      continue;
    ResourceLeak Leak{A.Acquirer, A.What, Bound->Handle, {}};
    if (Bound->Discarded) {
      Leak.Exits.push_back({LeakingExit::Kind::Discarded, A.Acquirer->getBeginLoc(), ""});
      Leaks.push_back(std::move(Leak));
      continue;
    }
    // The walk starts after the binding point, in the acquisition's block.
    std::optional<unsigned> Start;
    for (unsigned I = A.Index; I < A.Block->size() && !Start; ++I)
      if (auto Statement = (*A.Block)[I].getAs<CFGStmt>())
        if (isBindingPoint(*Bound, Statement->getStmt()))
          Start = I + 1;
    if (!Start)
      continue;
    Leak.Exits = Search.run(*A.What.Resource, *A.Acquirer, *Bound, *A.Block, *Start);
    dropHarmlessExits(Leak.Exits, *A.Acquirer, Function, Body, Parents, Model);
    llvm::stable_sort(Leak.Exits, [&](const LeakingExit &X, const LeakingExit &Y) {
      return SM.isBeforeInTranslationUnit(X.Loc, Y.Loc);
    });
    if (!Leak.Exits.empty())
      Leaks.push_back(std::move(Leak));
  }
  return Leaks;
}

namespace {
/// Finds, in one walk over the translation unit's code outside system
/// headers, the functions (lambdas included) that acquire something. A
/// stmt matcher with `forCallable` would do the same but makes clang build
/// the parent map of the whole translation unit (a tenth of clang-tidy's
/// time on a small libpq file, mostly for the standard library).
class AcquiringFunctionFinder : public RecursiveASTVisitor<AcquiringFunctionFinder> {
public:
  AcquiringFunctionFinder(const SourceManager &SM, const ResourceModel &Model)
      : SM(SM), Model(Model) {}

  std::vector<const FunctionDecl *> Found;

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBodies() const { return true; }
  // Acquisitions are statements; the types spelled around them hold none
  // worth the walk (a third of it).
  bool TraverseTypeLoc(TypeLoc) { return true; }
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc) { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D ||
        (!isa<TranslationUnitDecl>(D) && SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()))))
      return true;
    const auto *Function = dyn_cast<FunctionDecl>(D);
    if (!Function || !Function->doesThisDeclarationHaveABody())
      return RecursiveASTVisitor::TraverseDecl(D);
    return traverseFunction(Function, [&] { return RecursiveASTVisitor::TraverseDecl(D); });
  }
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    return traverseFunction(Lambda->getCallOperator(),
                            [&] { return RecursiveASTVisitor::TraverseLambdaExpr(Lambda); });
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (Model.acquisition(*Call))
      markCurrent();
    return true;
  }
  bool VisitCXXNewExpr(CXXNewExpr *New) {
    if (Model.acquisition(*New))
      markCurrent();
    return true;
  }

private:
  template <class Traverse> bool traverseFunction(const FunctionDecl *F, Traverse Base) {
    Stack.push_back(F);
    bool Result = Base();
    Stack.pop_back();
    return Result;
  }
  void markCurrent() {
    if (!Stack.empty() && Marked.insert(Stack.back()).second)
      Found.push_back(Stack.back());
  }

  const SourceManager &SM;
  const ResourceModel &Model;
  std::vector<const FunctionDecl *> Stack;
  llvm::DenseSet<const FunctionDecl *> Marked;
};
} // namespace

std::vector<const FunctionDecl *> functionsThatAcquire(ASTContext &Ctx,
                                                       const ResourceModel &Model) {
  AcquiringFunctionFinder Finder(Ctx.getSourceManager(), Model);
  Finder.TraverseDecl(Ctx.getTranslationUnitDecl());
  return Finder.Found;
}

} // namespace async_tidy
