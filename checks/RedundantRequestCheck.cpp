//===--- RedundantRequestCheck.cpp - async-redundant-request --------------===//
//
// Each coroutine body is walked once (BodyWalker) to list its requests: the
// catalogued database, LLM and HTTP calls it awaits or makes synchronously
// (a call that only creates a task makes its request where it is awaited).
// For each, what asking it again would ask: whether its arguments give the
// same values again and its receiver stays the same object
// (analysis/RequestInputs.h), and whether the request only reads. The
// three patterns then compare requests with their loop, with each other,
// and with the code between them; only candidates pay for the mutation
// analysis.
//
//===----------------------------------------------------------------------===//

#include "RedundantRequestCheck.h"

#include "AccessPaths.h"
#include "ApiIndex.h"
#include "BodyWalker.h"
#include "CallChains.h"
#include "CatalogConfig.h"
#include "FrameworkDetector.h"
#include "IterationLoops.h"
#include "ProjectFiles.h"
#include "QualifiedNames.h"
#include "QueryEffects.h"
#include "RequestInputs.h"
#include "RequestReuse.h"
#include "SqlText.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace async_tidy {

struct RedundantRequestCheck::Request {
  const CallExpr *Call;
  const FunctionDecl *Callee;
  const IoCall *Entry;
  /// The call's enclosing statements, outermost first.
  std::vector<const Stmt *> Ancestors;
  /// The `co_await` of the call; null for a synchronous request.
  const CoawaitExpr *Await = nullptr;
  /// The object it works on (AccessPaths' receiverOf, down to its
  /// variable or member of `*this`); null for none.
  const Decl *ReceiverRoot = nullptr;
  /// The variables its arguments read (RequestInputs' stableInputs).
  Variables Inputs;
  /// Asking again asks the same question and changes nothing: stable
  /// arguments and receiver, and a request that only reads.
  bool AsksTheSame = false;
  /// For a database query: the tables it reads.
  std::vector<std::string> Tables;

  /// What gives the request's result: its `co_await`, or the call.
  const Expr *requestExpr() const { return Await ? static_cast<const Expr *>(Await) : Call; }
};

namespace {

const char *whatIs(IoKind Kind) {
  switch (Kind) {
  case IoKind::Database:
    return "database query";
  case IoKind::Llm:
    return "LLM request";
  case IoKind::Http:
    return "HTTP request";
  case IoKind::Connection:
    break;
  }
  return "request";
}

bool isLoopStatement(const Stmt *S) {
  return isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt, LambdaExpr>(S);
}

/// Whether `S` runs some of its parts only sometimes.
bool isConditional(const Stmt *S) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(S))
    return Binary->isLogicalOp();
  return isa<IfStmt, SwitchStmt, AbstractConditionalOperator, CXXTryStmt, CXXCatchStmt>(S);
}

/// Whether the code below the first statement of `Chain` runs the call
/// whenever that statement runs.
bool runsEveryTime(llvm::ArrayRef<const Stmt *> Chain) {
  return llvm::none_of(Chain, [](const Stmt *S) { return isConditional(S) || isLoopStatement(S); });
}

/// The object a receiver denotes: a variable or parameter (not a reference
/// declared in the body, which may be bound to another object each time),
/// or a member of `*this`, seen through `*` and `->`; null when it is
/// anything else (a call's result).
const Decl *receiverObject(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E);
        Operator && (Operator->getOperator() == OO_Arrow || Operator->getOperator() == OO_Star) &&
        Operator->getNumArgs() == 1) {
      E = Operator->getArg(0);
      continue;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E); Unary && Unary->getOpcode() == UO_Deref) {
      E = Unary->getSubExpr();
      continue;
    }
    if (isa<CXXThisExpr>(E))
      return ThisRoot;
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
        return Member->getMemberDecl();
      E = Member->getBase();
      continue;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || (Var->isLocalVarDecl() && Var->getType()->isReferenceType()))
      return nullptr;
    return Var->getCanonicalDecl();
  }
  return nullptr;
}

