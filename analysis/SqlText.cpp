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

/// How deep `TextBuilder::append` follows conversions, `+` and constant variables.
constexpr int MaxTextDepth = 12;

} // namespace

bool isStringFormat(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || Callee->getName() != "format")
    return false;
  // Inline namespaces (`fmt::v9`, libc++'s `std::__1`) are not printed.
  std::string Name = Callee->getQualifiedNameAsString();
  return Name == "std::format" || Name == "fmt::format";
}

namespace {

/// `text.c_str()`, `text.data()` on a std::string: the text itself.
const Expr *textOfPointer(const CXXMemberCallExpr &Call) {
  const CXXMethodDecl *Method = Call.getMethodDecl();
  const CXXRecordDecl *Class = Method ? Method->getParent() : nullptr;
  if (!Class || !Class->getIdentifier() || Class->getName() != "basic_string" ||
      !Class->isInStdNamespace() || !Method->getIdentifier() ||
      (Method->getName() != "c_str" && Method->getName() != "data"))
    return nullptr;
  return Call.getImplicitObjectArgument();
}

/// The expression a constructor or conversion copies its text from: the
/// only argument that is written (`std::string("..")`, `std::string_view`,
/// a copy), else null.
const Expr *copiedText(const CXXConstructExpr &Construct) {
  if (Construct.getNumArgs() == 0)
    return nullptr;
  for (unsigned I = 1; I < Construct.getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(Construct.getArg(I)))
      return nullptr; // `std::string(n, 'c')`, `(ptr, len)`: not the text
  return Construct.getArg(0);
}

/// `E` without the implicit nodes and parentheses around it, in any order
/// (`(std::string(..) + "..")` is a temporary inside parentheses inside
/// another temporary).
const Expr *withoutWrappers(const Expr *E) {
  for (const Expr *Before = nullptr; E && E != Before;) {
    Before = E;
    E = E->IgnoreImplicit()->IgnoreParens();
  }
  return E;
}

/// Whether a replacement field at `At` of a format string stands where SQL
/// takes a value: in quotes, after a comparison, `LIKE`, `LIMIT` or
/// `OFFSET`, or in the list of an `IN`, `VALUES` or `ANY`. Elsewhere (a
/// table, a column, `AND {}`, `ORDER BY {}`) a field may change what the
/// query reads, so its text is not told.
bool isValuePosition(llvm::StringRef Format, size_t At) {
  llvm::StringRef Before = Format.take_front(At);
  if (Before.count('\'') % 2 == 1)
    return true; // inside a quoted string
  Before = Before.rtrim();
  if (Before.empty())
    return false;
  char Last = Before.back();
  if (Last == '=' || Last == '<' || Last == '>')
    return true;
  if (Last == '(' || Last == ',') {
    // The list the field is in: the word before its opening parenthesis.
    int Depth = 0;
    for (size_t I = Before.size(); I-- > 0;) {
      if (Before[I] == ')')
        ++Depth;
      else if (Before[I] == '(' && Depth-- == 0) {
        llvm::StringRef Word = Before.take_front(I).rtrim();
        Word = Word.substr(Word.find_last_of(" \t\n(") + 1);
        return Word.equals_insensitive("in") || Word.equals_insensitive("values") ||
               Word.equals_insensitive("any");
      }
    }
    return false;
  }
  llvm::StringRef Word = Before.substr(Before.find_last_of(" \t\n") + 1);
  return Word.equals_insensitive("like") || Word.equals_insensitive("ilike") ||
         Word.equals_insensitive("limit") || Word.equals_insensitive("offset");
}

class TextBuilder {
public:
  explicit TextBuilder(BuiltSql &Out) : Out(Out) {}

