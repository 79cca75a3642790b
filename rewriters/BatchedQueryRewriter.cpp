//===--- BatchedQueryRewriter.cpp - N+1 queries made one query ------------===//

#include "BatchedQueryRewriter.h"
#include "AccessPaths.h"
#include "PostgresQuery.h"
#include "QualifiedNames.h"
#include "SourceEdits.h"
#include "SqlText.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace async_tidy {

namespace {
/// `"..."` with `Text` escaped for an ordinary C++ string literal.
std::string cppLiteral(llvm::StringRef Text) {
  std::string Out = "\"";
  for (char C : Text) {
    if (C == '"' || C == '\\') {
      Out += '\\';
      Out += C;
    } else if (C == '\n') {
      Out += "\\n";
    } else if (C == '\t') {
      Out += "\\t";
    } else if (static_cast<unsigned char>(C) < 0x20) {
      // Three octal digits: a following digit cannot join the escape.
      char Escape[5];
      snprintf(Escape, sizeof Escape, "\\%03o", static_cast<unsigned char>(C));
      Out += Escape;
    } else {
      Out += C;
    }
  }
  return Out + "\"";
}

/// How one key is appended to a PostgreSQL array literal, or none for a
/// key type without a known spelling there.
std::optional<std::string> appendKey(QualType Key, const std::string &Keys,
                                     const std::string &Element, const std::string &Char,
                                     const std::string &Indent) {
  if (Key->isIntegerType() && !Key->isBooleanType() && !Key->isAnyCharacterType())
    return Indent + "  " + Keys + " += std::to_string(" + Element + ");\n";
  std::string Name = catalogNameOfType(Key);
  if (Name != "std::basic_string" && Name != "std::string")
    return std::nullopt;
  // Quoted, with `"` and `\` escaped: text and uuid keys, and any value.
  return Indent + "  " + Keys + " += '\"';\n" + Indent + "  for (char " + Char + " : " + Element +
         ") {\n" + Indent + "    if (" + Char + " == '\"' || " + Char + " == '\\\\')\n" + Indent +
         "      " + Keys + " += '\\\\';\n" + Indent + "    " + Keys + " += " + Char + ";\n" +
         Indent + "  }\n" + Indent + "  " + Keys + " += '\"';\n";
}

} // namespace

const BatchQuery *BatchedQueryRewriter::entryFor(const FunctionDecl &Callee) const {
  llvm::StringRef Name = Index.nameOf(&Callee);
  for (const BatchQuery &Entry : Index.catalog().BatchQueries)
    if (llvm::is_contained(Entry.Names, Name))
      return &Entry;
  return nullptr;
}

std::optional<std::string> BatchedQueryRewriter::resultUseBlocker(const BatchQuery &Entry,
                                                                  const VarDecl &Result,
                                                                  const Stmt &Body) const {
  llvm::SmallPtrSet<const Expr *, 4> RangeInits;
  forEachNode(
      &Body,
      [&](const Stmt *S) {
        if (const auto *For = dyn_cast<CXXForRangeStmt>(S))
          RangeInits.insert(withoutImplicit(For->getRangeInit()));
      },
      /*EnterLambdas=*/true);
  ParentMap Parents(const_cast<Stmt *>(&Body));
  std::optional<std::string> Why;
  forEachNode(
      &Body,
      [&](const Stmt *S) {
        const auto *Ref = dyn_cast<DeclRefExpr>(S);
        if (Why || !Ref || Ref->getDecl() != &Result || RangeInits.contains(Ref))
          return;
        const Stmt *Parent = Parents.getParentIgnoreParenImpCasts(const_cast<DeclRefExpr *>(Ref));
        if (const auto *Member = dyn_cast_or_null<MemberExpr>(Parent))
          if (llvm::is_contained(Entry.ResultMembers, Member->getMemberDecl()->getName()))
            return;
        if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Parent))
          if (Op->getOperator() == OO_Subscript && withoutImplicit(Op->getArg(0)) == Ref)
            return;
        Why = "the loop body uses '" + Result.getName().str() +
              "' as more than a sequence of rows (line " +
              std::to_string(Ctx.getSourceManager().getSpellingLineNumber(Ref->getBeginLoc())) +
              ")";
      },
      /*EnterLambdas=*/true);
  return Why;
}

