//===--- FunctionSummarizer.cpp - The local facts of one function body ----===//

#include "FunctionSummarizer.h"
#include "AwaitEffects.h"
#include "BodyWalker.h"
#include "DriverCoroutines.h"
#include "FrameworkDetector.h"
#include "QualifiedNames.h"
#include "ResourceFlow.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace async_tidy {

std::string usrOf(const Decl *D) {
  llvm::SmallString<128> Usr;
  if (!D || index::generateUSRForDecl(D, Usr))
    return "";
  return Usr.str().str();
}

std::vector<std::string> annotationsOf(const FunctionDecl &FD) {
  constexpr llvm::StringLiteral Prefix = "async_tidy::";
  std::vector<std::string> Found;
  for (const FunctionDecl *Decl : FD.redecls())
    for (const auto *Attribute : Decl->specific_attrs<AnnotateAttr>())
      if (Attribute->getAnnotation().starts_with(Prefix) &&
          !llvm::is_contained(Found, Attribute->getAnnotation().drop_front(Prefix.size())))
        Found.push_back(Attribute->getAnnotation().drop_front(Prefix.size()).str());
  return Found;
}

namespace {

/// The parts of a body the call walk does not report: `throw`s outside any
/// `try`, the local variables a `return` hands back, and calls whose
/// callee is not known (through pointers, or virtual).
struct BodyFacts : RecursiveASTVisitor<BodyFacts> {
  llvm::DenseSet<const VarDecl *> ReturnedVariables;
  /// Variables an `if` of the function tests (`if (log_fp)`).
  llvm::DenseSet<const VarDecl *> TestedVariables;
  std::optional<SourceLocation> Throw;
  bool CallsUnknown = false;
  /// The mentions of each parameter; a mention inside a lambda counts as
  /// a null entry (the lambda may keep it).
  llvm::DenseMap<const ParmVarDecl *, llvm::SmallVector<const DeclRefExpr *, 4>> ParameterRefs;
  unsigned TryDepth = 0, LambdaDepth = 0;

  bool TraverseCXXTryStmt(CXXTryStmt *Try) {
    ++TryDepth;
    bool Result = TraverseStmt(Try->getTryBlock());
    --TryDepth;
    for (unsigned I = 0; Result && I < Try->getNumHandlers(); ++I)
      Result = TraverseStmt(Try->getHandler(I));
    return Result;
  }
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    ++LambdaDepth;
    bool Result = RecursiveASTVisitor::TraverseLambdaExpr(Lambda);
    --LambdaDepth;
    return Result;
  }
  bool VisitCXXThrowExpr(CXXThrowExpr *Throw) {
    if (TryDepth == 0 && LambdaDepth == 0 && !this->Throw)
      this->Throw = Throw->getBeginLoc();
    return true;
  }
  bool VisitIfStmt(IfStmt *If) {
    if (LambdaDepth == 0 && If->getCond())
      forEachNode(If->getCond(), [this](const Stmt *S) {
        if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
          if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
            TestedVariables.insert(Var);
      });
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *Return) {
    if (LambdaDepth == 0 && Return->getRetValue())
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Return->getRetValue()->IgnoreImplicit()))
        if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
          ReturnedVariables.insert(Var);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const auto *Parameter = dyn_cast<ParmVarDecl>(Ref->getDecl()))
      ParameterRefs[Parameter].push_back(LambdaDepth == 0 ? Ref : nullptr);
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee && !isa<CXXPseudoDestructorExpr>(Call->getCallee()->IgnoreImplicit()))
      CallsUnknown = true;
    if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee))
      if (Method->isVirtual() && !Method->hasAttr<FinalAttr>() &&
          !Method->getParent()->hasAttr<FinalAttr>())
        CallsUnknown = true;
    return true;
  }
};

/// The expression a variable's initializer or a return hands on, without
/// the conversions and copies around it.
const Expr *handedOn(const Expr *E) {
  E = E->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getNumArgs() == 1 && Construct->getConstructor()->isCopyOrMoveConstructor())
      return Construct->getArg(0)->IgnoreImplicit();
  return E;
}

