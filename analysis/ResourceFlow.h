//===--- ResourceFlow.h - Handles that reach an exit unreleased -----------===//
//
// For every acquisition of a catalogued resource in one function, walks
// Clang's CFG forward from the point where the handle is bound to a local
// variable, and collects the exits that a path reaches while the handle is
// still owned: a `return`, `co_return`, `break`, `throw` or the end of the
// variable's scope, an assignment that overwrites it, or the acquisition
// running again in a loop. A path ends, without a leak, where the handle is
// released, where it escapes (returned, stored anywhere but a plain local,
// captured by a lambda, passed to a function that does not borrow it), where
// a condition shows it is null (or compares it with a library's global:
// `out != stdout` holds), where the acquisition reports failure (unless
// the resource must be released even then), and at calls that do not return.
// Two acquisitions start no walk of their own: one that consumes the handle
// and returns it anew (`list = curl_slist_append(list, ..)`) where a walk
// already holds the list, or after the list was handed to an owner (a scope
// guard's lambda captured its head: appending to a list keeps its head).
// Nor does one into a variable a scope guard made before it releases
// (ScopeGuards.h).
// Leaks nobody would fix (a reopening only a repeated command-line option
// causes, a return from `main`) are dropped (HarmlessExits.h).
//
// The walk is path-insensitive beyond those conditions and one more: flags
// (KnownConditions.h). A path knows the conditions of the `if`s around the
// acquisition and the constants it assigns to integer flags afterwards, so
// `if (mode == FLAT) f = fopen(..); ... if (mode == FLAT) fclose(f);` and
// `do_close = 1; ... if (do_close) fclose(fh);` leak on no path. Otherwise
// a path is any path of the CFG, with infeasible edges Clang prunes
// already removed. An explicit
// `throw` is a path like any other; a call to a project function whose
// summary says it may throw is an exit too, unless it sits in a `try` block
// the handle outlives (the handler may release it: not followed).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_RESOURCEFLOW_H
#define ASYNC_TIDY_ANALYSIS_RESOURCEFLOW_H

#include "ExitingFunctions.h"
#include "ResourceModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"

namespace async_tidy {

/// One way a path leaves the handle behind.
struct LeakingExit {
  enum class Kind {
    Return,    ///< `return`, `co_return`, `break`, `continue`, `goto`, `throw`.
    ScopeEnd,  ///< The variable's scope ends.
    Overwrite, ///< The variable is assigned another value.
    Reacquire, ///< The acquisition runs again (a loop) into the same variable.
    Discarded, ///< The acquisition's result is not kept at all.
    Throw,     ///< A call that may throw (Keyword: the function called).
  };
  Kind ExitKind;
  clang::SourceLocation Loc;
  /// For Return: the statement's keyword (`co_return`, `break`, ...).
  std::string Keyword;
};

struct ResourceLeak {
  const clang::Expr *Acquirer = nullptr; ///< The call or new-expression.
  Acquisition What;
  /// The local holding the handle; null when the result is discarded.
  const clang::VarDecl *Handle = nullptr;
  std::vector<LeakingExit> Exits;
};

/// What one mention of a handle variable does to it.
enum class HandleUse {
  Release,   ///< Passed to a release function, or deleted.
  Borrow,    ///< Read without giving it away (a borrowing call, `h->x`, `*h`).
  Test,      ///< Compared or tested (`if (!h)`, `h == NULL`).
  Overwrite, ///< Assigned a new value.
  Escape,    ///< Anything that may give ownership away.
};

/// Classifies the mention `Ref` of a handle of `R` in its function.
HandleUse classifyHandleUse(const clang::DeclRefExpr &Ref, const ResourcePair &R,
                            const ResourceModel &Model, const clang::ParentMap &Parents);

/// The functions (lambdas included) of the translation unit outside system
/// headers that acquire something, found in one walk: the only ones worth a
/// CFG walk.
std::vector<const clang::FunctionDecl *> functionsThatAcquire(clang::ASTContext &Ctx,
                                                              const ResourceModel &Model);

/// The leaks of every acquisition in `Body`, the body of `Function`.
/// `Exiting` answers which calls end a path; one per translation unit, so
/// each helper's body is read once.
std::vector<ResourceLeak> findResourceLeaks(const clang::Decl &Function, clang::Stmt &Body,
                                            clang::ASTContext &Ctx, const ResourceModel &Model,
                                            ExitingFunctions &Exiting);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_RESOURCEFLOW_H
