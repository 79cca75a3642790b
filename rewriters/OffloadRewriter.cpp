//===--- OffloadRewriter.cpp - A blocking call runs on a pool and comes back //

#include "OffloadRewriter.h"
#include "FrameworkDetector.h"
#include "Hoisting.h"
#include "QualifiedNames.h"
#include "SourceEdits.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace async_tidy {

namespace {
/// What the call names: its variables, and whether it uses `this`. Lambdas
/// in it are other code and are not looked into.
struct NamedObjects {
  llvm::SmallVector<const VarDecl *, 4> Variables;
  bool UsesThis = false;
};

NamedObjects namedObjectsOf(const Stmt *S) {
  NamedObjects Out;
  forEachNode(S, [&](const Stmt *Node) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Node))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        Out.Variables.push_back(Var);
    Out.UsesThis |= isa<CXXThisExpr>(Node);
  });
  return Out;
}

bool isDefaultConstructible(const CXXRecordDecl &Record, unsigned Depth = 0);

/// Whether a member or base of type `T` can be default-initialised by an
/// implicit default constructor.
bool memberIsDefaultConstructible(QualType T, bool HasInitializer, unsigned Depth) {
  if (HasInitializer)
    return true;
  if (T->isReferenceType() || (T.isConstQualified() && !T->getAsCXXRecordDecl()))
    return false;
  const CXXRecordDecl *Record = T->getBaseElementTypeUnsafe()->getAsCXXRecordDecl();
  return !Record || isDefaultConstructible(*Record, Depth + 1);
}

bool isDefaultConstructible(const CXXRecordDecl &Record, unsigned Depth) {
  if (!Record.hasDefinition() || Depth > 8)
    return false;
  if (!Record.needsImplicitDefaultConstructor())
    return llvm::any_of(Record.ctors(), [](const CXXConstructorDecl *Ctor) {
      return Ctor->isDefaultConstructor() && !Ctor->isDeleted() && Ctor->getAccess() == AS_public;
    });
  // Not declared yet: it is deleted when a member or base cannot be
  // default-initialised ([class.default.ctor]).
  for (const CXXBaseSpecifier &Base : Record.bases())
    if (!memberIsDefaultConstructible(Base.getType(), false, Depth))
      return false;
  for (const FieldDecl *Field : Record.fields())
    if (!memberIsDefaultConstructible(Field->getType(), Field->hasInClassInitializer(), Depth))
      return false;
  return true;
}

/// The type, spelled to be valid anywhere: fully qualified, keeping the
/// sugar it has (`PGresult *`, `std::string`), without default template
/// arguments where the sugar is gone (`std::future<std::string>::get()`
/// returns the bare `std::basic_string<char>`).
std::string spelledType(QualType Type, const ASTContext &Ctx) {
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  if (!isa<SubstTemplateTypeParmType>(Type.getTypePtr()))
    return TypeName::getFullyQualifiedName(Type, Ctx, Policy);
  Policy.FullyQualifiedName = true;
  Policy.SuppressInlineNamespace = true;
  Policy.SuppressDefaultTemplateArgs = true;
  return Type.getAsString(Policy);
}

/// `app::blocking_pool` for `app::blocking_pool()`: the name the pool's
/// header must declare.
std::string leadingName(llvm::StringRef Expression) {
  Expression = Expression.ltrim();
  size_t End = 0;
  while (End < Expression.size() && (isalnum(static_cast<unsigned char>(Expression[End])) ||
                                     Expression[End] == '_' || Expression[End] == ':'))
    ++End;
  return Expression.take_front(End).str();
}

/// Whether `Statement` is the call alone, or the call cast to `void`: then
/// the whole statement runs on the pool and no value comes back.
bool isWholeStatement(const Stmt *Statement, const CallExpr &Call) {
  const auto *E = dyn_cast<Expr>(Statement);
  if (!E)
    return false;
  E = E->IgnoreImplicit();
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E); Cast && Cast->getType()->isVoidType())
    E = Cast->getSubExpr()->IgnoreParenImpCasts();
  return E->IgnoreImplicit() == &Call;
}

