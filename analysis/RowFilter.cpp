//===--- RowFilter.cpp - Where a program skips a result's rows by a column -===//

#include "RowFilter.h"

#include "AccessPaths.h"
#include "FrameworkDetector.h"
#include "RowTruncation.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

#include <cctype>

using namespace clang;

namespace async_tidy {

namespace {

/// `if (<test>) continue;` with nothing else: its test.
const Expr *continueTest(const Stmt *S) {
  const auto *If = dyn_cast_or_null<IfStmt>(S);
  if (!If || If->getElse() || If->getInit() || If->getConditionVariable() || If->isConstexpr())
    return nullptr;
  const Stmt *Then = If->getThen();
  if (const auto *Block = dyn_cast<CompoundStmt>(Then); Block && Block->size() == 1)
    Then = Block->body_front();
  return isa<ContinueStmt>(Then) ? If->getCond() : nullptr;
}

/// Whether `S` may end the loop early or skip more rows: a `break` or
/// `continue` of the loop (not of a loop or switch inside it), a
/// `return`, a `goto` or a label.
bool endsEarly(const Stmt *S, bool InInnerLoop, bool InSwitch) {
  if (!S)
    return false;
  if (isa<ReturnStmt, CoreturnStmt, GotoStmt, IndirectGotoStmt, LabelStmt>(S))
    return true;
  if (isa<LambdaExpr>(S))
    return false; // its body is a function of its own
  if (isa<ContinueStmt>(S))
    return !InInnerLoop;
  if (isa<BreakStmt>(S))
    return !InInnerLoop && !InSwitch;
  bool Loop = isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
  bool Switch = isa<SwitchStmt>(S);
  for (const Stmt *Child : S->children())
    if (endsEarly(Child, InInnerLoop || Loop, InSwitch || Switch))
      return true;
  return false;
}

/// The operands and operator of `==` or `!=`, built-in, overloaded, or
/// rewritten by C++20 (`a != b` as `!(a == b)`).
struct Comparison {
  const Expr *LHS = nullptr, *RHS = nullptr;
  bool Equal = false;
};
std::optional<Comparison> comparisonOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(E)) {
    auto Form = Rewritten->getDecomposedForm();
    if (Form.Opcode == BO_EQ || Form.Opcode == BO_NE)
      return Comparison{Form.LHS, Form.RHS, Form.Opcode == BO_EQ};
    return std::nullopt;
  }
  if (const auto *Binary = dyn_cast<BinaryOperator>(E); Binary && Binary->isEqualityOp())
    return Comparison{Binary->getLHS(), Binary->getRHS(), Binary->getOpcode() == BO_EQ};
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E);
      Operator && Operator->getNumArgs() == 2 &&
      (Operator->getOperator() == OO_EqualEqual || Operator->getOperator() == OO_ExclaimEqual))
    return Comparison{Operator->getArg(0), Operator->getArg(1),
                      Operator->getOperator() == OO_EqualEqual};
  return std::nullopt;
}

/// What a column or a value is, for comparing like with like.
enum class ValueKind { None, Text, Integer };

ValueKind kindOf(QualType Type) {
  Type = Type.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  if (Type->isIntegerType() && !Type->isBooleanType() && !Type->isAnyCharacterType())
    return ValueKind::Integer;
  const auto *Record = Type->getAsCXXRecordDecl();
  if (Record && Record->isInStdNamespace() && Record->getIdentifier() &&
      (Record->getName() == "basic_string" || Record->getName() == "basic_string_view"))
    return ValueKind::Text;
  return ValueKind::None;
}

/// A column the loop's row reads, and what the reader returns.
struct ColumnRead {
  std::string Name;
  QualType Type;
  ValueKind Kind = ValueKind::None;
};

/// The column `E` reads of the loop's row: `<row>["<column>"].<reader>()`
/// with a catalogued reader and no argument.
std::optional<ColumnRead> columnRead(const Expr *E, const VarDecl *Row,
                                     const llvm::StringSet<> &FieldReaders) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(withoutConversions(E));
  const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
  if (!Method || Call->getNumArgs() != 0 ||
      !FieldReaders.contains(Method->getQualifiedNameAsString()))
    return std::nullopt;
  ValueKind Kind = kindOf(Call->getType());
  const auto *Subscript =
      dyn_cast<CXXOperatorCallExpr>(withoutConversions(Call->getImplicitObjectArgument()));
  if (Kind == ValueKind::None || !Subscript || Subscript->getOperator() != OO_Subscript ||
      Subscript->getNumArgs() != 2 || namedVariable(Subscript->getArg(0)) != Row)
    return std::nullopt;
  const auto *Name = dyn_cast<StringLiteral>(withoutConversions(Subscript->getArg(1)));
  if (!Name || !Name->isOrdinary() || Name->getString().empty())
    return std::nullopt;
  return ColumnRead{Name->getString().str(), Call->getType(), Kind};
}

