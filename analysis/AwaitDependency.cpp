//===--- AwaitDependency.cpp - Which co_awaits could run concurrently -----===//
//
// The rules that decide whether a later await depends on an earlier one,
// in the order docs/checks/async-serial-awaits.md lists them. What an await
// touches is AwaitEffects.cpp's; cutting a block into runs is
// AwaitGroups.cpp's.
//
//===----------------------------------------------------------------------===//

#include "AwaitDependency.h"
#include "AccessPaths.h"
#include "QualifiedNames.h"
#include "SqlText.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

const char *dependencyRuleName(DependencyRule Rule) {
  switch (Rule) {
  case DependencyRule::Ordering:
    return "ordering";
  case DependencyRule::Guard:
    return "guard";
  case DependencyRule::CriticalSection:
    return "critical-section";
  case DependencyRule::ReadsEarlierResult:
    return "reads-earlier-result";
  case DependencyRule::SameReceiver:
    return "same-receiver";
  case DependencyRule::SharedResource:
    return "shared-resource";
  case DependencyRule::WriteConflict:
    return "write-conflict";
  case DependencyRule::ConflictingAccess:
    return "conflicting-access";
  case DependencyRule::InterveningStatement:
    return "intervening-statement";
  case DependencyRule::Doubtful:
    return "doubtful";
  case DependencyRule::AlreadyStarted:
    return "already-started";
  case DependencyRule::UnknownStart:
    return "unknown-start";
  case DependencyRule::NeverWaits:
    return "never-waits";
  }
  return "?";
}

AwaitDependencyAnalysis::AwaitDependencyAnalysis(ASTContext &Ctx, const ApiIndex &Index,
                                                 DependencyPolicy Policy)
    : Ctx(Ctx), Index(Index), Policy(std::move(Policy)),
      Start(this->Policy.LazyTypes, this->Policy.EagerTypes),
      Scheduling(Ctx, Index, this->Policy.ResumeSchedulers) {}

std::optional<AwaitStatement> AwaitDependencyAnalysis::asAwaitStatement(const Stmt *S) const {
  AwaitStatement Out;
  Out.Statement = S;
  const Expr *Value = nullptr;
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    if (!Decls->isSingleDecl())
      return std::nullopt;
    const auto *Var = dyn_cast<VarDecl>(Decls->getSingleDecl());
    if (!Var || !Var->getInit() || Var->isStaticLocal() || isa<DecompositionDecl>(Var))
      return std::nullopt;
    Out.StatementForm = AwaitStatement::Form::Declaration;
    Out.Declared = Var;
    Value = Var->getInit();
  } else if (const auto *E = dyn_cast<Expr>(S)) {
    const Expr *Inner = withoutImplicit(E);
    if (const auto *Assign = dyn_cast<BinaryOperator>(Inner);
        Assign && Assign->getOpcode() == BO_Assign) {
      Out.StatementForm = AwaitStatement::Form::Assignment;
      Out.Assigned = Assign->getLHS();
      Value = Assign->getRHS();
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Inner);
               Op && Op->getOperator() == OO_Equal) {
      Out.StatementForm = AwaitStatement::Form::Assignment;
      Out.Assigned = Op->getArg(0);
      Value = Op->getArg(1);
    } else {
      Value = Inner;
    }
  } else {
    return std::nullopt;
  }
  // The value must be the await itself (through conversions and
  // temporaries), not an await inside a larger expression.
  const Expr *Candidate = withoutImplicit(Value);
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Candidate))
    if (Construct->getNumArgs() == 1)
      Candidate = withoutImplicit(Construct->getArg(0));
  const auto *Await = dyn_cast_or_null<CoawaitExpr>(Candidate);
  if (!Await)
    return std::nullopt;
  Out.Await = Await;
  Out.Awaited = withoutImplicit(Await->getOperand());
  Out.AwaitedObject = namedObject(Out.Awaited);
  return Out;
}

