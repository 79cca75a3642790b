//===--- CompilerOutput.h - Findings in a build log ------------------------===//
//
// The compiler plugin (compiler/AsyncTidyCompilerPlugin.cpp) reports its
// findings as compiler diagnostics, which ccache replays with the rest of
// the compiler's output (and stores no side file). `async-tidy merge` reads
// them back from the build's log: every `file:line:col: warning: message
// [check]` (or `error:` under the plugin's werror) with the `note:` lines
// after it. The compiler's own warnings (`[-Wname]`), source excerpts and
// everything else are skipped. Fixes are not read back: fixing stays an
// `async-tidy --fix` run on the sources.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_COMPILEROUTPUT_H
#define ASYNC_TIDY_TOOL_COMPILEROUTPUT_H

#include "Findings.h"

#include "llvm/ADT/StringRef.h"

#include <vector>

namespace async_tidy::driver {

/// The checks' findings in `Log`; relative paths are taken against the
/// current directory. `Sources` turns lines and columns into offsets.
std::vector<Finding> findingsInCompilerOutput(llvm::StringRef Log, SourceFiles &Sources);

} // namespace async_tidy::driver

#endif
