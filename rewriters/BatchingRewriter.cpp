//===--- BatchingRewriter.cpp - A loop of awaits made one batched await ---===//

#include "BatchingRewriter.h"
#include "AccessPaths.h"

#include "QualifiedNames.h"
#include "SourceEdits.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace async_tidy {

namespace {

/// The one statement a loop body holds (`{ s; }` or `s;`), or null.
const Stmt *onlyStatement(const Stmt *Body) {
  if (const auto *Block = dyn_cast<CompoundStmt>(Body))
    return Block->size() == 1 ? Block->body_front() : nullptr;
  return Body;
}

/// The canonical N+1 loop around a call:
/// `for (decl : range) out.push_back(co_await call);`
struct AppendLoop {
  const CXXForRangeStmt *Loop;
  const DeclRefExpr *Container;
  llvm::StringRef Method; ///< push_back or emplace_back.
};

std::optional<AppendLoop> appendLoopAround(const CallSite &Site, const IterationLoop &Loop) {
  const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop.Loop);
  const auto *Only =
      dyn_cast_or_null<Expr>(RangeFor ? onlyStatement(RangeFor->getBody()) : nullptr);
  const auto *Append = dyn_cast_or_null<CXXMemberCallExpr>(Only ? Only->IgnoreImplicit() : nullptr);
  if (!Append || Append->getNumArgs() != 1 || !Append->getMethodDecl() ||
      !Append->getMethodDecl()->getIdentifier())
    return std::nullopt;
  llvm::StringRef Method = Append->getMethodDecl()->getName();
  const auto *Container =
      dyn_cast<DeclRefExpr>(Append->getImplicitObjectArgument()->IgnoreParenImpCasts());
  const auto *Await = dyn_cast<CoawaitExpr>(Append->getArg(0)->IgnoreImplicit());
  if ((Method != "push_back" && Method != "emplace_back") || !Container || !Await ||
      Await->getOperand()->IgnoreImplicit() != Site.Call || !isa<VarDecl>(Container->getDecl()) ||
      mentionsVariable(Site.Call, [&](const VarDecl *V) { return V == Container->getDecl(); }))
    return std::nullopt;
  return AppendLoop{RangeFor, Container, Method};
}

/// Why `Framework` cannot await the calls at once, if it cannot.
std::optional<std::string> idiomBlocker(const FrameworkIdioms *Framework, bool Bounded,
                                        QualType CallType) {
  if (!Framework)
    return std::string("the coroutine's framework is not known");
  if (!Framework->Batch)
    return Framework->DisplayName + " has no catalogued way to await a range of calls at once";
  if (Bounded && Framework->Batch->AwaitAllBounded.empty())
    return Framework->DisplayName +
           " cannot bound how many run at once; set MaxConcurrency to 0 to run them all "
           "concurrently";
  if (Framework->Concurrently &&
      !llvm::is_contained(Framework->Concurrently->OperandTypes, catalogNameOfType(CallType)))
    return std::string("the awaited call is not a ") + Framework->DisplayName + " task";
  return std::nullopt;
}

/// The names the rewrite introduces, made from one prefix (the
/// container's, or the call's name).
struct BatchNames {
  explicit BatchNames(const std::string &Prefix)
      : Tasks(Prefix + "_tasks"), Value(Prefix + "_value"), Executor(Prefix + "_executor"),
        Errors(Prefix + "_errors"), Order(Prefix + "_order"), Results(Prefix + "_results"),
        Index(Prefix + "_index") {}
  std::string Tasks, Value, Executor, Errors, Order, Results, Index;