bool AwaitDependencyAnalysis::isQueryAwait(const CoawaitExpr *Await) const {
  const Expr *Operand = withoutImplicit(Await->getOperand());
  auto Listed = [this](llvm::StringRef Name) {
    return !Name.empty() && llvm::is_contained(Policy.QueryAwaitables, Name);
  };
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Operand))
    if (const FunctionDecl *Callee = Call->getDirectCallee();
        Callee && Listed(Index.nameOf(Callee)))
      return true;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Operand))
    if (Listed(catalogName(Ref->getDecl())))
      return true;
  QualType T = Operand->getType();
  return Listed(catalogNameOfType(T)) || AwaitableStartModel::isAlwaysReady(T);
}

bool AwaitDependencyAnalysis::isQuery(const AwaitStatement &S) const {
  // Timers, locks and the explicit suspension points order what follows,
  // ready as some of them are.
  return !isOrdering(S) && isQueryAwait(S.Await);
}

std::optional<Dependency> AwaitDependencyAnalysis::joinsStartedWork(const AwaitStatement &S) const {
  if (!S.AwaitedObject || isOrdering(S))
    return std::nullopt;
  QualType T = S.AwaitedObject->getType();
  WorkStart When = Start.startOf(T);
  if (When == WorkStart::Lazy)
    return std::nullopt;
  const Decl *Root = rootOf(S.AwaitedObject);
  std::string Name = Root ? "'" + rootName(Root) + "'" : "the awaited object";
  std::string Type = "'" + catalogNameOfType(T.getNonReferenceType()) + "'";
  if (When == WorkStart::Eager)
    return Dependency{DependencyRule::AlreadyStarted,
                      Name + " started its work when it was made (" + Type +
                          " is eager): awaiting it joins work already running"};
  return Dependency{DependencyRule::UnknownStart,
                    "whether " + Name + " started its work when it was made is unknown; if " +
                        Type + " starts only when awaited, add it to the catalog's lazy_types"};
}

bool AwaitDependencyAnalysis::isConcurrencySafe(QualType T) const {
  // std::shared_ptr<DbClient>: the pointee decides.
  if (std::optional<QualType> Pointee = smartPointee(T))
    T = *Pointee;
  return llvm::is_contained(Policy.ConcurrencySafeTypes, catalogNameOfType(T));
}

bool AwaitDependencyAnalysis::isSingleOperation(QualType T) const {
  return llvm::is_contained(Policy.SingleOperationTypes, catalogNameOfType(T));
}

bool AwaitDependencyAnalysis::isOrdering(const AwaitStatement &S) const {
  const CallExpr *Call = S.awaitedCall();
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (Callee && llvm::is_contained(Policy.OrderingFunctions, Index.nameOf(Callee).str()))
    return true;
  // `co_await folly::coro::co_reschedule_on_current_executor;`, `co_await
  // Yield{};`: an object, or an object of a type, that orders.
  const auto *Object = dyn_cast_or_null<DeclRefExpr>(withoutImplicit(S.Awaited));
  if (Object && llvm::is_contained(Policy.OrderingTypes, catalogName(Object->getDecl())))
    return true;
  // A project's own awaiter that only hands the coroutine to an executor
  // or a timer (`co_await SwitchTo{strand}`, `co_await sleepFor(loop, 1s)`).
  QualType T = S.Awaited->getType().getNonReferenceType();
  return (!T.isNull() && (llvm::is_contained(Policy.OrderingTypes, catalogNameOfType(T)) ||
                          Scheduling.onlySchedules(T))) ||
         isSynchronization(S);
}

std::string AwaitDependencyAnalysis::describeSynchronization(const AwaitStatement &S) const {
  if (const CallExpr *Call = S.awaitedCall())
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Index.nameOf(Callee).str();
  return catalogNameOfType(S.Awaited->getType().getNonReferenceType());
}