/// Whether the callee may change the argument it takes as parameter
/// `Index`. A forwarding reference (`Args &&...args`) forwards the value
/// into the request (Drogon's and libpqxx's parameters); it does not write.
bool mayWriteArgument(const FunctionDecl &Callee, unsigned Index) {
  if (const FunctionDecl *Pattern = Callee.getTemplateInstantiationPattern();
      Pattern && Pattern->getNumParams() > 0) {
    unsigned Last = Pattern->getNumParams() - 1;
    const ParmVarDecl *Param = Pattern->getParamDecl(std::min(Index, Last));
    QualType T = Param->getType();
    if (const auto *Expansion = T->getAs<PackExpansionType>())
      T = Expansion->getPattern();
    if (const auto *RValue = T->getAs<RValueReferenceType>();
        RValue && RValue->getPointeeType()->getAs<TemplateTypeParmType>())
      return false;
  }
  return Index >= Callee.getNumParams() || mayChangeArgument(Callee.getParamDecl(Index)->getType());
}

bool sharesTable(const std::vector<std::string> &A, const std::vector<std::string> &B) {
  return llvm::any_of(A, [&](const std::string &T) { return llvm::is_contained(B, T); });
}

/// Whether two calls are written alike: same callee, same object, same
/// arguments (clang's structural profile, as clang-tidy's checks compare
/// expressions).
bool sameCall(const CallExpr *A, const CallExpr *B, const ASTContext &Ctx) {
  llvm::FoldingSetNodeID IdA, IdB;
  A->Profile(IdA, Ctx, /*Canonical=*/true);
  B->Profile(IdB, Ctx, /*Canonical=*/true);
  return IdA == IdB;
}

/// The position of `S` in `Chain`, or none.
std::optional<size_t> positionOf(llvm::ArrayRef<const Stmt *> Chain, const Stmt *S) {
  auto It = llvm::find(Chain, S);
  return It == Chain.end() ? std::nullopt : std::optional<size_t>(It - Chain.begin());
}

/// The position of the innermost block that holds both chains' calls.
std::optional<size_t> commonBlock(llvm::ArrayRef<const Stmt *> A, llvm::ArrayRef<const Stmt *> B) {
  size_t Shared = 0;
  while (Shared < A.size() && Shared < B.size() && A[Shared] == B[Shared])
    ++Shared;
  for (size_t I = Shared; I-- > 0;)
    if (isa<CompoundStmt>(A[I]))
      return I + 1 < A.size() && I + 1 < B.size() ? std::optional<size_t>(I) : std::nullopt;
  return std::nullopt;
}

/// What decides whether the rest of a conditional node runs.
const Stmt *conditionOf(const Stmt *S) {
  if (const auto *If = dyn_cast<IfStmt>(S))
    return If->getCond();
  if (const auto *Switch = dyn_cast<SwitchStmt>(S))
    return Switch->getCond();
  if (const auto *Conditional = dyn_cast<AbstractConditionalOperator>(S))
    return Conditional->getCond();
  if (const auto *Binary = dyn_cast<BinaryOperator>(S); Binary && Binary->isLogicalOp())
    return Binary->getLHS();
  return nullptr;
}

/// The variable a request's statement stores its result in: `auto r =
/// <request>;` or `r = <request>;`.
const VarDecl *resultVariable(const Stmt *Statement, const Expr *Request) {
  if (const VarDecl *Declared = declaredFrom(Statement, Request))
    return Declared;
  const auto *Assign = dyn_cast_or_null<BinaryOperator>(
      isa_and_nonnull<Expr>(Statement) ? cast<Expr>(Statement)->IgnoreImplicit() : nullptr);
  if (!Assign || Assign->getOpcode() != BO_Assign ||
      Assign->getRHS()->IgnoreImplicit() != Request->IgnoreImplicit())
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts());
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// Whether `S` may leave the function or the block early: a return, a
/// throw, a jump.
bool mayLeave(const Stmt *S) {
  return holdsNode(S, [](const Stmt *Node) {
    return isa<ReturnStmt, CoreturnStmt, CXXThrowExpr, BreakStmt, ContinueStmt, GotoStmt>(Node);
  });
}

/// The statements of `Block` after `From`, up to and including `To`.
std::vector<const Stmt *> statementsBetween(const CompoundStmt &Block, const Stmt *From,
                                            const Stmt *To) {
  std::vector<const Stmt *> Out;
  bool After = false;
  for (const Stmt *Child : Block.body()) {
    if (After)
      Out.push_back(Child);
    if (Child == To)
      break;
    After = After || Child == From;
  }
  return Out;
}

