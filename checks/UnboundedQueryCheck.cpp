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
#include <variant>

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {

/// The call a variable's initializer is, through `co_await`, copies and
/// implicit conversions: `auto rows = co_await db->execSqlCoro(...)`.
const CallExpr *initializingCall(const Expr *Init) {
  while (Init) {
    Init = Init->IgnoreImplicit()->IgnoreParens();
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
  TruncatedResults(const llvm::StringSet<> &RowCountFunctions,
                   const llvm::StringSet<> &FieldReaders)
      : RowCountFunctions(RowCountFunctions), FieldReaders(FieldReaders) {}

  bool VisitVarDecl(VarDecl *V) {
    if (!V->hasLocalStorage() || isa<ParmVarDecl>(V))
      return true;
    if (const CallExpr *Call = initializingCall(V->getInit()); Call && sqlOf(Call))
      Queries[V] = {Call, nullptr};
    return true;
  }
  /// C style: `PGresult *res; ... res = PQexec(...);` (or `= NULL` first).
  /// Another assignment of it is a use the truncation is not
  /// (usedOnlyThere).
  bool VisitBinaryOperator(BinaryOperator *Assign) {
    const VarDecl *V = namedVariable(Assign->getLHS());
    if (Assign->getOpcode() != BO_Assign || !V || !V->hasLocalStorage() || isa<ParmVarDecl>(V) ||
        (V->getInit() && !V->getInit()->isNullPointerConstant(V->getASTContext(),
                                                              Expr::NPC_ValueDependentIsNotNull)))
      return true;
    if (const CallExpr *Call = initializingCall(Assign->getRHS()); Call && sqlOf(Call))
      Queries[V] = {Call, Assign};
    return true;
  }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *Loop) {
    const VarDecl *Rows = namedVariable(Loop->getRangeInit());
    const CallExpr *Query = queryOf(Rows);
    if (!Query)
      return true;
    if (std::optional<RowTruncation> Truncation = counterBreakOf(Loop, Rows))
      add(Query, Rows, Truncation);
    else if (std::optional<RowFilter> Filter = skipFilterOf(Loop, Rows, FieldReaders))
      add(Query, Rows, RowTruncation{Loop, nullptr, 0, Loop->getRangeInit(), nullptr}, Filter);
    return true;
  }
  bool VisitForStmt(ForStmt *Loop) {
    // The rows an index loop reads are named in its test.
    const VarDecl *Rows = queryRowsIn(Loop->getCond());
    if (const CallExpr *Query = queryOf(Rows)) {
      add(Query, Rows, indexLoopTruncationOf(Loop, Rows, RowCountFunctions));
    }
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    for (const Expr *Arg : Call->arguments())
      if (const VarDecl *Rows = viewedRows(Arg); const CallExpr *Query = queryOf(Rows))
        add(Query, Rows, takeOf(Call, Rows));
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
    return It == Queries.end() ? nullptr : It->second.Call;
  }
  void add(const CallExpr *Query, const VarDecl *Rows, std::optional<RowTruncation> T,
           std::optional<RowFilter> Filter = std::nullopt) {
    if (T)
      Found.push_back({Query, Rows, Queries.at(Rows).Assignment, *T, Filter});
  }

  struct Query {
    const CallExpr *Call;
    const Stmt *Assignment; ///< Null when the declaration initializes it.
  };

  const llvm::StringSet<> &RowCountFunctions;
  const llvm::StringSet<> &FieldReaders;
  /// By the variable that holds the result. The walk meets a declaration
  /// or assignment before the loops after it that read the variable.
  std::map<const VarDecl *, Query> Queries;
};

/// The source text of `E` as written in the file: macros by their names
/// (`SEARCH_RESULT_ITEMS_MAX`, `page * PAGE`); "" when it is part of a
/// macro's own text.
std::string spelling(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM, Ctx.getLangOpts());
  if (Range.isInvalid())
    return "";
  return Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).str();
}