  /// The names for `Prefix`, or `Prefix2`, ...: the first whose names the
  /// function neither declares nor got from another fix; they are then
  /// taken.
  static BatchNames freshIn(const std::string &Prefix, llvm::StringSet<> &Taken) {
    for (unsigned I = 1;; ++I) {
      BatchNames N(I == 1 ? Prefix : Prefix + std::to_string(I));
      const std::string *All[] = {&N.Tasks, &N.Value,   &N.Executor, &N.Errors,
                                  &N.Order, &N.Results, &N.Index};
      if (llvm::none_of(All, [&](const std::string *Name) { return Taken.contains(*Name); })) {
        for (const std::string *Name : All)
          Taken.insert(*Name);
        return N;
      }
    }
  }
};

/// The catalog's batch templates, expanded for one call.
struct BatchTexts {
  std::string TaskType, MakeTask, AwaitAll;
};

/// The statements that await the results and append them, in the
/// elements' order. Asio's parallel group finishes every operation; the
/// first failure in the elements' order is rethrown, as the loop would have
/// thrown it.
std::string appendResults(const BatchIdiom &Batch, const BatchTexts &Texts, const BatchNames &N,
                          llvm::StringRef Container, llvm::StringRef Method,
                          const std::string &Indent) {
  std::string Append =
      Indent + "  " + Container.str() + "." + Method.str() + "(std::move(" + N.Value + "))";
  if (Batch.ResultStyle == BatchIdiom::Results::Values)
    return Indent + "for (auto &&" + N.Value + " : co_await " + Texts.AwaitAll + ")\n" + Append;
  return Indent + "auto [" + N.Order + ", " + N.Errors + ", " + N.Results + "] = co_await " +
         Texts.AwaitAll + ";\n" + Indent + "for (const std::exception_ptr &" + N.Value + " : " +
         N.Errors + ")\n" + Indent + "  if (" + N.Value + ")\n" + Indent +
         "    std::rethrow_exception(" + N.Value + ");\n" + Indent + "for (auto &" + N.Value +
         " : " + N.Results + ")\n" + Append;
}

/// The catalog's batch templates expanded for one call; none when they use
/// a placeholder there is no value for.
std::optional<BatchTexts> expandIdiom(ASTContext &Ctx, const BatchIdiom &Batch,
                                      const std::string &CallText, QualType CallType,
                                      const BatchNames &N, unsigned MaxConcurrency) {
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  llvm::StringMap<std::string> Values;
  Values["call"] = CallText;
  Values["call_type"] = TypeName::getFullyQualifiedName(CallType.getUnqualifiedType(), Ctx, Policy);
  Values["tasks"] = N.Tasks;
  Values["max"] = std::to_string(MaxConcurrency);
  Values["executor"] = N.Executor;
  std::optional<std::string> TaskType = expandTemplate(Batch.TaskType, Values);
  std::optional<std::string> MakeTask = expandTemplate(Batch.MakeTask, Values);
  std::optional<std::string> AwaitAll =
      expandTemplate(MaxConcurrency > 0 ? Batch.AwaitAllBounded : Batch.AwaitAll, Values);
  if (!TaskType || !MakeTask || !AwaitAll)
    return std::nullopt;
  return BatchTexts{*TaskType, *MakeTask, *AwaitAll};
}

