//===--- AwaitDependencyTest.cpp - Which awaits could run concurrently ----===//
//
// One test per rule that decides "dependent", and the independent shapes
// next to them.
//
//===----------------------------------------------------------------------===//

#include "AwaitDependency.h"
#include "AstTestSupport.h"

#include "clang/AST/StmtCXX.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

const char *Service = R"cpp(
namespace std { template <class T> T &&move(T &t) noexcept; }
DECLARE_TASK(app, task)
namespace app {
struct Socket { task<int> read(); task<void> write(int); };
struct Pool { task<int> query(const char *sql); };
struct Conn { task<int> exec(const char *sql); };
struct Timer { task<void> wait(); };
struct Lock { task<void> lock(); task<void> unlock(); };
struct Event {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
};
struct UserRepo { Conn &conn; task<int> load(int id); };
struct OrderRepo { Conn *conn; task<int> load(int id); };
struct Client {
  Pool &pool;
  int calls = 0;
  task<int> get_profile(int id) { co_return co_await pool.query("select 1"); }
  task<int> search(const char *q) { co_return co_await pool.query(q); }
  task<int> counted(int id) { ++calls; co_return co_await pool.query("select 2"); }
};
task<int> fetch(int id);
// Work that starts when made (catalogued eager), and awaitables whose start
// nothing says.
struct started { bool await_ready(); void await_suspend(std::coroutine_handle<>); int await_resume(); };
struct opaque { bool await_ready(); void await_suspend(std::coroutine_handle<>); int await_resume(); };
started start_fetch(int id);
opaque make_opaque(int id);
struct executor_query { bool await_ready() const; void await_suspend(std::coroutine_handle<>) const; int await_resume() const; };
inline constexpr executor_query current_executor{};
struct Yield { bool await_ready(); void await_suspend(std::coroutine_handle<>); void await_resume(); };
task<int> fetch_into(int &out);
task<int> run(void (*)());
template <class F> task<int> run_lambda(F f) { f(); co_return co_await fetch(0); }
Client &client_for(int tenant);
int log_line(const char *);
constexpr int twice(int v) { return 2 * v; }
}
using namespace app;
)cpp";

struct Result {
  std::vector<unsigned> GroupSizes;
  std::vector<std::string> Rules; // Of the rejected pairs, in order.
};

Result analyse(const std::string &Code) {
  auto AST = buildAST(std::string(Service) + Code);
  clang::ASTContext &Ctx = AST->getASTContext();
  // The pool's query is a database statement whose SQL is its argument.
  Catalog WithPool = defaultCatalog();
  WithPool.IoCalls.push_back(IoCall{{"app::Pool::query"}, IoKind::Database, false, 0});
  ApiIndex Index(WithPool, Ctx);
  DependencyPolicy Policy;
  Policy.ConcurrencySafeTypes = {"app::Pool"};
  Policy.SingleOperationTypes = {"app::Socket", "app::Conn"};
  Policy.OrderingFunctions = {"app::Timer::wait"};
  Policy.LockFunctions = {"app::Lock::lock", "app::Lock::unlock"};
  Policy.SynchronizationTypes = {"app::Event", "std::suspend_always"};
  Policy.EagerTypes = {"app::started"};
  Policy.QueryAwaitables = {"app::current_executor"};
  Policy.OrderingTypes = {"app::Yield"};
  AwaitDependencyAnalysis Analysis(Ctx, Index, Policy);
  const clang::FunctionDecl *F = findFunction(Ctx, "handler");
  const auto *Body = llvm::cast<clang::CompoundStmt>(
      llvm::cast<clang::CoroutineBodyStmt>(F->getBody())->getBody());
  std::vector<DependentPair> Rejected;
  Result R;
  for (const AwaitGroup &G : Analysis.groups(Body, 2, &Rejected))
    R.GroupSizes.push_back(G.Members.size());
  for (const DependentPair &P : Rejected)
    R.Rules.push_back(dependencyRuleName(P.Why.Rule));
  return R;
}

using Sizes = std::vector<unsigned>;
using Rules = std::vector<std::string>;

