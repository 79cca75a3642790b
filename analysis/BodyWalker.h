//===--- BodyWalker.h - One walk over the code a function body runs -------===//
//
// The checks look at what a coroutine's body executes on its own thread,
// walking each body once (no matcher climbing from every call). The walker
// decides what belongs to the body:
//   - lambdas that run inline (invoked on the spot, or given to a catalogued
//     inline caller such as std::for_each) are part of it;
//   - lambdas handed elsewhere (asio::post, std::thread) and lambdas that are
//     coroutines of their own are not; their init-captures are;
//   - unevaluated operands (sizeof, decltype, noexcept, requires) and the
//     discarded branch of `if constexpr` are not;
//   - local classes are not (their functions are separate functions).
// For every call it reports what a rewrite needs to know about the place:
// whether a `co_await` could be inserted there (not in an inline lambda, a
// catch handler, a static initializer, nor while a lock is held) and the
// chain of enclosing statements.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_BODYWALKER_H
#define ASYNC_TIDY_ANALYSIS_BODYWALKER_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <functional>

namespace async_tidy {

/// What the walker needs to know that only the catalog and options know.
struct WalkPolicy {
  /// Runs a lambda argument before returning (std::for_each).
  std::function<bool(const clang::FunctionDecl *)> IsInlineCaller;
  /// An object whose lifetime must not span a suspension point (a lock).
  std::function<bool(const clang::VarDecl *)> IsHostileRAII;
};

/// One call (or construction) the walked body executes.
struct CallSite {
  const clang::Expr *Call;           ///< CallExpr or CXXConstructExpr.
  const clang::FunctionDecl *Callee; ///< Never null.
  /// Enclosing statements, outermost first, up to (not including) the call.
  llvm::ArrayRef<const clang::Stmt *> Ancestors;
  unsigned InlineLambdaDepth = 0; ///< >0: inside an inline lambda.
  bool InCatchHandler = false;
  bool InStaticInitializer = false;
  const clang::VarDecl *HeldLock = nullptr; ///< A hostile RAII object alive.
};

/// Walks `Body` (a function or coroutine body, or any statement) and calls
/// `OnCall` for each call it executes, in source order. `Ancestors` in the
/// call site is valid only during the callback.
void walkBody(const clang::Stmt *Body, clang::ASTContext &Ctx, const WalkPolicy &Policy,
              llvm::function_ref<void(const CallSite &)> OnCall);

/// The nearest enclosing node that is not a paren, implicit cast or other
/// transparent wrapper; `Child` receives the node just below it.
const clang::Stmt *semanticParent(llvm::ArrayRef<const clang::Stmt *> Ancestors,
                                  const clang::Stmt *Node, const clang::Stmt **Child = nullptr,
                                  bool StopAtParens = false);

/// Whether `S` (or anything below it) suspends the coroutine: a `co_await`
/// or `co_yield`. Lambdas are other bodies and are not looked into.
bool containsAwait(const clang::Stmt *S);

/// Whether evaluating `S` never completes: a `throw`, or a call of a
/// function declared noreturn (`exit`, `abort`).
bool neverCompletes(const clang::Stmt *S);

/// Calls `Visit` on `S` and every node below it, in source order. A lambda
/// is visited; its captures and body are entered only with `EnterLambdas`
/// (they are other code, which runs elsewhere or later).
void forEachNode(const clang::Stmt *S, llvm::function_ref<void(const clang::Stmt *)> Visit,
                 bool EnterLambdas = false);

/// Whether `S` or a node below it matches, entering lambdas as forEachNode.
bool holdsNode(const clang::Stmt *S, llvm::function_ref<bool(const clang::Stmt *)> Matches,
               bool EnterLambdas = false);

/// Whether a statement of `Block` before `Stop` names `Var`.
bool mentionedBefore(const clang::CompoundStmt &Block, const clang::Stmt *Stop,
                     const clang::VarDecl *Var);

/// Whether `S` (or anything below it) names a variable `Matches` accepts.
bool mentionsVariable(const clang::Stmt *S,
                      llvm::function_ref<bool(const clang::VarDecl *)> Matches);

/// Whether `Child`, directly below the statement `Parent` (or below nothing),
/// stands where its value is not used: a statement of a block, a label or a
/// case, a branch of an `if`, a loop body, a `for`'s init or increment.
bool isStatementPosition(const clang::Stmt *Child, const clang::Stmt *Parent);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_BODYWALKER_H
