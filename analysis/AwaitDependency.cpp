//===--- AwaitDependency.cpp - Which co_awaits could run concurrently -----===//

#include "AwaitDependency.h"
#include "FrameworkDetector.h"
#include "QualifiedNames.h"

#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace async_tidy {

const char *dependencyRuleName(DependencyRule Rule) {
  switch (Rule) {
  case DependencyRule::Ordering: return "ordering";
  case DependencyRule::CriticalSection: return "critical-section";
  case DependencyRule::ReadsEarlierResult: return "reads-earlier-result";
  case DependencyRule::SameReceiver: return "same-receiver";
  case DependencyRule::SharedResource: return "shared-resource";
  case DependencyRule::WriteConflict: return "write-conflict";
  case DependencyRule::ConflictingAccess: return "conflicting-access";
  case DependencyRule::InterveningStatement: return "intervening-statement";
  case DependencyRule::Doubtful: return "doubtful";
  }
  return "?";
}

namespace {

/// Stands for `*this` among the roots.
const Decl *const ThisRoot = reinterpret_cast<const Decl *>(uintptr_t(1));

std::string rootName(const Decl *Root) {
  if (Root == ThisRoot)
    return "this";
  if (const auto *ND = dyn_cast<NamedDecl>(Root))
    return ND->getNameAsString();
  return "?";
}

/// The variable (or member of `*this`) whose storage `E` denotes or points
/// into, seen through references and pointers to locals, structured
/// bindings and member accesses; null when unknown (a call's result).
const Decl *rootOf(const Expr *E, unsigned Depth = 0) {
  while (E && Depth < 16) {
    ++Depth;
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const ValueDecl *D = Ref->getDecl();
      if (const auto *Binding = dyn_cast<BindingDecl>(D))
        return Binding->getDecomposedDecl();
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var)
        return D; // A function or enumerator: harmless.
      // A local reference or pointer bound to another variable is that
      // variable.
      if (Var->isLocalVarDecl() && Var->getInit() &&
          (Var->getType()->isReferenceType() || Var->getType()->isPointerType())) {
        if (const Decl *Inner = rootOf(Var->getInit(), Depth))
          return Inner;
      }
      return Var->getCanonicalDecl();
    }
    if (isa<CXXThisExpr>(E))
      return ThisRoot;
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      // Members of *this are separate objects; members of anything else
      // belong to it.
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
        return Member->getMemberDecl();
      E = Member->getBase();
      continue;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf) {
        E = Unary->getSubExpr();
        continue;
      }
      return nullptr;
    }
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
      continue;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      OverloadedOperatorKind K = Op->getOperator();
      if (K == OO_Star || K == OO_Arrow || K == OO_Subscript) {
        E = Op->getArg(0);
        continue;
      }
      return nullptr;
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      // `p.get()` of a smart pointer and similar accessors: the object.
      if (const auto *M = Member->getMethodDecl())
        if (M->isConst() && M->getNumParams() == 0) {
          E = Member->getImplicitObjectArgument();
          continue;
        }
      return nullptr;
    }
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = Temp->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

const Expr *withoutImplicit(const Expr *E) {
  return E ? E->IgnoreImplicit()->IgnoreParens()->IgnoreImplicit() : nullptr;
}

/// The receiver of a call: the object of a member call, else a first
/// argument passed by non-const reference or pointer (`async_read(sock, ..)`,
/// `PQexec(conn, ..)`).
const Expr *receiverOf(const CallExpr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (Callee && isa<CXXMethodDecl>(Callee))
      return Op->getArg(0);
  if (!Callee || Call->getNumArgs() == 0 || Callee->getNumParams() == 0)
    return nullptr;
  QualType Param = Callee->getParamDecl(0)->getType();
  bool ByReference = Param->isLValueReferenceType() &&
                     !Param.getNonReferenceType().isConstQualified();
  bool ByPointer = Param->isPointerType() && !Param->getPointeeType().isConstQualified();
  return ByReference || ByPointer ? Call->getArg(0) : nullptr;
}

QualType objectType(const Expr *E) {
  QualType T = E->IgnoreParenImpCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T.getNonReferenceType().getUnqualifiedType();
}

