//===--- ApiIndexTest.cpp - Catalog names resolved against an AST ---------===//

#include "ApiIndex.h"
#include "AstTestSupport.h"

#include "clang/AST/ExprCXX.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

/// Every call and construction in function `In`, with the catalogued
/// blocking entry it matches (first name) or "-".
std::vector<std::string> matchesIn(const std::string &Code, const Catalog &Cat,
                                   llvm::StringRef In = "user") {
  auto AST = buildAST(Code, /*WithPrelude=*/false);
  clang::ASTContext &Ctx = AST->getASTContext();
  ApiIndex Index(Cat, Ctx);
  struct Calls : clang::RecursiveASTVisitor<Calls> {
    std::vector<const clang::Expr *> Found;
    bool VisitCallExpr(clang::CallExpr *E) {
      Found.push_back(E);
      return true;
    }
    bool VisitCXXConstructExpr(clang::CXXConstructExpr *E) {
      Found.push_back(E);
      return true;
    }
  } C;
  C.TraverseStmt(findFunction(Ctx, In)->getBody());
  std::vector<std::string> Out;
  for (const clang::Expr *E : C.Found) {
    const BlockingFunction *F = Index.blockingFunction(E);
    Out.push_back(F ? F->Names.front() : "-");
  }
  return Out;
}

Catalog catalogOf(const char *Json) {
  CatalogParseResult R = parseCatalog(Json, "test.json");
  EXPECT_TRUE(R.Value) << R.Error->format();
  return R.Value.value_or(Catalog{});
}

using Names = std::vector<std::string>;

TEST(ApiIndex, AnAliasOfOneSpecializationMatchesOnlyThatSpecialization) {
  // libpqxx 6.4: connection and lazyconnection are both aliases of
  // basic_connection_base<Policy>; only the direct policy connects at once.
  Catalog Cat = catalogOf(R"({"version": 1, "blocking_functions": [
      {"name": "pqxx::connection", "kind": "database", "constructor": true}]})");
  Names Got = matchesIn(R"(
    namespace pqxx {
    struct connect_direct {}; struct connect_lazy {};
    template <class Policy> struct basic_connection_base {
      explicit basic_connection_base(const char *);
      basic_connection_base(basic_connection_base &&);
    };
    using connection = basic_connection_base<connect_direct>;
    using lazyconnection = basic_connection_base<connect_lazy>;
    }
    void user() {
      pqxx::connection c("db");
      pqxx::lazyconnection l("db");
      pqxx::connection moved(static_cast<pqxx::connection &&>(c));
    })",
                        Cat);
  EXPECT_EQ(Got, (Names{"pqxx::connection", "-", "-"}));
}

TEST(ApiIndex, InheritedMembersResolveToTheirDeclaringClass) {
  Catalog Cat = catalogOf(R"({"version": 1, "blocking_functions": [
      {"name": "pqxx::work::exec", "kind": "database"}]})");
  Names Got = matchesIn(R"(
    namespace pqxx {
    struct transaction_base { int exec(const char *); int quote(const char *); };
    namespace internal { struct basic_transaction : transaction_base {}; }
    template <int Isolation = 0> struct transaction : internal::basic_transaction {};
    using work = transaction<>;
    struct nontransaction : transaction_base {};
    }
    void user(pqxx::work &w, pqxx::nontransaction &n) {
      w.exec("select 1");
      w.quote("x");
      n.exec("select 2");
    })",
                        Cat);
  // exec is transaction_base::exec: every transaction type's exec blocks.
  EXPECT_EQ(Got, (Names{"pqxx::work::exec", "-", "pqxx::work::exec"}));
}

TEST(ApiIndex, OverloadsAreToldApartByParameters) {
  Catalog Cat = catalogOf(R"({"version": 1, "blocking_functions": [
      {"name": "drogon::HttpClient::sendRequest", "kind": "network",
       "parameters": ["*", "double"]}]})");
  Names Got = matchesIn(R"(
    namespace drogon {
    struct HttpRequest {}; using HttpRequestPtr = HttpRequest *;
    using Callback = void (*)(int);
    struct HttpClient {
      void sendRequest(const HttpRequestPtr &, const Callback &, double timeout = 0);
      int sendRequest(const HttpRequestPtr &, double timeout = 0);
    };
    }
    void user(drogon::HttpClient &c, drogon::HttpRequestPtr r) {
      c.sendRequest(r, nullptr);
      c.sendRequest(r);
      c.sendRequest(r, 2.0);
    })",
                        Cat);
  EXPECT_EQ(Got,
            (Names{"-", "drogon::HttpClient::sendRequest", "drogon::HttpClient::sendRequest"}));
}