const Expr *BatchedQueryRewriter::queryObject(const CallExpr &Query) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Query))
    return Member->getImplicitObjectArgument();
  return Query.getNumArgs() > 0 ? Query.getArg(0) : nullptr;
}

std::optional<std::string> BatchedQueryRewriter::otherQueryBlocker(const CallExpr &Query,
                                                                   const Expr *Object,
                                                                   const Stmt &Body) const {
  // The query's object (the transaction, the connection) used anywhere
  // else in the body, by a helper that may write through it for one.
  llvm::SmallPtrSet<const VarDecl *, 2> Objects;
  mentionsVariable(Object, [&](const VarDecl *Var) {
    Objects.insert(Var);
    return false;
  });
  std::optional<std::string> Why;
  forEachNode(
      &Body,
      [&](const Stmt *S) {
        const auto *Ref = dyn_cast<DeclRefExpr>(S);
        const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
        if (!Why && Var && Objects.contains(Var) &&
            !Query.getSourceRange().fullyContains(Ref->getSourceRange()))
          Why = "the loop body also uses '" + Var->getName().str() + "' (line " +
                std::to_string(Ctx.getSourceManager().getSpellingLineNumber(Ref->getBeginLoc())) +
                "), which may write what the queries of later keys would see";
      },
      /*EnterLambdas=*/true);
  if (Why)
    return Why;
  forEachNode(
      &Body,
      [&](const Stmt *S) {
        const auto *Call = dyn_cast<CallExpr>(S);
        if (Why || !Call || Call == &Query || !Index.ioCall(Call))
          return;
        std::optional<SqlText> Sql = sqlOf(Call);
        if (Sql && !Sql->Writes)
          return;
        Why = "the loop body also runs a statement that may write (line " +
              std::to_string(Ctx.getSourceManager().getSpellingLineNumber(Call->getBeginLoc())) +
              "), which the queries of later keys would see";
      },
      /*EnterLambdas=*/true);
  return Why;
}

namespace {
/// Whether `E` is written as `Spelling` asks (catalog `fixed_arguments`):
/// `any`, `null` (`nullptr`, `NULL`, `0`) or an integer literal.
bool matchesFixedArgument(const Expr *E, llvm::StringRef Spelling, ASTContext &Ctx) {
  if (Spelling == "any")
    return true;
  E = E->IgnoreParenImpCasts();
  if (Spelling == "null")
    return E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
  uint64_t Value = 0;
  const auto *Literal = dyn_cast<IntegerLiteral>(E);
  return Literal && !Spelling.getAsInteger(10, Value) && Literal->getValue() == Value;
}

/// The element's text for a `const char *` parameter: `key.c_str()` or
/// `key.data()` of a std::string element.
bool isElementText(const Expr *E, const VarDecl &Element) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(withoutImplicit(E));
  const auto *Object =
      Call ? dyn_cast<DeclRefExpr>(withoutImplicit(Call->getImplicitObjectArgument())) : nullptr;
  return Object && Object->getDecl() == &Element && Call->getMethodDecl()->getIdentifier() &&
         llvm::is_contained({llvm::StringRef("c_str"), llvm::StringRef("data")},
                            Call->getMethodDecl()->getName()) &&
         catalogNameOfType(Element.getType().getNonReferenceType()) == "std::basic_string";
}
} // namespace