/// The numbers that add up to the rows the program reads: a page's rows
/// skipped, if any, and the rows kept.
std::vector<const Expr *> rowsReadParts(const RowTruncation &T) {
  if (T.Skipped)
    return {T.Skipped, T.Kept};
  return {T.Kept};
}

/// The number of rows the program reads, when it is a constant.
std::optional<int64_t> constantRowsRead(const RowTruncation &T, const ASTContext &Ctx) {
  int64_t Sum = T.ExtraRows;
  for (const Expr *Part : rowsReadParts(T)) {
    std::optional<llvm::APSInt> Value = Part->getIntegerConstantExpr(Ctx);
    if (!Value || Value->getActiveBits() > 32)
      return std::nullopt;
    Sum += Value->getExtValue();
  }
  return Sum;
}

/// The argument that binds a LIMIT placeholder to the rows read. PostgreSQL
/// types the placeholder bigint, and a client that sends integers in
/// binary at their own size (Drogon) must send 8 bytes.
std::string limitArgument(const RowTruncation &T, const ASTContext &Ctx) {
  std::string Sum;
  for (const Expr *Part : rowsReadParts(T)) {
    std::string Text = spelling(Part, Ctx);
    // Widen what is narrower than 64 bits; a constant widens with the rest.
    if (Ctx.getTypeSize(Part->IgnoreParenImpCasts()->getType()) < 64 &&
        !Part->isIntegerConstantExpr(Ctx))
      Text = Ctx.getLangOpts().CPlusPlus ? "static_cast<long long>(" + Text + ")"
                                         : "(long long)(" + Text + ")";
    Sum += (Sum.empty() ? "" : " + ") + Text;
  }
  return T.ExtraRows ? Sum + " + " + std::to_string(T.ExtraRows) : Sum;
}

/// How a message names a number of rows: `10`, `'limit'`.
std::string keptText(const Expr *Kept, const ASTContext &Ctx) {
  std::string Text = spelling(Kept, Ctx);
  if (Text.empty()) {
    std::optional<llvm::APSInt> Value = Kept->getIntegerConstantExpr(Ctx);
    return Value ? llvm::toString(*Value, 10) : "N";
  }
  bool Number = llvm::all_of(Text, [](char C) { return llvm::isDigit(C); });
  return Number ? Text : "'" + Text + "'";
}

/// How many rows the program reads at most (N, or N and the row the loop
/// breaks on, or a page's rows skipped and kept): `10`, `'pageSize' + 1`,
/// `'offset' + 'limit'`.
std::string rowsReadText(const RowTruncation &T, const ASTContext &Ctx) {
  if (std::optional<int64_t> Constant = constantRowsRead(T, Ctx))
    return std::to_string(*Constant);
  std::string Sum;
  for (const Expr *Part : rowsReadParts(T)) {
    std::string Text = spelling(Part, Ctx);
    Sum += (Sum.empty() ? "" : " + ") + (Text.empty() ? "N" : Text);
  }
  Sum = "'" + Sum + "'";
  return T.ExtraRows ? Sum + " + " + std::to_string(T.ExtraRows) : Sum;
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
  const Catalog &Cat = effectiveCatalog();
  llvm::StringSet<> RowCountFunctions;
  for (const BatchQuery &Batch : Cat.BatchQueries)
    if (!Batch.RowCount.empty())
      RowCountFunctions.insert(Batch.RowCount);
  llvm::StringSet<> FieldReaders;
  for (const std::string &Reader : Cat.FieldReaders)
    FieldReaders.insert(Reader);
  TruncatedResults Walk(RowCountFunctions, FieldReaders);
  for (Decl *D : Unit->decls())
    if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      Walk.TraverseDecl(D);
  if (Walk.Found.empty())
    return;
  ApiIndex Index(Cat, *Result.Context);
  const Schema *S =
      SchemaFiles->empty() ? nullptr : projectSchema("SchemaFiles", *SchemaFiles, tidyContext());
  ResultKnowledge Known = resultKnowledge(Cat);
  for (const Candidate &C : Walk.Found)
    if (isWholeResultTruncated(C, Known, *Result.Context))
      checkCandidate(C, Index, S, *Result.Context);
}

