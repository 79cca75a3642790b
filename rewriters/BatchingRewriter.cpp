//===--- BatchingRewriter.cpp - A loop of awaits made one batched await ---===//

#include "BatchingRewriter.h"

#include "QualifiedNames.h"
#include "SourceEdits.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace async_tidy {

namespace {

/// The one statement a loop body holds (`{ s; }` or `s;`), or null.
const Stmt *onlyStatement(const Stmt *Body) {
  if (const auto *Block = dyn_cast<CompoundStmt>(Body))
    return Block->size() == 1 ? Block->body_front() : nullptr;
  return Body;
}

} // namespace

std::variant<BatchRewrite, std::string>
BatchingRewriter::rewrite(const CallSite &Site, const IterationLoop &Loop,
                          const clang::FunctionDecl &Coroutine, const FrameworkIdioms *Framework,
                          unsigned MaxConcurrency) const {
  // The canonical shape: `for (decl : range) out.push_back(co_await call);`
  const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop.Loop);
  const auto *Only =
      dyn_cast_or_null<Expr>(RangeFor ? onlyStatement(RangeFor->getBody()) : nullptr);
  const auto *Append =
      dyn_cast_or_null<CXXMemberCallExpr>(Only ? Only->IgnoreImplicit() : nullptr);
  if (!Append || Append->getNumArgs() != 1 ||
      !Append->getMethodDecl() || !Append->getMethodDecl()->getIdentifier())
    return std::string();
  llvm::StringRef Method = Append->getMethodDecl()->getName();
  const auto *Container =
      dyn_cast<DeclRefExpr>(Append->getImplicitObjectArgument()->IgnoreParenImpCasts());
  const auto *Await = dyn_cast<CoawaitExpr>(Append->getArg(0)->IgnoreImplicit());
  if ((Method != "push_back" && Method != "emplace_back") || !Container || !Await ||
      Await->getOperand()->IgnoreImplicit() != Site.Call ||
      !isa<VarDecl>(Container->getDecl()) || mentionsVariable(Site.Call, [&](const VarDecl *V) { return V == Container->getDecl(); }))
    return std::string();

  if (!Framework)
    return std::string("the coroutine's framework is not known");
  if (!Framework->Batch)
    return Framework->DisplayName + " has no catalogued way to await a range of calls at once";
  const BatchIdiom &Batch = *Framework->Batch;
  bool Bounded = MaxConcurrency > 0;
  if (Bounded && Batch.AwaitAllBounded.empty())
    return Framework->DisplayName +
           " cannot bound how many run at once; set MaxConcurrency to 0 to run them all "
           "concurrently";
  if (Framework->Concurrently &&
      !llvm::is_contained(Framework->Concurrently->OperandTypes,
                          catalogNameOfType(Site.Call->getType())))
    return std::string("the awaited call is not a ") + Framework->DisplayName + " task";

  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  std::optional<std::string> CallText = fileText(cast<Expr>(Site.Call), Ctx);
  std::optional<std::string> RangeText = fileText(RangeFor->getRangeInit(), Ctx);
  const VarDecl *Element = RangeFor->getLoopVariable();
  // The variable's own range runs on over the range (its implicit
  // initializer); the declaration as written ends at its name.
  CharSourceRange ElementRange = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Element->getBeginLoc(), Element->getLocation()), SM,
      LangOpts);
  if (!CallText || !RangeText || ElementRange.isInvalid() ||
      !RangeFor->getBeginLoc().isFileID() || !RangeFor->getEndLoc().isFileID())
    return std::string("the loop is written with macros");

  llvm::StringSet<> Taken = namesDeclaredIn(Coroutine);
  std::string Base = Container->getDecl()->getName().str();
  std::string Tasks = Base + "_tasks", Value = Base + "_value", Executor = Base + "_executor",
              Errors = Base + "_errors", Order = Base + "_order", Results = Base + "_results";
  for (const std::string *Name : {&Tasks, &Value, &Executor, &Errors, &Order, &Results})
    if (Taken.contains(*Name))
      return "the name '" + *Name + "' the fix needs is taken";

  PrintingPolicy Policy(LangOpts);
  Policy.SuppressTagKeyword = true;
  llvm::StringMap<std::string> Values;
  Values["call"] = *CallText;
  Values["call_type"] =
      TypeName::getFullyQualifiedName(Site.Call->getType().getUnqualifiedType(), Ctx, Policy);
  Values["tasks"] = Tasks;
  Values["max"] = std::to_string(MaxConcurrency);
  Values["executor"] = Executor;
  std::optional<std::string> TaskType = expandTemplate(Batch.TaskType, Values);
  std::optional<std::string> MakeTask = expandTemplate(Batch.MakeTask, Values);
  std::optional<std::string> AwaitAll =
      expandTemplate(Bounded ? Batch.AwaitAllBounded : Batch.AwaitAll, Values);
  if (!TaskType || !MakeTask || !AwaitAll)
    return std::string("the catalog's batch idiom uses an unknown placeholder");

  std::string Indent = indentationBefore(SM.getBufferData(SM.getFileID(RangeFor->getBeginLoc())),
                                        SM.getFileOffset(RangeFor->getBeginLoc()))
                           .value_or("");
  std::string ElementText = Lexer::getSourceText(ElementRange, SM, LangOpts).str();
  std::string Text;
  bool NeedsExecutor = (Batch.TaskType + Batch.MakeTask).find("{executor}") != std::string::npos;
  if (NeedsExecutor) {
    if (Framework->Executor.empty())
      return Framework->DisplayName + " has no catalogued executor expression";
    Text += "auto " + Executor + " = " + Framework->Executor + ";\n" + Indent;
  }
  Text += "std::vector<" + *TaskType + "> " + Tasks + ";\n";
  Text += Indent + "for (" + ElementText + " : " + *RangeText + ")\n";
  Text += Indent + "  " + Tasks + ".push_back(" + *MakeTask + ");\n";
  if (Batch.ResultStyle == BatchIdiom::Results::Values) {
    Text += Indent + "for (auto &&" + Value + " : co_await " + *AwaitAll + ")\n";
    Text += Indent + "  " + Base + "." + Method.str() + "(std::move(" + Value + "))";
  } else {
    // Asio's parallel group: every operation finishes; the first failure in
    // the elements' order is rethrown, as the loop would have thrown it.
    Text += Indent + "auto [" + Order + ", " + Errors + ", " + Results + "] = co_await " +
            *AwaitAll + ";\n";
    Text += Indent + "for (const std::exception_ptr &" + Value + " : " + Errors + ")\n";
    Text += Indent + "  if (" + Value + ")\n";
    Text += Indent + "    std::rethrow_exception(" + Value + ");\n";
    Text += Indent + "for (auto &" + Value + " : " + Results + ")\n";
    Text += Indent + "  " + Base + "." + Method.str() + "(std::move(" + Value + "))";
  }
  // A braceless body's `;` stays after the replaced range; a block has none.
  if (isa<CompoundStmt>(RangeFor->getBody()))
    Text += ";";

  BatchRewrite Out;
  Out.Edits.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(RangeFor->getSourceRange()), Text));
  Out.Headers = headersNeededFor(Text, Batch.Headers,
                                 [&](llvm::StringRef Name) { return Names.isDeclared(Name); });
  Out.Idiom = llvm::StringRef(*AwaitAll).split('(').first.str();
  Out.Bounded = Bounded;
  Out.Failure = Batch.ResultStyle == BatchIdiom::Results::ParallelGroup
                    ? "the first failure, in the elements' order, is rethrown once all have "
                      "finished"
                    : "a failure fails the whole batch";
  return Out;
}

} // namespace async_tidy