TEST(AwaitDependency, IndependentCallsFormOneGroup) {
  Result R = analyse(R"cpp(task<int> handler(Pool &pool) {
    auto a = co_await fetch(1);
    auto b = co_await fetch(2);
    int c = co_await pool.query("select 3");
    co_return a + b + c;
  })cpp");
  EXPECT_EQ(R.GroupSizes, Sizes{3});
  EXPECT_TRUE(R.Rules.empty());
}

TEST(AwaitDependency, ReadingTheEarlierResultIsDependent) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = co_await fetch(1);
    auto b = co_await fetch(a);
    co_return b;
  })cpp");
  EXPECT_TRUE(R.GroupSizes.empty());
  EXPECT_EQ(R.Rules, Rules{"reads-earlier-result"});
}

TEST(AwaitDependency, ReadingThroughAReferenceToTheResultIsDependent) {
  Result R = analyse(R"cpp(task<int> handler(int &out) {
    int *p = &out;
    co_await fetch_into(out);
    auto b = co_await fetch(*p);
    co_return b;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"reads-earlier-result"});
}

TEST(AwaitDependency, OneSingleOperationObjectIsDependent) {
  Result R = analyse(R"cpp(task<int> handler(Socket &sock) {
    co_await sock.write(1);
    auto n = co_await sock.read();
    co_return n;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"same-receiver"});
}

TEST(AwaitDependency, AConcurrencySafePoolServesBoth) {
  Result R = analyse(R"cpp(task<int> handler(Pool &pool) {
    auto a = co_await pool.query("select * from users");
    auto b = co_await pool.query("select * from orders");
    co_return a + b;
  })cpp");
  EXPECT_EQ(R.GroupSizes, Sizes{2});
}

TEST(AwaitDependency, AWriteAndARead_OfOneTableAreDependent) {
  Result R = analyse(R"cpp(task<int> handler(Pool &pool) {
    co_await pool.query("INSERT INTO users VALUES (1)");
    auto n = co_await pool.query("SELECT count(*) FROM users");
    co_return n;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"write-conflict"});
}

TEST(AwaitDependency, SqlInAConstantVariableIsRead) {
  Result R = analyse(R"cpp(task<int> handler(Pool &pool) {
    static constexpr auto count = "SELECT count(*) FROM users";
    co_await pool.query("INSERT INTO users VALUES (1)");
    auto n = co_await pool.query(count);
    co_return n;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"write-conflict"});
}

TEST(AwaitDependency, AWriteNextToUnknownSqlIsDoubtful) {
  Result R = analyse(R"cpp(task<int> handler(Pool &pool, const char *sql) {
    co_await pool.query("INSERT INTO users VALUES (1)");
    auto n = co_await pool.query(sql);
    co_return n;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"doubtful"});
}

TEST(AwaitDependency, ObjectsHoldingTheSameKindOfResourceAreDependent) {
  Result R = analyse(R"cpp(task<int> handler(UserRepo &users, OrderRepo &orders) {
    auto u = co_await users.load(1);
    auto o = co_await orders.load(1);
    co_return u + o;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"shared-resource"});
}

TEST(AwaitDependency, MemberCoroutinesThatOnlyReadTheirObjectAreIndependent) {
  Result R = analyse(R"cpp(task<int> handler(Client &client) {
    auto p = co_await client.get_profile(1);
    auto s = co_await client.search("shoes");
    co_return p + s;
  })cpp");
  EXPECT_EQ(R.GroupSizes, Sizes{2});
  R = analyse(R"cpp(task<int> handler(Client &client) {
    auto p = co_await client.counted(1);
    auto s = co_await client.counted(2);
    co_return p + s;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"same-receiver"});
}

TEST(AwaitDependency, WritingThroughAMemberPointerChangesTheObject) {
  // A client whose member coroutine writes to the socket it holds by
  // pointer: two writes on one client stay in order (a frame header, then
  // its payload).
  Result R = analyse(R"cpp(
    namespace app { task<void> write_to(Socket &s, int v);
    struct WsClient { Socket *sock; task<void> write_raw(int v) { co_await write_to(*sock, v); } }; }
    task<int> handler(WsClient &client) {
      co_await client.write_raw(1);
      co_await client.write_raw(2);
      co_return 0;
    })cpp");
  EXPECT_EQ(R.Rules, Rules{"same-receiver"});
}