/// A variable a prompt embeds: a parameter or a local variable (not a
/// reference declared in the body), seen through `.c_str()`-like const
/// accessors and conversions.
const VarDecl *embeddedVariable(const Expr *Operand) {
  const Expr *E = Operand->IgnoreImplicit()->IgnoreParens();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
      Construct && Construct->getNumArgs() == 1)
    E = Construct->getArg(0)->IgnoreImplicit()->IgnoreParens();
  if (const auto *Accessor = dyn_cast<CXXMemberCallExpr>(E);
      Accessor && Accessor->getNumArgs() == 0 && Accessor->getMethodDecl() &&
      Accessor->getMethodDecl()->isConst())
    E = Accessor->getImplicitObjectArgument()->IgnoreImplicit()->IgnoreParens();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !(isa<ParmVarDecl>(Var) || Var->isLocalVarDecl()) ||
      (Var->isLocalVarDecl() && Var->getType()->isReferenceType()))
    return nullptr;
  return Var;
}

/// The operands of `S` when it joins text with instructions written as a
/// literal: `"Summarize: " + text`, `std::format("Summarize: {}", text)`.
llvm::SmallVector<const Expr *, 4> joinedWithInstructions(const Stmt *S) {
  llvm::SmallVector<const Expr *, 4> Operands;
  auto HasLiteral = [](const Stmt *Node) { return isa<StringLiteral>(Node); };
  if (const auto *Plus = dyn_cast<CXXOperatorCallExpr>(S);
      Plus && Plus->getOperator() == OO_Plus && holdsNode(Plus, HasLiteral))
    Operands.append(Plus->arg_begin(), Plus->arg_end());
  const auto *Call = dyn_cast<CallExpr>(S);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!isa<CXXOperatorCallExpr>(S) && Callee && Call->getNumArgs() > 1) {
    std::string Name = catalogName(Callee);
    if ((Name == "std::format" || Name == "fmt::format") && holdsNode(Call->getArg(0), HasLiteral))
      Operands.append(Call->arg_begin() + 1, Call->arg_end());
  }
  return Operands;
}

/// What a prompt is built from, through the locals that hold its parts
/// (`std::string prompt = "Summarize: " + text;`), a few levels deep.
struct PromptParts {
  /// Variables joined with instructions somewhere in the prompt.
  llvm::SmallPtrSet<const VarDecl *, 4> Embedded;
  /// Every variable it finally reads (a local whose initializer awaits or
  /// makes a request is read, not looked into: it holds an answer).
  llvm::SmallPtrSet<const VarDecl *, 8> Read;
  /// The locals looked into: a change to one after its initializer is a
  /// part the analysis does not see.
  llvm::SmallVector<const VarDecl *, 4> Built;
};

void collectPromptParts(const Expr *E, unsigned Depth,
                        const llvm::SmallPtrSetImpl<const Stmt *> &RequestCalls, PromptParts &Out) {
  auto HoldsAnswer = [&](const Expr *Init) {
    return containsAwait(Init) ||
           holdsNode(Init, [&](const Stmt *S) { return RequestCalls.contains(S); });
  };
  forEachNode(E, [&](const Stmt *S) {
    for (const Expr *Operand : joinedWithInstructions(S))
      if (const VarDecl *Var = embeddedVariable(Operand))
        Out.Embedded.insert(Var);
    const auto *Ref = dyn_cast<DeclRefExpr>(S);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var)
      return;
    if (Depth < 3 && Var->isLocalVarDecl() && Var->getInit() && !HoldsAnswer(Var->getInit()) &&
        !llvm::is_contained(Out.Built, Var)) {
      Out.Built.push_back(Var);
      collectPromptParts(Var->getInit(), Depth + 1, RequestCalls, Out);
    } else {
      Out.Read.insert(Var);
    }
  });
}

} // namespace

/// The check's analyses of one translation unit.
struct RedundantRequestCheck::Analyses : UnitState {
  Analyses(CoroutineUnit &Unit, const Catalog &Cat)
      : Unit(Unit),
        Policy{[&Unit](const FunctionDecl *FD) { return Unit.Index.isInlineCaller(FD); }, nullptr},
        Chains(
            Unit.Ctx, Policy,
            [this](const CallSite &Site) {
              const IoCall *Entry = this->Unit.Index.ioCall(Site.Call);
              return Entry && Entry->Kind != IoKind::Connection ? Entry : nullptr;
            },
            [this](const CallSite &Site) { return isProjectHelper(Site); }) {
    auto Add = [](llvm::StringSet<> &Set, const std::vector<std::string> &Names) {
      for (const std::string &Name : Names)
        Set.insert(Name);
    };
    Add(CacheTypes, Cat.CacheTypes);
    Add(OrderingNames, Cat.OrderingFunctions);
    Add(LoopInputNames, Cat.LoopInputFunctions);
    Add(LoopAlgorithmNames, Cat.LoopAlgorithms);
    for (const FrameworkIdioms &Framework : Cat.Frameworks)
      Add(TaskTypes, Framework.CoroutineTypes);
  }