/// Whether the function hands the call's result to its caller: `return
/// f();`, or a local initialized or assigned from it and returned.
bool isReturned(const CallSite &Site, const BodyFacts &Facts) {
  const Stmt *Parent = semanticParent(Site.Ancestors, Site.Call);
  if (isa_and_nonnull<ReturnStmt>(Parent))
    return true;
  if (const auto *Declaration = dyn_cast_or_null<DeclStmt>(Parent))
    for (const Decl *D : Declaration->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        if (Var->getInit() && handedOn(Var->getInit()) == Site.Call &&
            Facts.ReturnedVariables.contains(Var))
          return true;
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(Parent))
    if (Assign->isAssignmentOp())
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreImplicit()))
        if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
          // A handle kept in a global or static that the function tests
          // and returns is a cache the callers share (`if (log_fp) return
          // log_fp; log_fp = fopen(..); return log_fp;`), not one handed to
          // each of them.
          return Facts.ReturnedVariables.contains(Var) &&
                 !(Var->hasGlobalStorage() && Facts.TestedVariables.contains(Var));
  return false;
}

bool isInTryBlock(const CallSite &Site) {
  return !Site.InCatchHandler &&
         llvm::any_of(Site.Ancestors, [](const Stmt *S) { return isa<CXXTryStmt>(S); });
}

/// (caller parameter, argument index) for each argument that is one of the
/// caller's parameters, unchanged.
std::vector<std::pair<unsigned, unsigned>> passedParameters(const Expr *Call,
                                                            const FunctionDecl &Caller) {
  std::vector<std::pair<unsigned, unsigned>> Passed;
  llvm::SmallVector<const Expr *, 4> Arguments = writtenArguments(Call);
  for (unsigned I = 0; I < Arguments.size(); ++I)
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Arguments[I]->IgnoreParenImpCasts()))
      if (const auto *Parameter = dyn_cast<ParmVarDecl>(Ref->getDecl()))
        if (Parameter->getDeclContext() == &Caller)
          Passed.emplace_back(Parameter->getFunctionScopeIndex(), I);
  return Passed;
}

/// A member function whose body changes nothing reachable from its object
/// (a const one whose class has mutable members may change those).
bool leavesItsObjectUnchanged(const FunctionDecl &FD, const Catalog &Cat) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
  if (!Method || Method->isStatic() ||
      llvm::any_of(Method->getParent()->fields(),
                   [](const FieldDecl *Field) { return Field->isMutable(); }))
    return false;
  if (Method->isConst())
    return true;
  return leavesObjectUnchanged(Method, FD.getASTContext().getSourceManager(), [&Cat](QualType T) {
    return llvm::is_contained(Cat.ConcurrencySafeTypes, catalogNameOfType(T));
  });
}

/// The resources `Parameter` is only borrowed as: every mention tests it
/// or reads it without giving it away, and at least one hands it to a
/// catalogued borrower of that resource.
std::vector<std::string> borrowedAs(const ParmVarDecl &Parameter,
                                    llvm::ArrayRef<const DeclRefExpr *> Refs,
                                    const ResourceModel &Resources, const ParentMap &Parents) {
  std::vector<std::string> Borrowed;
  if (llvm::is_contained(Refs, nullptr))
    return Borrowed;
  for (const ResourcePair &R : Resources.pairs()) {
    bool Evidence = false, OnlyReads = true;
    for (const DeclRefExpr *Ref : Refs) {
      HandleUse Use = classifyHandleUse(*Ref, R, Resources, Parents);
      OnlyReads &= Use == HandleUse::Borrow || Use == HandleUse::Test;
      if (const auto *Call = dyn_cast_or_null<CallExpr>(
              Parents.getParentIgnoreParenImpCasts(const_cast<DeclRefExpr *>(Ref))))
        if (const FunctionDecl *Callee = Call->getDirectCallee())
          Evidence |= Resources.borrows(R, *Callee);
    }
    if (Evidence && OnlyReads)
      Borrowed.push_back(R.Resource);
  }
  return Borrowed;
}

} // namespace

FunctionSummarizer::FunctionSummarizer(ASTContext &Ctx, const ApiIndex &Index,
                                       const ResourceModel &Resources,
                                       std::function<bool(SourceLocation)> IsProjectCode)
    : Ctx(Ctx), Index(Index), Resources(Resources), IsProjectCode(IsProjectCode),
      Policy{[&Index](const FunctionDecl *FD) { return Index.isInlineCaller(FD); }, nullptr},
      Blocking(
          Index, Ctx, Policy, [](const BlockingFunction &) { return true; },
          [](const FunctionDecl *) { return false; }, IsProjectCode, Annotations) {}

