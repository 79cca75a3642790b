//===--- ExitingFunctions.h - Project functions that never return ---------===//
//
// C programs end a run through their own helpers: `usage()` prints and
// calls exit(1), `die(fmt, ..)` logs and aborts. Clang's CFG ends a path at
// a call only when the callee is declared noreturn, so without this a leak
// walk follows `if (argc < 2) usage();` on into code no run reaches, and
// reports the handle "leaked" there.
//
// A function of the project is taken to exit when its body (in this
// translation unit, outside system headers) returns void and reaches its
// end only through calls that do not return: declared noreturn, or
// functions that exit by this same rule. A body that never reaches its end
// at all (an endless loop) counts as exiting too: no path goes on after it.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_EXITINGFUNCTIONS_H
#define ASYNC_TIDY_ANALYSIS_EXITINGFUNCTIONS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace async_tidy {

class ExitingFunctions {
public:
  explicit ExitingFunctions(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// Whether a call to `Callee` never returns.
  bool neverReturns(const clang::FunctionDecl &Callee);

private:
  /// Whether the definition's every way out passes a call that does not
  /// return.
  bool everyPathExits(const clang::FunctionDecl &Definition);

  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::FunctionDecl *, bool> ExitsByDefinition;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_EXITINGFUNCTIONS_H