UnboundedQueryCheck::ResultKnowledge UnboundedQueryCheck::resultKnowledge(const Catalog &Cat) {
  ResultKnowledge Known;
  for (const BatchQuery &Batch : Cat.BatchQueries) {
    if (!Batch.Release.empty())
      Known.Calls.WholeResult.insert(Batch.Release);
    for (const std::string &Reader : Batch.ResultReaders)
      Known.Calls.WholeResult.insert(Reader);
    for (const std::string &Reader : Batch.RowReaders)
      Known.Calls.RowReaders.insert(Reader);
    if (!Batch.RowType.empty())
      Known.RowTypes.insert(Batch.RowType);
  }
  for (const ResourcePair &Pair : Cat.Resources)
    for (const std::string &Release : Pair.Release)
      Known.Calls.WholeResult.insert(Release);
  return Known;
}

bool UnboundedQueryCheck::isWholeResultTruncated(const Candidate &C, const ResultKnowledge &Known,
                                                 ASTContext &Ctx) const {
  // One row (libpqxx's exec1) is no result of rows: its size() counts
  // fields.
  QualType Type = C.Rows->getType().getNonReferenceType().getUnqualifiedType();
  if (const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
      Record && Known.RowTypes.contains(Record->getQualifiedNameAsString()))
    return false;
  // A number of rows that is no real bound (0, or so large the loop reads
  // everything) says nothing.
  if (const Expr *N = C.Truncation.Kept)
    if (std::optional<llvm::APSInt> Kept = N->getIntegerConstantExpr(Ctx))
      if (Kept->isNegative() || *Kept < 1 || Kept->getActiveBits() > 31)
        return false;
  // A page's rows skipped: a constant is at least 0, and all read fit.
  if (const Expr *Skipped = C.Truncation.Skipped)
    if (std::optional<llvm::APSInt> Value = Skipped->getIntegerConstantExpr(Ctx);
        Value && (Value->isNegative() || Value->getActiveBits() > 31))
      return false;
  if (C.Truncation.Kept)
    if (std::optional<int64_t> Read = constantRowsRead(C.Truncation, Ctx);
        Read && *Read > INT32_MAX)
      return false;
  return usedOnlyThere(C.Rows, C.Truncation, C.Assignment, Known.Calls);
}

bool UnboundedQueryCheck::selectsWholeTables(const UnboundedSelect &Select, const Schema *S) const {
  if (!Select.Complete)
    return false; // which table a column belongs to is not told
  for (const std::string &TableName : Select.Tables) {
    std::vector<std::string> Fixed;
    for (const ColumnUse &Use : Select.Fixed)
      if (Use.Table == TableName)
        Fixed.push_back(Use.Column);
    if (Fixed.empty())
      continue;
    // Fixing a unique key returns one row of that table (joined to others,
    // maybe more: not reported either way); without the table's keys, any
    // fixed column may be one.
    const Table *T = S ? S->table(TableName) : nullptr;
    if (!T || T->isUniquelyKeyedBy(Fixed))
      return false;
  }
  return true;
}

void UnboundedQueryCheck::checkCandidate(const Candidate &C, const ApiIndex &Index, const Schema *S,
                                         ASTContext &Ctx) {
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
  if (C.Filter) {
    reportFilter(C, *Select, At, Ctx);
    return;
  }
  diag(At, "query returns every row it selects from table '%0', and the program reads at most %1 "
           "of them; the database still reads and sends them all")
      << Select->Tables.front() << rowsReadText(C.Truncation, Ctx);
  diag(SM.getFileLoc(C.Truncation.Site->getBeginLoc()), "the program stops reading rows here",
       DiagnosticIDs::Note);
  emitFixNote(limitFix(C.Query, *Io, *Sql, *Select, C.Truncation, Ctx), At);
}