SourcePoint pointOf(const SourceManager &SM, SourceLocation Loc) {
  Loc = SM.getExpansionLoc(Loc);
  SourcePoint Point;
  if (OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Loc))) {
    llvm::SmallString<256> Path(File->getName());
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    Point.File = Path.str().str();
  }
  Point.Line = SM.getExpansionLineNumber(Loc);
  return Point;
}

void FunctionSummarizer::addCall(const CallSite &Site, const FunctionDecl &Caller, bool Returned,
                                 FunctionSummary &Summary) {
  LocalFacts &Local = Summary.Local;
  SourcePoint At = pointOf(Ctx.getSourceManager(), Site.Call->getBeginLoc());
  // A call may both block and be a request (`PQexec`).
  const BlockingFunction *Blocks = Blocking.directlyBlocking(Site.Call);
  if (Blocks && !Local.Blocks && Blocks->Transitive)
    Local.Blocks =
        CatalogHit{describeCall(Site.Call, Site.Callee), blockingKindName(Blocks->Kind), At};
  const IoCall *Request = Index.ioCall(Site.Call);
  if (!Request)
    Request = Annotations.requestEntry(*Site.Callee);
  if (Request) {
    std::string Kind = ioKindName(Request->Kind);
    if (Request->Kind != IoKind::Connection &&
        llvm::none_of(Local.Requests, [&](const CatalogHit &H) { return H.Kind == Kind; }))
      Local.Requests.push_back(CatalogHit{describeCall(Site.Call, Site.Callee), Kind, At});
  }
  if (const auto *Call = dyn_cast<CallExpr>(Site.Call)) {
    // A handle it returns makes the function an acquirer; one it keeps is
    // its own business (the unclosed check analyses it where it is defined).
    if (std::optional<Acquisition> Acquired = Resources.acquisition(*Call)) {
      if (Returned && !Local.Acquires && !Acquired->OutParam &&
          !Resources.isClientObject(*Acquired->Resource))
        Local.Acquires =
            ResourceHit{Acquired->Resource->Resource, Acquired->Function, std::nullopt, At};
      return;
    }
    if (const ResourcePair *Released = Resources.releasedResource(*Site.Callee)) {
      for (auto [Parameter, Argument] : passedParameters(Call, Caller))
        Local.Releases.push_back(
            ResourceHit{Released->Resource, describeCall(Site.Call, Site.Callee), Parameter, At});
      return;
    }
  }
  if (Blocks || Request)
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.isInSystemHeader(SM.getExpansionLoc(Site.Callee->getLocation()))) {
    // Libraries are the catalog's business; whether they throw is not.
    const auto *Prototype = Site.Callee->getType()->getAs<FunctionProtoType>();
    if (!isInTryBlock(Site) && !Site.Callee->isExternC() && !(Prototype && Prototype->isNothrow()))
      Local.LibraryMayThrow = true;
    return;
  }
  std::string Usr = usrOf(Site.Callee);
  if (Usr.empty())
    return;
  CallEdge Edge;
  Edge.Usr = std::move(Usr);
  Edge.Name = displayName(*Site.Callee);
  Edge.At = At;
  Edge.InTry = isInTryBlock(Site);
  if (const auto *Prototype = Site.Callee->getType()->getAs<FunctionProtoType>())
    Edge.Nothrow = Prototype->isNothrow();
  Edge.PassedParameters = passedParameters(Site.Call, Caller);
  Edge.Returned = Returned;
  Local.Calls.push_back(std::move(Edge));
}

FunctionSummary FunctionSummarizer::summarize(const FunctionDecl &Definition) {
  FunctionSummary Summary;
  Summary.Usr = usrOf(&Definition);
  Summary.Name = displayName(Definition);
  Summary.Defined = pointOf(Ctx.getSourceManager(), Definition.getLocation());
  Summary.Coroutine = coroutineBody(Definition) != nullptr;
  Summary.Local.LeavesObjectUnchanged = leavesItsObjectUnchanged(Definition, Index.catalog());
  Summary.Local.Annotations = annotationsOf(Definition);

  BodyFacts Facts;
  Facts.TraverseStmt(Definition.getBody());
  if (Facts.Throw)
    Summary.Local.Throws = pointOf(Ctx.getSourceManager(), *Facts.Throw);
  if (!Facts.ParameterRefs.empty()) {
    ParentMap Parents(Definition.getBody());
    for (const auto &[Parameter, Refs] : Facts.ParameterRefs)
      if (Parameter->getType()->isPointerType() && Parameter->getDeclContext() == &Definition)
        for (std::string &Resource : borrowedAs(*Parameter, Refs, Resources, Parents))
          Summary.Local.Borrows.push_back(ResourceHit{
              std::move(Resource), "", Parameter->getFunctionScopeIndex(), Summary.Defined});
    llvm::sort(Summary.Local.Borrows, [](const ResourceHit &A, const ResourceHit &B) {
      return std::tie(A.Parameter, A.Resource) < std::tie(B.Parameter, B.Resource);
    });
  }
  Summary.Local.CallsUnknown = Facts.CallsUnknown;
  walkBody(coroutineBodyOf(Definition), Ctx, Policy, [&](const CallSite &Site) {
    addCall(Site, Definition, isReturned(Site, Facts), Summary);
  });
  return Summary;
}