/// Why the loop body's statements would not run per element as before once
/// the calls are made up front, if they would not.
std::optional<std::string> perElementBlocker(const CallSite &Site, const CoawaitExpr &Await,
                                             const Stmt &Body, const Stmt &Statement,
                                             const VarDecl &Element, bool ElementIsCounter) {
  if (holdsNode(&Body, [](const Stmt *S) {
        return isa<BreakStmt, ContinueStmt, ReturnStmt, CoreturnStmt, GotoStmt, CXXThrowExpr>(S);
      }))
    return std::string("the loop body can leave an iteration early (break, continue, return, "
                       "throw)");
  if (holdsNode(&Body,
                [&](const Stmt *S) { return (isa<CoawaitExpr, CoyieldExpr>(S) && S != &Await); }))
    return std::string("the loop body awaits more than the call");
  // A lambda may change anything the call reads; the walk does not look
  // into it.
  if (holdsNode(&Body, [](const Stmt *S) { return isa<LambdaExpr>(S); }))
    return std::string("the loop body has a lambda, which may change what the call reads");
  if (holdsNode(Site.Call, [](const Stmt *S) { return isa<CXXThisExpr>(S); }) &&
      holdsNode(&Body, [&](const Stmt *S) {
        return isa<CXXThisExpr>(S) &&
               !Site.Call->getSourceRange().fullyContains(S->getSourceRange());
      }))
    return std::string("the call reads members, which the loop body also uses");
  // The await runs once per iteration, on every path.
  auto Held = llvm::find(Site.Ancestors, &Statement);
  for (auto It = Held; It != Site.Ancestors.end(); ++It) {
    const auto *Op = dyn_cast<BinaryOperator>(*It);
    if (isa<IfStmt, SwitchStmt, ForStmt, WhileStmt, DoStmt, CXXForRangeStmt, CompoundStmt,
            CXXTryStmt, AbstractConditionalOperator>(*It) ||
        (Op && Op->isLogicalOp()))
      return std::string("the loop body awaits the call only on some paths");
  }
  // What the call reads must be what it would have read in its iteration.
  // (The check leaves calls that read what earlier iterations wrote alone;
  // the rewrite does not rely on it.)
  std::optional<std::string> Why;
  auto OutsideCall = [&](const Stmt *S) {
    return !Site.Call->getSourceRange().fullyContains(S->getSourceRange());
  };
  mentionsVariable(Site.Call, [&](const VarDecl *Var) {
    if (Why)
      return false;
    if (Var == &Element) {
      // A counter the body does not write (indexLoopBlocker) is only read.
      bool Mutable = !ElementIsCounter && !Var->getType().getNonReferenceType().isConstQualified();
      if (Mutable && mentionedBefore(cast<CompoundStmt>(Body), &Statement, Var))
        Why = "the loop body uses '" + Var->getName().str() + "' before the call";
      return false;
    }
    if (Body.getSourceRange().fullyContains(Var->getSourceRange()))
      Why = "the call uses '" + Var->getName().str() + "', which the loop body computes";
    else if (holdsNode(&Body, [&](const Stmt *S) {
               const auto *Ref = dyn_cast<DeclRefExpr>(S);
               return Ref && Ref->getDecl() == Var && OutsideCall(S);
             }))
      Why = "the call uses '" + Var->getName().str() + "', which the loop body also uses";
    return false;
  });
  return Why;
}

} // namespace

namespace {
/// Why an index loop's header would not run the same again before the
/// loop, if it would not: the body writes the counter, or uses what the
/// condition and increment read.
std::optional<std::string> indexLoopBlocker(const ForStmt &For, const VarDecl &Counter,
                                            const CallSite &Site) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(For.getInit());
  if (!Init || !Init->isSingleDecl() || Init->getSingleDecl() != &Counter)
    return std::string("the loop's counter is not declared by the loop");
  // An integer: an iterator changes through calls the body may make.
  if (!Counter.getType()->isIntegerType())
    return std::string("the loop's counter is not an integer");
  auto RefersToCounter = [&](const Expr *E) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
    return Ref && Ref->getDecl() == &Counter;
  };
  if (holdsNode(For.getBody(), [&](const Stmt *S) {
        if (const auto *Unary = dyn_cast<UnaryOperator>(S))
          return (Unary->isIncrementDecrementOp() || Unary->getOpcode() == UO_AddrOf) &&
                 RefersToCounter(Unary->getSubExpr());
        const auto *Binary = dyn_cast<BinaryOperator>(S);
        return Binary && Binary->isAssignmentOp() && RefersToCounter(Binary->getLHS());
      }))
    return "the loop body changes '" + Counter.getName().str() + "'";
  std::optional<std::string> Why;
  for (const Stmt *Part :
       {static_cast<const Stmt *>(For.getCond()), static_cast<const Stmt *>(For.getInc())})
    mentionsVariable(Part, [&](const VarDecl *Var) {
      if (!Why && Var != &Counter && holdsNode(For.getBody(), [&](const Stmt *S) {
            const auto *Ref = dyn_cast<DeclRefExpr>(S);
            return Ref && Ref->getDecl() == Var &&
                   !Site.Call->getSourceRange().fullyContains(Ref->getSourceRange());
          }))
        Why = "the loop body uses '" + Var->getName().str() + "', which the loop's header reads";
      return false;
    });
  return Why;
}
} // namespace

