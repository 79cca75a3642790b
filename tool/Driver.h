//===--- Driver.h - A whole async-tidy run ---------------------------------===//

#ifndef ASYNC_TIDY_TOOL_DRIVER_H
#define ASYNC_TIDY_TOOL_DRIVER_H

#include "DriverOptions.h"

#include <string>

namespace async_tidy::driver {

/// Exit codes, as documented in docs/tool.md.
enum ExitCode {
  ExitClean = 0,         // no findings left
  ExitFindings = 1,      // findings left
  ExitUsage = 2,         // usage or configuration error
  ExitCompileFailure = 3 // a translation unit failed to compile (wins over 1)
};

/// Analyses the selected translation units in worker processes (this
/// program, `Executable`), merges, fixes, verifies and reports.
int runDriver(const DriverOptions &Options, const std::string &Executable);

} // namespace async_tidy::driver

#endif