/// SQL in a string literal argument: whether it writes, and the tables.
struct SqlText {
  bool Writes = false;
  std::vector<std::string> Tables;
};

/// The string literal an argument is, through conversions to std::string.
const StringLiteral *literalArgument(const Expr *Arg) {
  for (int Depth = 0; Arg && Depth < 4; ++Depth) {
    Arg = Arg->IgnoreImplicit()->IgnoreParens();
    if (const auto *Literal = dyn_cast<StringLiteral>(Arg))
      return Literal;
    const auto *Construct = dyn_cast<CXXConstructExpr>(Arg);
    if (!Construct || Construct->getNumArgs() == 0)
      return nullptr;
    Arg = Construct->getArg(0);
  }
  return nullptr;
}

std::optional<SqlText> sqlOf(const CallExpr *Call) {
  for (const Expr *Arg : Call->arguments()) {
    const StringLiteral *Literal = literalArgument(Arg);
    if (!Literal || !Literal->isOrdinary())
      continue;
    llvm::SmallVector<llvm::StringRef, 16> Words;
    llvm::SplitString(Literal->getString(), Words, " \t\n\r,;()");
    if (Words.empty())
      continue;
    std::string Verb = Words.front().lower();
    static const char *ReadVerbs[] = {"select", "with", "show", "explain"};
    static const char *WriteVerbs[] = {"insert", "update", "delete", "upsert", "create",
                                       "drop", "alter", "truncate", "merge", "replace"};
    bool IsWrite = llvm::is_contained(WriteVerbs, Verb);
    if (!IsWrite && !llvm::is_contained(ReadVerbs, Verb))
      continue;
    SqlText Sql;
    Sql.Writes = IsWrite;
    for (std::size_t I = 0; I + 1 < Words.size(); ++I) {
      std::string Word = Words[I].lower();
      if (Word == "from" || Word == "into" || Word == "join" || Word == "update" ||
          Word == "table")
        Sql.Tables.push_back(Words[I + 1].lower());
    }
    return Sql;
  }
  return std::nullopt;
}

/// Whether a member function leaves its object unchanged: const, or a body
/// in this translation unit (outside system headers) that neither assigns a
/// member nor calls a mutating function on `*this` or a member (members of a
/// concurrency-safe type excepted).
bool leavesObjectUnchanged(const CXXMethodDecl *Method, const SourceManager &SM,
                           llvm::function_ref<bool(QualType)> IsConcurrencySafe,
                           unsigned Depth = 0) {
  if (!Method || Method->isConst() || Method->isStatic())
    return true;
  const FunctionDecl *Definition = nullptr;
  if (!Method->hasBody(Definition) || SM.isInSystemHeader(Definition->getLocation()) ||
      Depth > 2)
    return false;
  const Stmt *Body = Definition->getBody();
  if (const CoroutineBodyStmt *Coroutine = coroutineBody(*Definition))
    Body = Coroutine->getBody();

  struct MutationFinder : RecursiveASTVisitor<MutationFinder> {
    const SourceManager &SM;
    llvm::function_ref<bool(QualType)> IsConcurrencySafe;
    unsigned Depth;
    bool Mutates = false;
    MutationFinder(const SourceManager &SM, llvm::function_ref<bool(QualType)> Safe,
                   unsigned Depth)
        : SM(SM), IsConcurrencySafe(Safe), Depth(Depth) {}
    /// The object is `*this` or anything reached from it: members, and
    /// what members point to (a client's socket held by a shared_ptr is
    /// the client's state for concurrency: two writes on it conflict).
    static bool isOwnState(const Expr *E) {
      for (int Depth = 0; E && Depth < 16; ++Depth) {
        E = E->IgnoreParenImpCasts();
        if (isa<CXXThisExpr>(E))
          return true;
        if (const auto *Member = dyn_cast<MemberExpr>(E)) {
          E = Member->getBase();
        } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
          OverloadedOperatorKind K = Op->getOperator();
          if (K != OO_Arrow && K != OO_Star && K != OO_Subscript)
            return false;
          E = Op->getArg(0);
        } else if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
          if (Unary->getOpcode() != UO_Deref && Unary->getOpcode() != UO_AddrOf)
            return false;
          E = Unary->getSubExpr();
        } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
          E = Subscript->getBase();
        } else {
          return false;
        }
      }
      return false;
    }
    /// A call that may change own state through an argument taken by
    /// non-const reference or pointer (`async_write(socket_->impl_, ..)`).
    bool VisitCallExpr(CallExpr *Call) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Callee)
        return true;
      unsigned First = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
      for (unsigned I = First; I < Call->getNumArgs() && I - First < Callee->getNumParams();
           ++I) {
        QualType Param = Callee->getParamDecl(I - First)->getType();
        bool MayChange = (Param->isReferenceType() &&
                          !Param.getNonReferenceType().isConstQualified()) ||
                         (Param->isPointerType() && !Param->getPointeeType().isConstQualified());
        const Expr *Arg = Call->getArg(I);
        if (MayChange && isOwnState(Arg) && !IsConcurrencySafe(objectType(Arg))) {
          Mutates = true;
          return false;
        }
      }
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isAssignmentOp() && isOwnState(B->getLHS()))
        Mutates = true;
      return !Mutates;
    }
    bool VisitUnaryOperator(UnaryOperator *U) {
      if (U->isIncrementDecrementOp() && isOwnState(U->getSubExpr()))
        Mutates = true;
      return !Mutates;
    }
    bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
      const Expr *Object = Call->getImplicitObjectArgument();
      const CXXMethodDecl *M = Call->getMethodDecl();
      if (!Object || !M || !isOwnState(Object) || M->isConst())
        return true;
      if (IsConcurrencySafe(objectType(Object)))
        return true;
      if (isa<CXXThisExpr>(Object->IgnoreParenImpCasts()) &&
          leavesObjectUnchanged(M, SM, IsConcurrencySafe, Depth + 1))
        return true;
      Mutates = true;
      return false;
    }
    bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
      const auto *M = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
      if (M && !M->isConst() && Op->getNumArgs() > 0 && isOwnState(Op->getArg(0)) &&
          !IsConcurrencySafe(objectType(Op->getArg(0))))
        Mutates = true;
      return !Mutates;
    }
  } Finder(SM, IsConcurrencySafe, Depth);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  return !Finder.Mutates;
}

} // namespace

