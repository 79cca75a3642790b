//===--- AwaitableStart.h - When an awaitable's work starts ---------------===//
//
// `co_await t` on a task created earlier is a serial operation only when the
// task is lazy: its work starts at the co_await. An eager task started when
// it was created (its coroutine ran to its first suspension, or the async
// object sent its request when constructed), so awaiting it joins work
// already running. The answer comes from the promise type where there is
// one:
//   - initial_suspend returns std::suspend_always, or an awaiter the catalog
//     lists in lazy_types: lazy (an awaiter may hand the coroutine to a
//     pool, which starts it, so other awaiters are not lazy by themselves);
//   - it returns std::suspend_never, an awaiter whose await_ready is
//     constexpr true, or one the catalog lists in eager_types: eager;
// and from the catalog's lists for awaitables that are not coroutines.
// Anything else is unknown, and the checks treat unknown as "no finding".
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_AWAITABLESTART_H
#define ASYNC_TIDY_ANALYSIS_AWAITABLESTART_H

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <string>
#include <vector>

namespace async_tidy {

enum class WorkStart {
  Lazy,    ///< When awaited.
  Eager,   ///< When created.
  Unknown, ///< Nothing says.
};

const char *workStartName(WorkStart Start);

class AwaitableStartModel {
public:
  /// The catalog's lazy_types and eager_types.
  AwaitableStartModel(const std::vector<std::string> &LazyTypes,
                      const std::vector<std::string> &EagerTypes);

  /// When the work of an awaitable of type `T` starts.
  WorkStart startOf(clang::QualType T) const;

  /// Whether awaiting an object of type `T` never suspends (await_ready is
  /// constexpr true: std::suspend_never, ready values).
  static bool isAlwaysReady(clang::QualType T);

private:
  WorkStart fromPromise(const clang::CXXRecordDecl &Promise) const;
  WorkStart fromCatalog(clang::QualType T) const;

  llvm::StringSet<> LazyTypes, EagerTypes;
  mutable llvm::DenseMap<const clang::Type *, WorkStart> Cache;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_AWAITABLESTART_H
