//===--- FrameworkDetectorTest.cpp - Which framework a coroutine is -------===//

#include "FrameworkDetector.h"
#include "AstTestSupport.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

struct Detection {
  std::string FrameworkId; // "" for unknown.
  bool Asynchronous;
};

Detection detect(const std::string &Code, llvm::StringRef Function) {
  auto AST = buildAST(Code);
  const clang::FunctionDecl *FD = findFunction(AST->getASTContext(), Function);
  FrameworkDetector Detector(defaultCatalog());
  const FrameworkIdioms *F = Detector.detect(*FD);
  return {F ? F->Id : "", isAsynchronousCoroutine(*FD, F)};
}

TEST(FrameworkDetector, RecognisesEachFrameworkByReturnType) {
  struct Case {
    const char *Decl, *Type, *Id;
  };
  for (Case C :
       {Case{"DECLARE_TASK(boost::asio, awaitable)", "boost::asio::awaitable<void>", "boost-asio"},
        Case{"DECLARE_TASK(asio, awaitable)", "asio::awaitable<void>", "asio"},
        Case{"DECLARE_TASK(folly::coro, Task)", "folly::coro::Task<void>", "folly"},
        Case{"DECLARE_TASK(cppcoro, task)", "cppcoro::task<>", "cppcoro"},
        Case{"DECLARE_TASK(drogon, Task)", "drogon::Task<void>", "drogon"},
        Case{"DECLARE_TASK(drogon, AsyncTask)", "drogon::AsyncTask<>", "drogon"},
        Case{"DECLARE_TASK(coro, task)", "coro::task<void>", "libcoro"}}) {
    Detection D = detect(std::string(C.Decl) + "\n" + C.Type + " f() { co_return; }", "f");
    EXPECT_EQ(D.FrameworkId, C.Id) << C.Type;
    EXPECT_TRUE(D.Asynchronous) << C.Type;
  }
}

TEST(FrameworkDetector, LooksThroughAliasesAndAliasTemplates) {
  Detection D = detect(R"(DECLARE_TASK(boost::asio, awaitable)
    namespace app { template <class T> using task = boost::asio::awaitable<T>;
                    using void_task = task<void>; }
    app::void_task f() { co_return; })",
                       "f");
  EXPECT_EQ(D.FrameworkId, "boost-asio");
}

TEST(FrameworkDetector, RecognisesDependentReturnTypesInTemplates) {
  Detection D = detect(R"(DECLARE_TASK(folly::coro, Task)
    template <class T> folly::coro::Task<T> f(T) { co_return; })",
                       "f");
  EXPECT_EQ(D.FrameworkId, "folly");
}

TEST(FrameworkDetector, FallsBackToThePromiseType) {
  // A project's own task type whose promise is Asio's awaitable_frame.
  Detection D = detect(R"(
    struct R;
    namespace boost::asio::detail { struct awaitable_frame {
      ::R get_return_object();
      std::suspend_always initial_suspend() noexcept;
      std::suspend_always final_suspend() noexcept;
      void return_void(); void unhandled_exception(); }; }
    struct R { using promise_type = boost::asio::detail::awaitable_frame; };
    R f() { co_return; })",
                       "f");
  EXPECT_EQ(D.FrameworkId, "boost-asio");
}

TEST(FrameworkDetector, GeneratorsAreNotAsynchronous) {
  Detection D = detect("DECLARE_TASK(std, generator)\n"
                       "std::generator<int> g() { co_yield 1; }",
                       "g");
  EXPECT_EQ(D.FrameworkId, "std-generator");
  EXPECT_FALSE(D.Asynchronous);
  D = detect("DECLARE_TASK(cppcoro, generator)\n"
             "cppcoro::generator<int> g() { co_yield 1; }",
             "g");
  EXPECT_FALSE(D.Asynchronous);
}

TEST(FrameworkDetector, UnknownTypesAreAsynchronousOnlyIfTheyAwait) {
  Detection Awaits = detect("DECLARE_TASK(mine, task)\n"
                            "mine::task<int> other();\n"
                            "mine::task<void> f() { co_await other(); }",
                            "f");
  EXPECT_EQ(Awaits.FrameworkId, "");
  EXPECT_TRUE(Awaits.Asynchronous);
  Detection Yields = detect("DECLARE_TASK(mine, lazy_seq)\n"
                            "mine::lazy_seq<int> f() { co_yield 1; }",
                            "f");
  EXPECT_FALSE(Yields.Asynchronous);
  // A co_await in a nested lambda coroutine is not the outer one's.
  Detection Nested = detect(R"(DECLARE_TASK(mine, seq)
    mine::seq<int> other();
    mine::seq<int> f() {
      auto l = []() -> mine::seq<int> { co_await other(); };
      co_yield 1;
    })",
                            "f");
  EXPECT_FALSE(Nested.Asynchronous);
}

TEST(FrameworkDetector, NonCoroutinesAreNotAsynchronous) {
  Detection D = detect("DECLARE_TASK(boost::asio, awaitable)\n"
                       "boost::asio::awaitable<int> make();\n"
                       "boost::asio::awaitable<int> f() { return make(); }",
                       "f");
  EXPECT_EQ(D.FrameworkId, "boost-asio");
  EXPECT_FALSE(D.Asynchronous);
}

} // namespace