std::optional<std::string> BatchingRewriter::loopHeader(const Stmt *Loop) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  if (const auto *For = dyn_cast<ForStmt>(Loop)) {
    CharSourceRange Header = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(For->getBeginLoc(), For->getRParenLoc()), SM, LangOpts);
    if (Header.isInvalid())
      return std::nullopt;
    return Lexer::getSourceText(Header, SM, LangOpts).str();
  }
  const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop);
  if (!RangeFor)
    return std::nullopt;
  std::optional<std::string> Range = fileText(RangeFor->getRangeInit(), Ctx);
  const VarDecl *Element = RangeFor->getLoopVariable();
  // The variable's own range runs on over the range (its implicit
  // initializer); the declaration as written ends at its name.
  CharSourceRange ElementRange = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Element->getBeginLoc(), Element->getLocation()), SM, LangOpts);
  if (!Range || ElementRange.isInvalid())
    return std::nullopt;
  return "for (" + Lexer::getSourceText(ElementRange, SM, LangOpts).str() + " : " + *Range + ")";
}

FixPlan BatchingRewriter::rewritePerElement(const CallSite &Site, const IterationLoop &Loop,
                                            const FunctionDecl &Coroutine,
                                            const FrameworkIdioms *Framework,
                                            unsigned MaxConcurrency) const {
  const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop.Loop);
  const auto *IndexFor = dyn_cast<ForStmt>(Loop.Loop);
  const auto *Await = dyn_cast_or_null<CoawaitExpr>(semanticParent(Site.Ancestors, Site.Call));
  if ((!RangeFor && !IndexFor) || !Await || !Loop.Element)
    return FixPlan::silent();
  if (IndexFor)
    if (std::optional<std::string> Why = indexLoopBlocker(*IndexFor, *Loop.Element, Site))
      return FixPlan::none(*Why);
  // The range is read twice: it must be a variable, not a call.
  if (RangeFor && !isPlainVariable(RangeFor->getRangeInit()))
    return FixPlan::none("the loop's range is not a variable, and the fix reads it twice");
  // The body's statement that holds the await: a block's, or the body.
  const Stmt *Body = RangeFor ? RangeFor->getBody() : IndexFor->getBody();
  const auto *Block = dyn_cast<CompoundStmt>(Body);
  auto BodyAt = llvm::find(Site.Ancestors, Body);
  const Stmt *Statement =
      !Block ? Body
             : (BodyAt != Site.Ancestors.end() && BodyAt + 1 != Site.Ancestors.end() ? *(BodyAt + 1)
                                                                                     : nullptr);
  if (!Block || !Statement)
    return FixPlan::none("the loop body is not a block of statements");
  if (std::optional<std::string> Why =
          perElementBlocker(Site, *Await, *Block, *Statement, *Loop.Element, IndexFor))
    return FixPlan::none(*Why);
  QualType CallType = Site.Call->getType();
  if (Await->getType()->isVoidType())
    return FixPlan::none("the awaited call yields no value to read in order");
  bool Bounded = MaxConcurrency > 0;
  if (std::optional<std::string> Why = idiomBlocker(Framework, Bounded, CallType))
    return FixPlan::none(*Why);
  const BatchIdiom &Batch = *Framework->Batch;

  const SourceManager &SM = Ctx.getSourceManager();
  std::optional<std::string> CallText = fileText(cast<Expr>(Site.Call), Ctx);
  std::optional<std::string> Header = loopHeader(Loop.Loop);
  llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(Loop.Loop->getBeginLoc()));
  std::optional<std::string> Indent =
      indentationBefore(Buffer, SM.getFileOffset(Loop.Loop->getBeginLoc()));
  std::optional<std::string> StatementIndent =
      indentationBefore(Buffer, SM.getFileOffset(Statement->getBeginLoc()));
  if (!CallText || !Header || !Indent || !StatementIndent || !Loop.Loop->getBeginLoc().isFileID() ||
      !Await->getBeginLoc().isFileID() || !Await->getEndLoc().isFileID() ||
      !Statement->getBeginLoc().isFileID())
    return FixPlan::none("the loop is written with macros, or on one line");

  BatchNames N = BatchNames::freshIn(
      Site.Callee->getIdentifier() ? Site.Callee->getName().str() : "call", Given.in(Coroutine));
  const std::string &Index = N.Index;
  std::optional<BatchTexts> Texts = expandIdiom(Ctx, Batch, *CallText, CallType, N, MaxConcurrency);
  if (!Texts)
    return FixPlan::none("the catalog's batch idiom uses an unknown placeholder");

  const std::string &I = *Indent;
  std::string Text;
  if ((Batch.TaskType + Batch.MakeTask).find("{executor}") != std::string::npos) {
    if (Framework->Executor.empty())
      return FixPlan::none(Framework->DisplayName + " has no catalogued executor expression");
    Text += "auto " + N.Executor + " = " + Framework->Executor + ";\n" + I;
  }
  bool ParallelGroup = Batch.ResultStyle == BatchIdiom::Results::ParallelGroup;
  Text += "std::vector<" + Texts->TaskType + "> " + N.Tasks + ";\n" + I + *Header + "\n" + I +
          "  " + N.Tasks + ".push_back(" + Texts->MakeTask + ");\n" + I +
          (ParallelGroup ? "auto [" + N.Order + ", " + N.Errors + ", " + N.Results + "]"
                         : "auto " + N.Results) +
          " = co_await " + Texts->AwaitAll + ";\n" + I + "std::size_t " + Index + " = 0;\n" + I;
  std::vector<FixItHint> Edits = {FixItHint::CreateInsertion(Loop.Loop->getBeginLoc(), Text)};
  if (ParallelGroup)
    Edits.push_back(FixItHint::CreateInsertion(
        Statement->getBeginLoc(), "if (" + N.Errors + "[" + Index + "])\n" + *StatementIndent +
                                      "  std::rethrow_exception(" + N.Errors + "[" + Index +
                                      "]);\n" + *StatementIndent));
  std::string Result = "std::move(" + N.Results + "[" + Index + "++])";
  if (awaitNeedsParentheses(Site))
    Result = "(" + Result + ")";
  Edits.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Await->getSourceRange()), Result));
  std::string All;
  for (const FixItHint &Edit : Edits)
    All += Edit.CodeToInsert;
  std::vector<HeaderNeed> Headers = headersNeededFor(
      All, Batch.Headers, [&](llvm::StringRef Name) { return Names.isDeclared(Name); });
  std::string Idiom = llvm::StringRef(Texts->AwaitAll).split('(').first.str();
  return FixPlan::unsafe(
      std::move(Edits), std::move(Headers),
      "run the calls concurrently with '" + Idiom + "' before the loop, whose body then reads " +
          "each element's result in order; this starts " +
          (Bounded ? "up to " + std::to_string(MaxConcurrency) : std::string("all of them")) +
          " at once, so their side effects may interleave, and " +
          (ParallelGroup ? "an element's failure is rethrown before the statement that awaited it"
                         : "a failure fails the whole batch before the body runs"));
}

