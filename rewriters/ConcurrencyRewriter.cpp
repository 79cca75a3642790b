//===--- ConcurrencyRewriter.cpp - Independent awaits become one await ----===//

#include "ConcurrencyRewriter.h"
#include "FrameworkDetector.h"
#include "QualifiedNames.h"
#include "SourceEdits.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

using namespace clang;

namespace async_tidy {

namespace {

/// One member of the group as the rewrite needs it.
struct Operand {
  std::string Text; ///< The awaited call as written.
  QualType Result;  ///< What `co_await` of it yields.
  const VarDecl *Var = nullptr;
  /// A fresh name for the value, when it cannot be bound to the variable
  /// itself: the member's statement becomes `After` (`x = std::move(v);`,
  /// or `auto x = std::move(v);` for a variable returned by name).
  std::string Binding;
  std::string After;
  bool isVoid() const { return Result->isVoidType(); }
  bool hasValue() const { return Var || !Binding.empty(); }
  std::string bindingName() const { return Binding.empty() ? Var->getName().str() : Binding; }
};

/// `total` for `this->total`, `stats.total` or `total`: a base for a name.
std::string lastIdentifier(llvm::StringRef Text) {
  size_t End = Text.size();
  while (End > 0 && !(isalnum(static_cast<unsigned char>(Text[End - 1])) || Text[End - 1] == '_'))
    --End;
  size_t Begin = End;
  while (Begin > 0 &&
         (isalnum(static_cast<unsigned char>(Text[Begin - 1])) || Text[Begin - 1] == '_'))
    --Begin;
  return Begin < End ? Text.slice(Begin, End).str() : "value";
}

/// Whether `Var` is the operand of a return in `Body`: a structured binding
/// there would be copied where the variable was moved.
bool isReturnedByName(const VarDecl *Var, const Stmt *Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Var;
    bool Found = false;
    bool refersToVar(const Expr *E) {
      const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreImplicit() : nullptr);
      return Ref && Ref->getDecl() == Var;
    }
    bool VisitCoreturnStmt(CoreturnStmt *S) {
      Found |= refersToVar(S->getOperand());
      return !Found;
    }
    bool VisitReturnStmt(ReturnStmt *S) {
      Found |= refersToVar(S->getRetValue());
      return !Found;
    }
  } F;
  F.Var = Var;
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

/// Whether a using-directive for `Namespace` is visible in the coroutine.
bool usingDirectiveVisible(const FunctionDecl &F, llvm::StringRef Namespace) {
  auto Nominates = [&](const UsingDirectiveDecl *U) {
    return catalogName(U->getNominatedNamespace()) == Namespace;
  };
  for (const DeclContext *DC = F.getLexicalDeclContext(); DC; DC = DC->getParent())
    for (const UsingDirectiveDecl *U : DC->using_directives())
      if (Nominates(U))
        return true;
  struct Finder : RecursiveASTVisitor<Finder> {
    llvm::function_ref<bool(const UsingDirectiveDecl *)> Nominates;
    bool Found = false;
    bool VisitUsingDirectiveDecl(UsingDirectiveDecl *U) {
      Found |= Nominates(U);
      return !Found;
    }
  } Scan;
  Scan.Nominates = Nominates;
  Scan.TraverseStmt(F.getBody());
  return Scan.Found;
}

bool isStdTuple(QualType T) { return catalogNameOfType(T) == "std::tuple"; }

/// Why the rewrite refuses, as an error.
llvm::Error refusal(const std::string &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Why);
}

/// Why the variable a member declares cannot take the awaited value from
/// a structured binding.
std::optional<std::string> bindingBlocker(const VarDecl &Var, QualType Result,
                                          const ASTContext &Ctx) {
  QualType Declared = Var.getType();
  bool WrittenAuto = Var.getTypeSourceInfo() &&
                     !Var.getTypeSourceInfo()->getTypeLoc().getAs<AutoTypeLoc>().isNull();
  if (Declared->isReferenceType() || Declared.isConstQualified() || Var.hasAttrs())
    return "'" + Var.getName().str() + "' is declared const, as a reference or with attributes";
  if (!WrittenAuto &&
      !Ctx.hasSameType(Declared.getCanonicalType(), Result.getCanonicalType().getUnqualifiedType()))
    return "'" + Var.getName().str() + "' converts the awaited value";
  return std::nullopt;
}

/// Gives `Op` a fresh binding whose value its statement, kept in place,
/// moves where the await put it: into the assigned object, or into the
/// variable a return names (a structured binding would be copied there).
void bindFresh(Operand &Op, const std::string &Base, const std::string &Target,
               llvm::StringSet<> &Taken) {
  Op.Binding = freshName(Base + "_value", Taken);
  Op.After = Target + " = std::move(" + Op.Binding + ");";
}

