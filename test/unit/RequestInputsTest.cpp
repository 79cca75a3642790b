//===--- RequestInputsTest.cpp - What a request reads, and what changes it -===//
//
// Each snippet's function `body` makes one call `ask(...)`: the tests ask
// whether its argument gives the same value again and which variables it
// reads, and whether the statement after it changes them or replaces the
// client.
//
//===----------------------------------------------------------------------===//

#include "RequestInputs.h"
#include "AstTestSupport.h"
#include "BodyWalker.h"

#include "clang/AST/ExprCXX.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

const char *Declarations = R"cpp(
namespace std {
struct string {
  string(const char *);
  const char *c_str() const;
  void append(const char *);
};
string operator+(const string &, const string &);
string to_string(int);
int rand();
template <class T> T &&move(T &t);
}
struct Client { int ask(const std::string &) const; int next(); };
int ask(std::string);
int ask(int);
int project_helper(int);
extern int global_counter;
const int Limit = 10;
struct Service {
  std::string base;
  const std::string fixed = "x";
  int body();
};
)cpp";

/// The variables `ask`'s argument reads, by name, or "unstable".
std::string inputsOf(const std::string &Code) {
  auto AST = buildAST(std::string(Declarations) + Code, /*WithPrelude=*/false);
  clang::ASTContext &Ctx = AST->getASTContext();
  std::string Out = "no call";
  forEachNode(findFunction(Ctx, "body")->getBody(), [&](const clang::Stmt *S) {
    const auto *Call = llvm::dyn_cast<clang::CallExpr>(S);
    if (!Call || !Call->getDirectCallee() || Call->getDirectCallee()->getName() != "ask")
      return;
    std::optional<Variables> Inputs = stableInputs(Call->getArg(0));
    if (!Inputs) {
      Out = "unstable";
      return;
    }
    Out.clear();
    for (const clang::VarDecl *V : *Inputs)
      Out += (Out.empty() ? "" : ",") + V->getName().str();
  });
  return Out;
}

TEST(StableInputs, LiteralsConstantsLocalsAndComputationsFromThem) {
  EXPECT_EQ(inputsOf("int body() { return ask(\"fixed\"); }"), "");
  EXPECT_EQ(inputsOf("int body() { return ask(Limit + 1); }"), "");
  EXPECT_EQ(inputsOf("int body(int id) { return ask(id * 2); }"), "id");
  EXPECT_EQ(inputsOf("int body(std::string a, int n) { return ask(a + std::to_string(n)); }"),
            "a,n");
  EXPECT_EQ(inputsOf("int body(std::string a) { return ask(a.c_str()); }"), "a");
  EXPECT_EQ(inputsOf("int Service::body() { return ask(fixed); }"), "");
}

TEST(StableInputs, WhatMayGiveAnotherValueIsUnstable) {
  EXPECT_EQ(inputsOf("int body() { return ask(std::rand()); }"), "unstable");
  EXPECT_EQ(inputsOf("int body(int id) { return ask(project_helper(id)); }"), "unstable");
  EXPECT_EQ(inputsOf("int body() { return ask(global_counter); }"), "unstable");
  EXPECT_EQ(inputsOf("int Service::body() { return ask(base); }"), "unstable");
  EXPECT_EQ(inputsOf("int body(int id) { return ask(id++); }"), "unstable");
  EXPECT_EQ(inputsOf("int body(Client c) { return ask(c.next()); }"), "unstable");
  EXPECT_EQ(inputsOf("int body(std::string s) { return ask(std::move(s)); }"), "unstable");
  EXPECT_EQ(inputsOf("int body(int v) { int &r = v; return ask(r); }"), "unstable");
  EXPECT_EQ(inputsOf("int body(int id) { return ask([id] { return id; }()); }"), "unstable");
}

/// Whether the statements of `body` after the one calling `ask` change its
/// input `id`, and whether they replace the client `c`.
std::pair<bool, bool> changesAfter(const std::string &Code) {
  auto AST = buildAST(std::string(Declarations) + Code, /*WithPrelude=*/false);
  clang::ASTContext &Ctx = AST->getASTContext();
  const clang::FunctionDecl *Body = findFunction(Ctx, "body");
  const auto *Block = llvm::cast<clang::CompoundStmt>(Body->getBody());
  const clang::VarDecl *Id = nullptr, *Client = nullptr;
  for (const clang::ParmVarDecl *P : Body->parameters())
    (P->getName() == "id" ? Id : Client) = P;
  bool Changes = false, Replaces = false;
  for (const clang::Stmt *S : llvm::ArrayRef(Block->body_begin(), Block->body_end()).drop_front()) {
    Changes = Changes || changesAny(*S, {Id}, Ctx);
    Replaces = Replaces || replacesObject(*S, Client->getCanonicalDecl(),
                                          [](const clang::CallExpr &) { return false; });
  }
  return {Changes, Replaces};
}

TEST(ChangesAndReplacements, WritesOfInputsAndClients) {
  EXPECT_EQ(changesAfter("void body(int id, Client c) { ask(id); c.ask(\"x\"); }"),
            std::make_pair(false, false));
  EXPECT_EQ(changesAfter("void body(int id, Client c) { ask(id); ++id; }"),
            std::make_pair(true, false));
  EXPECT_EQ(changesAfter("void set(int &); void body(int id, Client c) { ask(id); set(id); }"),
            std::make_pair(true, false));
  EXPECT_EQ(changesAfter("void body(int id, Client c) { ask(id); c = Client(); }"),
            std::make_pair(false, true));
  EXPECT_EQ(
      changesAfter("void reset(Client &); void body(int id, Client c) { ask(id); reset(c); }"),
      std::make_pair(false, true));
  EXPECT_EQ(changesAfter("void body(int id, Client c) { ask(id); Client *p = &c; }"),
            std::make_pair(false, true));
}

} // namespace
