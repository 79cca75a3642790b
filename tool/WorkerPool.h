//===--- WorkerPool.h - Up to N worker processes at a time ----------------===//

#ifndef ASYNC_TIDY_TOOL_WORKERPOOL_H
#define ASYNC_TIDY_TOOL_WORKERPOOL_H

#include "DriverOptions.h"
#include "Findings.h"
#include "TranslationUnitWorker.h"

#include <functional>
#include <string>
#include <vector>

namespace async_tidy::driver {

class WorkerPool {
public:
  /// `Executable` is this program; `ScratchDirectory` receives the workers'
  /// result files and logs.
  WorkerPool(std::string Executable, const DriverOptions &Options, std::string ScratchDirectory);

  /// Runs `Task` on every file, at most `Options.Jobs` at a time. `OnDone`
  /// receives each result as its worker ends (on this thread); `OnTick` is
  /// called about ten times a second while workers run (progress display).
  void run(WorkerTask Task, const std::vector<std::string> &Files,
           const std::function<void(TranslationUnitResult)> &OnDone,
           const std::function<void()> &OnTick);

private:
  std::string Executable;
  const DriverOptions &Options;
  std::string ScratchDirectory;
  unsigned NextId = 0;
};

} // namespace async_tidy::driver

#endif
