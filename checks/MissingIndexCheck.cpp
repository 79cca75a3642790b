//===--- MissingIndexCheck.cpp - async-missing-index ----------------------===//

#include "MissingIndexCheck.h"

#include "ApiIndex.h"
#include "ParseTree.h"
#include "ProjectSchema.h"
#include "QueryColumns.h"
#include "Schema.h"
#include "SqlText.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <map>
#include <set>

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {

/// `CREATE INDEX ON <table> (<column>);`, names quoted where needed.
std::string createIndex(const std::string &Table, const std::string &Column) {
  // Every name quoted: it is what PostgreSQL folded it to, and a keyword
  // (`order`, `user`) stays a name.
  auto Quote = [](llvm::StringRef Name) { return quotedIdentifier(Name.str()); };
  auto [Schema, Name] = llvm::StringRef(Table).rsplit('.');
  std::string Qualified = Name.empty() ? Quote(Schema) : Quote(Schema) + "." + Quote(Name);
  return "CREATE INDEX ON " + Qualified + " (" + Quote(Column) + ");";
}

} // namespace

MissingIndexCheck::MissingIndexCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AsyncCheckBase(Name, Context) {}

MissingIndexCheck::~MissingIndexCheck() = default;

void MissingIndexCheck::registerMatchers(MatchFinder *Finder) {
  if (SchemaFiles->empty())
    return; // no schema: nothing to compare with
  // One match per translation unit: the check walks the code outside system
  // headers once (a call matcher would be tried on every call of them).
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

namespace {
/// The calls with SQL in an argument, outside system headers (templates as
/// written, not each instantiation).
class QueryCalls : public RecursiveASTVisitor<QueryCalls> {
public:
  bool VisitCallExpr(CallExpr *Call) {
    if (sqlOf(Call))
      Calls.push_back(Call);
    return true;
  }
  std::vector<const CallExpr *> Calls;
};
} // namespace

void MissingIndexCheck::onEndOfTranslationUnit() {
  Index.reset();
  Ctx = nullptr;
  AsyncCheckBase::onEndOfTranslationUnit();
}

void MissingIndexCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Unit = Result.Nodes.getNodeAs<TranslationUnitDecl>("unit");
  const SourceManager &SM = *Result.SourceManager;
  QueryCalls Found;
  for (Decl *D : Unit->decls())
    if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      Found.TraverseDecl(D);
  if (Found.Calls.empty())
    return;
  Ctx = Result.Context;
  // The catalog's index of the unit (name lookups of every entry), only
  // for a unit with SQL in it.
  Index = std::make_unique<ApiIndex>(effectiveCatalog(), *Ctx);
  const Schema *S = projectSchema("SchemaFiles", *SchemaFiles, tidyContext());
  if (!S)
    return;
  for (const CallExpr *Call : Found.Calls)
    checkCall(Call, *S);
}

void MissingIndexCheck::checkCall(const CallExpr *Call, const Schema &S) {
  const IoCall *Io = Index->ioCall(Call);
  if (!Io || Io->Kind != IoKind::Database)
    return;
  unsigned Arg = Io->QueryArg.value_or(0);
  if (Arg >= Call->getNumArgs())
    return;
  if (std::optional<BuiltSql> Sql = builtSql(Call->getArg(Arg)))
    checkQuery(*Sql, S);
}

namespace {

/// Whether the schema's table has the column: a name it does not know (a
/// string in double quotes, as SQLite allows) is no column to index.
bool hasColumn(const Table &T, const std::string &Column) {
  return std::find(T.Columns.begin(), T.Columns.end(), Column) != T.Columns.end();
}

/// The join pairs of `Q`, by the two tables they join.
std::map<std::pair<std::string, std::string>,
         std::vector<std::pair<const ColumnUse *, const ColumnUse *>>>
joinsByTables(const QueryColumns &Q) {
  std::map<std::pair<std::string, std::string>,
           std::vector<std::pair<const ColumnUse *, const ColumnUse *>>>
      Joins;
  for (size_t I = 0; I + 1 < Q.Uses.size(); ++I) {
    const ColumnUse &Left = Q.Uses[I], &Right = Q.Uses[I + 1];
    if (Left.Role != ColumnRole::Join || Right.Role != ColumnRole::Join)
      continue;
    Joins[std::minmax(Left.Table, Right.Table)].push_back({&Left, &Right});
    ++I; // the pair's second column
  }
  return Joins;
}

} // namespace