  bool append(const Expr *E, int Depth) {
    if (!E || Depth > MaxTextDepth)
      return false;
    E = withoutWrappers(E);
    if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
      if (!Literal->isOrdinary())
        return false;
      appendLiteral(*Literal, 0, Literal->getLength());
      return true;
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
      return append(Cast->getSubExpr(), Depth + 1);
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      return append(copiedText(*Construct), Depth + 1);
    if (const auto *Pointer = dyn_cast<CXXMemberCallExpr>(E))
      return append(textOfPointer(*Pointer), Depth + 1);
    if (const auto *Plus = dyn_cast<CXXOperatorCallExpr>(E))
      return Plus->getOperator() == OO_Plus && Plus->getNumArgs() == 2 &&
             append(Plus->getArg(0), Depth + 1) && append(Plus->getArg(1), Depth + 1);
    if (const auto *Call = dyn_cast<CallExpr>(E); Call && isStringFormat(*Call))
      return Call->getNumArgs() > 0 && appendFormat(Call->getArg(0), Depth + 1);
    if (const VarDecl *Var = constantVariable(E))
      return append(Var->getInit(), Depth + 1);
    return false;
  }

private:
  void appendLiteral(const StringLiteral &Literal, unsigned From, unsigned Length) {
    if (Length == 0)
      return;
    Out.Pieces.push_back({&Literal, static_cast<unsigned>(Out.Text.size()), From, Length});
    Out.Text += Literal.getString().substr(From, Length).str();
  }

  /// A format string: its text, `{{`/`}}` as one brace, each replacement
  /// field as the next placeholder.
  bool appendFormat(const Expr *Format, int Depth) {
    const StringLiteral *Literal = formatLiteral(Format, Depth);
    if (!Literal)
      return false;
    llvm::StringRef Text = Literal->getString();
    unsigned RunStart = 0;
    for (unsigned I = 0; I < Text.size(); ++I) {
      if (Text[I] != '{' && Text[I] != '}')
        continue;
      appendLiteral(*Literal, RunStart, I - RunStart);
      bool Doubled = I + 1 < Text.size() && Text[I + 1] == Text[I];
      if (Doubled) {
        appendLiteral(*Literal, I, 1);
        RunStart = ++I + 1;
        continue;
      }
      size_t Close = Text.find('}', I);
      if (Text[I] == '}' || Close == llvm::StringRef::npos)
        return false; // not a valid format string
      if (!isValuePosition(Text, I))
        return false;
      Out.Text += "$" + std::to_string(++Fields);
      I = Close;
      RunStart = I + 1;
    }
    appendLiteral(*Literal, RunStart, Text.size() - RunStart);
    return true;
  }

  /// The literal a format string argument (`std::format_string`, built by
  /// a consteval constructor) is written as.
  static const StringLiteral *formatLiteral(const Expr *E, int Depth) {
    for (; E && Depth <= MaxTextDepth; ++Depth) {
      E = withoutWrappers(E);
      if (const auto *Literal = dyn_cast<StringLiteral>(E))
        return Literal->isOrdinary() ? Literal : nullptr;
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
        E = Construct->getNumArgs() ? Construct->getArg(0) : nullptr;
      else if (const VarDecl *Var = constantVariable(E))
        E = Var->getInit();
      else
        return nullptr;
    }
    return nullptr;
  }

  BuiltSql &Out;
  unsigned Fields = 0;
};

/// The statement a text holds, if it starts with an SQL verb.
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
    if (Word != "from" && Word != "into" && Word != "join" && Word != "update" && Word != "table")
      continue;
    if (Words[I + 1].starts_with("$"))
      return std::nullopt; // a placeholder where the table goes: not told
    Sql.Tables.push_back(Words[I + 1].lower());
  }
  return Sql;
}
} // namespace

const BuiltSql::Piece *BuiltSql::pieceAt(unsigned Offset) const {
  for (const Piece &P : Pieces)
    if (Offset >= P.TextOffset && Offset < P.TextOffset + P.Length)
      return &P;
  return nullptr;
}

std::optional<BuiltSql> builtSql(const Expr *Arg) {
  BuiltSql Out;
  Out.Argument = Arg;
  if (!TextBuilder(Out).append(Arg, 0) || Out.Pieces.empty())
    return std::nullopt;
  return Out;
}

std::optional<SqlText> sqlOf(const CallExpr *Call) {
  for (const Expr *Arg : Call->arguments()) {
    std::optional<BuiltSql> Text = builtSql(Arg);
    if (!Text)
      continue;
    if (std::optional<SqlText> Sql = sqlIn(Text->Text))
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
