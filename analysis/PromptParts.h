//===--- PromptParts.h - What an LLM request's prompt is built from -------===//
//
// async-redundant-request (issue 17) reports several LLM requests that send
// one input with different instructions: `"Summarize: " + text`, then
// `"Extract keywords: " + text`. It asks of each request's prompt which
// variables it joins with instructions written as literals (through `+`
// and fmt::format / std::format, in the prompt or in locals that build it),
// and what the whole request reads, to tell a pipeline (a prompt that reads
// an earlier answer) from independent questions.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_PROMPTPARTS_H
#define ASYNC_TIDY_ANALYSIS_PROMPTPARTS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace async_tidy {

struct PromptParts {
  /// Variables (parameters, locals) the prompt joins with instructions,
  /// in source order of their declarations.
  llvm::SmallVector<const clang::VarDecl *, 4> Embedded;
  /// Every variable the request finally reads, in any argument: a local
  /// whose initializer makes a request or awaits holds an answer and is
  /// read, not looked into.
  llvm::SmallPtrSet<const clang::VarDecl *, 8> Read;
  /// The locals looked into: a change to one after its initializer is a
  /// part the analysis does not see.
  llvm::SmallVector<const clang::VarDecl *, 4> Built;
  /// Every argument, and every local looked into, gives the same value
  /// again from what it reads (RequestInputs' stableInputs): nothing comes
  /// from a member of `*this`, through a pointer, or from a call of the
  /// project's own.
  bool Stable = true;
};

/// The parts of `Call`'s arguments; the prompt is the argument `PromptArg`
/// (every argument when unset). `RequestCalls` are the coroutine's
/// requests.
PromptParts promptPartsOf(const clang::CallExpr &Call, std::optional<unsigned> PromptArg,
                          const llvm::SmallPtrSetImpl<const clang::Stmt *> &RequestCalls);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_PROMPTPARTS_H