  bool isNamed(const llvm::StringSet<> &Names, const FunctionDecl *Callee) const {
    return Callee && Names.contains(Unit.Index.nameOf(Callee));
  }
  bool isProjectHelper(const CallSite &Site) const {
    return isProjectHelperCall(Site.Call, Site.Callee, /*EnterCoroutines=*/true,
                               [this](SourceLocation L) { return Unit.Project.contains(L); });
  }
  bool isRequest(const CallExpr &Call) const { return Unit.Index.ioCall(&Call) != nullptr; }

  /// Whether the call only creates a task, which makes its request where
  /// it is awaited.
  bool makesTask(const FunctionDecl &Callee) const {
    const FunctionDecl *Definition = nullptr;
    if (Callee.hasBody(Definition) && coroutineBody(*Definition))
      return true;
    std::string Type = catalogNameOfType(Callee.getReturnType());
    return !Type.empty() && TaskTypes.contains(Type);
  }

  /// Whether `Type` or a base of it is a cache in front of a client.
  bool isCache(QualType Type) const {
    const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
    if (!Record || !Record->hasDefinition())
      return false;
    if (CacheTypes.contains(catalogName(Record)))
      return true;
    return !Record->forallBases(
        [this](const CXXRecordDecl *Base) { return !CacheTypes.contains(catalogName(Base)); });
  }

  /// What running a database request's SQL does, when its text is known.
  std::optional<QueryEffects> effectsOf(const CallExpr &Call, const IoCall &Entry) const {
    llvm::SmallVector<const Expr *, 4> Args = writtenArguments(&Call);
    for (unsigned I = 0; I < Args.size(); ++I) {
      if (Entry.QueryArg && *Entry.QueryArg != I)
        continue;
      std::optional<BuiltSql> Sql = builtSql(Args[I]);
      if (!Sql)
        continue;
      std::variant<QueryEffects, std::string> Effects = queryEffects(Sql->Text);
      if (const auto *Known = std::get_if<QueryEffects>(&Effects))
        return *Known;
    }
    return std::nullopt;
  }

  std::optional<Request> requestAt(const CallSite &Site) const;
  bool changesAnswerOf(const Request &R, const CallSite &Site);
  /// A loop that polls (its exit reads what it awaited), awaits its own
  /// input, or waits between rounds: its rounds are meant to ask again.
  bool asksAgainOnPurpose(const IterationLoop &Loop) const;
  /// Whether a call waits: a catalogued timer, sleep or executor switch
  /// (the ordering functions), or a blocking sleep. A request repeated
  /// after a wait asks whether its answer changed.
  bool waits(const CallExpr &Call) const {
    const BlockingFunction *Blocking = Unit.Index.blockingFunction(&Call);
    return isNamed(OrderingNames, Call.getDirectCallee()) ||
           (Blocking && Blocking->Kind == BlockingKind::Sleep);
  }
  bool waitsIn(const Stmt *S) const {
    return holdsNode(S, [this](const Stmt *Node) {
      const auto *Call = dyn_cast<CallExpr>(Node);
      return Call && waits(*Call);
    });
  }

  CoroutineUnit &Unit;
  WalkPolicy Policy;
  CallChainSearch<IoCall> Chains;
  llvm::StringSet<> CacheTypes, OrderingNames, LoopInputNames, LoopAlgorithmNames, TaskTypes;
};