std::optional<FunctionSummary> annotatedSummary(const FunctionDecl &Declaration) {
  std::vector<std::string> Annotations = annotationsOf(Declaration);
  if (Annotations.empty())
    return std::nullopt;
  FunctionSummary Summary;
  Summary.Usr = usrOf(&Declaration);
  Summary.Name = displayName(Declaration);
  Summary.Defined =
      pointOf(Declaration.getASTContext().getSourceManager(), Declaration.getLocation());
  Summary.HasBody = false;
  Summary.Local.Annotations = std::move(Annotations);
  return Summary;
}

void FunctionSummarizer::summarizeUnit(SummarySet &Into) {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::DenseSet<FileID> Fingerprinted;
  std::function<void(const DeclContext *)> Visit = [&](const DeclContext *Context) {
    for (const Decl *D : Context->decls()) {
      if (SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
        continue;
      if (const auto *Namespace = dyn_cast<NamespaceDecl>(D))
        Visit(Namespace);
      else if (const auto *Linkage = dyn_cast<LinkageSpecDecl>(D))
        Visit(Linkage);
      else if (const auto *Record = dyn_cast<CXXRecordDecl>(D);
               Record && !Record->getDescribedClassTemplate() &&
               !isa<ClassTemplateSpecializationDecl>(Record))
        Visit(Record);
      const auto *Function = dyn_cast<FunctionDecl>(D);
      // Annotations are the user's word wherever they are written (outside
      // system headers), header filter or not.
      if (Function && !Function->hasBody() && Function->isFirstDecl() &&
          !Function->isDependentContext())
        if (std::optional<FunctionSummary> Annotated = annotatedSummary(*Function);
            Annotated && !Annotated->Usr.empty())
          Into.Functions.emplace(Annotated->Usr, std::move(*Annotated));
      if (!Function || !Function->doesThisDeclarationHaveABody() ||
          Function->isDependentContext() || Function->isTemplateInstantiation() ||
          !IsProjectCode(Function->getLocation()))
        continue;
      FunctionSummary Summary = summarize(*Function);
      if (Summary.Usr.empty())
        continue;
      FileID File = SM.getFileID(SM.getExpansionLoc(Function->getLocation()));
      if (Fingerprinted.insert(File).second)
        if (std::optional<llvm::StringRef> Content = SM.getBufferDataOrNone(File))
          Into.Files.emplace(Summary.Defined.File, fingerprintOf(Content->str()));
      Into.Functions.emplace(Summary.Usr, std::move(Summary));
    }
  };
  Visit(Ctx.getTranslationUnitDecl());
}

void FunctionSummarizer::recordUses(SummarySet &Into) {
  const SourceManager &SM = Ctx.getSourceManager();
  UnitUses Uses;
  for (const auto &[Function, Counts] : collectFunctionUses(Ctx, Index, IsProjectCode)) {
    // A member may be called through its class from anywhere (a virtual,
    // a friend): DriverCoroutines takes free functions only.
    std::string Usr = isa<CXXMethodDecl>(Function) ||
                              SM.isInSystemHeader(SM.getExpansionLoc(Function->getLocation()))
                          ? ""
                          : usrOf(Function);
    if (Usr.empty())
      continue;
    FunctionUses &Recorded = Uses[Usr];
    Recorded.All = Counts.All;
    Recorded.SyncWaited = Counts.SyncWaited;
    for (const FunctionDecl *Awaiter : Counts.AwaitedBy)
      Recorded.AwaitedBy.push_back(Awaiter ? usrOf(Awaiter) : "");
    llvm::sort(Recorded.AwaitedBy);
  }
  Into.WorkerUses = std::move(Uses);
}

} // namespace async_tidy
