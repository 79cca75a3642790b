//===--- FrameworkDetector.h - Which framework a coroutine belongs to -----===//
//
// A coroutine's framework decides how a fix is spelled (Asio's
// `use_awaitable`, folly's `collectAll`). It is read from the coroutine's
// return type (`boost::asio::awaitable<T>`, through any alias) or, when that
// type is unknown, from its promise type. The catalog lists both.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_FRAMEWORKDETECTOR_H
#define ASYNC_TIDY_ANALYSIS_FRAMEWORKDETECTOR_H

#include "Catalog.h"

#include "clang/AST/Decl.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/StringMap.h"

namespace async_tidy {

/// The body of `FD` if it is a coroutine definition, else null.
const clang::CoroutineBodyStmt *coroutineBody(const clang::FunctionDecl &FD);

/// The function a coroutine body belongs to (its promise lives there), found
/// without a parent map.
const clang::FunctionDecl *coroutineOf(const clang::CoroutineBodyStmt &Body);

/// The statements of a coroutine's body, or a function's body otherwise.
const clang::Stmt *coroutineBodyOf(const clang::FunctionDecl &FD);

class FrameworkDetector {
public:
  explicit FrameworkDetector(const Catalog &Cat);

  /// The framework of coroutine `FD`, or null for an unknown coroutine type
  /// (still analysed, but without framework-specific fixes).
  const FrameworkIdioms *detect(const clang::FunctionDecl &FD) const;

private:
  llvm::StringMap<const FrameworkIdioms *> ByCoroutineType;
  llvm::StringMap<const FrameworkIdioms *> ByPromiseType;
};

/// Whether a coroutine suspends on other work: true for known asynchronous
/// frameworks, false for generators, and for unknown types true exactly when
/// the body contains a `co_await` (a coroutine that only yields is a
/// synchronous generator).
bool isAsynchronousCoroutine(const clang::FunctionDecl &FD, const FrameworkIdioms *Framework);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_FRAMEWORKDETECTOR_H