TEST(AwaitDependency, AStatementThatCanLeaveTheBlockEndsTheRun) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = co_await fetch(1);
    if (!a) co_return 0;
    auto b = co_await fetch(2);
    co_return b;
  })cpp");
  EXPECT_TRUE(R.GroupSizes.empty());
  EXPECT_EQ(R.Rules, Rules{"intervening-statement"});
}

TEST(AwaitDependency, LocalComputationsMayStayBetweenButNotFeedALaterAwait) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = co_await fetch(1);
    int limit = twice(10);
    auto b = co_await fetch(2);
    co_return a + b + limit;
  })cpp");
  EXPECT_EQ(R.GroupSizes, Sizes{2});
  R = analyse(R"cpp(task<int> handler() {
    auto a = co_await fetch(1);
    int id = twice(10);
    auto b = co_await fetch(id);
    co_return a + b;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"intervening-statement"});
  R = analyse(R"cpp(task<int> handler() {
    auto a = co_await fetch(1);
    int logged = log_line("between");
    auto b = co_await fetch(2);
    co_return a + b + logged;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"intervening-statement"});
}

TEST(AwaitDependency, TimersAndExecutorSwitchesAreOrdering) {
  Result R = analyse(R"cpp(task<int> handler(Timer &t) {
    co_await t.wait();
    auto a = co_await fetch(1);
    co_return a;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"ordering"});
}

TEST(AwaitDependency, AwaitsAfterALockKeepTheirOrder) {
  // Independent on their own, but both run inside the critical section:
  // what the lock protects is what they share.
  Result R = analyse(R"cpp(task<int> handler(Lock &m) {
    co_await m.lock();
    auto a = co_await fetch(1);
    auto b = co_await fetch(2);
    co_await m.unlock();
    co_return a + b;
  })cpp");
  EXPECT_TRUE(R.GroupSizes.empty());
  EXPECT_EQ(R.Rules, (Rules{"ordering", "critical-section", "ordering"}));
}

TEST(AwaitDependency, AwaitedEventsAndSuspensionPointsAreOrdering) {
  // libcoro's test_condition_variable: wait for the event, then notify.
  Result R = analyse(R"cpp(task<int> handler(Event &ready) {
    co_await ready;
    auto a = co_await fetch(1);
    co_await std::suspend_always{};
    auto b = co_await fetch(2);
    co_return a + b;
  })cpp");
  EXPECT_TRUE(R.GroupSizes.empty());
  EXPECT_EQ(R.Rules, (Rules{"ordering", "ordering", "ordering"}));
}

TEST(AwaitDependency, ChangingWhatTheOtherUsesIsDependent) {
  Result R = analyse(R"cpp(task<int> handler() {
    int x = 0;
    auto a = co_await fetch(x);
    auto b = co_await fetch_into(x);
    co_return a + b;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"conflicting-access"});
}

TEST(AwaitDependency, LambdaCapturesByReferenceAreWrites) {
  Result R = analyse(R"cpp(task<int> handler() {
    int x = 0;
    auto a = co_await run_lambda([&] { ++x; });
    auto b = co_await fetch(x);
    co_return a + b;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"reads-earlier-result"});
}

TEST(AwaitDependency, ObjectsItCannotNameAreDoubtful) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = co_await client_for(1).counted(1);
    auto b = co_await client_for(2).counted(2);
    co_return a + b;
  })cpp");
  EXPECT_EQ(R.Rules, Rules{"doubtful"});
}

TEST(AwaitDependency, AwaitsInsideLargerExpressionsAreNotMembers) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = co_await fetch(1);
    int b = 1 + co_await fetch(2);
    auto c = co_await fetch(3);
    co_return a + b + c;
  })cpp");
  EXPECT_TRUE(R.GroupSizes.empty());
}