std::optional<RedundantRequestCheck::Request>
RedundantRequestCheck::Analyses::requestAt(const CallSite &Site) const {
  const auto *Call = dyn_cast<CallExpr>(Site.Call);
  const IoCall *Entry = Call ? Unit.Index.ioCall(Call) : nullptr;
  if (!Entry || Entry->Kind == IoKind::Connection || Site.InlineLambdaDepth > 0)
    return std::nullopt;
  Request R{Call, Site.Callee, Entry, {Site.Ancestors.begin(), Site.Ancestors.end()}};
  R.Await = dyn_cast_or_null<CoawaitExpr>(semanticParent(Site.Ancestors, Call));
  if (!R.Await && makesTask(*Site.Callee))
    return std::nullopt;
  const Expr *Receiver = receiverOf(Call);
  if (Receiver && isCache(objectType(Receiver)))
    return std::nullopt;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Site.Callee);
      Method && isCache(QualType(Method->getParent()->getTypeForDecl(), 0)))
    return std::nullopt;

  bool Stable = !Receiver || (R.ReceiverRoot = receiverObject(Receiver));
  llvm::SmallVector<const Expr *, 4> Args = writtenArguments(Call);
  unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
  for (unsigned I = 0; I < Args.size() && Stable; ++I) {
    if (Args[I] == Receiver)
      continue;
    std::optional<Variables> Inputs = stableInputs(Args[I]);
    Stable = Inputs && !mayWriteArgument(*Site.Callee, I + First);
    if (Inputs)
      for (const VarDecl *V : *Inputs)
        if (!llvm::is_contained(R.Inputs, V))
          R.Inputs.push_back(V);
  }
  bool OnlyReads = Entry->Kind == IoKind::Llm || (Entry->Kind == IoKind::Http && Entry->ReadOnly);
  if (Entry->Kind == IoKind::Database) {
    if (std::optional<QueryEffects> Effects = effectsOf(*Call, *Entry)) {
      OnlyReads = Effects->Repeatable;
      R.Tables = Effects->Tables;
    }
  }
  R.AsksTheSame = Stable && OnlyReads;
  return R;
}

bool RedundantRequestCheck::Analyses::changesAnswerOf(const Request &R, const CallSite &Site) {
  IoKind Kind = R.Entry->Kind;
  if (const IoCall *Other = Unit.Index.ioCall(Site.Call)) {
    if (Other->Kind != Kind)
      return false;
    if (Kind == IoKind::Http)
      return !Other->ReadOnly;
    const auto *Call = dyn_cast<CallExpr>(Site.Call);
    std::optional<QueryEffects> Effects = Call ? effectsOf(*Call, *Other) : std::nullopt;
    return !Effects || (!Effects->Repeatable &&
                        (Effects->Tables.empty() || sharesTable(Effects->Tables, R.Tables)));
  }
  // What a function of another unit, or a helper of the project, asks is
  // not read here: one that makes a request of the kind may write.
  if (const IoCall *Summarized = Unit.Summaries.requestEntry(*Site.Callee))
    return Summarized->Kind == Kind;
  if (!isProjectHelper(Site))
    return false;
  const CallChain<IoCall> *Chain = Chains.chainThrough(Site.Callee, 3);
  return Chain && Chain->Target->Kind == Kind;
}

bool RedundantRequestCheck::Analyses::asksAgainOnPurpose(const IterationLoop &Loop) const {
  LoopOwnCalls Own = ownCallsOf(Loop);
  if (Own.ExitDependsOnAwaitedResult)
    return true;
  if (llvm::any_of(Own.Awaited, [this](const CallExpr *Call) {
        return isNamed(LoopInputNames, Call->getDirectCallee());
      }))
    return true;
  return llvm::any_of(Own.All, [this](const CallExpr *Call) { return waits(*Call); });
}

RedundantRequestCheck::RedundantRequestCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : CoroutineCheckBase(Name, Context) {}

void RedundantRequestCheck::adjustCatalog(Catalog &Cat) const {
  for (std::string &Type : splitOptionList(*CacheTypes))
    Cat.CacheTypes.push_back(std::move(Type));
  for (auto [Option, Kind] :
       {std::pair{&DatabaseFunctions, IoKind::Database}, std::pair{&LlmFunctions, IoKind::Llm}}) {
    std::vector<std::string> Names = splitOptionList(**Option);
    if (Names.empty())
      continue;
    // The project's own wrappers: a name without `::` is the global
    // function of that name (as async-per-iteration-io reads it).
    for (std::string &Name : Names)
      if (Name.find("::") == std::string::npos)
        Name = "::" + Name;
    IoCall Entry;
    Entry.Names = std::move(Names);
    Entry.Kind = Kind;
    Cat.IoCalls.push_back(std::move(Entry));
  }
}

