//===--- AwaitableStartTest.cpp - When an awaitable's work starts ---------===//
//
// One test per rule of AwaitableStart.h: the promise type decides where
// there is one, the catalog's lists decide the rest, anything else is
// unknown.
//
//===----------------------------------------------------------------------===//

#include "AwaitableStart.h"
#include "AstTestSupport.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

const char *Awaitables = R"cpp(
namespace std {
struct suspend_never {
  constexpr bool await_ready() const noexcept { return true; }
  void await_suspend(coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
}
struct awaiter_base {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  int await_resume();
};
struct ready_awaiter {
  constexpr bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
struct pool_awaiter {   // hands the coroutine to a pool, which starts it
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>);
  void await_resume() {}
};
struct lib_lazy_awaiter : pool_awaiter {};
// A coroutine type whose promise's initial_suspend returns INITIAL.
#define TASK_WITH(NAME, INITIAL)                                               \
  struct NAME : awaiter_base {                                                 \
    struct promise_type {                                                      \
      NAME get_return_object();                                                \
      INITIAL initial_suspend() noexcept;                                      \
      std::suspend_always final_suspend() noexcept;                            \
      void return_value(int);                                                  \
      void unhandled_exception();                                              \
    };                                                                         \
  };
TASK_WITH(lazy_task, std::suspend_always)
TASK_WITH(eager_task, std::suspend_never)
TASK_WITH(ready_task, ready_awaiter)
TASK_WITH(pool_task, pool_awaiter)
TASK_WITH(lib_lazy_task, lib_lazy_awaiter)
// A class template whose promise is never instantiated: its pattern says.
template <class T> struct template_task : awaiter_base {
  struct promise_type {
    template_task get_return_object();
    std::suspend_never initial_suspend() noexcept;
  };
};
struct promise_impl {
  struct future get_return_object();
  std::suspend_always initial_suspend() noexcept;
};
struct future : awaiter_base { using promise_type = promise_impl; };  // an alias
struct async_request : awaiter_base {};   // not a coroutine type
struct plain : awaiter_base {};
)cpp";

/// When the work of the awaitable type `Type` (spelled in the snippet)
/// starts, with the catalog lists `Lazy` and `Eager`.
std::string startOf(const std::string &Type, std::vector<std::string> Lazy = {},
                    std::vector<std::string> Eager = {}) {
  auto AST = buildAST(std::string(Awaitables) + Type + " probe() { throw 0; }\n");
  clang::ASTContext &Ctx = AST->getASTContext();
  AwaitableStartModel Model(Lazy, Eager);
  return workStartName(Model.startOf(findFunction(Ctx, "probe")->getReturnType()));
}

TEST(AwaitableStart, SuspendAlwaysIsLazy) { EXPECT_EQ(startOf("lazy_task"), "lazy"); }

TEST(AwaitableStart, SuspendNeverIsEager) { EXPECT_EQ(startOf("eager_task"), "eager"); }

TEST(AwaitableStart, AnAwaiterThatIsAlwaysReadyIsEager) {
  EXPECT_EQ(startOf("ready_task"), "eager");
}

TEST(AwaitableStart, AnyOtherInitialAwaiterIsUnknownUnlessTheCatalogSays) {
  EXPECT_EQ(startOf("pool_task"), "unknown");
  EXPECT_EQ(startOf("lib_lazy_task", {"lib_lazy_awaiter"}), "lazy");
  EXPECT_EQ(startOf("pool_task", {}, {"pool_awaiter"}), "eager");
}

TEST(AwaitableStart, APromiseTypeAliasIsFollowed) { EXPECT_EQ(startOf("future"), "lazy"); }

TEST(AwaitableStart, APromiseNeverInstantiatedIsReadFromItsPattern) {
  EXPECT_EQ(startOf("template_task<int>"), "eager");
}

TEST(AwaitableStart, AwaitablesThatAreNotCoroutinesAreWhatTheCatalogSays) {
  EXPECT_EQ(startOf("async_request", {}, {"async_request"}), "eager");
  EXPECT_EQ(startOf("async_request", {"async_request"}), "lazy");
  EXPECT_EQ(startOf("plain"), "unknown");
}

TEST(AwaitableStart, AlwaysReadyAwaitersAreSeen) {
  auto AST =
      buildAST(std::string(Awaitables) + "ready_awaiter r() { throw 0; }\nplain p() { throw 0; }");
  clang::ASTContext &Ctx = AST->getASTContext();
  EXPECT_TRUE(AwaitableStartModel::isAlwaysReady(findFunction(Ctx, "r")->getReturnType()));
  EXPECT_FALSE(AwaitableStartModel::isAlwaysReady(findFunction(Ctx, "p")->getReturnType()));
}

} // namespace
