//===--- OffloadRewriter.h - A blocking call runs on a pool and comes back -===//
//
// The fix for blocking calls that have no asynchronous twin (libpq, curl,
// sqlite, file I/O, future::get, the project's own blocking helpers): the
// C++ form of Python's `asyncio.to_thread`. The call runs on a pool meant
// for blocking work, which the user names (the OffloadExecutor option), and
// the coroutine resumes on its own executor with the call's value or
// exception. The framework's idiom comes from the catalog (`offload`):
//
//   PGresult *res = PQexec(conn, sql);
//     -> PGresult *res = co_await boost::asio::co_spawn(app::blocking_pool(),
//            [&]() -> boost::asio::awaitable<PGresult *> {
//              co_return PQexec(conn, sql); }, boost::asio::use_awaitable);
//
// The fix is unsafe (a note): while the call runs on the pool, other code
// on the coroutine's executor runs too, and may use the same objects. It is
// refused, with the reason, where moving the call to another thread is known
// to change what it does: a lock held across it or passed to it, a
// thread-local it names, a coroutine that reads errno after it, an object a
// lambda of the coroutine also uses; and where the idiom cannot carry the
// result (a reference, a type the lambda cannot name, a type Boost.Asio
// 1.81 cannot default-construct).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_OFFLOADREWRITER_H
#define ASYNC_TIDY_REWRITERS_OFFLOADREWRITER_H

#include "ApiIndex.h"
#include "BodyWalker.h"
#include "Catalog.h"
#include "FixPlan.h"
#include "SourceEdits.h"

#include <functional>

namespace async_tidy {

/// Where the user wants blocking work to run.
struct OffloadPool {
  /// An expression naming the pool (`app::blocking_pool()`); empty: no fix.
  std::string Expression;
  /// The header that declares it (`"app/pools.h"`), or empty.
  std::string Header;
  /// Whether a variable is a lock (a guard of the check's HostileRAIITypes),
  /// which a call must not take to another thread.
  std::function<bool(const clang::VarDecl *)> IsLock;
};

class OffloadRewriter {
public:
  OffloadRewriter(clang::ASTContext &Ctx, const ApiIndex &Index, OffloadPool Pool)
      : Ctx(Ctx), Index(Index), Pool(std::move(Pool)) {}

  /// An unsafe plan that runs the call at `Site` on the pool and awaits it,
  /// or no fix and why. `Body` is the coroutine's body, whose other code
  /// decides whether the call may change threads.
  FixPlan rewrite(const CallSite &Site, const FrameworkIdioms &Framework,
                  const clang::FunctionDecl &Function) const;

private:
  /// Why the call's value cannot come back through the idiom, if it cannot.
  std::optional<std::string> resultBlocker(const clang::CallExpr &Call,
                                           const OffloadIdiom &Idiom) const;
  /// Why the call must stay on this thread, if it must.
  std::optional<std::string> threadBlocker(const CallSite &Site, const clang::Stmt &Body) const;
  /// The headers `Text` needs: the idiom's, and the pool's.
  std::vector<HeaderNeed> headersFor(const std::string &Text, const OffloadIdiom &Idiom) const;
  /// The switch form (Drogon, async_simple): before the call's statement, a
  /// switch to the pool, the call with its exception caught and its value
  /// kept, a switch home, a rethrow; the statement then reads the value.
  /// The call must be able to run before its statement (Hoisting.h).
  FixPlan switchPlan(const CallSite &Site, const clang::CallExpr &Call, const OffloadIdiom &Idiom,
                     const clang::FunctionDecl &Function, const std::string &CallText) const;

  clang::ASTContext &Ctx;
  const ApiIndex &Index;
  OffloadPool Pool;
  mutable GivenNames Given;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_OFFLOADREWRITER_H