std::unique_ptr<CoroutineCheckBase::UnitState>
RedundantRequestCheck::makeUnitState(CoroutineUnit &Unit) {
  return std::make_unique<Analyses>(Unit, effectiveCatalog());
}

void RedundantRequestCheck::checkCoroutine(const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  std::vector<Request> Requests;
  walkBody(C.Body.getBody(), A.Unit.Ctx, A.Policy, [&](const CallSite &Site) {
    if (std::optional<Request> R = A.requestAt(Site))
      Requests.push_back(std::move(*R));
  });
  for (const Request &R : Requests)
    checkLoopInvariant(R, C);
  checkRepeats(Requests, C);
  checkSharedInput(Requests, C);
}

bool RedundantRequestCheck::mayChangeAnswer(const Request &R, const Stmt *Region,
                                            const Expr *Skip) {
  if (R.Entry->Kind == IoKind::Llm)
    return false; // a model's answer does not depend on the service's data
  Analyses &A = unitState<Analyses>();
  bool Changes = false;
  walkBody(Region, A.Unit.Ctx, A.Policy, [&](const CallSite &Site) {
    Changes = Changes || (Site.Call != Skip && A.changesAnswerOf(R, Site));
  });
  return Changes;
}

void RedundantRequestCheck::checkLoopInvariant(const Request &R, const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  if (!R.AsksTheSame)
    return;
  std::optional<IterationLoop> Loop =
      innermostIterationLoop(R.Ancestors, R.Call, [&](const FunctionDecl *Callee) {
        return A.isNamed(A.LoopAlgorithmNames, Callee);
      });
  // A loop over elements: a loop that does nothing with its counter or
  // element asks again on purpose (samples, a warm-up, a benchmark).
  if (!Loop || isa<CallExpr>(Loop->Loop) || !Loop->Element ||
      !mentionsVariable(Loop->Body, [&](const VarDecl *V) { return V == Loop->Element; }))
    return;
  ASTContext &Ctx = A.Unit.Ctx;
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt &Whole = *Loop->Loop;
  if (llvm::any_of(R.Inputs, [&](const VarDecl *V) { return declaredInside(V, Whole, SM); }) ||
      declaredInside(R.ReceiverRoot, Whole, SM))
    return;
  std::optional<size_t> BodyAt = positionOf(R.Ancestors, Loop->Body);
  if (!BodyAt || !runsEveryTime(llvm::ArrayRef(R.Ancestors).drop_front(*BodyAt)))
    return;
  if (std::optional<uint64_t> Trips = constantTripCount(*Loop, Ctx); Trips && *Trips <= 1)
    return;
  if (A.asksAgainOnPurpose(*Loop) || leavesLoopAfter(*Loop, R.Ancestors, R.Call) ||
      changesAny(Whole, R.Inputs, Ctx, R.Call) ||
      (R.ReceiverRoot && replacesObject(Whole, R.ReceiverRoot,
                                        [&](const CallExpr &Call) { return A.isRequest(Call); })) ||
      mayChangeAnswer(R, &Whole, R.Call) || !shouldReportAt(R.Call->getBeginLoc()))
    return;

  std::string Subject = iterationSubject(*Loop, Ctx);
  diag(R.Call->getBeginLoc(), "%0 '%1' asks the same on every iteration%2: nothing it reads "
                              "changes in the loop; make it once before the loop")
      << whatIs(R.Entry->Kind) << describeCall(R.Call, R.Callee)
      << (Subject.empty() ? "" : " over '" + Subject + "'") << R.Call->getSourceRange();
  diag(Loop->Loop->getBeginLoc(), "the loop that repeats it", DiagnosticIDs::Note);

  FixPlan Plan = FixPlan::none("the request does not declare a variable of its own in the loop");
  std::optional<size_t> LoopAt = positionOf(R.Ancestors, Loop->Loop);
  const auto *Declaration = dyn_cast<DeclStmt>(R.Ancestors[*BodyAt + 1]);
  const VarDecl *Var = declaredFrom(Declaration, R.requestExpr());
  if (C.isInstantiation())
    Plan = FixPlan::silent(); // the pattern's finding carries the fix
  else if (!LoopAt || *LoopAt == 0 || !isa<CompoundStmt>(R.Ancestors[*LoopAt - 1]))
    Plan = FixPlan::none("the loop is not a statement of a block");
  else if (Var && changesAny(*Loop->Body, {Var}, Ctx))
    Plan = FixPlan::none("the loop changes '" + Var->getName().str() + "'");
  else if (Var)
    Plan = hoistBeforeLoop(*Declaration, *Var, *Loop->Loop, C.Function, Ctx);
  emitFixNote(Plan, R.Call->getBeginLoc());
}