/// What one await statement reads and writes.
struct AwaitDependencyAnalysis::Effects {
  llvm::SmallPtrSet<const Decl *, 8> Reads;
  llvm::SmallPtrSet<const Decl *, 8> Writes;
  const Expr *Receiver = nullptr;
  const Decl *ReceiverRoot = nullptr;
  /// The awaited member call leaves its receiver unchanged.
  bool ReceiverUnchanged = false;
  std::string Doubt; ///< Non-empty: what the analysis cannot see through.
};

AwaitDependencyAnalysis::AwaitDependencyAnalysis(ASTContext &Ctx, const ApiIndex &Index,
                                                 DependencyPolicy Policy)
    : Ctx(Ctx), Index(Index), Policy(std::move(Policy)) {}

std::optional<AwaitStatement>
AwaitDependencyAnalysis::asAwaitStatement(const Stmt *S) const {
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
  return Out;
}

const CallExpr *AwaitDependencyAnalysis::awaitedCall(const AwaitStatement &S) {
  const Expr *E = S.Awaited;
  // `co_await std::move(task)` and similar wrappers are not the work.
  return dyn_cast_or_null<CallExpr>(E);
}

bool AwaitDependencyAnalysis::isConcurrencySafe(QualType T) const {
  std::string Name = catalogNameOfType(T);
  if (const auto *RD = T->getAsCXXRecordDecl())
    // std::shared_ptr<DbClient>: the pointee decides.
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      if ((Name == "std::shared_ptr" || Name == "std::unique_ptr") &&
          Spec->getTemplateArgs().size() > 0 &&
          Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
        Name = catalogNameOfType(Spec->getTemplateArgs()[0].getAsType());
  return llvm::is_contained(Policy.ConcurrencySafeTypes, Name);
}

bool AwaitDependencyAnalysis::isSingleOperation(QualType T) const {
  return llvm::is_contained(Policy.SingleOperationTypes, catalogNameOfType(T));
}

bool AwaitDependencyAnalysis::isOrdering(const AwaitStatement &S) const {
  const CallExpr *Call = awaitedCall(S);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return (Callee && llvm::is_contained(Policy.OrderingFunctions, Index.nameOf(Callee).str())) ||
         isSynchronization(S);
}

std::string AwaitDependencyAnalysis::describeSynchronization(const AwaitStatement &S) const {
  if (const CallExpr *Call = awaitedCall(S))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Index.nameOf(Callee).str();
  return catalogNameOfType(S.Awaited->getType().getNonReferenceType());
}

bool AwaitDependencyAnalysis::isSynchronization(const AwaitStatement &S) const {
  const CallExpr *Call = awaitedCall(S);
  if (const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr)
    if (llvm::is_contained(Policy.SynchronizationFunctions, Index.nameOf(Callee).str()))
      return true;
  // `co_await done;` on an event or latch, `co_await std::suspend_always{}`.
  QualType T = S.Awaited->getType().getNonReferenceType();
  return !T.isNull() &&
         llvm::is_contained(Policy.SynchronizationTypes, catalogNameOfType(T));
}

bool AwaitDependencyAnalysis::isIgnored(const AwaitStatement &S) const {
  const CallExpr *Call = awaitedCall(S);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && llvm::is_contained(Policy.IgnoredAwaitables, Index.nameOf(Callee).str());
}

AwaitDependencyAnalysis::Effects
AwaitDependencyAnalysis::effectsOf(const AwaitStatement &S) const {
  Effects Out;
  const SourceManager &SM = Ctx.getSourceManager();
  auto Safe = [this](QualType T) { return isConcurrencySafe(T); };
  auto NoteWrite = [&Out](const Expr *E, const char *What) {
    if (const Decl *Root = rootOf(E))
      Out.Writes.insert(Root);
    else if (Out.Doubt.empty())
      Out.Doubt = What;
  };

  struct Collector : RecursiveASTVisitor<Collector> {
    Effects &Out;
    const SourceManager &SM;
    llvm::function_ref<bool(QualType)> Safe;
    llvm::function_ref<void(const Expr *, const char *)> NoteWrite;
    Collector(Effects &Out, const SourceManager &SM, llvm::function_ref<bool(QualType)> Safe,
              llvm::function_ref<void(const Expr *, const char *)> NoteWrite)
        : Out(Out), SM(SM), Safe(Safe), NoteWrite(NoteWrite) {}
    bool shouldVisitLambdaBody() const { return false; }

    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (const Decl *Root = rootOf(Ref))
        Out.Reads.insert(Root);
      return true;
    }
    bool VisitCXXThisExpr(CXXThisExpr *) {
      Out.Reads.insert(ThisRoot);
      return true;
    }
    bool VisitMemberExpr(MemberExpr *Member) {
      if (const Decl *Root = rootOf(Member))
        Out.Reads.insert(Root);
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isAssignmentOp())
        NoteWrite(B->getLHS(), "assigns through an expression it cannot name");
      return true;
    }
    bool VisitUnaryOperator(UnaryOperator *U) {
      if (U->isIncrementDecrementOp())
        NoteWrite(U->getSubExpr(), "modifies an expression it cannot name");
      return true;
    }
    bool VisitLambdaExpr(LambdaExpr *L) {
      for (const LambdaCapture &C : L->captures()) {
        if (C.capturesThis()) {
          Out.Reads.insert(ThisRoot);
          Out.Writes.insert(ThisRoot);
        } else if (C.capturesVariable()) {
          const Decl *Root = C.getCapturedVar()->getCanonicalDecl();
          if (const auto *Binding = dyn_cast<BindingDecl>(C.getCapturedVar()))
            Root = Binding->getDecomposedDecl();
          Out.Reads.insert(Root);
          if (C.getCaptureKind() == LCK_ByRef)
            Out.Writes.insert(Root);
        }
      }
      return true;
    }
    bool VisitCallExpr(CallExpr *Call) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Callee) {
        if (Out.Doubt.empty())
          Out.Doubt = "calls through a pointer or function object it cannot see";
        return true;
      }
      // Arguments the callee may change: non-const references (rvalue
      // references too: the callee may move from them) and pointers.
      unsigned FirstArg = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
      for (unsigned I = FirstArg; I < Call->getNumArgs(); ++I) {
        unsigned ParamIndex = I - FirstArg;
        if (ParamIndex >= Callee->getNumParams())
          break;
        QualType Param = Callee->getParamDecl(ParamIndex)->getType();
        bool Mutable = (Param->isReferenceType() &&
                        !Param.getNonReferenceType().isConstQualified()) ||
                       (Param->isPointerType() && !Param->getPointeeType().isConstQualified());
        const Expr *Arg = Call->getArg(I)->IgnoreParenImpCasts();
        if (Mutable && !Safe(objectType(Arg)) && !isa<CXXDefaultArgExpr>(Arg) &&
            !Arg->getType()->isNullPtrType())
          NoteWrite(Arg, "passes an object it may change that the analysis cannot name");
      }
      // A mutating call on an object changes it.
      const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
      const Expr *Object = nullptr;
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        Object = Member->getImplicitObjectArgument();
      else if (isa<CXXOperatorCallExpr>(Call) && Method && Call->getNumArgs() > 0)
        Object = Call->getArg(0);
      if (Object && Method && !Safe(objectType(Object)) &&
          !leavesObjectUnchanged(Method, SM, Safe))
        NoteWrite(Object, "calls a mutating function on an object it cannot name");
      return true;
    }
  } C(Out, SM, Safe, NoteWrite);
  C.TraverseStmt(const_cast<Expr *>(S.Awaited));

  if (S.Declared)
    Out.Writes.insert(S.Declared->getCanonicalDecl());
  if (S.Assigned)
    NoteWrite(S.Assigned, "assigns to an expression it cannot name");

  if (const CallExpr *Call = awaitedCall(S)) {
    Out.Receiver = receiverOf(Call);
    if (Out.Receiver) {
      Out.ReceiverRoot = rootOf(Out.Receiver);
      const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
      Out.ReceiverUnchanged = Method && leavesObjectUnchanged(Method, SM, Safe);
    }
  } else if (const Decl *Root = rootOf(S.Awaited)) {
    // `co_await task;` consumes the awaitable object.
    Out.Receiver = S.Awaited;
    Out.ReceiverRoot = Root;
    Out.Writes.insert(Root);
  }
  return Out;
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
std::vector<std::string>
referencedResources(const CXXRecordDecl *RD, llvm::function_ref<bool(QualType)> IsSingleOp,
                    unsigned Depth = 0) {
  std::vector<std::string> Out;
  if (!RD || !RD->hasDefinition() || Depth > 4)
    return Out;
  RD = RD->getDefinition();
  for (const FieldDecl *Field : RD->fields()) {
    QualType T = Field->getType();
    if (T->isReferenceType() || T->isPointerType())
      T = T->getPointeeType();
    else if (std::string Name = catalogNameOfType(T);
             Name == "std::shared_ptr" || Name == "std::reference_wrapper") {
      if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
              T->getAsCXXRecordDecl()))
        if (!Spec->getTemplateArgs().asArray().empty() &&
            Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
          T = Spec->getTemplateArgs()[0].getAsType();
    } else {
      continue; // An object of its own, not shared.
    }
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

std::optional<Dependency>
AwaitDependencyAnalysis::dependency(const AwaitStatement &Earlier,
                                    const AwaitStatement &Later) const {
  if (isOrdering(Earlier) || isOrdering(Later))
    return Dependency{DependencyRule::Ordering,
                      "a timer, sleep, executor switch or lock orders what follows it"};

  Effects E = effectsOf(Earlier);
  Effects L = effectsOf(Later);
  if (E.Receiver && L.Receiver) {
    QualType ET = objectType(E.Receiver), LT = objectType(L.Receiver);
    bool Safe = isConcurrencySafe(ET) && isConcurrencySafe(LT);
    if (!Safe) {
      if (E.ReceiverRoot && E.ReceiverRoot == L.ReceiverRoot &&
          !(E.ReceiverUnchanged && L.ReceiverUnchanged))
        return Dependency{DependencyRule::SameReceiver,
                          "both use '" + rootName(E.ReceiverRoot) +
                              "', which runs one operation at a time"};
      if ((!E.ReceiverRoot || !L.ReceiverRoot) &&
          Ctx.hasSameUnqualifiedType(ET, LT) &&
          !(E.ReceiverUnchanged && L.ReceiverUnchanged))
        return Dependency{DependencyRule::Doubtful,
                          "both use an object of type '" + ET.getAsString() +
                              "' that may be the same one"};
      auto IsSingleOp = [this](QualType T) { return isSingleOperation(T); };
      std::vector<std::string> ER = referencedResources(ET->getAsCXXRecordDecl(), IsSingleOp);
      std::vector<std::string> LR = referencedResources(LT->getAsCXXRecordDecl(), IsSingleOp);
      for (const std::string &Resource : ER)
        if (llvm::is_contained(LR, Resource))
          return Dependency{DependencyRule::SharedResource,
                            "both objects hold a '" + Resource +
                                "', which runs one operation at a time"};
    }
  }

  if (std::string Name = sharedRoot(L.Reads, E.Writes); !Name.empty())
    return Dependency{DependencyRule::ReadsEarlierResult,
                      "it reads '" + Name + "', which the earlier statement sets"};

  const CallExpr *EC = awaitedCall(Earlier), *LC = awaitedCall(Later);
  if (EC && LC) {
    std::optional<SqlText> ES = sqlOf(EC), LS = sqlOf(LC);
    if (ES && LS && (ES->Writes || LS->Writes)) {
      bool SameConnection = E.ReceiverRoot && E.ReceiverRoot == L.ReceiverRoot;
      std::string Table;
      for (const std::string &T : ES->Tables)
        if (llvm::is_contained(LS->Tables, T))
          Table = T;
      if (SameConnection || !Table.empty())
        return Dependency{DependencyRule::WriteConflict,
                          SameConnection ? "a write and another statement on one connection"
                                         : "a write and another statement on table '" +
                                               Table + "'"};
    }
  }

  if (std::string Name = sharedRoot(L.Writes, E.Reads); !Name.empty())
    return Dependency{DependencyRule::ConflictingAccess,
                      "it changes '" + Name + "', which the earlier await uses"};
  if (std::string Name = sharedRoot(L.Writes, E.Writes); !Name.empty())
    return Dependency{DependencyRule::ConflictingAccess, "both change '" + Name + "'"};

  if (!E.Doubt.empty() || !L.Doubt.empty())
    return Dependency{DependencyRule::Doubtful, !L.Doubt.empty() ? L.Doubt : E.Doubt};
  return std::nullopt;
}

namespace {

/// Whether a call inside an intervening statement may have effects outside
/// it: anything but constructors, constexpr functions, const members and a
/// few standard value functions.
bool mayHaveSideEffects(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return true;
  if (Callee->isConstexpr())
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee)) {
    std::string Class = catalogName(Method->getParent());
    if (Class == "std::basic_ostream" || Class == "std::basic_istream")
      return true;
    return !Method->isConst();
  }
  static const char *Pure[] = {"std::move", "std::forward", "std::to_string", "std::min",
                               "std::max", "std::size", "std::data", "std::operator+",
                               "std::operator==", "std::operator!=", "std::operator<"};
  return !llvm::is_contained(Pure, catalogName(Callee));
}

} // namespace

