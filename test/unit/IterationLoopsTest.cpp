//===--- IterationLoopsTest.cpp - Which loop repeats a call ---------------===//
//
// Each snippet's function `body` calls `io()` once; the tests ask which loop
// repeats it, what the loop runs over, its constant trip count and whether
// it awaits its input or can exit.
//
//===----------------------------------------------------------------------===//

#include "IterationLoops.h"
#include "AstTestSupport.h"
#include "BodyWalker.h"
#include "QualifiedNames.h"

#include "clang/AST/StmtCXX.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

const char *Declarations = R"cpp(
namespace std {
template <class T, unsigned long N> struct array { T data[N]; T *begin(); T *end(); };
template <class T> struct initializer_list {
  const T *b; unsigned long n;
  const T *begin() const; const T *end() const;
};
template <class It, class F> F for_each(It, It, F f) { return f; }
}
struct Ids { int *begin(); int *end(); };
int io(int = 0);
)cpp";

struct LoopFacts {
  std::string Kind = "none"; // for, range, while, do, algorithm
  std::string Subject;
  std::optional<uint64_t> Trips;
  bool CanExit = false;
};

LoopFacts factsFor(const std::string &Code) {
  auto AST = buildAST(std::string(Declarations) + Code, /*WithPrelude=*/false);
  clang::ASTContext &Ctx = AST->getASTContext();
  LoopFacts Facts;
  WalkPolicy Policy{
      [](const clang::FunctionDecl *FD) { return catalogName(FD) == "std::for_each"; }, nullptr};
  walkBody(findFunction(Ctx, "body")->getBody(), Ctx, Policy, [&](const CallSite &Site) {
    if (Site.Callee->getNameAsString() != "io")
      return;
    std::optional<IterationLoop> Loop =
        innermostIterationLoop(Site.Ancestors, Site.Call, [](const clang::FunctionDecl *FD) {
          return catalogName(FD) == "std::for_each";
        });
    if (!Loop)
      return;
    const clang::Stmt *S = Loop->Loop;
    Facts.Kind = llvm::isa<clang::ForStmt>(S)           ? "for"
                 : llvm::isa<clang::CXXForRangeStmt>(S) ? "range"
                 : llvm::isa<clang::WhileStmt>(S)       ? "while"
                 : llvm::isa<clang::DoStmt>(S)          ? "do"
                                                        : "algorithm";
    Facts.Subject = iterationSubject(*Loop, Ctx);
    Facts.Trips = constantTripCount(*Loop, Ctx);
    Facts.CanExit = ownCallsOf(*Loop).CanExit;
  });
  return Facts;
}

TEST(IterationLoops, ForLoopsCountConstantBounds) {
  LoopFacts F = factsFor("void body() { for (int i = 0; i < 3; ++i) io(i); }");
  EXPECT_EQ(F.Kind, "for");
  EXPECT_EQ(F.Subject, "i");
  EXPECT_EQ(F.Trips, 3u);
  EXPECT_EQ(factsFor("void body() { for (int i = 1; i <= 4; i += 1) io(); }").Trips, 4u);
  EXPECT_EQ(factsFor("void body() { for (int i = 5; i > 0; --i) io(); }").Trips, 5u);
  EXPECT_EQ(factsFor("void body(int n) { for (int i = 0; i < n; ++i) io(); }").Trips, std::nullopt);
  EXPECT_EQ(factsFor("void body() { for (int i = 0; i < 9; i += 2) io(); }").Trips, std::nullopt);
}

TEST(IterationLoops, RangeForOverArraysAndBracedLists) {
  EXPECT_EQ(factsFor("void body() { for (int x : {1, 2}) io(x); }").Trips, 2u);
  EXPECT_EQ(factsFor("void body() { int a[7]; for (int x : a) io(x); }").Trips, 7u);
  EXPECT_EQ(factsFor("void body() { std::array<int, 3> a; for (int x : a) io(x); }").Trips, 3u);
  LoopFacts F = factsFor("void body(Ids ids) { for (int id : ids) io(id); }");
  EXPECT_EQ(F.Kind, "range");
  EXPECT_EQ(F.Subject, "ids");
  EXPECT_EQ(F.Trips, std::nullopt);
}

TEST(IterationLoops, OnlyTheBodyIsPerIteration) {
  // The range and a for's init run once; the innermost loop is the one.
  EXPECT_EQ(factsFor("void body(Ids ids) { for (int i = io(); i < 9; ++i) {} }").Kind, "none");
  EXPECT_EQ(factsFor("void body() { while (io()) {} }").Kind, "none");
  LoopFacts F =
      factsFor("void body(Ids ids) { for (int a : ids) { for (int b : {1, 2, 3, 4}) io(b); } }");
  EXPECT_EQ(F.Subject, "{1, 2, 3, 4}");
  EXPECT_EQ(F.Trips, 4u);
}

TEST(IterationLoops, WhileDoAndAlgorithmLambdas) {
  EXPECT_EQ(factsFor("void body(int n) { while (n--) io(); }").Kind, "while");
  EXPECT_EQ(factsFor("void body(int n) { do { io(); } while (--n); }").Kind, "do");
  LoopFacts F = factsFor(
      "void body(Ids ids) { std::for_each(ids.begin(), ids.end(), [](int x) { io(x); }); }");
  EXPECT_EQ(F.Kind, "algorithm");
  EXPECT_EQ(F.Subject, "ids");
  // A lambda invoked on the spot is not a loop.
  EXPECT_EQ(factsFor("void body() { [] { io(); }(); }").Kind, "none");
}

TEST(IterationLoops, ExitsAtTheLoopsOwnLevel) {
  EXPECT_TRUE(factsFor("void body(int n) { while (n) { if (io()) break; } }").CanExit);
  EXPECT_TRUE(factsFor("int body(int n) { while (n) { if (io()) return 1; } return 0; }").CanExit);
  // A break of a nested switch or loop leaves only that.
  EXPECT_FALSE(
      factsFor("void body(int n) { while (n) { io(); switch (n) { case 1: break; } } }").CanExit);
  EXPECT_FALSE(factsFor("void body(int n) { while (n) { io(); for (;;) break; } }").CanExit);
}

} // namespace
