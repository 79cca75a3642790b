//===--- ResultCache.h - Translation unit results kept between runs -------===//
//
// --cache-dir: a translation unit is not analysed again when nothing it
// depends on changed. Its key holds what the parent knows before the run
// (the program's build, the options that reach the worker, the effective
// configuration of its directory with the catalog, the cross-TU summaries
// it reads, its compile command); its entry holds the result and the
// content hash of every file the unit read last time, system headers
// included. A hit replays the findings and fixes as the worker reported
// them.
//
// Entries are written to a unique temporary file and renamed into place,
// so concurrent runs sharing the directory never read half an entry; an
// entry that does not parse or was written for another key is a miss and
// is written again. After a run, the least recently used entries go until
// the directory fits its size limit.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_RESULTCACHE_H
#define ASYNC_TIDY_TOOL_RESULTCACHE_H

#include "Findings.h"

#include "llvm/Support/Error.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace async_tidy::driver {

class ResultCache {
public:
  /// Creates `Directory` if needed; an error when it cannot.
  static llvm::Expected<ResultCache> open(std::string Directory, uint64_t MaxBytes);

  /// The result stored under `Key`, when every file it read is unchanged.
  std::optional<TranslationUnitResult> lookup(const std::string &Key);
  /// Keeps `Result` under `Key`: units that compiled only (a missing
  /// header is no file read, so a failure could outlive its cause).
  void store(const std::string &Key, const TranslationUnitResult &Result);
  /// Removes the least recently used entries until the directory holds at
  /// most MaxBytes.
  void evict();

  /// CPU seconds each unit's last analysis took, as recorded by the runs
  /// that used this cache (what --shard balances by).
  std::map<std::string, double> recordedSeconds() const;
  /// Records the units' CPU seconds, keeping those of other units.
  void recordSeconds(const std::map<std::string, double> &Seconds);

  /// "1G", "512M", "64K" or bytes.
  static std::optional<uint64_t> parseSize(llvm::StringRef Text);

private:
  ResultCache(std::string Directory, uint64_t MaxBytes)
      : Directory(std::move(Directory)), MaxBytes(MaxBytes),
        Opened(std::chrono::system_clock::now()) {}
  std::string entryPath(const std::string &Key) const;
  /// Writes `Text` to `Path` through a temporary file renamed into place.
  bool writeAtomically(const std::string &Path, const std::string &Text) const;
  /// The hash of the file's content ("" when it cannot be read), computed
  /// once per run.
  const std::string &contentHash(const std::string &Path);

  std::string Directory;
  uint64_t MaxBytes;
  std::map<std::string, std::string> Hashes;
  /// When this run opened the cache: a file modified since may have been
  /// read by a worker in its older state, so its unit is not stored.
  std::chrono::system_clock::time_point Opened;
};

} // namespace async_tidy::driver

#endif