namespace {

/// The value a filter compares with, as SQL: a quoted string, a number, or
/// the query's next placeholder (`$2`, and `Bound` says what binds it).
std::string sqlValue(const Expr *Value, int HighestParameter, const ASTContext &Ctx,
                     std::string &Bound) {
  if (const auto *Text = dyn_cast<StringLiteral>(Value)) {
    std::string Quoted = "'";
    for (char C : Text->getString()) {
      Quoted += C;
      if (C == '\'')
        Quoted += C; // SQL doubles a quote inside a string
    }
    return Quoted + "'";
  }
  if (std::optional<llvm::APSInt> Number = Value->getIntegerConstantExpr(Ctx))
    return llvm::toString(*Number, 10);
  std::string Placeholder = "$" + std::to_string(HighestParameter + 1);
  Bound = " with " + Placeholder + " bound to " + keptText(Value, Ctx);
  return Placeholder;
}

} // namespace

void UnboundedQueryCheck::reportFilter(const Candidate &C, const UnboundedSelect &Select,
                                       SourceLocation At, ASTContext &Ctx) {
  const RowFilter &Filter = *C.Filter;
  // The column is the one table's own (not an alias), the WHERE does not
  // test it already, and dropping rows changes no other row (a window
  // function's numbers, an OFFSET, a DISTINCT).
  if (Select.Tables.size() != 1 || !Select.selectsAsItself(Filter.Column) ||
      llvm::is_contained(Select.WhereColumns, Filter.Column) || Select.RowsDependOnEachOther)
    return;
  std::string Bound;
  std::string Value = sqlValue(Filter.Value, Select.HighestParameter, Ctx, Bound);
  // The message names a literal as SQL says it, a variable by its name.
  std::string Said = Bound.empty() ? Value : "the value of " + keptText(Filter.Value, Ctx);
  diag(At, "query returns every row it selects from table '%0', and the program keeps only the "
           "rows whose '%1' is %2%3; the database still reads and sends them all")
      << Select.Tables.front() << Filter.Column << (Filter.SkipsEqual ? "not " : "") << Said;
  const SourceManager &SM = Ctx.getSourceManager();
  diag(SM.getFileLoc(Filter.Skip->getBeginLoc()), "the program skips rows here",
       DiagnosticIDs::Note);
  std::string Predicate =
      sqlIdentifier(Filter.Column) + (Filter.SkipsEqual ? " IS DISTINCT FROM " : " = ") + Value;
  std::string Where =
      !Select.HasWhere ? "add 'WHERE " + Predicate + "' to the query"
      : Select.WhereIsOr
          ? "put the query's WHERE condition in parentheses and add 'AND " + Predicate + "'"
          : "add 'AND " + Predicate + "' to the query's WHERE clause";
  emitFixNote(FixPlan::none("the database compares by its own rules (NULL, collation), so the "
                            "edit is left to you: " +
                            Where + Bound),
              At);
}