TEST(AwaitDependency, AwaitingLazyTasksMadeBeforeIsSerial) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = fetch(1);
    auto b = fetch(2);
    int x = co_await std::move(a);
    int y = co_await b;
    co_return x + y;
  })cpp");
  EXPECT_EQ(R.GroupSizes, Sizes{2});
}

TEST(AwaitDependency, AwaitingWorkAlreadyRunningJoinsIt) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = start_fetch(1);
    auto b = start_fetch(2);
    int x = co_await a;
    int y = co_await b;
    co_return x + y;
  })cpp");
  EXPECT_TRUE(R.GroupSizes.empty());
  EXPECT_EQ(R.Rules, (Rules{"already-started", "already-started"}));
}

TEST(AwaitDependency, AnObjectWhoseStartIsUnknownIsNoOperation) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = make_opaque(1);
    auto b = make_opaque(2);
    int x = co_await a;
    int y = co_await b;
    co_return x + y;
  })cpp");
  EXPECT_TRUE(R.GroupSizes.empty());
  EXPECT_EQ(R.Rules, (Rules{"unknown-start", "unknown-start"}));
}

TEST(AwaitDependency, AQueryBetweenAwaitsIsAValue) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = co_await fetch(1);
    auto ex = co_await current_executor;
    auto b = co_await fetch(2);
    co_return a + b + ex;
  })cpp");
  EXPECT_EQ(R.GroupSizes, Sizes{2});
}

TEST(AwaitDependency, AnAwaitedOrderingObjectOrders) {
  Result R = analyse(R"cpp(task<int> handler() {
    auto a = co_await fetch(1);
    co_await Yield{};
    auto b = co_await fetch(2);
    co_return a + b;
  })cpp");
  EXPECT_TRUE(R.GroupSizes.empty());
  EXPECT_EQ(R.Rules, (Rules{"ordering", "ordering"}));
}

TEST(AwaitDependency, CoroutinesThatNeverWaitAreNoOperations) {
  // A body that awaits only a lock and another such coroutine runs to its
  // end when awaited: nothing to overlap. One that awaits a request waits.
  Result R = analyse(R"cpp(
    namespace app {
    struct Cache {
      Lock lock_; int hits = 0;
      task<int> get(int id) { co_await lock_.lock(); ++hits; co_await lock_.unlock(); co_return id; }
      task<int> known(int id) { co_return co_await get(id); }
      task<int> load(int id) { co_return co_await fetch(id); }
    }; }
    task<int> handler(Cache &cache) {
      auto a = co_await cache.get(1);
      auto b = co_await cache.known(2);
      auto c = co_await cache.load(3);
      auto d = co_await fetch(4);
      co_return a + b + c + d;
    })cpp");
  EXPECT_EQ(R.GroupSizes, Sizes{2});
  EXPECT_EQ(R.Rules, (Rules{"never-waits", "never-waits"}));
}

TEST(AwaitDependency, ASmartPointerArgumentHandsOverItsObject) {
  // Two helpers given the same connection by shared_ptr use it one after
  // the other; a shared_ptr to a pool or to a const object does not.
  Result R = analyse(R"cpp(
    namespace std { template <class T> struct shared_ptr { T *operator->() const; T *get() const; }; }
    namespace app {
    task<int> insert(std::shared_ptr<Conn> conn, int v);
    task<int> audit(const std::shared_ptr<Conn> &conn, int v);
    task<int> count(std::shared_ptr<Pool> pool, int v);
    task<int> price(std::shared_ptr<const Conn> conn, int v); }
    task<int> handler(std::shared_ptr<Conn> conn, std::shared_ptr<Pool> pool,
                      std::shared_ptr<const Conn> readonly) {
      auto a = co_await insert(conn, 1);
      auto b = co_await audit(conn, 2);
      auto c = co_await count(pool, 3);
      auto d = co_await count(pool, 4);
      auto e = co_await price(readonly, 5);
      co_return a + b + c + d + e;
    })cpp");
  EXPECT_EQ(R.GroupSizes, Sizes{4});
  EXPECT_EQ(R.Rules, Rules{"same-receiver"});
}

} // namespace