bool AwaitDependencyAnalysis::isSynchronization(const AwaitStatement &S) const {
  const CallExpr *Call = S.awaitedCall();
  if (const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr)
    if (llvm::is_contained(Policy.SynchronizationFunctions, Index.nameOf(Callee).str()) ||
        isLock(*Callee))
      return true;
  // `co_await done;` on an event or latch, `co_await std::suspend_always{}`.
  QualType T = S.Awaited->getType().getNonReferenceType();
  return !T.isNull() && llvm::is_contained(Policy.SynchronizationTypes, catalogNameOfType(T));
}

bool AwaitDependencyAnalysis::isIgnored(const AwaitStatement &S) const {
  const CallExpr *Call = S.awaitedCall();
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && llvm::is_contained(Policy.IgnoredAwaitables, Index.nameOf(Callee).str());
}

AwaitEffects AwaitDependencyAnalysis::effectsOf(const AwaitStatement &S) const {
  MethodSafety IsSafeMethod;
  if (Policy.IsSafeMethod)
    IsSafeMethod = Policy.IsSafeMethod;
  AwaitEffects Effects = async_tidy::effectsOf(
      S, Ctx.getSourceManager(), [this](QualType T) { return isConcurrencySafe(T); }, IsSafeMethod);
  addStateReadByCallee(S, Effects);
  return Effects;
}

namespace {

std::string sharedRoot(const llvm::SmallPtrSetImpl<const Decl *> &A,
                       const llvm::SmallPtrSetImpl<const Decl *> &B) {
  for (const Decl *D : A)
    if (B.contains(D))
      return rootName(D);
  return "";
}

/// Fields of `RD` (and its bases) that refer to an object of a
/// single-operation type: `pqxx::connection &conn_`, `tcp::socket *sock_`.
std::vector<std::string> referencedResources(const CXXRecordDecl *RD,
                                             llvm::function_ref<bool(QualType)> IsSingleOp,
                                             unsigned Depth = 0) {
  std::vector<std::string> Out;
  if (!RD || !RD->hasDefinition() || Depth > 4)
    return Out;
  RD = RD->getDefinition();
  for (const FieldDecl *Field : RD->fields()) {
    QualType T = Field->getType();
    if (T->isReferenceType() || T->isPointerType())
      T = T->getPointeeType();
    else if (std::optional<QualType> Shared =
                 firstTypeArgument(T, {"std::shared_ptr", "std::reference_wrapper"}))
      T = *Shared;
    else
      continue; // An object of its own, not shared.
    if (IsSingleOp(T))
      Out.push_back(catalogNameOfType(T));
  }
  for (const CXXBaseSpecifier &Base : RD->bases())
    for (std::string &Name :
         referencedResources(Base.getType()->getAsCXXRecordDecl(), IsSingleOp, Depth + 1))
      Out.push_back(std::move(Name));
  return Out;
}

} // namespace

/// Both awaits work on one object that runs one operation at a time (or
/// may, or on objects that share such a resource).
std::optional<Dependency> AwaitDependencyAnalysis::receiverDependency(const AwaitEffects &E,
                                                                      const AwaitEffects &L) const {
  if (!E.Receiver || !L.Receiver)
    return std::nullopt;
  QualType ET = objectType(E.Receiver), LT = objectType(L.Receiver);
  if (isConcurrencySafe(ET) && isConcurrencySafe(LT))
    return std::nullopt;
  bool BothUnchanged = E.ReceiverUnchanged && L.ReceiverUnchanged;
  // Names the type a user would declare safe, so the remark says how to
  // change the verdict.
  std::string IfSafe = "; if '" + catalogNameOfType(ET) +
                       "' takes concurrent requests, add it to ConcurrencySafeTypes";
  if (E.ReceiverRoot && E.ReceiverRoot == L.ReceiverRoot && !BothUnchanged)
    return Dependency{DependencyRule::SameReceiver, "both use '" + rootName(E.ReceiverRoot) +
                                                        "', which runs one operation at a time" +
                                                        IfSafe};
  if ((!E.ReceiverRoot || !L.ReceiverRoot) && Ctx.hasSameUnqualifiedType(ET, LT) && !BothUnchanged)
    return Dependency{DependencyRule::Doubtful, "both use an object of type '" + ET.getAsString() +
                                                    "' that may be the same one" + IfSafe};
  auto IsSingleOp = [this](QualType T) { return isSingleOperation(T); };
  std::vector<std::string> ER = referencedResources(ET->getAsCXXRecordDecl(), IsSingleOp);
  std::vector<std::string> LR = referencedResources(LT->getAsCXXRecordDecl(), IsSingleOp);
  for (const std::string &Resource : ER)
    if (llvm::is_contained(LR, Resource))
      return Dependency{DependencyRule::SharedResource,
                        "both objects hold a '" + Resource +
                            "', which runs one operation at a time"};
  return std::nullopt;
}

