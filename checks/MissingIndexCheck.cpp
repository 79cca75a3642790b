//===--- MissingIndexCheck.cpp - async-missing-index ----------------------===//

#include "MissingIndexCheck.h"

#include "ApiIndex.h"
#include "CatalogConfig.h"
#include "QueryColumns.h"
#include "Schema.h"
#include "SqlText.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <map>
#include <mutex>

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {

/// "v10.sql" after "v2.sql": digit runs compare by value.
bool naturalLess(llvm::StringRef A, llvm::StringRef B) {
  size_t I = 0, J = 0;
  while (I < A.size() && J < B.size()) {
    if (llvm::isDigit(A[I]) && llvm::isDigit(B[J])) {
      size_t EndA = I, EndB = J;
      while (EndA < A.size() && llvm::isDigit(A[EndA]))
        ++EndA;
      while (EndB < B.size() && llvm::isDigit(B[EndB]))
        ++EndB;
      llvm::StringRef NumA = A.slice(I, EndA).ltrim('0'), NumB = B.slice(J, EndB).ltrim('0');
      if (NumA.size() != NumB.size())
        return NumA.size() < NumB.size();
      if (NumA != NumB)
        return NumA < NumB;
      I = EndA, J = EndB;
      continue;
    }
    if (A[I] != B[J])
      return A[I] < B[J];
    ++I, ++J;
  }
  return A.size() - I < B.size() - J;
}

/// The .sql files a SchemaFiles entry names: the file, or a directory's
/// *.sql files in natural order.
std::vector<std::string> sqlFilesOf(const std::string &Path) {
  if (!llvm::sys::fs::is_directory(Path))
    return {Path};
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC; It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".sql"))
      Files.push_back(It->path());
  std::sort(Files.begin(), Files.end(), naturalLess);
  return Files;
}

struct LoadedSchema {
  std::unique_ptr<Schema> Value; ///< Null when a file could not be read.
  std::string Error;
};

/// The schema of these files, read once per process: every translation unit
/// of a run asks for the same files.
const LoadedSchema &loadSchema(const std::vector<std::string> &Files) {
  static std::mutex Lock;
  static std::map<std::vector<std::string>, LoadedSchema> Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  auto [It, Inserted] = Cache.try_emplace(Files);
  if (!Inserted)
    return It->second;
  auto S = std::make_unique<Schema>();
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      It->second.Error = "cannot read schema file '" + File + "': " + Buffer.getError().message();
      return It->second;
    }
    S->applyFile((*Buffer)->getBuffer().str());
  }
  It->second.Value = std::move(S);
  return It->second;
}