/// The variable whose whole initializer the call is, if any.
const VarDecl *initializedVariable(const Stmt *Statement, const CallExpr &Call) {
  const auto *Decl = dyn_cast<DeclStmt>(Statement);
  const auto *Var =
      Decl && Decl->isSingleDecl() ? dyn_cast<VarDecl>(Decl->getSingleDecl()) : nullptr;
  if (Var && Var->getInit() && Var->getInit()->IgnoreUnlessSpelledInSource() == &Call)
    return Var;
  return nullptr;
}

} // namespace

std::optional<std::string> OffloadRewriter::resultBlocker(const CallExpr &Call,
                                                          const OffloadIdiom &Idiom) const {
  if (Call.isGLValue())
    return std::string("the call returns a reference, which would come back from the pool as a "
                       "copy");
  QualType Type = Call.getType();
  if (Type->isDependentType())
    return std::string("the call's type depends on a template parameter");
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (!Record)
    return std::nullopt;
  if (Record->isLambda() || (!Record->getIdentifier() && !Record->getTypedefNameForAnonDecl()) ||
      Record->isLocalClass() || Record->isInAnonymousNamespace())
    return std::string("the call's type cannot be named outside the function");
  for (const DeclContext *Outer = Record; isa<CXXRecordDecl>(Outer); Outer = Outer->getParent())
    if (cast<CXXRecordDecl>(Outer)->getAccess() == AS_private ||
        cast<CXXRecordDecl>(Outer)->getAccess() == AS_protected)
      return "the call's type '" + Type.getUnqualifiedType().getAsString() +
             "' is not accessible where the lambda names it";
  if (Idiom.ResultMustDefaultConstruct && !isDefaultConstructible(*Record))
    return "the framework's offload idiom default-constructs the result, and '" +
           Type.getUnqualifiedType().getAsString() + "' has no default constructor";
  return std::nullopt;
}

std::optional<std::string> OffloadRewriter::threadBlocker(const CallSite &Site,
                                                          const Stmt &Body) const {
  if (containsAwait(Site.Call))
    return std::string("an argument awaits, which the pool thread cannot do");
  NamedObjects Named = namedObjectsOf(Site.Call);
  for (const VarDecl *Var : Named.Variables) {
    if (Var->getTLSKind() != VarDecl::TLS_None)
      return "'" + Var->getName().str() +
             "' is thread-local: on the pool it would be the pool thread's";
    if (Pool.IsLock && Pool.IsLock(Var))
      return "the call takes the lock '" + Var->getName().str() +
             "', which must be released by the thread that holds it";
  }
  llvm::StringSet<> ThreadState;
  for (const std::string &Name : Index.catalog().ThreadStateFunctions)
    ThreadState.insert(Name);
  // Inline lambdas read it too: they are entered.
  const FunctionDecl *Reader = nullptr;
  holdsNode(
      &Body,
      [&](const Stmt *S) {
        const auto *Call = dyn_cast<CallExpr>(S);
        const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
        if (Callee && ThreadState.contains(Index.nameOf(Callee)))
          Reader = Callee;
        return Reader != nullptr;
      },
      /*EnterLambdas=*/true);
  if (Reader)
    return "the coroutine reads per-thread state through '" + Index.nameOf(Reader).str() +
           "' (errno and the like), which after the call would be the pool thread's";
  // Another piece of this coroutine that may run while the call is on the
  // pool: a lambda sharing one of its objects.
  llvm::SmallVector<const LambdaExpr *, 4> Lambdas;
  forEachNode(&Body, [&](const Stmt *S) {
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
      Lambdas.push_back(Lambda);
  });
  for (const LambdaExpr *Lambda : Lambdas)
    for (const LambdaCapture &Capture : Lambda->captures()) {
      std::string Shared;
      if (Capture.capturesThis() && Named.UsesThis)
        Shared = "this";
      else if (Capture.capturesVariable() &&
               llvm::is_contained(Named.Variables, Capture.getCapturedVar()))
        Shared = Capture.getCapturedVar()->getName().str();
      if (!Shared.empty())
        return "'" + Shared + "' is also used by the lambda on line " +
               std::to_string(Ctx.getSourceManager().getSpellingLineNumber(Lambda->getBeginLoc())) +
               ", which may run while the call runs on the pool";
    }
  return std::nullopt;
}

