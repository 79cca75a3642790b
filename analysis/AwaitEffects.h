//===--- AwaitEffects.h - What one await statement reads and changes ------===//
//
// An await statement of a block (`co_await f(x);`, `auto y = co_await
// f(x);`, `y = co_await f(x);`) reads and changes objects, named by the
// roots of their access paths (AccessPaths.h): arguments passed by
// non-const reference or pointer may change, a mutating member call changes
// its object, the declared or assigned variable is written. Objects of
// concurrency-safe types (a pool, a thread-safe client) change nothing
// another operation sees. Whatever the analysis cannot name is a doubt.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_AWAITEFFECTS_H
#define ASYNC_TIDY_ANALYSIS_AWAITEFFECTS_H

#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <string>

namespace async_tidy {

/// A statement of a block whose value is one `co_await`.
struct AwaitStatement {
  enum class Form {
    Discarded,   ///< `co_await f();`
    Declaration, ///< `auto x = co_await f();`
    Assignment,  ///< `x = co_await f();`
  };
  const clang::Stmt *Statement = nullptr;
  const clang::CoawaitExpr *Await = nullptr;
  /// The awaited expression without implicit nodes (`f()` in the examples).
  const clang::Expr *Awaited = nullptr;
  Form StatementForm = Form::Discarded;
  const clang::VarDecl *Declared = nullptr; ///< For Declaration.
  const clang::Expr *Assigned = nullptr;    ///< Left side, for Assignment.
  /// The object awaited when the await names one made before (`co_await
  /// task;`, `co_await std::move(task);`), without the std::move; its
  /// work may have started when it was made.
  const clang::Expr *AwaitedObject = nullptr;

  /// The awaited call (`f` in `co_await f(x)`), or null: `co_await
  /// std::move(task)` awaits the task, not a call.
  const clang::CallExpr *awaitedCall() const {
    return AwaitedObject ? nullptr : llvm::dyn_cast_or_null<clang::CallExpr>(Awaited);
  }
};

/// What one await statement reads and writes.
struct AwaitEffects {
  llvm::SmallPtrSet<const clang::Decl *, 8> Reads;
  llvm::SmallPtrSet<const clang::Decl *, 8> Writes;
  /// The object the awaited call works on (AccessPaths' receiverOf), or the
  /// awaited object itself (`co_await task;` consumes it).
  const clang::Expr *Receiver = nullptr;
  const clang::Decl *ReceiverRoot = nullptr;
  /// The awaited member call leaves its receiver unchanged.
  bool ReceiverUnchanged = false;
  std::string Doubt; ///< Non-empty: what the analysis cannot see through.
};

/// Whether objects of a type run several operations at once safely.
using ConcurrencySafety = llvm::function_ref<bool(clang::QualType)>;

/// Whether a member function is known, by its summary or annotation, to
/// be safe to call concurrently on one object (null: nothing is known).
using MethodSafety = llvm::function_ref<bool(const clang::CXXMethodDecl &)>;

AwaitEffects effectsOf(const AwaitStatement &S, const clang::SourceManager &SM,
                       ConcurrencySafety IsConcurrencySafe, MethodSafety IsSafeMethod = {});

/// Whether a member function leaves its object unchanged: const, or a body
/// in this translation unit (outside system headers) that neither assigns
/// its object's state nor calls a mutating function on it (members of a
/// concurrency-safe type excepted), following calls on `*this` a few
/// levels deep; or, without a body here, known safe by `IsSafeMethod`.
bool leavesObjectUnchanged(const clang::CXXMethodDecl *Method, const clang::SourceManager &SM,
                           ConcurrencySafety IsConcurrencySafe, MethodSafety IsSafeMethod = {},
                           unsigned Depth = 0);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_AWAITEFFECTS_H
