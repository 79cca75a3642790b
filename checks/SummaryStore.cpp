//===--- SummaryStore.cpp - The SummaryFile option's summaries ------------===//

#include "SummaryStore.h"
#include "SummaryFile.h"

#include "llvm/Support/FileSystem.h"

#include <map>
#include <mutex>

namespace async_tidy {

LoadedSummaries loadSummaryFile(const std::string &Path) {
  static std::mutex Lock;
  // Path -> (modification time and size when read, what was read).
  static std::map<std::string, std::pair<std::pair<int64_t, uint64_t>, LoadedSummaries>> Cache;
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status) || !llvm::sys::fs::exists(Status))
    return LoadedSummaries{nullptr, {}, "cannot read summary file '" + Path + "'"};
  std::pair<int64_t, uint64_t> Stamp{Status.getLastModificationTime().time_since_epoch().count(),
                                     Status.getSize()};

  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Cache.find(Path);
  if (It != Cache.end() && It->second.first == Stamp)
    return It->second.second;
  LoadedSummaries Loaded;
  std::optional<SummarySet> Set = readSummaryFile(Path, Loaded.Error);
  if (Set) {
    Loaded.StaleFiles = dropStaleSummaries(*Set);
    Loaded.Set = std::make_shared<const SummarySet>(std::move(*Set));
  }
  Cache[Path] = {Stamp, Loaded};
  return Loaded;
}

} // namespace async_tidy