std::vector<HeaderNeed> OffloadRewriter::headersFor(const std::string &Text,
                                                    const OffloadIdiom &Idiom) const {
  std::vector<HeaderNeed> Candidates = Idiom.Headers;
  if (!Pool.Header.empty())
    Candidates.push_back({Pool.Header, leadingName(Pool.Expression)});
  return headersNeededFor(Text, Candidates, [&](llvm::StringRef Name) {
    return !Name.empty() && Index.resolver().isDeclared(Name);
  });
}

FixPlan OffloadRewriter::switchPlan(const CallSite &Site, const CallExpr &Call,
                                    const OffloadIdiom &Idiom, const FunctionDecl &Function,
                                    const std::string &CallText) const {
  // The switch is statements: they go before the statement the call is in,
  // which then reads the call's value from a variable (or, for a call that
  // is the whole statement, they replace it).
  std::variant<const Stmt *, std::string> Target = statementToHoistBefore(Site);
  if (const auto *Blocker = std::get_if<std::string>(&Target))
    return FixPlan::none("this framework's offload switches the whole coroutine, which needs "
                         "statements before the call, and the call cannot move before its "
                         "statement: " +
                         *Blocker);
  const Stmt *Statement = std::get<const Stmt *>(Target);
  const SourceManager &SM = Ctx.getSourceManager();
  std::optional<std::string> Indent =
      indentationBefore(SM.getBufferData(SM.getFileID(Statement->getBeginLoc())),
                        SM.getFileOffset(Statement->getBeginLoc()));
  if (!Indent || Statement->getBeginLoc().isMacroID() || Statement->getEndLoc().isMacroID())
    return FixPlan::silent();
  bool Whole = isWholeStatement(Statement, Call);
  if (!Whole && Call.getType()->isVoidType())
    return FixPlan::none("the call returns nothing, and its statement does more than call it");
  std::optional<std::string> StatementText;
  if (Whole && !(StatementText = fileText(cast<Expr>(Statement), Ctx)))
    return FixPlan::silent();

  llvm::StringSet<> &Taken = Given.in(Function);
  const VarDecl *Var = initializedVariable(Statement, Call);
  std::string Base = Var ? Var->getName().str()
                         : (Call.getDirectCallee() && Call.getDirectCallee()->getIdentifier()
                                ? Call.getDirectCallee()->getName().str()
                                : "call");
  std::string Home = freshName(Base + "_home", Taken), Error = freshName(Base + "_error", Taken);
  std::string Value = Whole ? "" : freshName(Base + "_value", Taken);
  llvm::StringMap<std::string> There, Back;
  There["executor"] = Pool.Expression;
  Back["executor"] = Home;
  std::optional<std::string> ToPool = expandTemplate(Idiom.SwitchTo, There);
  std::optional<std::string> ToHome = expandTemplate(Idiom.SwitchTo, Back);
  if (!ToPool || !ToHome)
    return FixPlan::silent();
  const std::string &I = *Indent;
  // Without a home to come back to, the coroutine does not leave.
  std::string Guard = Idiom.HomeMayBeNull ? "if (" + Home + ")\n" + I + "  " : "";
  std::string Text =
      "auto " + Home + " = " + Idiom.Home + ";\n" + I + "std::exception_ptr " + Error + ";\n" + I;
  if (!Whole)
    Text += "std::optional<" + spelledType(Call.getType().getUnqualifiedType(), Ctx) + "> " +
            Value + ";\n" + I;
  Text += Guard + "co_await " + *ToPool + ";\n" + I + "try {\n" + I + "  " +
          (Whole ? *StatementText : Value + ".emplace(" + CallText + ")") + ";\n" + I +
          "} catch (...) {\n" + I + "  " + Error + " = std::current_exception();\n" + I + "}\n" +
          I + Guard + "co_await " + *ToHome + ";\n" + I + "if (" + Error + ")\n" + I +
          "  std::rethrow_exception(" + Error + ")";

  std::vector<FixItHint> Edits;
  if (Whole) {
    Edits.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Statement->getBeginLoc(), Statement->getEndLoc()), Text));
  } else {
    // A class value moves out of the variable; a scalar is read.
    std::string Read = "*" + Value;
    if (Call.getType()->isRecordType())
      Read = "std::move(" + Read + ")";
    else if (awaitNeedsParentheses(Site))
      Read = "(" + Read + ")";
    Edits.push_back(FixItHint::CreateInsertion(Statement->getBeginLoc(), Text + ";\n" + I));
    Edits.push_back(
        FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Call.getSourceRange()), Read));
  }
  std::vector<HeaderNeed> Headers = headersFor(Text, Idiom);
  std::string Effect = "run the call on '" + Pool.Expression + "' and resume here (" +
                       Idiom.ReturnHop +
                       "); meanwhile other code on this executor runs, and may "
                       "use the objects the call uses";
  if (!Whole && !Var)
    Effect += "; the call now runs before the rest of its statement, where nothing that C++ "
              "could run first has effects";
  return FixPlan::unsafe(std::move(Edits), std::move(Headers), Effect);
}

