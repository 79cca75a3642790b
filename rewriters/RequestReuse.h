//===--- RequestReuse.h - Making a repeated request once ------------------===//
//
// async-redundant-request's fixes, both unsafe (the request runs once where
// it ran many times, so a changed answer is no longer seen):
//   - a loop-invariant request declared in the loop body, `auto cfg =
//     co_await db.query(..);`, moves before the loop;
//   - a repeated request, `co_await db.query(..)` the second time, becomes
//     the variable the first one declared.
// Both apply only where the moved or reused variable keeps its value and
// its name means the same thing at the new place.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_REQUESTREUSE_H
#define ASYNC_TIDY_REWRITERS_REQUESTREUSE_H

#include "FixPlan.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

namespace async_tidy {

/// The variable `Statement` declares when it is `T v = <request>;` with
/// `Request` (a `co_await`, or a synchronous call) as the whole
/// initializer; null otherwise.
const clang::VarDecl *declaredFrom(const clang::Stmt *Statement, const clang::Expr *Request);

/// Moves `Declaration` (a statement of `Loop`'s body, declaring `Var`)
/// before `Loop`, a statement of a block.
FixPlan hoistBeforeLoop(const clang::DeclStmt &Declaration, const clang::VarDecl &Var,
                        const clang::Stmt &Loop, const clang::FunctionDecl &Function,
                        clang::ASTContext &Ctx);

/// Replaces the repeated request `Repeat` (its `co_await`, or the call) with
/// `First`, the variable the first request initialised.
FixPlan reuseFirstResult(const clang::VarDecl &First, const clang::Expr &Repeat,
                         const clang::FunctionDecl &Function, clang::ASTContext &Ctx);

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_REQUESTREUSE_H
