//===--- AsyncTwinRewriter.h - A blocking call becomes its async twin -----===//
//
// The engine behind async-blocking-call-in-coroutine's fixes. The catalog
// says what a blocking call's twin is in a framework (a member or function
// to call instead, a sleep, an expression to await) and how the framework
// spells its completion token, error token, executor and sleep; this turns
// that data into edits:
//
//   sock.read_some(buf, ec)
//     -> co_await sock.async_read_some(buf,
//            boost::asio::redirect_error(boost::asio::use_awaitable, ec))
//   std::this_thread::sleep_for(50ms)
//     -> co_await boost::asio::steady_timer(
//            co_await boost::asio::this_coro::executor, 50ms)
//            .async_wait(boost::asio::use_awaitable)
//
// It refuses (returns no fix) whenever the result might not compile or might
// behave differently: macros, a place where `co_await` is not allowed or
// would hold a lock (then it says why), a value that is used where the twin
// yields none, a duration the framework's timer cannot take, dropped
// arguments.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_ASYNCTWINREWRITER_H
#define ASYNC_TIDY_REWRITERS_ASYNCTWINREWRITER_H

#include "ApiIndex.h"
#include "BodyWalker.h"
#include "Catalog.h"
#include "FixPlan.h"

#include <vector>

namespace async_tidy {

class AsyncTwinRewriter {
public:
  AsyncTwinRewriter(clang::ASTContext &Ctx, const NameResolver &Resolver)
      : Ctx(Ctx), Resolver(Resolver) {}

  /// The twin of `Entry` for `Framework`, if the catalog has one.
  static const AsyncTwin *twinFor(const BlockingFunction &Entry, const FrameworkIdioms &Framework);

  /// A safe plan turning the blocking call at `Site` into `co_await` of its
  /// twin; no fix when no safe and compiling rewrite exists (saying why
  /// when the twin exists but the place forbids a `co_await`).
  FixPlan rewrite(const CallSite &Site, const BlockingFunction &Entry,
                  const FrameworkIdioms &Framework) const;

private:
  using Edits = std::vector<clang::FixItHint>;
  std::optional<Edits> rewriteCall(const CallSite &Site, const AsyncTwin &Twin,
                                   const FrameworkIdioms &Framework,
                                   llvm::ArrayRef<const clang::Expr *> Args,
                                   llvm::StringMap<std::string> &Values) const;
  /// `co_await obj.Target` / `co_await ns::Target` for the callee.
  std::optional<Edits> calleeEdits(const CallSite &Site, const clang::CallExpr &Call,
                                   const AsyncTwin &Twin, const std::string &Await) const;
  /// The completion token appended, or the trailing `ec` made the
  /// framework's error token.
  std::optional<clang::FixItHint> tokenEdit(const CallSite &Site, const clang::CallExpr &Call,
                                            const FrameworkIdioms &Framework,
                                            llvm::ArrayRef<const clang::Expr *> Args,
                                            llvm::StringMap<std::string> &Values) const;
  std::optional<Edits> replaceWholeCall(const CallSite &Site, const AsyncTwin &Twin,
                                        const FrameworkIdioms &Framework,
                                        llvm::ArrayRef<const clang::Expr *> Args,
                                        llvm::StringMap<std::string> &Values) const;
  bool isErrorCodeOutArgument(const clang::Expr *Arg, unsigned Index,
                              const clang::FunctionDecl *Callee,
                              const FrameworkIdioms &Framework) const;
  /// Whether `T` is an integral std::chrono::duration that converts
  /// implicitly (without loss) to a unit of `TicksPerSecond`.
  bool convertsWithoutLoss(clang::QualType T, long long TicksPerSecond) const;

  clang::ASTContext &Ctx;
  const NameResolver &Resolver;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_ASYNCTWINREWRITER_H
