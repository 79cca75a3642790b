//===--- AsyncTwinRewriterTest.cpp - Catalog twins become edits -----------===//
//
// The lit tests prove fixes against the real frameworks; these pin down the
// engine's decisions on small snippets.
//
//===----------------------------------------------------------------------===//

#include "AsyncTwinRewriter.h"
#include "ApiIndex.h"
#include "AstTestSupport.h"
#include "SourceEdits.h"

#include "clang/Rewrite/Core/Rewriter.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

TEST(ExpandTemplate, SubstitutesKnownPlaceholdersOnly) {
  llvm::StringMap<std::string> V;
  V["token"] = "use_awaitable";
  V["ec"] = "err";
  EXPECT_EQ(expandTemplate("redirect_error({token}, {ec})", V),
            std::optional<std::string>("redirect_error(use_awaitable, err)"));
  EXPECT_EQ(expandTemplate("f({arg3})", V), std::nullopt);
  EXPECT_EQ(expandTemplate("f({token)", V), std::nullopt);
  EXPECT_TRUE(mentionsPlaceholder("x({arg0})", "arg0"));
  EXPECT_FALSE(mentionsPlaceholder("x({arg0})", "arg1"));
}

const char *AsioShape = R"(
  namespace boost::system { struct error_code {}; }
  namespace boost::asio {
  struct use_awaitable_t {}; inline constexpr use_awaitable_t use_awaitable;
  template <class T, class E = int> struct awaitable {
    struct promise_type {
      awaitable get_return_object(); std::suspend_always initial_suspend() noexcept;
      std::suspend_always final_suspend() noexcept; void return_void();
      void unhandled_exception(); };
    bool await_ready(); void await_suspend(std::coroutine_handle<>); T await_resume(); };
  template <class P> struct basic_stream_socket {
    int read_some(int buf); int read_some(int buf, boost::system::error_code &ec);
    awaitable<int> async_read_some(int, use_awaitable_t); };
  }
  using socket = boost::asio::basic_stream_socket<int>;
)";

/// Runs the rewriter on the one catalogued call in coroutine `f` and
/// returns the body after the edits ("" when it refuses).
std::string rewriteIn(const std::string &Body) {
  auto AST = buildAST(std::string(AsioShape) + Body);
  clang::ASTContext &Ctx = AST->getASTContext();
  const Catalog &Cat = defaultCatalog();
  ApiIndex Index(Cat, Ctx);
  AsyncTwinRewriter Rewriter(Ctx, Index.resolver());
  clang::Rewriter Out(Ctx.getSourceManager(), Ctx.getLangOpts());
  bool Rewrote = false;
  const clang::FunctionDecl *F = findFunction(Ctx, "f");
  walkBody(llvm::cast<clang::CoroutineBodyStmt>(F->getBody())->getBody(), Ctx, WalkPolicy{},
           [&](const CallSite &Site) {
             const BlockingFunction *Entry = Index.blockingFunction(Site.Call);
             if (!Entry)
               return;
             FixPlan R = Rewriter.rewrite(Site, *Entry, *Cat.findFramework("boost-asio"));
             if (!R.hasEdits())
               return;
             Rewrote = true;
             for (const clang::FixItHint &Edit : R.Edits)
               Out.ReplaceText(Edit.RemoveRange, Edit.CodeToInsert);
           });
  if (!Rewrote)
    return "";
  clang::SourceRange Range = F->getBody()->getSourceRange();
  return Out.getRewrittenText(Range);
}

TEST(AsyncTwinRewriter, MemberCallGetsTheTokenAppended) {
  EXPECT_EQ(rewriteIn("boost::asio::awaitable<void> f(socket &s) { int n = s.read_some(1); }"),
            "{ int n = co_await s.async_read_some(1, boost::asio::use_awaitable); }");
}

TEST(AsyncTwinRewriter, TrailingErrorCodeBecomesRedirectError) {
  EXPECT_EQ(rewriteIn("boost::asio::awaitable<void> f(socket &s, boost::system::error_code "
                      "&ec) { s.read_some(1, ec); }"),
            "{ co_await s.async_read_some(1, boost::asio::redirect_error("
            "boost::asio::use_awaitable, ec)); }");
}

TEST(AsyncTwinRewriter, ParenthesisesWhenTheResultIsUsedAsAnObject) {
  EXPECT_EQ(rewriteIn("struct R { int v; R(int); };\n"
                      "boost::asio::awaitable<void> f(socket &s) { int x = R(s.read_some(1)).v "
                      "+ s.read_some(2); }"),
            "{ int x = R(co_await s.async_read_some(1, boost::asio::use_awaitable)).v + "
            "co_await s.async_read_some(2, boost::asio::use_awaitable); }");
}

TEST(AsyncTwinRewriter, RefusesInsideCatchHandlersAndMacros) {
  EXPECT_EQ(rewriteIn("boost::asio::awaitable<void> f(socket &s) { try {} catch (...) { "
                      "s.read_some(1); } }"),
            "");
  EXPECT_EQ(rewriteIn("#define READ(s) s.read_some(1)\n"
                      "boost::asio::awaitable<void> f(socket &s) { READ(s); }"),
            "");
}

} // namespace