/// The group's members as operands of the idiom, or why they cannot be.
llvm::Expected<std::vector<Operand>> operandsOf(const AwaitGroup &Group,
                                                const ConcurrencyIdiom &Idiom, const Stmt *Body,
                                                const ASTContext &Ctx, llvm::StringSet<> &Taken) {
  std::vector<Operand> Operands;
  for (const AwaitStatement &M : Group.Members) {
    const CallExpr *Call = M.awaitedCall();
    if (!Call || !Call->isPRValue() ||
        !llvm::is_contained(Idiom.OperandTypes, catalogNameOfType(Call->getType())))
      return refusal("an awaited expression is not a call returning a " +
                     Idiom.OperandTypes.front());
    std::optional<std::string> Text = fileText(Call, Ctx);
    if (!Text)
      return refusal("an awaited call is spelled by a macro");
    Operand Op{*Text, M.Await->getType(), M.Declared, "", ""};
    if (Op.Result->isReferenceType())
      return refusal("an await yields a reference");
    if (M.Declared)
      if (std::optional<std::string> Why = bindingBlocker(*M.Declared, Op.Result, Ctx))
        return refusal(*Why);
    bool Returned = M.Declared && isReturnedByName(M.Declared, Body);
    bool Assigned = M.StatementForm == AwaitStatement::Form::Assignment;
    if ((Returned || Assigned) && !Idiom.Element.empty())
      return refusal("an await is assigned or returned by name, which the fix writes only for "
                     "idioms whose values need no accessor");
    if (Returned)
      bindFresh(Op, M.Declared->getName().str(), "auto " + M.Declared->getName().str(), Taken);
    if (Assigned) {
      std::optional<std::string> Target = M.Assigned ? fileText(M.Assigned, Ctx) : std::nullopt;
      if (!Target || Op.isVoid())
        return refusal("an await is assigned to an object written with a macro");
      bindFresh(Op, lastIdentifier(*Target), *Target, Taken);
    }
    Operands.push_back(std::move(Op));
  }
  return Operands;
}

/// `Idiom`'s expression over the operands in `Order`.
std::string combine(const ConcurrencyIdiom &Idiom, const std::vector<const Operand *> &Order) {
  std::string List;
  for (const Operand *O : Order)
    List += (List.empty() ? "" : Idiom.Separator) + O->Text;
  llvm::StringMap<std::string> Values;
  Values["operands"] = List;
  return expandTemplate(Idiom.Expression, Values).value_or("");
}

/// The combined statement for Boost.Asio's awaitable operators, and the
/// combined await. Boost 1.81: `void && T` is T, `T && U` a tuple<T, U>,
/// `tuple && void` appends a monostate and a leading tuple operand is
/// flattened. With the void operands first, the result is void, the one
/// value, or a tuple of the values in order.
llvm::Expected<std::pair<std::string, std::string>>
asioOperatorsStatement(const ConcurrencyIdiom &Idiom, const std::vector<Operand> &Operands,
                       llvm::StringSet<> &Taken) {
  std::vector<const Operand *> Order, Values;
  for (const Operand &O : Operands)
    if (O.isVoid())
      Order.push_back(&O);
  for (const Operand &O : Operands)
    if (!O.isVoid()) {
      Order.push_back(&O);
      Values.push_back(&O);
    }
  if (Values.size() >= 2 && isStdTuple(Values.front()->Result))
    return refusal("Boost.Asio's && would flatten the std::tuple that '" + Values.front()->Text +
                   "' yields");
  std::string Combined = combine(Idiom, Order);
  bool AnyVariable = llvm::any_of(Operands, [](const Operand &O) { return O.hasValue(); });
  if (!AnyVariable)
    return std::make_pair("co_await " + Combined + ";", Combined);
  if (Values.size() == 1)
    return std::make_pair("auto " + Values.front()->bindingName() + " = co_await " + Combined + ";",
                          Combined);
  std::string Names;
  for (const Operand *O : Values)
    Names += (Names.empty() ? "" : ", ") +
             (O->hasValue() ? O->bindingName() : freshName("unused", Taken));
  return std::make_pair("auto [" + Names + "] = co_await " + Combined + ";", Combined);
}

