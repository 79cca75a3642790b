//===--- TranslationUnitWorker.h - One translation unit, in its own process -===//
//
// The parent runs every translation unit in a worker process of its own
// (`async-tidy --internal-worker=analyse|compile ...`): a crash in one cannot
// take the others down, and processes share nothing, so `-j N` scales with
// the cores. A worker writes one JSON result (Findings.h) and exits 0.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_TRANSLATIONUNITWORKER_H
#define ASYNC_TIDY_TOOL_TRANSLATIONUNITWORKER_H

#include "DriverOptions.h"
#include "Findings.h"

#include <string>

namespace async_tidy::driver {

enum class WorkerTask {
  Analyse,   // run the enabled checks, report findings and the files read
  Compile,   // -fsyntax-only: does the translation unit still compile?
  Summarize, // the summary pass: local facts of the functions it defines
};

/// The spelling of `--internal-worker=<task>`.
const char *workerTaskName(WorkerTask Task);

/// Runs `Task` on `File` in this process.
TranslationUnitResult runWorkerTask(WorkerTask Task, const DriverOptions &Options,
                                    const std::string &File);

/// The worker process's main: runs the task and writes its result to
/// `ResultPath`. Returns the process exit code.
int workerMain(WorkerTask Task, const DriverOptions &Options, const std::string &File,
               const std::string &ResultPath);

} // namespace async_tidy::driver

#endif
