//===--- RequestInputs.h - What a request reads, and what changes it ------===//
//
// async-redundant-request (issue 17) asks whether running a request again
// asks the same question: its arguments give the same values, and its
// receiver is the same object. An argument gives the same value again when
// it computes only from values that stay put (literals, constants, local
// variables and parameters) with calls that compute from their arguments
// alone, and when nothing between the two runs changes those variables
// (clang's ExprMutationAnalyzer says what does).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_REQUESTINPUTS_H
#define ASYNC_TIDY_ANALYSIS_REQUESTINPUTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace async_tidy {

using Variables = llvm::SmallVector<const clang::VarDecl *, 4>;

/// The local variables and parameters `E` reads, when evaluating `E` again
/// gives the same value while they keep theirs: `E` is made of literals,
/// constants (const globals and members, enumerators), local variables and
/// parameters (not references declared in the body, not volatile), their
/// members (not through a pointer: what it points to may change without
/// naming the variable), and calls that compute from their operands alone: constructors,
/// operators other than assignments, const member functions, and functions
/// of `std` and `fmt` that take arguments (`std::to_string(id)`, not
/// `std::rand()`, `std::move(x)`). None when anything else is in it: a call
/// of the project's own (it may read a clock), a member of `*this` that is
/// not const, a global variable, a lambda, an await.
std::optional<Variables> stableInputs(const clang::Expr *E);

/// The variables `Body` makes another name for, through which code may
/// change them without naming them: their address taken, a non-const
/// reference, a pointer or a view bound to them, a lambda capturing them by
/// reference. The mutation analysis of a part of `Body` does not see
/// changes made through such a name. One walk of `Body`.
llvm::SmallPtrSet<const clang::VarDecl *, 8> aliasedVariables(const clang::Stmt &Body);

/// Whether code in `Region`, but for `Except`, may change one of `Inputs`
/// (assigns it, calls a non-const member on it, passes it by non-const
/// reference, moves from it).
bool changesAny(const clang::Stmt &Region, llvm::ArrayRef<const clang::VarDecl *> Inputs,
                clang::ASTContext &Ctx, const clang::Stmt *Except = nullptr);

/// Whether code in `Region` may make `Root` (a variable, or a member of
/// `*this`: AccessPaths' roots) denote another object: assigns it, resets
/// or swaps it, takes its address, or passes it by non-const reference to
/// a call `IsRequest` does not accept (a request works on its receiver; it
/// does not replace it).
bool replacesObject(const clang::Stmt &Region, const clang::Decl *Root,
                    llvm::function_ref<bool(const clang::CallExpr &)> IsRequest);

/// Whether `D` is declared inside `Region`'s source range.
bool declaredWithin(const clang::Decl &D, const clang::Stmt &Region,
                    const clang::SourceManager &SM);

/// Whether `D` is a variable declared inside `Region` (a member of `*this`,
/// or `*this`, is made outside any region).
bool declaredInside(const clang::Decl *D, const clang::Stmt &Region,
                    const clang::SourceManager &SM);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_REQUESTINPUTS_H