std::optional<Dependency>
AwaitDependencyAnalysis::interveningBlocks(const Stmt *S, const AwaitGroup &Group) const {
  const auto *Decls = dyn_cast<DeclStmt>(S);
  if (!Decls && !isa<NullStmt>(S))
    return Dependency{DependencyRule::InterveningStatement,
                      "a statement between them may act outside itself or leave the block"};
  llvm::SmallPtrSet<const Decl *, 8> Produced;
  for (const AwaitStatement &M : Group.Members) {
    Effects Fx = effectsOf(M);
    Produced.insert(Fx.Writes.begin(), Fx.Writes.end());
  }
  struct Scan : RecursiveASTVisitor<Scan> {
    const llvm::SmallPtrSetImpl<const Decl *> &Produced;
    std::optional<Dependency> Found;
    explicit Scan(const llvm::SmallPtrSetImpl<const Decl *> &P) : Produced(P) {}
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (const Decl *Root = rootOf(Ref); Root && Produced.contains(Root))
        Found = Dependency{DependencyRule::InterveningStatement,
                           "a statement between them uses '" + rootName(Root) + "'"};
      return !Found;
    }
    bool VisitCallExpr(CallExpr *Call) {
      if (mayHaveSideEffects(Call))
        Found = Dependency{DependencyRule::InterveningStatement,
                           "a statement between them calls a function with side effects"};
      return !Found;
    }
    bool VisitCoawaitExpr(CoawaitExpr *) {
      Found = Dependency{DependencyRule::InterveningStatement,
                         "a statement between them awaits inside a larger expression"};
      return false;
    }
    bool VisitLambdaExpr(LambdaExpr *) {
      Found = Dependency{DependencyRule::InterveningStatement,
                         "a statement between them creates a lambda"};
      return false;
    }
  } Scanner(Produced);
  if (Decls)
    for (const Decl *D : Decls->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var || Var->isStaticLocal())
        return Dependency{DependencyRule::InterveningStatement,
                          "a statement between them declares something other than a local"};
      Scanner.TraverseDecl(const_cast<VarDecl *>(Var));
      if (Scanner.Found)
        return Scanner.Found;
    }
  return std::nullopt;
}