std::variant<const Expr *, std::string>
BatchedQueryRewriter::keyArgument(const BatchQuery &Entry, llvm::ArrayRef<const Expr *> Args,
                                  const VarDecl &Element, const CompoundStmt &Body,
                                  const DeclStmt *&ParameterArray) const {
  std::string NotTheElement =
      "the query's only parameter is not the loop's element '" + Element.getName().str() + "'";
  unsigned Sql = Entry.SqlArgument.value_or(0);
  if (!Entry.ParametersArgument) {
    const auto *Key =
        Args.size() == Sql + 2 ? dyn_cast<DeclRefExpr>(withoutImplicit(Args[Sql + 1])) : nullptr;
    if (!Key || Key->getDecl() != &Element)
      return NotTheElement;
    return Key;
  }
  // libpq: PQexecParams(conn, sql, 1, nullptr, params, nullptr, nullptr, 0)
  // (catalog fixed_arguments) with `const char *params[] = {key.c_str()};`
  // in the loop body.
  unsigned At = *Entry.ParametersArgument;
  bool AsNeeded = Args.size() == Entry.FixedArguments.size() && At < Args.size();
  for (unsigned I = 0; AsNeeded && I < Args.size(); ++I)
    AsNeeded = matchesFixedArgument(Args[I], Entry.FixedArguments[I], Ctx);
  if (!AsNeeded)
    return std::string("the query is not one text parameter with inferred type, read as text");
  const auto *Ref = dyn_cast<DeclRefExpr>(withoutImplicit(Args[At]));
  const auto *Array = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  for (const Stmt *S : Body.body())
    if (const auto *Decl = dyn_cast<DeclStmt>(S);
        Decl && Decl->isSingleDecl() && Array && Decl->getSingleDecl() == Array)
      ParameterArray = Decl;
  const auto *Init =
      ParameterArray ? dyn_cast_or_null<InitListExpr>(withoutImplicit(Array->getInit())) : nullptr;
  if (!Init || Init->getNumInits() != 1 || !isElementText(Init->getInit(0), Element))
    return NotTheElement + " as text ('" + Element.getName().str() + ".c_str()' of a std::string)";
  bool UsedElsewhere = false;
  forEachNode(
      &Body,
      [&](const Stmt *S) {
        const auto *Use = dyn_cast<DeclRefExpr>(S);
        UsedElsewhere |= Use && Use != Ref && Use->getDecl() == Array;
      },
      /*EnterLambdas=*/true);
  if (UsedElsewhere)
    return "the loop body uses '" + Array->getName().str() + "' for more than the query";
  return Ref;
}

std::variant<std::vector<FixItHint>, std::string>
BatchedQueryRewriter::rowNumberEdits(const BatchQuery &Entry, const VarDecl &Result,
                                     const CompoundStmt &Body, const std::string &Handle) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &Lang = Ctx.getLangOpts();
  ParentMap Parents(const_cast<CompoundStmt *>(&Body));
  std::vector<FixItHint> Edits;
  std::optional<std::string> Why;
  auto Token = [](const Expr *E) { return CharSourceRange::getTokenRange(E->getSourceRange()); };
  // Lambdas are entered: a use there is rewritten, or refused, as any other.
  forEachNode(
      &Body,
      [&](const Stmt *S) {
        const auto *Ref = dyn_cast<DeclRefExpr>(S);
        if (Why || !Ref || Ref->getDecl() != &Result)
          return;
        const auto *Call = dyn_cast_or_null<CallExpr>(
            Parents.getParentIgnoreParenImpCasts(const_cast<DeclRefExpr *>(Ref)));
        const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
        std::string Name = Callee ? Index.nameOf(Callee).str() : "";
        bool First = Call && Call->getNumArgs() > 0 && withoutImplicit(Call->getArg(0)) == Ref;
        if (First && Name == Entry.RowCount) {
          Edits.push_back(FixItHint::CreateReplacement(
              Token(Call), "static_cast<int>(" + Result.getName().str() + ".size())"));
        } else if (First && Call->getNumArgs() > 1 && llvm::is_contained(Entry.RowReaders, Name)) {
          Edits.push_back(FixItHint::CreateReplacement(Token(Ref), Handle));
          Edits.push_back(FixItHint::CreateInsertion(Call->getArg(1)->getBeginLoc(),
                                                     Result.getName().str() + "["));
          Edits.push_back(FixItHint::CreateInsertion(
              Lexer::getLocForEndOfToken(Call->getArg(1)->getEndLoc(), 0, SM, Lang), "]"));
        } else if (First && llvm::is_contained(Entry.ResultReaders, Name)) {
          Edits.push_back(FixItHint::CreateReplacement(Token(Ref), Handle));
        } else if (First && Name == Entry.Release &&
                   isa_and_nonnull<CompoundStmt>(Parents.getParent(const_cast<CallExpr *>(Call)))) {
          // The batched result frees itself after the loop.
          if (std::optional<FixItHint> Removal = statementRemoval(Call, Ctx))
            Edits.push_back(*Removal);
          else
            Why = std::string("a release of the rows is in a macro");
        } else {
          Why = "the loop body uses '" + Result.getName().str() + "' as more than its rows (line " +
                std::to_string(SM.getSpellingLineNumber(Ref->getBeginLoc())) + ")";
        }
      },
      /*EnterLambdas=*/true);
  if (Why)
    return *Why;
  for (const FixItHint &Edit : Edits)
    if (Edit.RemoveRange.getBegin().isMacroID() || Edit.RemoveRange.getEnd().isMacroID())
      return std::string("a use of the rows is in a macro");
  return Edits;
}