void RedundantRequestCheck::checkRepeats(llvm::ArrayRef<Request> Requests, const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  ASTContext &Ctx = A.Unit.Ctx;
  auto IsRequest = [&](const CallExpr &Call) { return A.isRequest(Call); };
  for (size_t J = 1; J < Requests.size(); ++J) {
    const Request &Second = Requests[J];
    for (size_t I = 0; I < J && Second.AsksTheSame; ++I) {
      const Request &First = Requests[I];
      if (!First.AsksTheSame || !sameCall(First.Call, Second.Call, Ctx))
        continue;
      std::optional<size_t> BlockAt = commonBlock(First.Ancestors, Second.Ancestors);
      if (!BlockAt)
        continue;
      const Stmt *FirstStatement = First.Ancestors[*BlockAt + 1];
      const Stmt *SecondStatement = Second.Ancestors[*BlockAt + 1];
      auto SecondChain = llvm::ArrayRef(Second.Ancestors).drop_front(*BlockAt + 1);
      if (FirstStatement == SecondStatement ||
          !runsEveryTime(llvm::ArrayRef(First.Ancestors).drop_front(*BlockAt + 1)) ||
          llvm::any_of(SecondChain, isLoopStatement))
        continue;
      // A second request under a test of the first's answer is a retry.
      const VarDecl *FirstResult = resultVariable(FirstStatement, First.requestExpr());
      if (FirstResult && llvm::any_of(SecondChain, [&](const Stmt *S) {
            const Stmt *Condition = conditionOf(S);
            return Condition &&
                   mentionsVariable(Condition, [&](const VarDecl *V) { return V == FirstResult; });
          }))
        continue;
      std::vector<const Stmt *> Between = statementsBetween(
          *cast<CompoundStmt>(First.Ancestors[*BlockAt]), FirstStatement, SecondStatement);
      if (llvm::any_of(Between, [&](const Stmt *S) {
            return A.waitsIn(S) || changesAny(*S, Second.Inputs, Ctx, Second.Call) ||
                   (Second.ReceiverRoot && replacesObject(*S, Second.ReceiverRoot, IsRequest)) ||
                   mayChangeAnswer(Second, S, Second.Call);
          }))
        continue;
      if (!shouldReportAt(Second.Call->getBeginLoc()))
        break;
      diag(Second.Call->getBeginLoc(),
           "%0 '%1' asks again what an earlier request asked, and nothing in between changes "
           "the answer; reuse the first result")
          << whatIs(Second.Entry->Kind) << describeCall(Second.Call, Second.Callee)
          << Second.Call->getSourceRange();
      diag(First.Call->getBeginLoc(), "the first request", DiagnosticIDs::Note);
      const VarDecl *Kept = declaredFrom(FirstStatement, First.requestExpr());
      FixPlan Plan = FixPlan::none("the first result is not kept in a variable");
      if (C.isInstantiation())
        Plan = FixPlan::silent();
      else if (Kept &&
               llvm::any_of(Between, [&](const Stmt *S) { return changesAny(*S, {Kept}, Ctx); }))
        Plan = FixPlan::none("the code in between changes '" + Kept->getName().str() + "'");
      else if (Kept)
        Plan = reuseFirstResult(*Kept, *Second.requestExpr(), C.Function, Ctx);
      emitFixNote(Plan, Second.Call->getBeginLoc());
      break;
    }
  }
}