/// A written SQL write and another statement on one connection or table.
std::optional<Dependency> AwaitDependencyAnalysis::sqlDependency(const AwaitStatement &Earlier,
                                                                 const AwaitStatement &Later,
                                                                 const AwaitEffects &E,
                                                                 const AwaitEffects &L) const {
  const CallExpr *EC = Earlier.awaitedCall(), *LC = Later.awaitedCall();
  if (!EC || !LC)
    return std::nullopt;
  std::optional<SqlText> ES = sqlOf(EC), LS = sqlOf(LC);
  // A write next to a statement whose text is not known may touch the same
  // rows: keep their order rather than guess.
  auto HasUnknownSql = [this](const CallExpr *Call, const std::optional<SqlText> &Sql) {
    const IoCall *Io = Index.ioCall(Call);
    return !Sql && Io && Io->Kind == IoKind::Database && Io->QueryArg;
  };
  if ((ES && ES->Writes && HasUnknownSql(LC, LS)) || (LS && LS->Writes && HasUnknownSql(EC, ES)))
    return Dependency{DependencyRule::Doubtful,
                      "a write and a statement whose SQL text is not known"};
  if (!ES || !LS || (!ES->Writes && !LS->Writes))
    return std::nullopt;
  bool SameConnection = E.ReceiverRoot && E.ReceiverRoot == L.ReceiverRoot;
  std::string Table;
  for (const std::string &T : ES->Tables)
    if (llvm::is_contained(LS->Tables, T))
      Table = T;
  if (!SameConnection && Table.empty())
    return std::nullopt;
  return Dependency{DependencyRule::WriteConflict,
                    SameConnection ? "a write and another statement on one connection"
                                   : "a write and another statement on table '" + Table + "'"};
}

std::optional<Dependency> AwaitDependencyAnalysis::dependency(const AwaitStatement &Earlier,
                                                              const AwaitStatement &Later) const {
  if (isOrdering(Earlier) || isOrdering(Later))
    return Dependency{DependencyRule::Ordering,
                      "a timer, sleep, executor switch or lock orders what follows it"};
  if (std::optional<Dependency> Why = guards(Earlier, Later))
    return Why;
  AwaitEffects E = effectsOf(Earlier);
  AwaitEffects L = effectsOf(Later);
  if (std::optional<Dependency> Why = receiverDependency(E, L))
    return Why;
  if (std::string Name = sharedRoot(L.Reads, E.Writes); !Name.empty())
    return Dependency{DependencyRule::ReadsEarlierResult,
                      "it reads '" + Name + "', which the earlier statement sets"};
  if (std::optional<Dependency> Why = sqlDependency(Earlier, Later, E, L))
    return Why;
  if (std::string Name = sharedRoot(L.Writes, E.Reads); !Name.empty())
    return Dependency{DependencyRule::ConflictingAccess,
                      "it changes '" + Name + "', which the earlier await uses"};
  if (std::string Name = sharedRoot(L.Writes, E.Writes); !Name.empty())
    return Dependency{DependencyRule::ConflictingAccess, "both change '" + Name + "'"};
  if (!E.Doubt.empty() || !L.Doubt.empty())
    return Dependency{DependencyRule::Doubtful, !L.Doubt.empty() ? L.Doubt : E.Doubt};
  return std::nullopt;
}

} // namespace async_tidy
