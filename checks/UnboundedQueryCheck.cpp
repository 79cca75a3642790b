//===--- UnboundedQueryCheck.cpp - async-unbounded-query ------------------===//

#include "UnboundedQueryCheck.h"

#include "ApiIndex.h"
#include "ProjectSchema.h"
#include "Schema.h"
#include "SqlText.h"
#include "UnboundedSelect.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

#include <map>

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {

/// The call a variable's initializer is, through `co_await`, copies and
/// implicit conversions: `auto rows = co_await db->execSqlCoro(...)`.
const CallExpr *initializingCall(const Expr *Init) {
  while (Init) {
    Init = Init->IgnoreImplicit();
    if (const auto *Await = dyn_cast<CoawaitExpr>(Init))
      Init = Await->getOperand();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
             Construct && Construct->getNumArgs() == 1)
      Init = Construct->getArg(0);
    else
      return dyn_cast<CallExpr>(Init);
  }
  return nullptr;
}

/// Local variables initialized by a call with SQL in it, and the loops and
/// views that read only their first rows, in one walk of the code.
class TruncatedResults : public RecursiveASTVisitor<TruncatedResults> {
public:
  explicit TruncatedResults(const llvm::StringSet<> &RowCountFunctions)
      : RowCountFunctions(RowCountFunctions) {}

  bool VisitVarDecl(VarDecl *V) {
    if (!V->hasLocalStorage() || isa<ParmVarDecl>(V))
      return true;
    if (const CallExpr *Call = initializingCall(V->getInit()); Call && sqlOf(Call))
      Queries[V] = Call;
    return true;
  }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *Loop) {
    const VarDecl *Rows = namedVariable(Loop->getRangeInit());
    if (const CallExpr *Query = queryOf(Rows))
      add(Query, counterBreakOf(Loop, Rows, RowCountFunctions));
    return true;
  }
  bool VisitForStmt(ForStmt *Loop) {
    // The rows an index loop reads are named in its test.
    const VarDecl *Rows = queryRowsIn(Loop->getCond());
    if (const CallExpr *Query = queryOf(Rows)) {
      if (auto Found = boundedIndexLoopOf(Loop, Rows, RowCountFunctions))
        return add(Query, Found);
      add(Query, counterBreakOf(Loop, Rows, RowCountFunctions));
    }
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    for (const Expr *Arg : Call->arguments())
      if (const VarDecl *Rows = namedVariable(Arg); const CallExpr *Query = queryOf(Rows))
        add(Query, takeOf(Call, Rows));
    return true;
  }

  std::vector<UnboundedQueryCheck::Candidate> Found;

private:
  /// The first variable holding a query's result that `S` names.
  const VarDecl *queryRowsIn(const Stmt *S) const {
    if (!S)
      return nullptr;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()); V && Queries.count(V))
        return V;
    for (const Stmt *Child : S->children())
      if (const VarDecl *Found = queryRowsIn(Child))
        return Found;
    return nullptr;
  }
  const CallExpr *queryOf(const VarDecl *V) const {
    auto It = V ? Queries.find(V) : Queries.end();
    return It == Queries.end() ? nullptr : It->second;
  }
  bool add(const CallExpr *Query, std::optional<RowTruncation> T) {
    if (T)
      Found.push_back({Query, *T});
    return true;
  }

  const llvm::StringSet<> &RowCountFunctions;
  /// In source order of declaration; a variable is declared before the
  /// code that reads it.
  std::map<const VarDecl *, const CallExpr *> Queries;
};

/// The source text of `E`, or "" when it comes from a macro.
std::string spelling(const Expr *E, const ASTContext &Ctx) {
  CharSourceRange Range = CharSourceRange::getTokenRange(E->getSourceRange());
  if (E->getBeginLoc().isMacroID() || E->getEndLoc().isMacroID())
    return "";
  return Lexer::getSourceText(Range, Ctx.getSourceManager(), Ctx.getLangOpts()).str();
}

/// How a message names the number of rows kept: `10`, `'limit'`.
std::string keptText(const Expr *Kept, const ASTContext &Ctx) {
  std::string Text = spelling(Kept, Ctx);
  if (Text.empty())
    return "N";
  return isa<IntegerLiteral>(Kept->IgnoreParenImpCasts()) ? Text : "'" + Text + "'";
}

} // namespace

UnboundedQueryCheck::UnboundedQueryCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AsyncCheckBase(Name, Context) {}

void UnboundedQueryCheck::registerMatchers(MatchFinder *Finder) {
  // One match per translation unit: the check walks the code outside system
  // headers once.
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

void UnboundedQueryCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Unit = Result.Nodes.getNodeAs<TranslationUnitDecl>("unit");
  const SourceManager &SM = *Result.SourceManager;
  llvm::StringSet<> RowCountFunctions;
  for (const BatchQuery &Batch : effectiveCatalog().BatchQueries)
    if (!Batch.RowCount.empty())
      RowCountFunctions.insert(Batch.RowCount);
  TruncatedResults Walk(RowCountFunctions);
  for (Decl *D : Unit->decls())
    if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      Walk.TraverseDecl(D);
  if (Walk.Found.empty())
    return;
  ApiIndex Index(effectiveCatalog(), *Result.Context);
  const Schema *S =
      SchemaFiles->empty() ? nullptr : projectSchema("SchemaFiles", *SchemaFiles, tidyContext());
  for (const Candidate &C : Walk.Found)
    checkCandidate(C, Index, S, *Result.Context);
}