FixPlan BatchingRewriter::rewrite(const CallSite &Site, const IterationLoop &Loop,
                                  const clang::FunctionDecl &Coroutine,
                                  const FrameworkIdioms *Framework, unsigned MaxConcurrency) const {
  std::optional<AppendLoop> Shape = appendLoopAround(Site, Loop);
  if (!Shape)
    return rewritePerElement(Site, Loop, Coroutine, Framework, MaxConcurrency);
  bool Bounded = MaxConcurrency > 0;
  if (std::optional<std::string> Why = idiomBlocker(Framework, Bounded, Site.Call->getType()))
    return FixPlan::none(*Why);
  const BatchIdiom &Batch = *Framework->Batch;
  const CXXForRangeStmt *RangeFor = Shape->Loop;

  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  std::optional<std::string> CallText = fileText(cast<Expr>(Site.Call), Ctx);
  std::optional<std::string> RangeText = fileText(RangeFor->getRangeInit(), Ctx);
  const VarDecl *Element = RangeFor->getLoopVariable();
  // The variable's own range runs on over the range (its implicit
  // initializer); the declaration as written ends at its name.
  CharSourceRange ElementRange = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Element->getBeginLoc(), Element->getLocation()), SM, LangOpts);
  if (!CallText || !RangeText || ElementRange.isInvalid() || !RangeFor->getBeginLoc().isFileID() ||
      !RangeFor->getEndLoc().isFileID())
    return FixPlan::none("the loop is written with macros");

  std::string Container = Shape->Container->getDecl()->getName().str();
  BatchNames N = BatchNames::freshIn(Container, Given.in(Coroutine));

  std::optional<BatchTexts> Texts =
      expandIdiom(Ctx, Batch, *CallText, Site.Call->getType(), N, MaxConcurrency);
  if (!Texts)
    return FixPlan::none("the catalog's batch idiom uses an unknown placeholder");

  std::string Indent = indentationBefore(SM.getBufferData(SM.getFileID(RangeFor->getBeginLoc())),
                                         SM.getFileOffset(RangeFor->getBeginLoc()))
                           .value_or("");
  std::string Text;
  if ((Batch.TaskType + Batch.MakeTask).find("{executor}") != std::string::npos) {
    if (Framework->Executor.empty())
      return FixPlan::none(Framework->DisplayName + " has no catalogued executor expression");
    Text += "auto " + N.Executor + " = " + Framework->Executor + ";\n" + Indent;
  }
  Text += "std::vector<" + Texts->TaskType + "> " + N.Tasks + ";\n";
  Text += Indent + "for (" + Lexer::getSourceText(ElementRange, SM, LangOpts).str() + " : " +
          *RangeText + ")\n";
  Text += Indent + "  " + N.Tasks + ".push_back(" + Texts->MakeTask + ");\n";
  Text += appendResults(Batch, *Texts, N, Container, Shape->Method, Indent);
  // A braceless body's `;` stays after the replaced range; a block has none.
  if (isa<CompoundStmt>(RangeFor->getBody()))
    Text += ";";

  std::vector<FixItHint> Edits = {FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(RangeFor->getSourceRange()), Text)};
  std::vector<HeaderNeed> Headers = headersNeededFor(
      Text, Batch.Headers, [&](llvm::StringRef Name) { return Names.isDeclared(Name); });
  std::string Idiom = llvm::StringRef(Texts->AwaitAll).split('(').first.str();
  std::string Failure = Batch.ResultStyle == BatchIdiom::Results::ParallelGroup
                            ? "the first failure, in the elements' order, is rethrown once all "
                              "have finished"
                            : "a failure fails the whole batch";
  return FixPlan::unsafe(
      std::move(Edits), std::move(Headers),
      "run the calls concurrently with '" + Idiom + "'; this starts " +
          (Bounded ? "up to " + std::to_string(MaxConcurrency) : std::string("all of them")) +
          " at once, so their side effects may interleave, and " + Failure);
}

} // namespace async_tidy
