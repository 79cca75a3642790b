//===--- StartUpCode.h - What a program does once, as it starts -----------===//
//
//   int main() {
//     app().getLoop()->queueInLoop(async_func([&]() -> Task<> {
//       std::ifstream seeds(path);          // read once, at start-up
//       ...
//       co_await crawler->crawlAll();
//     }));
//     app().run();
//   }
//
// A coroutine lambda written in `main`, outside its loops, and handed only
// to functions that run it once (the catalog's `runs_once`: `co_spawn`,
// `post`, Drogon's `async_func`, trantor's `queueInLoop`) runs once per
// process. Until it first suspends, nothing it started is running and no
// request it serves has arrived, so a blocking call there delays the
// program's start once: reading a configuration or seed file before the
// work begins is what such code is for. After its first suspension the
// program may be serving, and its blocking calls are reported as anywhere.
// A lambda kept in a variable, given to a repeating timer (`runEvery`) or
// to any function the catalog does not list may run more than once.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_STARTUPCODE_H
#define ASYNC_TIDY_ANALYSIS_STARTUPCODE_H

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"

#include <functional>

namespace async_tidy {

/// The start-up lambdas of one translation unit.
class StartUpCode {
public:
  /// `RunsOnce` says whether a function is one of the catalog's `runs_once`.
  StartUpCode(clang::ASTContext &Ctx, std::function<bool(const clang::FunctionDecl *)> RunsOnce)
      : Ctx(Ctx), RunsOnce(std::move(RunsOnce)) {}

  /// Whether `Call`, in the body of `Coroutine`, runs once as the program
  /// starts: `Coroutine` is such a lambda of `main` and no suspension of it
  /// can come before `Call`.
  bool runsOnceAtStartUp(const clang::FunctionDecl &Coroutine, const clang::Stmt &Call);

private:
  /// Whether the closure is made in `main` and handed only to functions
  /// that run it once; kept per closure, as finding its hand-over walks
  /// main's body.
  bool isStartUpLambda(const clang::CXXRecordDecl &Closure);

  clang::ASTContext &Ctx;
  std::function<bool(const clang::FunctionDecl *)> RunsOnce;
  llvm::DenseMap<const clang::CXXRecordDecl *, bool> StartUpLambdas;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_STARTUPCODE_H
