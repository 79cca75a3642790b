//===--- BodyWalkerTest.cpp - What a body runs, and where -----------------===//

#include "BodyWalker.h"
#include "AstTestSupport.h"
#include "QualifiedNames.h"

#include "clang/AST/Attr.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

struct Seen {
  std::string Callee;
  std::string Context; // i=inline lambda, c=catch, s=static init, l=lock.
};

std::vector<Seen> walk(const std::string &Code) {
  auto AST = buildAST(std::string(R"(
    namespace std {
      template <class It, class F> F for_each(It, It, F f) { return f; }
      struct mutex {};
      template <class M> struct lock_guard { explicit lock_guard(M &); };
      struct thread { template <class F> explicit thread(F) {} };
    }
    void post(void (*)());
    template <class F> void post_lambda(F) {}
    int block(int = 0);
  )") + Code,
                      /*WithPrelude=*/false);
  clang::ASTContext &Ctx = AST->getASTContext();
  WalkPolicy Policy{
      [](const clang::FunctionDecl *FD) { return catalogName(FD) == "std::for_each"; },
      [](const clang::VarDecl *V) { return catalogNameOfType(V->getType()) == "std::lock_guard"; }};
  std::vector<Seen> Out;
  walkBody(findFunction(Ctx, "body")->getBody(), Ctx, Policy, [&](const CallSite &S) {
    if (S.Callee->getNameAsString() != "block")
      return;
    std::string C;
    if (S.InlineLambdaDepth)
      C += 'i';
    if (S.InCatchHandler)
      C += 'c';
    if (S.InStaticInitializer)
      C += 's';
    if (S.HeldLock)
      C += 'l';
    Out.push_back({"block", C});
  });
  return Out;
}

std::vector<std::string> contexts(const std::vector<Seen> &V) {
  std::vector<std::string> Out;
  for (const Seen &S : V)
    Out.push_back(S.Context);
  return Out;
}

using Strings = std::vector<std::string>;

TEST(BodyWalker, InlineLambdasArePartOfTheBodyHandedOnesAreNot) {
  EXPECT_EQ(contexts(walk(R"(void body(int *b, int *e) {
      [&] { block(); }();                         // invoked on the spot
      std::for_each(b, e, [](int) { block(); });  // run by an algorithm
      post_lambda([] { block(); });               // handed elsewhere
      std::thread t([] { block(); });             // another thread
      auto later = [] { block(); };               // stored, not called here
      auto captured = [x = block()] { return x; }; // init-capture runs here
    })")),
            (Strings{"i", "i", ""}));
}

TEST(BodyWalker, UnevaluatedOperandsAndDiscardedBranchesAreSkipped) {
  EXPECT_EQ(walk(R"(void body() {
      (void)sizeof(block());
      decltype(block()) x = 0;
      bool n = noexcept(block());
      if constexpr (sizeof(int) == 0) { block(); } else { block(1); }
    })")
                .size(),
            1u);
}

TEST(BodyWalker, ReportsCatchHandlersStaticInitializersAndHeldLocks) {
  EXPECT_EQ(contexts(walk(R"(void body(std::mutex &m) {
      try { block(); } catch (...) { block(); }
      static int once = block();
      {
        std::lock_guard<std::mutex> g(m);
        block();
      }
      block();
      if (std::lock_guard<std::mutex> g(m); true) block();
      block();
    })")),
            (Strings{"", "c", "s", "l", "", "l", ""}));
}

TEST(BodyWalker, LocalClassesAreNotPartOfTheBody) {
  EXPECT_EQ(walk(R"(void body() {
      struct Local { void f() { block(); } };
      block();
    })")
                .size(),
            1u);
}

TEST(BodyWalker, SemanticParentSkipsImplicitNodes) {
  auto AST = buildAST("int f(); void body() { long x = (f()); }", false);
  clang::ASTContext &Ctx = AST->getASTContext();
  const clang::Stmt *Parent = nullptr, *WithParens = nullptr;
  walkBody(findFunction(Ctx, "body")->getBody(), Ctx, WalkPolicy{}, [&](const CallSite &S) {
    Parent = semanticParent(S.Ancestors, S.Call);
    WithParens = semanticParent(S.Ancestors, S.Call, nullptr, true);
  });
  ASSERT_NE(Parent, nullptr);
  EXPECT_TRUE(llvm::isa<clang::DeclStmt>(Parent));
  EXPECT_TRUE(llvm::isa<clang::ParenExpr>(WithParens));
}

} // namespace
