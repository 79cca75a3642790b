//===--- WorkerPool.cpp ---------------------------------------------------===//

#include "WorkerPool.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <deque>
#include <thread>

namespace async_tidy::driver {

namespace {

struct RunningWorker {
  std::string File;
  std::string ResultPath;
  std::string LogPath;
  llvm::sys::ProcessInfo Process;
};

std::string readFile(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

/// The worker's log without clang's "N warnings generated." lines, which
/// every translation unit with diagnostics (in system headers too) prints.
std::string meaningfulLog(const std::string &Log) {
  static const llvm::Regex Statistics(
      "^[0-9]+ (warning|error)s?( and [0-9]+ (warning|error)s?)? generated\\.$");
  std::string Kept;
  llvm::SmallVector<llvm::StringRef> Lines;
  llvm::StringRef(Log).split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Line : Lines)
    if (!Statistics.match(Line.rtrim()))
      Kept += Line.str() + "\n";
  return Kept;
}

/// The result a worker wrote, or a failed one that says why there is none.
TranslationUnitResult collect(const RunningWorker &W, int ExitCode,
                              const std::string &ErrorMessage) {
  TranslationUnitResult Result;
  std::string Text = readFile(W.ResultPath);
  if (ExitCode == 0 && !Text.empty()) {
    try {
      Result = translationUnitResultFromJson(nlohmann::json::parse(Text));
    } catch (const nlohmann::json::exception &E) {
      Result = {};
    }
  }
  if (!Result.Ran) {
    Result.File = W.File;
    std::string Why = ExitCode == -1 ? "async-tidy could not start a worker for this file"
                      : ExitCode < 0 ? "async-tidy's worker crashed on this file"
                                     : "async-tidy's worker failed on this file";
    if (!ErrorMessage.empty())
      Why += " (" + ErrorMessage + ")";
    Result.Findings.push_back(Finding::compilerError(std::move(Why)));
  }
  Result.WorkerLog = meaningfulLog(readFile(W.LogPath));
  llvm::sys::fs::remove(W.ResultPath);
  llvm::sys::fs::remove(W.LogPath);
  return Result;
}

} // namespace

WorkerPool::WorkerPool(std::string Executable, const DriverOptions &Options,
                       std::string ScratchDirectory)
    : Executable(std::move(Executable)), Options(Options),
      ScratchDirectory(std::move(ScratchDirectory)) {}

void WorkerPool::run(WorkerTask Task, const std::vector<std::string> &Files,
                     const std::function<void(TranslationUnitResult)> &OnDone,
                     const std::function<void()> &OnTick) {
  std::deque<std::string> Pending(Files.begin(), Files.end());
  std::vector<RunningWorker> Running;
  const std::vector<std::string> Configuration = Options.configurationArguments();
  const unsigned Jobs = std::max(1u, Options.Jobs);

  while (!Pending.empty() || !Running.empty()) {
    while (!Pending.empty() && Running.size() < Jobs) {
      RunningWorker W;
      W.File = Pending.front();
      Pending.pop_front();
      std::string Id = std::to_string(NextId++);
      W.ResultPath = ScratchDirectory + "/" + Id + ".json";
      W.LogPath = ScratchDirectory + "/" + Id + ".log";
      std::vector<std::string> Args = {Executable,
                                       std::string("--internal-worker=") + workerTaskName(Task),
                                       "--internal-result=" + W.ResultPath};
      Args.insert(Args.end(), Configuration.begin(), Configuration.end());
      Args.push_back("--");
      Args.push_back(W.File);
      std::vector<llvm::StringRef> ArgRefs(Args.begin(), Args.end());
      std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), llvm::StringRef(W.LogPath),
                                                    llvm::StringRef(W.LogPath)};
      std::string Error;
      bool Failed = false;
      W.Process = llvm::sys::ExecuteNoWait(Executable, ArgRefs, std::nullopt, Redirects, 0, &Error,
                                           &Failed);
      if (Failed) {
        OnDone(collect(W, -1, Error));
        continue;
      }
      Running.push_back(std::move(W));
    }

    bool AnyEnded = false;
    for (size_t I = 0; I < Running.size();) {
      std::string Error;
      llvm::sys::ProcessInfo Ended =
          llvm::sys::Wait(Running[I].Process, /*SecondsToWait=*/0, &Error, nullptr,
                          /*Polling=*/true);
      if (Ended.Pid == 0) { // still running
        ++I;
        continue;
      }
      OnDone(collect(Running[I], Ended.ReturnCode, Error));
      Running.erase(Running.begin() + I);
      AnyEnded = true;
    }
    if (!AnyEnded && !Running.empty())
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    OnTick();
  }
}

} // namespace async_tidy::driver