bool UnboundedQueryCheck::selectsWholeTables(const UnboundedSelect &Select,
                                             const Schema *S) const {
  if (!Select.Complete)
    return false; // which table a column belongs to is not told
  for (const std::string &TableName : Select.Tables) {
    std::vector<std::string> Fixed;
    for (const ColumnUse &Use : Select.Fixed)
      if (Use.Table == TableName)
        Fixed.push_back(Use.Column);
    if (Fixed.empty())
      continue;
    // Fixing a unique key returns one row; without the table's keys, any
    // fixed column may be one.
    const Table *T = S ? S->table(TableName) : nullptr;
    if (!T || T->isUniquelyKeyedBy(Fixed))
      return false;
  }
  return true;
}

void UnboundedQueryCheck::checkCandidate(const Candidate &C, const ApiIndex &Index,
                                         const Schema *S, ASTContext &Ctx) {
  const IoCall *Io = Index.ioCall(C.Query);
  if (!Io || Io->Kind != IoKind::Database)
    return;
  unsigned Arg = Io->QueryArg.value_or(0);
  if (Arg >= C.Query->getNumArgs())
    return;
  std::optional<BuiltSql> Sql = builtSql(C.Query->getArg(Arg));
  if (!Sql)
    return;
  auto Read = unboundedSelect(Sql->Text);
  const auto *Select = std::get_if<UnboundedSelect>(&Read);
  if (!Select || Select->Tables.empty() || !selectsWholeTables(*Select, S))
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation At = SM.getFileLoc(Sql->Argument->getBeginLoc());
  if (!shouldReportAt(At))
    return;
  std::string KeptText = keptText(C.Truncation.Kept, Ctx);
  diag(At, "query returns every row it selects from table '%0', and the program uses only the "
           "first %1; the database still reads and sends them all")
      << Select->Tables.front() << KeptText;
  diag(SM.getFileLoc(C.Truncation.Site->getBeginLoc()), "rows past the first %0 are not used here",
       DiagnosticIDs::Note)
      << KeptText;
  emitFixNote(limitFix(*Sql, *Select, C.Truncation, Ctx), At);
}

FixPlan UnboundedQueryCheck::limitFix(const BuiltSql &Sql, const UnboundedSelect &Select,
                                      const RowTruncation &T, ASTContext &Ctx) const {
  std::optional<llvm::APSInt> Kept = T.Kept->getIntegerConstantExpr(Ctx);
  size_t At = 0;
  if (!Kept || Kept->isNegative()) {
    // The number would be a parameter of the query.
    std::string Parameter = "$" + std::to_string(Select.HighestParameter + 1);
    std::optional<std::string> Limited = withLimit(Sql.Text, " LIMIT " + Parameter, At);
    std::string Bound = keptText(T.Kept, Ctx);
    if (T.ExtraRows)
      Bound += " + " + std::to_string(T.ExtraRows);
    return FixPlan::none("the number of rows read is no constant" +
                         (Limited ? "; the query would be '" + *Limited + "' with " +
                                        Parameter + " bound to " + Bound
                                  : std::string()));
  }
  std::string Rows = std::to_string(Kept->getExtValue() + T.ExtraRows);
  std::optional<std::string> Limited = withLimit(Sql.Text, " LIMIT " + Rows, At);
  if (!Limited)
    return FixPlan::none("a LIMIT cannot be added at the end of the query's text (it ends in a "
                         "comment, or is not read as the same query)");
  const StringLiteral *Literal = literalArgument(Sql.Argument);
  // Only the call's own literal is edited: a constant may serve other calls,
  // and a macro other places.
  if (Literal && Literal->getBeginLoc().isMacroID())
    return FixPlan::none("the query's text is written in a macro; the query would be '" +
                         *Limited + "'");
  if (!Literal || Sql.Pieces.size() != 1 || Sql.Pieces.front().Literal != Literal ||
      Literal->getNumConcatenated() != 1 || Sql.Pieces.front().LiteralOffset != 0 ||
      Literal->getByteLength() != Sql.Text.size())
    return FixPlan::none("the query's text is not one literal written at the call; the query "
                         "would be '" +
                         *Limited + "'");
  SourceLocation Insert = Literal->getLocationOfByte(
      static_cast<unsigned>(At), Ctx.getSourceManager(), Ctx.getLangOpts(), Ctx.getTargetInfo());
  std::string Order =
      Select.Ordered ? "" : " (with no ORDER BY, which rows come first is the database's choice)";
  return FixPlan::unsafe({FixItHint::CreateInsertion(Insert, " LIMIT " + Rows)}, {},
                         "let the database send only the rows the program reads" + Order + ": '" +
                         *Limited + "'");
}

} // namespace async_tidy