/// Whether a literal says one value in C++ and in SQL alike, and is no
/// stand-in for NULL: Drogon reads NULL as "" and as 0, so a test against
/// either keeps or skips NULL rows that no one WHERE clause does. A text
/// with control characters (a NUL, which ends the C++ comparison's text, a
/// newline) is left alone; a number must fit the reader's type (an
/// unsigned reader compared with -1 compares with its largest value).
bool isPlainLiteral(const Expr *E, const ColumnRead &Column, const ASTContext &Ctx) {
  if (const auto *Text = dyn_cast<StringLiteral>(E))
    return Column.Kind == ValueKind::Text && Text->isOrdinary() && Text->getLength() > 0 &&
           llvm::none_of(Text->getString(),
                         [](char C) { return std::iscntrl(static_cast<unsigned char>(C)) != 0; });
  std::optional<llvm::APSInt> Number = E->getIntegerConstantExpr(Ctx);
  if (!Number || Column.Kind != ValueKind::Integer || *Number == 0)
    return false;
  QualType Type = Column.Type.getNonReferenceType();
  unsigned Width = Ctx.getIntWidth(Type);
  bool Signed = Type->isSignedIntegerType();
  if (Number->isNegative() && !Signed)
    return false;
  return Number->isNegative() ? Number->getSignificantBits() <= Width
                              : Number->getActiveBits() <= Width - (Signed ? 1 : 0);
}

/// Whether `E` holds one value through the loop: a literal (through a
/// minus), or a variable nothing in its function changes (clang's
/// ExprMutationAnalyzer: a `const std::string &` binding reads), or a
/// constant.
bool isSteadyValue(const Expr *E, const ColumnRead &Column, const ASTContext &Ctx) {
  E = withoutConversions(E);
  const Expr *Literal = E;
  if (const auto *Minus = dyn_cast<UnaryOperator>(E); Minus && Minus->getOpcode() == UO_Minus)
    Literal = Minus->getSubExpr()->IgnoreParenImpCasts();
  if (isa<StringLiteral, IntegerLiteral>(Literal))
    return isPlainLiteral(E, Column, Ctx);
  const VarDecl *V = namedVariable(E);
  if (!V)
    return false;
  if (V->getType().isConstQualified() && V->getInit() && E->isIntegerConstantExpr(Ctx))
    return isPlainLiteral(E, Column, Ctx);
  ValueKind Of = kindOf(V->getType());
  // A `const char *` variable holds text too.
  if (Of == ValueKind::None && V->getType()->isPointerType() &&
      V->getType()->getPointeeType()->isCharType())
    Of = ValueKind::Text;
  if (Of != Column.Kind)
    return false;
  if (!V->hasLocalStorage())
    return V->getType().isConstQualified();
  // A coroutine's own body: its frame's copy of a parameter is no change.
  const auto *Function = dyn_cast<FunctionDecl>(V->getDeclContext());
  const Stmt *Body = Function ? coroutineBodyOf(*Function) : nullptr;
  return Body && !V->getType()->isReferenceType() &&
         !ExprMutationAnalyzer(*Body, V->getASTContext()).isMutated(V);
}

} // namespace

std::optional<RowFilter> skipFilterOf(const CXXForRangeStmt *Loop, const VarDecl *Rows,
                                      const llvm::StringSet<> &FieldReaders) {
  const auto *Body = dyn_cast<CompoundStmt>(Loop->getBody());
  if (!Body || Body->body_empty() || namedVariable(Loop->getRangeInit()) != Rows)
    return std::nullopt;
  const Expr *Test = continueTest(Body->body_front());
  std::optional<Comparison> Compared = Test ? comparisonOf(Test) : std::nullopt;
  if (!Compared)
    return std::nullopt;
  for (const Stmt *S : llvm::drop_begin(Body->body()))
    if (endsEarly(S, false, false))
      return std::nullopt;
  const VarDecl *Row = Loop->getLoopVariable();
  const Expr *Column = Compared->LHS, *Value = Compared->RHS;
  auto Read = columnRead(Column, Row, FieldReaders);
  if (!Read) {
    std::swap(Column, Value);
    Read = columnRead(Column, Row, FieldReaders);
  }
  if (!Read || !isSteadyValue(Value, *Read, Row->getASTContext()))
    return std::nullopt;
  return RowFilter{cast<IfStmt>(Body->body_front()), Read->Name, Compared->Equal,
                   withoutConversions(Value)};
}

} // namespace async_tidy
