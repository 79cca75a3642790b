//===--- SchedulingAwaitersTest.cpp - Awaiters that only move or delay ---===//
//
// One test per rule of SchedulingAwaiters.h: an awaiter of the project
// whose await_suspend hands its coroutine to a resume scheduler, and makes
// no catalogued request, only schedules; anything else does not.
//
//===----------------------------------------------------------------------===//

#include "SchedulingAwaiters.h"
#include "ApiIndex.h"
#include "AstTestSupport.h"
#include "Catalog.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

const char *Awaiters = R"cpp(
struct Loop {
  template <class F> void runAfter(double seconds, F f);
  template <class F> void queueInLoop(F f);
  template <class F> void runEvery(double seconds, F f);
};
extern "C" void send_query(const char *sql, void (*done)(void *), void *arg);
void resume(std::coroutine_handle<> h);
struct awaiter_base {
  bool await_ready() const noexcept { return false; }
  void await_resume() const noexcept {}
};
struct sleep_awaiter : awaiter_base {
  Loop *loop;
  void await_suspend(std::coroutine_handle<> h) { loop->runAfter(1.0, [h] { resume(h); }); }
};
struct switch_awaiter : awaiter_base {
  Loop *loop;
  void await_suspend(std::coroutine_handle<> h) { loop->queueInLoop(h); }
};
struct query_awaiter : awaiter_base {   // a request, resumed from its callback
  Loop *loop;
  void await_suspend(std::coroutine_handle<> h) {
    loop->queueInLoop([h] { send_query("SELECT 1", nullptr, h.address()); });
  }
};
struct repeating_awaiter : awaiter_base {   // runEvery is no resume scheduler
  Loop *loop;
  void await_suspend(std::coroutine_handle<> h) { loop->runEvery(1.0, [h] { resume(h); }); }
};
struct declared_awaiter : awaiter_base {    // no body to read
  void await_suspend(std::coroutine_handle<> h);
};
struct int_value {};
)cpp";

bool onlySchedules(const std::string &Type) {
  auto AST = buildAST(std::string(Awaiters) + Type + " probe() { throw 0; }\n");
  clang::ASTContext &Ctx = AST->getASTContext();
  CatalogParseResult R = parseCatalog(
      R"({"version": 1, "io_calls": [{"name": "send_query", "kind": "database", "query_arg": 0}]})",
      "test.json");
  EXPECT_TRUE(R.Value);
  Catalog Cat = R.Value.value_or(Catalog{});
  ApiIndex Index(Cat, Ctx);
  SchedulingAwaiters Model(Ctx, Index, {"Loop::runAfter", "Loop::queueInLoop"});
  return Model.onlySchedules(findFunction(Ctx, "probe")->getReturnType());
}

TEST(SchedulingAwaiters, ATimerCallbackThatResumesIsASleep) {
  EXPECT_TRUE(onlySchedules("sleep_awaiter"));
}

TEST(SchedulingAwaiters, HandingTheHandleToALoopIsASwitch) {
  EXPECT_TRUE(onlySchedules("switch_awaiter"));
}

TEST(SchedulingAwaiters, ARequestInTheLambdaItHandsOnIsAnOperation) {
  EXPECT_FALSE(onlySchedules("query_awaiter"));
}

TEST(SchedulingAwaiters, OnlyTheCatalogsSchedulersCount) {
  EXPECT_FALSE(onlySchedules("repeating_awaiter"));
}

TEST(SchedulingAwaiters, AnAwaitSuspendWithoutABodyIsUnknown) {
  EXPECT_FALSE(onlySchedules("declared_awaiter"));
}

TEST(SchedulingAwaiters, ATypeWithoutAwaitSuspendIsNone) {
  EXPECT_FALSE(onlySchedules("int_value"));
}

} // namespace