TEST(ApiIndex, ObjectTypeConstrainsTheReceiver) {
  Catalog Cat = catalogOf(R"({"version": 1, "blocking_functions": [
      {"name": ["std::basic_istream::read", "std::getline"], "kind": "file",
       "object_type": "std::basic_ifstream"}]})");
  Names Got = matchesIn(R"(
    namespace std {
    template <class C> struct basic_istream { basic_istream &read(C *, long); };
    template <class C> struct basic_ifstream : basic_istream<C> {};
    template <class C> struct basic_istringstream : basic_istream<C> {};
    template <class C> basic_istream<C> &getline(basic_istream<C> &, C *);
    struct app_file : basic_ifstream<char> {};
    }
    void user(std::basic_ifstream<char> &f, std::basic_istringstream<char> &s,
              std::app_file &a, char *buf) {
      f.read(buf, 1);
      s.read(buf, 1);
      std::getline(f, buf);
      std::getline(s, buf);
      a.read(buf, 1);
    })",
                        Cat);
  EXPECT_EQ(Got, (Names{"std::basic_istream::read", "-", "std::basic_istream::read", "-",
                        "std::basic_istream::read"}));
}

TEST(ApiIndex, InlineNamespacesAndUsingDeclarationsAreTransparent) {
  Catalog Cat = catalogOf(R"({"version": 1, "blocking_functions": [
      {"name": "std::future::get", "kind": "wait"},
      {"name": "std::system", "kind": "process"}]})");
  Names Got = matchesIn(R"(
    extern "C" int system(const char *);
    namespace std { inline namespace __1 {
      template <class T> struct future { T get(); };
      template <> struct future<void> { void get(); };
    }
    using ::system;
    }
    namespace app { int system(const char *); }
    void user(std::future<int> &a, std::future<void> &b) {
      a.get();
      b.get();
      std::system("ls");
      ::system("ls");
      app::system("ls");
    })",
                        Cat);
  EXPECT_EQ(Got,
            (Names{"std::future::get", "std::future::get", "std::system", "std::system", "-"}));
}

TEST(ApiIndex, MinArgsSkipsConstructorsThatDoNotOpenAnything) {
  Catalog Cat = catalogOf(R"({"version": 1, "blocking_functions": [
      {"name": "std::basic_ifstream", "kind": "file", "constructor": true, "min_args": 1}]})");
  Names Got = matchesIn(R"(
    namespace std { template <class C> struct basic_ifstream {
      basic_ifstream(); explicit basic_ifstream(const char *, int mode = 8); };
      using ifstream = basic_ifstream<char>; }
    void user() { std::ifstream a; std::ifstream b("config.json"); })",
                        Cat);
  EXPECT_EQ(Got, (Names{"-", "std::basic_ifstream"}));
}

TEST(ApiIndex, FunctionObjectsAreInlineCallersThroughTheirCallOperator) {
  Catalog Cat = catalogOf(R"({"version": 1, "inline_callers": ["std::ranges::for_each"]})");
  auto AST = buildAST(R"(
    namespace std::ranges { struct __for_each_fn {
      template <class R, class F> void operator()(R &&, F) const {} };
      inline constexpr __for_each_fn for_each{}; }
    void user(int (&v)[2]) { std::ranges::for_each(v, [](int) {}); })",
                      false);
  clang::ASTContext &Ctx = AST->getASTContext();
  ApiIndex Index(Cat, Ctx);
  struct Calls : clang::RecursiveASTVisitor<Calls> {
    const clang::FunctionDecl *Callee = nullptr;
    bool VisitCXXOperatorCallExpr(clang::CXXOperatorCallExpr *E) {
      Callee = E->getDirectCallee();
      return true;
    }
  } C;
  C.TraverseStmt(findFunction(Ctx, "user")->getBody());
  ASSERT_NE(C.Callee, nullptr);
  EXPECT_TRUE(Index.isInlineCaller(C.Callee));
}

TEST(NameResolver, ResolvesOnlyWhatIsDeclared) {
  auto AST = buildAST("namespace boost::asio { struct steady_timer {}; "
                      "namespace this_coro { constexpr int executor = 0; } }",
                      false);
  NameResolver R(AST->getASTContext());
  EXPECT_TRUE(R.isDeclared("boost::asio::steady_timer"));
  EXPECT_TRUE(R.isDeclared("boost::asio::this_coro::executor"));
  EXPECT_FALSE(R.isDeclared("boost::asio::use_awaitable"));
  EXPECT_FALSE(R.isDeclared("folly::coro::sleep"));
}

} // namespace