void MissingIndexCheck::checkQuery(const BuiltSql &Sql, const Schema &S) {
  auto Read = queryColumns(Sql.Text);
  const QueryColumns *Q = std::get_if<QueryColumns>(&Read);
  if (!Q || !Q->Complete)
    return; // what the columns are is not told: never reported
  // A table is served when an index leads with one of the columns its WHERE
  // fixes, when those fix a unique key, or (with a LIMIT) when an index
  // leads with its ORDER BY column; and when it is joined on a column an
  // index of it leads to a table that is served (reached by index lookups).
  std::map<std::string, std::vector<const ColumnUse *>> ByTable;
  for (const ColumnUse &U : Q->Uses)
    ByTable[U.Table].push_back(&U);
  // A partial index serves only a query that restates its condition.
  const std::vector<std::string> NoConditions;
  auto Leads = [&](const Table &T, const ColumnUse &U) {
    auto Conditions = Q->Conditions.find(U.Table);
    return T.hasIndexLeadingWith(U.Column, Conditions == Q->Conditions.end() ? NoConditions
                                                                             : Conditions->second);
  };
  std::set<std::string> Served;
  for (const auto &[TableName, Uses] : ByTable) {
    const Table *T = S.table(TableName);
    if (!T)
      continue;
    std::vector<std::string> Fixed;
    bool Indexed = false;
    for (const ColumnUse *U : Uses) {
      if (U->Role == ColumnRole::Filter)
        Fixed.push_back(U->Column);
      if (U->Role == ColumnRole::Filter || (U->Role == ColumnRole::Sort && Q->Limited))
        Indexed |= Leads(*T, *U);
    }
    if (Indexed || (!Fixed.empty() && T->isUniquelyKeyedBy(Fixed)))
      Served.insert(TableName);
  }
  auto Joins = joinsByTables(*Q);
  for (bool Grew = true; Grew;) {
    Grew = false;
    for (const auto &[Tables, Pairs] : Joins)
      for (const auto &[Left, Right] : Pairs)
        for (auto [From, To] : {std::make_pair(Left, Right), std::make_pair(Right, Left)}) {
          const Table *T = S.table(To->Table);
          if (Served.count(From->Table) && !Served.count(To->Table) && T && Leads(*T, *To))
            Grew |= Served.insert(To->Table).second;
        }
  }
  for (const auto &[TableName, Uses] : ByTable) {
    const Table *T = S.table(TableName);
    if (!T || Served.count(TableName))
      continue;
    const ColumnUse *FirstFilter = nullptr;
    bool Unknown = false;
    for (const ColumnUse *U : Uses) {
      if (U->Role == ColumnRole::Sort)
        continue; // may name an output column (`ORDER BY count`)
      Unknown |= !hasColumn(*T, U->Column);
      // `WHERE enabled = true`: an index on a two-valued column would not
      // pick out rows (a partial index would, where one value is rare).
      if (U->Role == ColumnRole::Filter && !FirstFilter && !T->BooleanColumns.count(U->Column))
        FirstFilter = U;
    }
    if (FirstFilter && !Unknown)
      reportFilter(Sql, *FirstFilter);
  }
  // Joins: two tables joined on columns none of which leads an index of
  // its table (a key over several join columns serves them all).
  for (const auto &[Tables, Pairs] : Joins) {
    const Table *A = S.table(Pairs.front().first->Table);
    const Table *B = S.table(Pairs.front().second->Table);
    if (!A || !B)
      continue;
    bool Served = false, Unknown = false;
    for (const auto &[Left, Right] : Pairs) {
      const Table &OfLeft = Left->Table == Pairs.front().first->Table ? *A : *B;
      const Table &OfRight = &OfLeft == A ? *B : *A;
      Unknown |= !hasColumn(OfLeft, Left->Column) || !hasColumn(OfRight, Right->Column);
      Served |= Leads(OfLeft, *Left) || Leads(OfRight, *Right);
    }
    if (!Served && !Unknown)
      reportJoin(Sql, *Pairs.front().first, *Pairs.front().second);
  }
}

SourceLocation MissingIndexCheck::locationIn(const BuiltSql &Sql, int Offset) const {
  // Inside the literal where the column is written; at the literal when it
  // is spread over several tokens or comes from a macro.
  const BuiltSql::Piece *Piece = Offset >= 0 ? Sql.pieceAt(Offset) : nullptr;
  if (!Piece)
    return Sql.Pieces.front().Literal->getBeginLoc();
  const StringLiteral *Literal = Piece->Literal;
  if (Literal->getNumConcatenated() != 1 || Literal->getBeginLoc().isMacroID())
    return Literal->getBeginLoc();
  return Literal->getLocationOfByte(Piece->LiteralOffset + (Offset - Piece->TextOffset),
                                    Ctx->getSourceManager(), Ctx->getLangOpts(),
                                    Ctx->getTargetInfo());
}

/// Where the finding goes: at the column in the SQL when that is in the
/// file of the call; at the call's query otherwise (a constant of a header
/// the header filter may leave out), with a note at the column.
SourceLocation MissingIndexCheck::reportAt(const BuiltSql &Sql, SourceLocation Column) const {
  const SourceManager &SM = Ctx->getSourceManager();
  SourceLocation Query = SM.getFileLoc(Sql.Argument->getBeginLoc());
  return SM.isWrittenInSameFile(SM.getFileLoc(Column), Query) ? Column : Query;
}

void MissingIndexCheck::noteColumn(SourceLocation At, SourceLocation Column, const ColumnUse &Use) {
  if (At != Column)
    diag(Column, "column '%0' is named here", DiagnosticIDs::Note) << Use.Column;
}

void MissingIndexCheck::reportFilter(const BuiltSql &Sql, const ColumnUse &Use) {
  SourceLocation Column = locationIn(Sql, Use.Location);
  SourceLocation At = reportAt(Sql, Column);
  if (!shouldReportAt(At))
    return;
  diag(At, "query filters table '%0' by column '%1', which no index of the schema leads; "
           "every run reads the whole table")
      << Use.Table << Use.Column;
  diag(At, std::string(MigrationNotePrefix) + "%0", DiagnosticIDs::Note)
      << createIndex(Use.Table, Use.Column);
  noteColumn(At, Column, Use);
}

void MissingIndexCheck::reportJoin(const BuiltSql &Sql, const ColumnUse &Left,
                                   const ColumnUse &Right) {
  SourceLocation Column = locationIn(Sql, Left.Location);
  SourceLocation At = reportAt(Sql, Column);
  if (!shouldReportAt(At))
    return;
  diag(At, "query joins '%0.%1' to '%2.%3', and no index of the schema leads either column")
      << Left.Table << Left.Column << Right.Table << Right.Column;
  diag(At, std::string(MigrationNotePrefix) + "%0", DiagnosticIDs::Note)
      << createIndex(Left.Table, Left.Column);
  noteColumn(At, Column, Left);
}

} // namespace async_tidy
