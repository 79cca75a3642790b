//===--- SqlText.cpp - What SQL written in a call's arguments says --------===//

#include "SqlText.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

using namespace clang;

namespace async_tidy {

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

namespace {
/// The variable `E` names when it cannot change after its initializer:
/// constexpr, or of const type (`const char sql[]` too). A parameter's
/// initializer is only its default, not its value.
const VarDecl *constantVariable(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || isa<ParmVarDecl>(Var) || !Var->getInit() ||
      !(Var->isConstexpr() || Var->getType().isConstant(Var->getASTContext())))
    return nullptr;
  return Var;
}

/// The literal an argument is, through conversions to std::string and
/// constant variables (`static constexpr auto query = "INSERT ..."`). For
/// reading the text, not for editing it: the literal may be far from the
/// call.
const StringLiteral *constantText(const Expr *Arg) {
  for (int Depth = 0; Arg && Depth < 6; ++Depth) {
    Arg = Arg->IgnoreImplicit()->IgnoreParens();
    if (const auto *Literal = dyn_cast<StringLiteral>(Arg))
      return Literal;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Arg))
      Arg = Construct->getNumArgs() ? Construct->getArg(0) : nullptr;
    else if (const VarDecl *Var = constantVariable(Arg))
      Arg = Var->getInit();
    else
      return nullptr;
  }
  return nullptr;
}

/// The statement a literal holds, if it starts with an SQL verb.
std::optional<SqlText> sqlIn(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 16> Words;
  llvm::SplitString(Text, Words, " \t\n\r,;()");
  if (Words.empty())
    return std::nullopt;
  std::string Verb = Words.front().lower();
  static const char *ReadVerbs[] = {"select", "with", "show", "explain"};
  static const char *WriteVerbs[] = {"insert", "update", "delete",   "upsert", "create",
                                     "drop",   "alter",  "truncate", "merge",  "replace"};
  bool IsWrite = llvm::is_contained(WriteVerbs, Verb);
  if (!IsWrite && !llvm::is_contained(ReadVerbs, Verb))
    return std::nullopt;
  SqlText Sql;
  Sql.Writes = IsWrite;
  for (std::size_t I = 0; I + 1 < Words.size(); ++I) {
    std::string Word = Words[I].lower();
    if (Word == "from" || Word == "into" || Word == "join" || Word == "update" || Word == "table")
      Sql.Tables.push_back(Words[I + 1].lower());
  }
  return Sql;
}
} // namespace

std::optional<SqlText> sqlOf(const CallExpr *Call) {
  for (const Expr *Arg : Call->arguments()) {
    const StringLiteral *Literal = constantText(Arg);
    if (!Literal || !Literal->isOrdinary())
      continue;
    if (std::optional<SqlText> Sql = sqlIn(Literal->getString()))
      return Sql;
  }
  return std::nullopt;
}

std::string batchedSql(llvm::StringRef Sql) {
  llvm::Regex Dollar("=[ ]*\\$([0-9]+)");
  if (Dollar.match(Sql))
    return Dollar.sub("= ANY($\\1)", Sql);
  llvm::Regex Question("=[ ]*\\?");
  if (Question.match(Sql))
    return Question.sub("IN (?, ?, ...)", Sql);
  return "";
}

} // namespace async_tidy