FixPlan OffloadRewriter::rewrite(const CallSite &Site, const FrameworkIdioms &Framework,
                                 const FunctionDecl &Function) const {
  const Stmt &Body = *coroutineBodyOf(Function);
  if (!Framework.Offload)
    return FixPlan::none("the catalog has no idiom to run a call on a pool and come back for " +
                         Framework.DisplayName);
  const OffloadIdiom &Idiom = *Framework.Offload;
  if (!Idiom.Unavailable.empty())
    return FixPlan::none("no way to run the call on a pool and come back: " + Idiom.Unavailable);
  if (Pool.Expression.empty())
    return FixPlan::none("to run the call on a pool for blocking work and resume here, set the "
                         "check option 'OffloadExecutor' to an expression naming that pool "
                         "(such as 'app::blocking_pool()')");
  if (std::optional<std::string> Blocker = awaitInsertionBlocker(Site))
    return FixPlan::none(*Blocker,
                         Site.HeldLock ? Site.HeldLock->getLocation() : Site.Call->getBeginLoc());
  SourceRange Range = Site.Call->getSourceRange();
  const auto *Call = dyn_cast<CallExpr>(Site.Call);
  if (!Call || Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return FixPlan::silent();
  if (std::optional<std::string> Blocker = resultBlocker(*Call, Idiom))
    return FixPlan::none(*Blocker);
  if (std::optional<std::string> Blocker = threadBlocker(Site, Body))
    return FixPlan::none(*Blocker);
  std::optional<std::string> CallText = fileText(Call, Ctx);
  if (!CallText)
    return FixPlan::silent();
  if (!Idiom.SwitchTo.empty())
    return switchPlan(Site, *Call, Idiom, Function, *CallText);

  llvm::StringMap<std::string> Values;
  Values["pool"] = Pool.Expression;
  Values["call"] = *CallText;
  Values["result_type"] = spelledType(Call->getType().getUnqualifiedType(), Ctx);
  std::optional<std::string> Offloaded = expandTemplate(Idiom.Expression, Values);
  if (!Offloaded)
    return FixPlan::silent();
  std::string Text = "co_await " + *Offloaded;
  if (awaitNeedsParentheses(Site))
    Text = "(" + Text + ")";

  std::vector<HeaderNeed> Headers = headersFor(Text, Idiom);
  return FixPlan::unsafe(
      {FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Range), Text)},
      std::move(Headers),
      "run the call on '" + Pool.Expression + "' and resume here (" + Idiom.ReturnHop +
          "); meanwhile other code on this executor runs, and may use the objects the call uses");
}

} // namespace async_tidy
