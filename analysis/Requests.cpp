//===--- Requests.cpp - What a request asks, and what changes its answer --===//

#include "Requests.h"

#include "AccessPaths.h"
#include "FrameworkDetector.h"
#include "QualifiedNames.h"
#include "SqlText.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace async_tidy {

namespace {

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

} // namespace

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

RequestAnalysis::RequestAnalysis(ASTContext &Ctx, const ApiIndex &Index, SummaryFacts &Summaries,
                                 std::function<bool(SourceLocation)> IsProjectCode,
                                 const Catalog &Cat)
    : Ctx(Ctx), Index(Index), Summaries(Summaries), IsProjectCode(std::move(IsProjectCode)),
      Policy{[this](const FunctionDecl *FD) { return this->Index.isInlineCaller(FD); }, nullptr},
      Chains(
          Ctx, Policy,
          [this](const CallSite &Site) {
            const IoCall *Entry = this->Index.ioCall(Site.Call);
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

void RequestAnalysis::startCoroutine(const Stmt &CoroutineBody) {
  Body = &CoroutineBody;
  Aliased.reset();
}

bool RequestAnalysis::isProjectHelper(const CallSite &Site) const {
  return isProjectHelperCall(Site.Call, Site.Callee, /*EnterCoroutines=*/true, IsProjectCode);
}

/// Whether the call only creates a task, which makes its request where it
/// is awaited.
bool RequestAnalysis::makesTask(const FunctionDecl &Callee) const {
  const FunctionDecl *Definition = nullptr;
  if (Callee.hasBody(Definition) && coroutineBody(*Definition))
    return true;
  std::string Type = catalogNameOfType(Callee.getReturnType());
  return !Type.empty() && TaskTypes.contains(Type);
}

/// Whether `Type` or a base of it is a cache in front of a client.
bool RequestAnalysis::isCache(QualType Type) const {
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return false;
  if (CacheTypes.contains(catalogName(Record)))
    return true;
  return !Record->forallBases(
      [this](const CXXRecordDecl *Base) { return !CacheTypes.contains(catalogName(Base)); });
}

/// What running a database request's SQL does, when its text is known.
std::optional<QueryEffects> RequestAnalysis::effectsOf(const CallExpr &Call,
                                                       const IoCall &Entry) const {
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

std::optional<Request> RequestAnalysis::requestAt(const CallSite &Site) {
  const auto *Call = dyn_cast<CallExpr>(Site.Call);
  const IoCall *Entry = Call ? Index.ioCall(Call) : nullptr;
  if (!Entry || Entry->Kind == IoKind::Connection || Site.InlineLambdaDepth > 0)
    return std::nullopt;
  Request R;
  R.Call = Call;
  R.Callee = Site.Callee;
  R.Entry = Entry;
  R.Ancestors.assign(Site.Ancestors.begin(), Site.Ancestors.end());
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
  // writtenArguments leaves a member operator's object out: argument I is
  // parameter I.
  llvm::SmallVector<const Expr *, 4> Args = writtenArguments(Call);
  for (unsigned I = 0; I < Args.size() && Stable; ++I) {
    if (Args[I] == Receiver)
      continue;
    std::optional<Variables> Inputs = stableInputs(Args[I]);
    Stable = Inputs && !mayWriteArgument(*Site.Callee, I);
    if (Inputs)
      for (const VarDecl *V : *Inputs)
        if (!llvm::is_contained(R.Inputs, V))
          R.Inputs.push_back(V);
  }
  Stable = Stable && llvm::none_of(R.Inputs, [this](const VarDecl *V) { return isAliasedHere(V); });
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

bool RequestAnalysis::mayChangeAnswer(const Request &R, const Stmt *Region, const Expr *Skip) {
  if (R.Entry->Kind == IoKind::Llm)
    return false; // a model's answer does not depend on the service's data
  // A call through a pointer to a function may run anything.
  bool Changes = holdsNode(Region, [](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    return Call && !Call->getDirectCallee() && !isa<CXXPseudoDestructorExpr>(Call->getCallee());
  });
  walkBody(Region, Ctx, Policy, [&](const CallSite &Site) {
    Changes = Changes || (Site.Call != Skip && changesAnswerOf(R, Site));
  });
  return Changes;
}

bool RequestAnalysis::changesAnswerOf(const Request &R, const CallSite &Site) {
  IoKind Kind = R.Entry->Kind;
  if (const IoCall *Other = Index.ioCall(Site.Call)) {
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
  if (const IoCall *Summarized = Summaries.requestEntry(*Site.Callee))
    return Summarized->Kind == Kind;
  if ((R.ReceiverRoot && usesClient(Site, R.ReceiverRoot)) || runsUnknownCode(Site))
    return true;
  if (!isProjectHelper(Site))
    return false;
  const CallChain<IoCall> *Chain = Chains.chainThrough(Site.Callee, 3);
  return Chain && Chain->Target->Kind == Kind;
}

/// Whether `Site` works on `Root`, the request's client, other than through
/// a catalogued request: a non-const member function, or `Root` passed by
/// non-const reference (a bulk load, a prepared statement).
bool RequestAnalysis::usesClient(const CallSite &Site, const Decl *Root) const {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Site.Call)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    if (Method && !Method->isConst() && receiverObject(Member->getImplicitObjectArgument()) == Root)
      return true;
  }
  llvm::SmallVector<const Expr *, 4> Args = writtenArguments(Site.Call);
  for (unsigned I = 0; I < Args.size(); ++I)
    if (receiverObject(Args[I]) == Root && mayWriteArgument(*Site.Callee, I))
      return true;
  return false;
}

/// Whether the call may run code the analysis cannot name: a virtual
/// function, a function object that is no lambda (`std::function`), or a
/// function of the project with no body here and no summary.
bool RequestAnalysis::runsUnknownCode(const CallSite &Site) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Site.Callee);
  if (Method && (Method->isVirtual() ||
                 (Method->getOverloadedOperator() == OO_Call && !Method->getParent()->isLambda())))
    return true;
  return !Site.Callee->hasBody() && IsProjectCode(Site.Callee->getLocation()) &&
         !Summaries.factsFor(*Site.Callee);
}

bool RequestAnalysis::asksAgainOnPurpose(const IterationLoop &Loop) {
  LoopOwnCalls Own = ownCallsOf(Loop);
  // A loop that may stop early may stop on an answer (a retry, a search).
  if (Own.ExitDependsOnAwaitedResult || Own.CanExit)
    return true;
  if (llvm::any_of(Own.Awaited, [this](const CallExpr *Call) {
        return isNamed(LoopInputNames, Call->getDirectCallee());
      }))
    return true;
  return llvm::any_of(Own.All, [this](const CallExpr *Call) { return waits(*Call, 3); });
}

bool RequestAnalysis::waits(const CallExpr &Call, unsigned Depth) {
  const BlockingFunction *Blocking = Index.blockingFunction(&Call);
  if (isNamed(OrderingNames, Call.getDirectCallee()) ||
      (Blocking && Blocking->Kind == BlockingKind::Sleep))
    return true;
  const FunctionDecl *Callee = Call.getDirectCallee();
  return Callee && Depth > 0 && helperWaits(*Callee, Depth - 1);
}

bool RequestAnalysis::helperWaits(const FunctionDecl &Callee, unsigned Depth) {
  const FunctionDecl *Definition = nullptr;
  if (!Callee.hasBody(Definition) || !IsProjectCode(Definition->getLocation()))
    return false;
  auto [It, Inserted] = WaitingHelpers.try_emplace(Definition, false);
  if (Inserted)
    It->second = waitsIn(coroutineBodyOf(*Definition), Depth);
  return It->second;
}

bool RequestAnalysis::waitsIn(const Stmt *S, unsigned Depth) {
  return holdsNode(S, [&](const Stmt *Node) {
    const auto *Call = dyn_cast<CallExpr>(Node);
    return Call && waits(*Call, Depth);
  });
}

bool RequestAnalysis::isAliasedHere(const VarDecl *V) {
  if (!Aliased)
    Aliased = aliasedVariables(*Body);
  return Aliased->contains(V);
}

} // namespace async_tidy