/// `CREATE INDEX ON <table> (<column>);`, names quoted where needed.
std::string createIndex(const std::string &Table, const std::string &Column) {
  auto Quote = [](llvm::StringRef Name) {
    bool Plain =
        !Name.empty() && (llvm::isLower(Name[0]) || Name[0] == '_') &&
        llvm::all_of(Name, [](char C) { return llvm::isLower(C) || llvm::isDigit(C) || C == '_'; });
    return Plain ? Name.str() : "\"" + Name.str() + "\"";
  };
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

const Schema *MissingIndexCheck::schema() {
  std::vector<std::string> Files;
  llvm::SmallVector<llvm::StringRef> Entries;
  llvm::StringRef(*SchemaFiles).split(Entries, ';', -1, /*KeepEmpty=*/false);
  // The directory of the .clang-tidy that sets the option (the whole value
  // resolved, less the value), and each entry against it.
  std::string Resolved =
      resolveOptionPath("SchemaFiles", *SchemaFiles, tidyContext()->getCurrentFile());
  llvm::StringRef Base = llvm::sys::path::is_absolute(*SchemaFiles)
                             ? llvm::StringRef()
                             : llvm::StringRef(Resolved).drop_back(SchemaFiles->size());
  for (llvm::StringRef Entry : Entries) {
    llvm::SmallString<256> Full(llvm::sys::path::is_absolute(Entry.trim()) ? "" : Base);
    llvm::sys::path::append(Full, Entry.trim());
    for (std::string &File : sqlFilesOf(std::string(Full)))
      Files.push_back(std::move(File));
  }
  const LoadedSchema &Loaded = loadSchema(Files);
  if (!Loaded.Value)
    CatalogConfig::reportOnce(tidyContext(), Loaded.Error);
  return Loaded.Value.get();
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
  const Schema *S = schema();
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
  const StringLiteral *Sql = literalArgument(Call->getArg(Arg));
  if (Sql && Sql->isOrdinary())
    checkQuery(Sql, S);
}

void MissingIndexCheck::checkQuery(const StringLiteral *Sql, const Schema &S) {
  auto Read = queryColumns(Sql->getString().str());
  const QueryColumns *Q = std::get_if<QueryColumns>(&Read);
  if (!Q || !Q->Complete)
    return; // what the columns are is not told: never reported
  // Filters: a table is served when one of the columns its WHERE fixes
  // leads an index, or they fix a unique key.
  std::map<std::string, std::vector<const ColumnUse *>> FiltersByTable;
  for (const ColumnUse &U : Q->Uses)
    if (U.Role == ColumnRole::Filter)
      FiltersByTable[U.Table].push_back(&U);
  for (const auto &[TableName, Filters] : FiltersByTable) {
    const Table *T = S.table(TableName);
    if (!T)
      continue;
    std::vector<std::string> Columns;
    bool Served = false;
    for (const ColumnUse *U : Filters) {
      Columns.push_back(U->Column);
      Served |= T->hasIndexLeadingWith(U->Column);
    }
    if (!Served && !T->isUniquelyKeyedBy(Columns))
      reportFilter(Sql, *Filters.front());
  }
  // Joins: `a.x = b.y` needs an index leading either side.
  for (size_t I = 0; I + 1 < Q->Uses.size(); ++I) {
    const ColumnUse &Left = Q->Uses[I], &Right = Q->Uses[I + 1];
    if (Left.Role != ColumnRole::Join || Right.Role != ColumnRole::Join)
      continue;
    ++I; // the pair
    const Table *A = S.table(Left.Table), *B = S.table(Right.Table);
    if (A && B && !A->hasIndexLeadingWith(Left.Column) && !B->hasIndexLeadingWith(Right.Column))
      reportJoin(Sql, Left, Right);
  }
}

SourceLocation MissingIndexCheck::locationIn(const StringLiteral *Sql, int Offset) const {
  // Inside the literal where the column is written; at the literal when the
  // text is spread over several tokens or comes from a macro.
  if (Sql->getNumConcatenated() == 1 && !Sql->getBeginLoc().isMacroID() && Offset >= 0 &&
      static_cast<unsigned>(Offset) < Sql->getLength())
    return Sql->getLocationOfByte(Offset, Ctx->getSourceManager(), Ctx->getLangOpts(),
                                  Ctx->getTargetInfo());
  return Sql->getBeginLoc();
}

void MissingIndexCheck::reportFilter(const StringLiteral *Sql, const ColumnUse &Use) {
  if (!shouldReportAt(Sql->getSourceRange()))
    return;
  SourceLocation At = locationIn(Sql, Use.Location);
  diag(At, "query filters table '%0' by column '%1', which no index of the schema leads; "
           "every run reads the whole table")
      << Use.Table << Use.Column;
  diag(At, "index it with a migration: %0", DiagnosticIDs::Note)
      << createIndex(Use.Table, Use.Column);
}

void MissingIndexCheck::reportJoin(const StringLiteral *Sql, const ColumnUse &Left,
                                   const ColumnUse &Right) {
  if (!shouldReportAt(Sql->getSourceRange()))
    return;
  SourceLocation At = locationIn(Sql, Left.Location);
  diag(At, "query joins '%0.%1' to '%2.%3', and no index of the schema leads either column")
      << Left.Table << Left.Column << Right.Table << Right.Column;
  diag(At, "index it with a migration: %0", DiagnosticIDs::Note)
      << createIndex(Left.Table, Left.Column);
}

} // namespace async_tidy