std::vector<AwaitGroup>
AwaitDependencyAnalysis::groups(const CompoundStmt *Block, unsigned MinGroupSize,
                                std::vector<DependentPair> *Rejected) const {
  std::vector<AwaitGroup> Out;
  AwaitGroup Current;
  std::vector<const Stmt *> Pending; // Intervening statements since the last member.
  std::optional<Dependency> EndedBy; // Why the previous run ended, if by a statement.
  std::optional<AwaitStatement> LastMember;
  // The lock the block took, if any: the awaits after it are a critical
  // section (they touch what it protects) and keep their order.
  std::optional<AwaitStatement> HeldLock;

  auto Flush = [&] {
    if (Current.Members.size() >= std::max(MinGroupSize, 2u))
      Out.push_back(Current);
    if (!Current.Members.empty())
      LastMember = Current.Members.back();
    Current = AwaitGroup();
    Pending.clear();
  };

  for (const Stmt *S : Block->body()) {
    std::optional<AwaitStatement> Await = asAwaitStatement(S);
    if (Await && isIgnored(*Await))
      Await.reset();
    if (Await) {
      std::optional<Dependency> Why;
      for (const AwaitStatement &Member : Current.Members)
        if ((Why = dependency(Member, *Await)))
          break;
      if (!Why && HeldLock && !Current.Members.empty())
        Why = Dependency{DependencyRule::CriticalSection,
                         "both run while the lock taken by '" +
                             describeSynchronization(*HeldLock) + "' is held"};
      if (isSynchronization(*Await))
        HeldLock = *Await;
      if (!Why && !Current.Members.empty()) {
        // A later await must not read what an intervening statement
        // declares: the combined await comes before those statements.
        Effects Fx = effectsOf(*Await);
        for (const Stmt *I : Pending)
          if (const auto *Decls = dyn_cast<DeclStmt>(I))
            for (const Decl *D : Decls->decls())
              if (Fx.Reads.contains(D->getCanonicalDecl()))
                Why = Dependency{DependencyRule::InterveningStatement,
                                 "it reads '" + cast<NamedDecl>(D)->getNameAsString() +
                                     "', declared between them"};
      }
      if (Current.Members.empty() || Why) {
        if (Rejected) {
          if (Why)
            Rejected->push_back({Current.Members.back(), *Await, *Why});
          else if (EndedBy && LastMember)
            Rejected->push_back({*LastMember, *Await, *EndedBy});
        }
        Flush();
        EndedBy.reset();
        Current.Members.push_back(*Await);
        continue;
      }
      Current.Intervening.insert(Current.Intervening.end(), Pending.begin(), Pending.end());
      Pending.clear();
      Current.Members.push_back(*Await);
      continue;
    }
    if (!Current.Members.empty()) {
      std::optional<Dependency> Blocks = interveningBlocks(S, Current);
      if (!Blocks) {
        Pending.push_back(S);
        continue;
      }
      EndedBy = Blocks;
    }
    Flush();
  }
  Flush();
  return Out;
}

} // namespace async_tidy
