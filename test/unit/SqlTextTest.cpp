//===--- SqlTextTest.cpp - SQL text built from literals ---------------------===//
//
// builtSql reads the text a query argument builds from string literals, and
// maps each byte of it back to the literal it was copied from. The snippets
// declare a minimal std::string and fmt::format of their own.
//
//===----------------------------------------------------------------------===//

#include "SqlText.h"
#include "AstTestSupport.h"

using namespace clang;

namespace async_tidy::test {
namespace {

const char *StringPrelude = R"cpp(
namespace std {
template <class C> struct basic_string {
  basic_string(const C *);
  const C *c_str() const;
  const C *data() const;
};
using string = basic_string<char>;
string operator+(const string &, const char *);
string operator+(const string &, const string &);
string to_string(long);
} // namespace std
namespace fmt {
template <class... T> std::string format(const char *format, T &&...args);
} // namespace fmt
void query(const char *sql);
void query(const std::string &sql);
)cpp";

/// The text the argument of the first `query(..)` call in `f` builds.
struct Built {
  std::unique_ptr<ASTUnit> AST;
  std::optional<BuiltSql> Sql;
};
Built builtInF(const std::string &Code) {
  Built Out;
  Out.AST = buildAST(std::string(StringPrelude) + Code, /*WithPrelude=*/false);
  struct CallFinder : RecursiveASTVisitor<CallFinder> {
    const CallExpr *Found = nullptr;
    bool VisitCallExpr(CallExpr *Call) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Found && Callee && Callee->getName() == "query")
        Found = Call;
      return true;
    }
  } Finder;
  Finder.TraverseDecl(const_cast<FunctionDecl *>(findFunction(Out.AST->getASTContext(), "f")));
  EXPECT_NE(Finder.Found, nullptr);
  if (Finder.Found)
    Out.Sql = builtSql(Finder.Found->getArg(0));
  return Out;
}

TEST(SqlText, PiecesJoinedByPlusThroughAConstant) {
  Built B = builtInF(R"cpp(
    static const std::string Base = "SELECT id FROM t ";
    void f() { query(Base + "WHERE a = $1"); })cpp");
  ASSERT_TRUE(B.Sql);
  EXPECT_EQ(B.Sql->Text, "SELECT id FROM t WHERE a = $1");
  ASSERT_EQ(B.Sql->Pieces.size(), 2u);
  // `a` is byte 6 of the second literal.
  const BuiltSql::Piece *At = B.Sql->pieceAt(B.Sql->Text.find("a = "));
  ASSERT_NE(At, nullptr);
  EXPECT_EQ(At->Literal, B.Sql->Pieces[1].Literal);
  EXPECT_EQ(At->LiteralOffset + (B.Sql->Text.find("a = ") - At->TextOffset), 6u);
}

TEST(SqlText, FormatFieldsArePlaceholders) {
  Built B = builtInF(R"cpp(
    void f() { query(fmt::format("SELECT id FROM t WHERE a = {} AND b = {:d} AND c = '{{x}}'", 1, 2)); })cpp");
  ASSERT_TRUE(B.Sql);
  EXPECT_EQ(B.Sql->Text, "SELECT id FROM t WHERE a = $1 AND b = $2 AND c = '{x}'");
  // A placeholder comes from no literal; the text after it does, at the
  // right byte.
  EXPECT_EQ(B.Sql->pieceAt(B.Sql->Text.find("$1")), nullptr);
  unsigned AtB = B.Sql->Text.find("b = ");
  const BuiltSql::Piece *Piece = B.Sql->pieceAt(AtB);
  ASSERT_NE(Piece, nullptr);
  EXPECT_EQ(Piece->LiteralOffset + (AtB - Piece->TextOffset),
            std::string("SELECT id FROM t WHERE a = {} AND ").size());
}

TEST(SqlText, FieldsInValueListsAndLimits) {
  Built B = builtInF(R"cpp(
    void f() { query(fmt::format("SELECT id FROM t WHERE a IN ({}, {}) AND b LIKE {} LIMIT {}", 1, 2, 3, 4)); })cpp");
  ASSERT_TRUE(B.Sql);
  EXPECT_EQ(B.Sql->Text, "SELECT id FROM t WHERE a IN ($1, $2) AND b LIKE $3 LIMIT $4");
}

TEST(SqlText, TheTextOfCStr) {
  Built B = builtInF(R"cpp(
    void f() { query((std::string("SELECT 1 ") + "FROM t").c_str()); })cpp");
  ASSERT_TRUE(B.Sql);
  EXPECT_EQ(B.Sql->Text, "SELECT 1 FROM t");
}

TEST(SqlText, AnyPartThatIsNoLiteralIsUnknown) {
  EXPECT_FALSE(builtInF(R"cpp(
    void f(long id) { query(std::string("SELECT 1 FROM t WHERE id = ") + std::to_string(id)); })cpp")
                   .Sql);
  EXPECT_FALSE(builtInF(R"cpp(
    std::string Base = "SELECT id FROM t ";
    void f() { query(Base + "WHERE a = 1"); })cpp")
                   .Sql);
  EXPECT_FALSE(builtInF(R"cpp(
    void f(const char *table) { query(fmt::format(table, 1)); })cpp")
                   .Sql);
  // A field where SQL does not take a value may change what the query
  // reads (a table, a condition, a sort key).
  EXPECT_FALSE(builtInF(R"cpp(
    void f() { query(fmt::format("SELECT id FROM {} WHERE a = 1", 1)); })cpp")
                   .Sql);
  EXPECT_FALSE(builtInF(R"cpp(
    void f() { query(fmt::format("SELECT id FROM t WHERE a = 1 AND {}", 1)); })cpp")
                   .Sql);
  EXPECT_FALSE(builtInF(R"cpp(
    void f() { query(fmt::format("SELECT id FROM t ORDER BY {} LIMIT 5", 1)); })cpp")
                   .Sql);
  // Not a valid format string: a brace that is never closed.
  EXPECT_FALSE(builtInF(R"cpp(
    void f() { query(fmt::format("SELECT {", 1)); })cpp")
                   .Sql);
}

} // namespace
} // namespace async_tidy::test