namespace {

/// The call's own SQL literal, which a fix may edit; else why not.
std::variant<const StringLiteral *, std::string> editableLiteral(const BuiltSql &Sql) {
  const StringLiteral *Literal = literalArgument(Sql.Argument);
  // Only the call's own literal is edited: a constant may serve other calls,
  // and a macro other places.
  if (Literal && Literal->getBeginLoc().isMacroID())
    return std::string("the query's text is written in a macro");
  if (!Literal || Sql.Pieces.size() != 1 || Sql.Pieces.front().Literal != Literal ||
      Literal->getNumConcatenated() != 1 || Sql.Pieces.front().LiteralOffset != 0 ||
      Literal->getByteLength() != Sql.Text.size())
    return std::string("the query's text is not one literal written at the call");
  return Literal;
}

/// Whether `E`, a part of the rows read (`Part`), has at the query the
/// value it has where the program reads rows: it is built, through casts
/// and arithmetic, from constants and from integer variables declared
/// before the query that nothing but `Part` itself writes or binds.
bool sameAtQuery(const Expr *Part, const Expr *E, const CallExpr *Query, const ASTContext &Ctx) {
  E = E->IgnoreParenCasts();
  if (E->isIntegerConstantExpr(Ctx))
    return true;
  if (const VarDecl *V = namedVariable(E))
    return keepsItsValue(V, Part) && V->getType()->isIntegerType() &&
           V->getLocation() < Query->getBeginLoc();
  const auto *Binary = dyn_cast<BinaryOperator>(E);
  return Binary && (Binary->isAdditiveOp() || Binary->isMultiplicativeOp()) &&
         sameAtQuery(Part, Binary->getLHS(), Query, Ctx) &&
         sameAtQuery(Part, Binary->getRHS(), Query, Ctx);
}

/// Why a variable number of rows read cannot be passed as the query's next
/// parameter, if it cannot: the call takes its parameters as the arguments
/// after the SQL (the catalog's `parameters_follow`), one per placeholder,
/// and the number is built from variables that hold the same value at the
/// query.
std::optional<std::string> cannotPassAsParameter(const CallExpr *Query, const IoCall &Io,
                                                 const UnboundedSelect &Select,
                                                 const RowTruncation &T, const ASTContext &Ctx) {
  if (!Io.ParametersFollow)
    return std::string("the call does not take its parameters as the arguments after the SQL");
  unsigned Following = Query->getNumArgs() - Io.QueryArg.value_or(0) - 1;
  bool Defaulted =
      llvm::any_of(Query->arguments(), [](const Expr *Arg) { return isa<CXXDefaultArgExpr>(Arg); });
  if (Following != static_cast<unsigned>(Select.HighestParameter) || Defaulted ||
      Query->getEndLoc().isMacroID())
    return std::string("the call's arguments are not one per placeholder");
  for (const Expr *Part : rowsReadParts(T))
    if (!sameAtQuery(Part, Part, Query, Ctx) || spelling(Part, Ctx).empty())
      return std::string("the number of rows read is not built from variables that keep their "
                         "values from the query on");
  return std::nullopt;
}

} // namespace

FixPlan UnboundedQueryCheck::limitFix(const CallExpr *Query, const IoCall &Io, const BuiltSql &Sql,
                                      const UnboundedSelect &Select, const RowTruncation &T,
                                      ASTContext &Ctx) const {
  // isWholeResultTruncated took only constants from 1 to 2^31 - 1.
  std::optional<int64_t> Constant = constantRowsRead(T, Ctx);
  bool Variable = !Constant;
  // A constant goes into the text; a variable is the query's next parameter.
  std::string Limit =
      Variable ? "$" + std::to_string(Select.HighestParameter + 1) : std::to_string(*Constant);
  size_t At = 0;
  std::optional<std::string> Limited = withLimit(Sql.Text, " LIMIT " + Limit, At);
  if (!Limited)
    return FixPlan::none("a LIMIT cannot be added at the end of the query's text (it ends in a "
                         "comment, or is not read as the same query)");
  std::string Bound = Variable ? " with " + Limit + " bound to " + rowsReadText(T, Ctx) : "";
  std::string Why;
  auto Literal = editableLiteral(Sql);
  if (const std::string *Not = std::get_if<std::string>(&Literal))
    Why = *Not;
  else if (Variable)
    Why = cannotPassAsParameter(Query, Io, Select, T, Ctx).value_or("");
  if (!Why.empty())
    return FixPlan::none(Why + "; the query would be '" + *Limited + "'" + Bound);
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<FixItHint> Edits = {FixItHint::CreateInsertion(
      std::get<const StringLiteral *>(Literal)->getLocationOfByte(
          static_cast<unsigned>(At), SM, Ctx.getLangOpts(), Ctx.getTargetInfo()),
      " LIMIT " + Limit)};
  if (Variable)
    Edits.push_back(FixItHint::CreateInsertion(
        Lexer::getLocForEndOfToken(Query->getArg(Query->getNumArgs() - 1)->getEndLoc(), 0, SM,
                                   Ctx.getLangOpts()),
        ", " + limitArgument(T, Ctx)));
  std::string Order =
      Select.Ordered ? "" : " (with no ORDER BY, which rows come first is the database's choice)";
  return FixPlan::unsafe(std::move(Edits), {},
                         "let the database send only the rows the program reads" + Order + ": '" +
                             *Limited + "'" + Bound);
}

} // namespace async_tidy