/// The combined statement for an idiom that yields a std::tuple, and the
/// combined await; values that need an accessor (`Element`) are read from
/// their tuple element on lines of their own, indented by `Indent`.
std::pair<std::string, std::string> tupleStatement(const ConcurrencyIdiom &Idiom,
                                                   const std::vector<Operand> &Operands,
                                                   llvm::StringSet<> &Taken,
                                                   const std::string &Indent) {
  std::vector<const Operand *> Order;
  for (const Operand &O : Operands)
    Order.push_back(&O);
  std::string Combined = combine(Idiom, Order);
  if (llvm::none_of(Operands, [](const Operand &O) { return O.hasValue(); }))
    return {"co_await " + Combined + ";", Combined};
  std::string Names, Reads;
  for (const Operand &O : Operands) {
    std::string Binding;
    if (O.hasValue() && Idiom.Element.empty()) {
      Binding = O.bindingName();
    } else if (O.Var) {
      Binding = freshName(O.Var->getName().str() + "_result", Taken);
      llvm::StringMap<std::string> Values;
      Values["element"] = Binding;
      Reads += "\n" + Indent + "auto " + O.Var->getName().str() + " = " +
               expandTemplate(Idiom.Element, Values).value_or(Binding) + ";";
    } else {
      Binding = freshName("unused", Taken);
    }
    Names += (Names.empty() ? "" : ", ") + Binding;
  }
  return {"auto [" + Names + "] = co_await " + Combined + ";" + Reads, Combined};
}

} // namespace

FixPlan ConcurrencyRewriter::rewrite(const AwaitGroup &Group, const FunctionDecl &Coroutine,
                                     const FrameworkIdioms &Framework) const {
  if (!Framework.Concurrently)
    return FixPlan::none(Framework.DisplayName + " has no idiom for running awaits concurrently");
  const ConcurrencyIdiom &Idiom = *Framework.Concurrently;
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::StringSet<> &Taken = Given.in(Coroutine);
  llvm::Expected<std::vector<Operand>> Operands =
      operandsOf(Group, Idiom, coroutineBodyOf(Coroutine), Ctx, Taken);
  if (!Operands)
    return FixPlan::none(llvm::toString(Operands.takeError()));
  std::optional<std::pair<unsigned, unsigned>> FirstRange =
      statementOffsets(Group.Members.front().Statement, Ctx);
  if (!FirstRange)
    return FixPlan::none("a statement is spelled by a macro");
  FileID File = SM.getFileID(Group.Members.front().Statement->getBeginLoc());
  llvm::StringRef Buffer = SM.getBufferData(File);
  std::string Indent = indentationBefore(Buffer, FirstRange->first).value_or("");

  // The combined statement, and the combined await for the note.
  llvm::Expected<std::pair<std::string, std::string>> Combined =
      Idiom.CombineStyle == ConcurrencyIdiom::Style::AsioOperators
          ? asioOperatorsStatement(Idiom, *Operands, Taken)
          : tupleStatement(Idiom, *Operands, Taken, Indent);
  if (!Combined)
    return FixPlan::none(llvm::toString(Combined.takeError()));
  std::string Statement = Combined->first;
  if (!Operands->front().After.empty())
    Statement += "\n" + Indent + Operands->front().After;
  if (!Idiom.UsingNamespace.empty() && !usingDirectiveVisible(Coroutine, Idiom.UsingNamespace))
    Statement = "using namespace " + Idiom.UsingNamespace + ";\n" + Indent + Statement;

  // The combined await replaces the first member; the others are removed.
  std::vector<FixItHint> Edits;
  SourceLocation FileStart = SM.getLocForStartOfFile(File);
  Edits.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(FileStart.getLocWithOffset(FirstRange->first),
                                    FileStart.getLocWithOffset(FirstRange->second)),
      Statement));
  for (std::size_t I = 1; I < Group.Members.size(); ++I) {
    std::optional<std::pair<unsigned, unsigned>> Range =
        statementOffsets(Group.Members[I].Statement, Ctx);
    if (!Range || SM.getFileID(Group.Members[I].Statement->getBeginLoc()) != File)
      return FixPlan::none("a statement is spelled by a macro");
    // A member whose value goes elsewhere keeps its place, and moves it.
    const std::string &After = (*Operands)[I].After;
    if (!After.empty())
      Edits.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(FileStart.getLocWithOffset(Range->first),
                                        FileStart.getLocWithOffset(Range->second)),
          After));
    else
      Edits.push_back(removeStatement(*Range, File, Buffer, SM));
  }
  std::vector<HeaderNeed> Headers;
  for (const HeaderNeed &H : Idiom.Headers)
    if (!Resolver.isDeclared(H.Provides))
      Headers.push_back(H);
  return FixPlan::unsafe(
      std::move(Edits), std::move(Headers),
      "run them concurrently with 'co_await " + Combined->second +
          "'; this starts them together, so their side effects may interleave, and a "
          "failure of one cancels the others");
}

} // namespace async_tidy