void RedundantRequestCheck::checkSharedInput(llvm::ArrayRef<Request> Requests, const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  ASTContext &Ctx = A.Unit.Ctx;
  auto IsLoopAlgorithm = [&](const FunctionDecl *F) { return A.isNamed(A.LoopAlgorithmNames, F); };
  // The LLM requests the coroutine makes once (not in a loop), each with
  // what its prompt is built from, grouped by the variable they embed.
  std::vector<std::pair<const Request *, PromptParts>> Prompts;
  llvm::MapVector<const VarDecl *, std::vector<size_t>> ByInput;
  llvm::SmallPtrSet<const Stmt *, 8> RequestCalls;
  for (const Request &R : Requests)
    RequestCalls.insert(R.Call);
  for (const Request &R : Requests) {
    if (R.Entry->Kind != IoKind::Llm ||
        innermostIterationLoop(R.Ancestors, R.Call, IsLoopAlgorithm))
      continue;
    if (llvm::any_of(Prompts, [&](const auto &P) { return sameCall(P.first->Call, R.Call, Ctx); }))
      continue; // the same request again is a repeat, not another instruction
    PromptParts Parts;
    llvm::SmallVector<const Expr *, 4> Args = writtenArguments(R.Call);
    for (unsigned I = 0; I < Args.size(); ++I)
      if (!R.Entry->QueryArg || *R.Entry->QueryArg == I)
        collectPromptParts(Args[I], 0, RequestCalls, Parts);
    for (const VarDecl *Input : Parts.Embedded)
      ByInput[Input].push_back(Prompts.size());
    Prompts.emplace_back(&R, std::move(Parts));
  }
  llvm::SmallPtrSet<const CallExpr *, 4> Reported;
  for (const auto &[Input, Members] : ByInput) {
    if (Members.size() < std::max(2U, *MinLlmRequests))
      continue;
    const Request &First = *Prompts[Members.front()].first;
    if (Reported.contains(First.Call))
      continue;
    // Every request runs whenever the first does, on one path, and none
    // reads what another answered or what changes after the first.
    bool OnePath = llvm::all_of(llvm::ArrayRef(Members).drop_front(), [&](size_t Member) {
      const Request &R = *Prompts[Member].first;
      std::optional<size_t> BlockAt = commonBlock(First.Ancestors, R.Ancestors);
      return BlockAt && runsEveryTime(llvm::ArrayRef(First.Ancestors).drop_front(*BlockAt + 1)) &&
             runsEveryTime(llvm::ArrayRef(R.Ancestors).drop_front(*BlockAt + 1));
    });
    // A return or throw between them may end the handler on an earlier
    // answer (a moderation check before the reply): the later requests
    // run only if it does not.
    const Request &Last = *Prompts[Members.back()].first;
    if (std::optional<size_t> Shared = commonBlock(First.Ancestors, Last.Ancestors)) {
      std::vector<const Stmt *> Between =
          statementsBetween(*cast<CompoundStmt>(First.Ancestors[*Shared]),
                            First.Ancestors[*Shared + 1], Last.Ancestors[*Shared + 1]);
      if (!Between.empty())
        Between.pop_back();
      if (llvm::any_of(Between, mayLeave))
        continue;
    }
    std::optional<size_t> FirstBlock;
    for (size_t I = First.Ancestors.size(); I-- > 0 && !FirstBlock;)
      if (isa<CompoundStmt>(First.Ancestors[I]) && I + 1 < First.Ancestors.size())
        FirstBlock = I;
    if (!OnePath || !FirstBlock)
      continue;
    SourceLocation Start = First.Ancestors[*FirstBlock + 1]->getBeginLoc();
    const SourceManager &SM = Ctx.getSourceManager();
    bool Independent = true;
    for (size_t Member : Members) {
      const PromptParts &Parts = Prompts[Member].second;
      llvm::SmallVector<const VarDecl *, 8> Read(Parts.Read.begin(), Parts.Read.end());
      Independent = Independent &&
                    llvm::all_of(Read,
                                 [&](const VarDecl *V) {
                                   return SM.isBeforeInTranslationUnit(V->getLocation(), Start);
                                 }) &&
                    !changesAny(*C.Body.getBody(), Read, Ctx) &&
                    !changesAny(*C.Body.getBody(), Parts.Built, Ctx);
    }
    if (!Independent || !shouldReportAt(First.Call->getBeginLoc()))
      continue;
    Reported.insert(First.Call);
    diag(First.Call->getBeginLoc(), "%0 LLM requests send '%1' with different instructions; ask "
                                    "for all the answers in one structured request")
        << static_cast<unsigned>(Members.size()) << Input->getName()
        << First.Call->getSourceRange();
    for (size_t Member : llvm::ArrayRef(Members).drop_front())
      diag(Prompts[Member].first->Call->getBeginLoc(), "another request over '%0'",
           DiagnosticIDs::Note)
          << Input->getName();
    emitFixNote(FixPlan::none("merge the instructions into one prompt that asks for one field "
                              "per answer (JSON), and read each answer from the reply"),
                First.Call->getBeginLoc());
  }
}

} // namespace async_tidy