FixPlan BatchedQueryRewriter::rewrite(const CallSite &Site, const IterationLoop &Loop,
                                      const FunctionDecl &Coroutine) const {
  const BatchQuery *Entry = entryFor(*Site.Callee);
  const auto *Call = dyn_cast<CallExpr>(Site.Call);
  if (!Entry || !Call)
    return FixPlan::silent();
  const auto *For = dyn_cast<CXXForRangeStmt>(Loop.Loop);
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Loop.Body);
  if (!For || !Body || !Loop.Element)
    return FixPlan::none("one query for all keys is written only for a range-for loop over them");
  bool RowNumbers = Entry->ParametersArgument.has_value();
  llvm::SmallVector<const Expr *, 8> Args = writtenArguments(Call);
  unsigned SqlAt = Entry->SqlArgument.value_or(0);
  const StringLiteral *Sql = Args.size() > SqlAt ? literalArgument(Args[SqlAt]) : nullptr;
  if (!Sql || Sql->getNumConcatenated() != 1 || !Sql->isOrdinary())
    return FixPlan::none("the query is not one string literal");
  const DeclStmt *ParameterArray = nullptr;
  std::variant<const Expr *, std::string> Keyed =
      keyArgument(*Entry, Args, *Loop.Element, *Body, ParameterArray);
  if (const std::string *Why = std::get_if<std::string>(&Keyed))
    return FixPlan::none(*Why);
  const Expr *Key = std::get<const Expr *>(Keyed);
  std::variant<KeyedSelect, std::string> Batched = batchKeyedSelect(Sql->getString().str());
  if (const std::string *Why = std::get_if<std::string>(&Batched))
    return FixPlan::none(*Why);

  // The query's result is a variable the loop body declares.
  auto Held = llvm::find(Site.Ancestors, Body);
  const auto *Declaration = Held != Site.Ancestors.end() && Held + 1 != Site.Ancestors.end()
                                ? dyn_cast<DeclStmt>(*(Held + 1))
                                : nullptr;
  const auto *Result = Declaration && Declaration->isSingleDecl()
                           ? dyn_cast<VarDecl>(Declaration->getSingleDecl())
                           : nullptr;
  // The variable holds the call's value, or (a copy of) the value it awaits.
  const Expr *Source = Result && Result->getInit() ? withoutImplicit(Result->getInit()) : nullptr;
  if (const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(Source);
      Copy && Copy->getNumArgs() == 1 && Copy->getConstructor()->isCopyOrMoveConstructor())
    Source = withoutImplicit(Copy->getArg(0));
  if (const auto *Await = dyn_cast_or_null<CoawaitExpr>(Source);
      Await && withoutImplicit(Await->getOperand()) != Call)
    Source = nullptr;
  if (!Source || (Source != Call && !isa<CoawaitExpr>(Source)))
    return FixPlan::none("the query's rows are not a variable the loop body declares");
  if (!RowNumbers)
    if (std::optional<std::string> Why = resultUseBlocker(*Entry, *Result, *Body))
      return FixPlan::none(*Why);
  const Expr *QueryObject = queryObject(*Call);
  if (std::optional<std::string> Why = otherQueryBlocker(*Call, QueryObject, *Body))
    return FixPlan::none(*Why);
  // The key is the element as the loop got it: a body that changes the
  // element first would look its rows up under another key.
  if (!Loop.Element->getType().getNonReferenceType().isConstQualified() &&
      mentionedBefore(*Body, ParameterArray ? ParameterArray : Declaration, Loop.Element))
    return FixPlan::none("the loop body uses '" + Loop.Element->getName().str() +
                         "' before the query");
  const SourceManager &SM = Ctx.getSourceManager();
  bool LoopScoped = mentionsVariable(QueryObject, [&](const VarDecl *Var) {
    return SM.isPointWithin(Var->getLocation(), For->getBeginLoc(), For->getEndLoc());
  });
  if (LoopScoped)
    return FixPlan::none("the query runs on an object the loop declares");
  const Expr *Range = withoutImplicit(For->getRangeInit());
  if (!isPlainVariable(Range))
    return FixPlan::none("the loop's range is not a variable, and the fix reads it twice");

  // Everything edited must be written out in the file.
  for (SourceLocation Loc : {For->getBeginLoc(), Declaration->getBeginLoc(),
                             Declaration->getEndLoc(), Source->getBeginLoc(), Source->getEndLoc()})
    if (Loc.isMacroID())
      return FixPlan::silent();
  if (ParameterArray &&
      (ParameterArray->getBeginLoc().isMacroID() || ParameterArray->getEndLoc().isMacroID()))
    return FixPlan::silent();
  std::optional<std::string> CallText = fileText(Source, Ctx);
  std::optional<std::string> RangeText = fileText(Range, Ctx);
  // The keys loop declares the element as the loop does (same conversions).
  CharSourceRange ElementDecl = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Loop.Element->getBeginLoc(), Loop.Element->getLocation()), SM,
      Ctx.getLangOpts());
  if (ElementDecl.isInvalid())
    return FixPlan::silent();
  std::optional<std::string> Indent = indentationBefore(
      SM.getBufferData(SM.getFileID(For->getBeginLoc())), SM.getFileOffset(For->getBeginLoc()));
  if (!CallText || !RangeText || !Indent)
    return FixPlan::silent();

  llvm::StringSet<> &Taken = Given.in(Coroutine);
  std::string Base = Result->getName().str();
  std::string Keys = freshName(Base + "_keys", Taken), All = freshName(Base + "_all", Taken),
              ByKey = freshName(Base + "_by_key", Taken), Row = freshName(Base + "_row", Taken),
              Char = freshName(Base + "_char", Taken);
  std::string Params = RowNumbers ? freshName(Base + "_params", Taken) : "";
  std::string OneKey = Loop.Element->getName().str();
  QualType KeyType = Loop.Element->getType().getNonReferenceType().getUnqualifiedType();
  std::optional<std::string> Append = appendKey(KeyType, Keys, OneKey, Char, *Indent);
  if (!Append)
    return FixPlan::none("the key's type '" + KeyType.getAsString() +
                         "' has no known spelling in a PostgreSQL array");
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  // Row numbers read the key back as text.
  std::string KeyTypeText = RowNumbers || catalogNameOfType(KeyType) == "std::basic_string"
                                ? "std::string"
                                : KeyType.getAsString(Policy);

  // The call as written (awaited where it was), with the batched SQL and
  // the keys as its parameter.
  unsigned CallBegin = SM.getFileOffset(Source->getBeginLoc());
  auto OffsetIn = [&](SourceLocation Loc) { return SM.getFileOffset(Loc) - CallBegin; };
  unsigned SqlBegin = OffsetIn(Sql->getBeginLoc());
  unsigned SqlEnd =
      OffsetIn(Lexer::getLocForEndOfToken(Sql->getEndLoc(), 0, SM, Ctx.getLangOpts()));
  unsigned KeyBegin = OffsetIn(Key->getBeginLoc());
  unsigned KeyEnd =
      OffsetIn(Lexer::getLocForEndOfToken(Key->getEndLoc(), 0, SM, Ctx.getLangOpts()));
  if (!(SqlEnd <= KeyBegin && KeyEnd <= CallText->size()) || (*CallText)[SqlBegin] != '"')
    return FixPlan::silent();
  std::string Query = CallText->substr(0, SqlBegin) +
                      cppLiteral(std::get<KeyedSelect>(Batched).Batched) +
                      CallText->substr(SqlEnd, KeyBegin - SqlEnd) + (RowNumbers ? Params : Keys) +
                      CallText->substr(KeyEnd);

  llvm::StringMap<std::string> Values;
  Values["row"] = Row;
  Values["alias"] = KeyAlias;
  Values["key_type"] = KeyTypeText;
  Values["name"] = All;
  Values["query"] = Query;
  std::optional<std::string> Handle =
      RowNumbers ? expandTemplate(Entry->Handle, Values) : std::optional<std::string>(All);
  if (Handle)
    Values["handle"] = *Handle;
  std::optional<std::string> KeyOf = expandTemplate(Entry->KeyOf, Values);
  std::optional<std::string> Owner = RowNumbers ? expandTemplate(Entry->Owner, Values)
                                                : std::optional("auto " + All + " = " + Query);
  if (!KeyOf || !Handle || !Owner)
    return FixPlan::silent();
  std::vector<FixItHint> Edits;
  if (RowNumbers) {
    std::variant<std::vector<FixItHint>, std::string> Uses =
        rowNumberEdits(*Entry, *Result, *Body, *Handle);
    if (const std::string *Why = std::get_if<std::string>(&Uses))
      return FixPlan::none(*Why);
    Edits = std::get<std::vector<FixItHint>>(Uses);
    std::optional<FixItHint> Removal = statementRemoval(ParameterArray, Ctx);
    if (!Removal)
      return FixPlan::silent();
    Edits.push_back(*Removal);
  }
  const std::string &I = *Indent;
  std::string RowType = RowNumbers ? "int" : Entry->RowType;
  std::string Grouping = RowNumbers ? "for (int " + Row + " = 0; " + Row + " < " + Entry->RowCount +
                                          "(" + *Handle + "); ++" + Row + ")\n"
                                    : "for (const " + RowType + " &" + Row + " : " + All + ")\n";
  std::string Before =
      "std::string " + Keys + " = \"{\";\n" + I + "for (" +
      Lexer::getSourceText(ElementDecl, SM, Ctx.getLangOpts()).str() + " : " + *RangeText +
      ") {\n" + I + "  if (" + Keys + ".size() > 1)\n" + I + "    " + Keys + " += ',';\n" +
      *Append + I + "}\n" + I + Keys + " += '}';\n" + I +
      (RowNumbers ? "const char *" + Params + "[] = {" + Keys + ".c_str()};\n" + I : "") + *Owner +
      ";\n" + I + "std::map<" + KeyTypeText + ", std::vector<" + RowType + ">> " + ByKey + ";\n" +
      I + Grouping + I + "  " + ByKey + "[" + *KeyOf + "].push_back(" + Row + ");\n" + I;
  std::string Lookup = "const std::vector<" + RowType + "> &" + Base + " = " + ByKey + "[" +
                       Loop.Element->getName().str() + "];";
  Edits.push_back(FixItHint::CreateInsertion(For->getBeginLoc(), Before));
  Edits.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Declaration->getSourceRange()), Lookup));
  std::vector<HeaderNeed> Headers =
      headersNeededFor(Before + Lookup, Entry->Headers,
                       [&](llvm::StringRef Name) { return Index.resolver().isDeclared(Name); });
  return FixPlan::unsafe(
      std::move(Edits), std::move(Headers),
      "run one query for all keys before the loop, and read each key's rows from its group by '" +
          std::get<KeyedSelect>(Batched).Column +
          "'; the query now runs before the loop body's other statements, each row also "
          "carries the key as a last column ('" +
          KeyAlias + "'), and text keys match rows only as PostgreSQL returns them");
}

} // namespace async_tidy
