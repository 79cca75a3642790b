//===--- ResultCache.cpp - Translation unit results kept between runs -----===//

#include "ResultCache.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA1.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace async_tidy::driver {

using nlohmann::json;

namespace {
/// Written into every entry: entries of another layout are misses.
constexpr int EntryFormat = 1;
constexpr llvm::StringLiteral EntrySuffix = ".entry";
/// Each unit's CPU seconds, by main file.
constexpr llvm::StringLiteral TimesFile = "unit-seconds.json";
} // namespace

llvm::Expected<ResultCache> ResultCache::open(std::string Directory, uint64_t MaxBytes) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Directory))
    return llvm::createStringError(EC, "cannot use the cache directory '%s': %s", Directory.c_str(),
                                   EC.message().c_str());
  return ResultCache(std::move(Directory), MaxBytes);
}

std::optional<uint64_t> ResultCache::parseSize(llvm::StringRef Text) {
  uint64_t Unit = 1;
  if (Text.consume_back("K") || Text.consume_back("k"))
    Unit = 1ULL << 10;
  else if (Text.consume_back("M") || Text.consume_back("m"))
    Unit = 1ULL << 20;
  else if (Text.consume_back("G") || Text.consume_back("g"))
    Unit = 1ULL << 30;
  uint64_t Count = 0;
  if (Text.getAsInteger(10, Count))
    return std::nullopt;
  return Count * Unit;
}

std::string ResultCache::entryPath(const std::string &Key) const {
  llvm::SHA1 Hash;
  Hash.update(Key);
  std::array<uint8_t, 20> Digest = Hash.final();
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, llvm::toHex(Digest, /*LowerCase=*/true) + EntrySuffix.str());
  return std::string(Path);
}

const std::string &ResultCache::contentHash(const std::string &Path) {
  auto [It, Inserted] = Hashes.try_emplace(Path);
  if (Inserted)
    if (auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                                  /*RequiresNullTerminator=*/false))
      It->second = llvm::utohexstr(llvm::xxh3_64bits((*Buffer)->getBuffer()));
  return It->second;
}

std::optional<TranslationUnitResult> ResultCache::lookup(const std::string &Key) {
  std::string Path = entryPath(Key);
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return std::nullopt;
  json Entry = json::parse((*Buffer)->getBuffer().begin(), (*Buffer)->getBuffer().end(), nullptr,
                           /*allow_exceptions=*/false);
  try {
    if (!Entry.is_object() || Entry.value("format", 0) != EntryFormat ||
        Entry.value("key", "") != Key || !Entry.contains("files") || !Entry.contains("result"))
      return std::nullopt; // damaged, or another layout: analysed and written again
    for (const auto &[File, Hash] : Entry["files"].items())
      if (Hash.get<std::string>() != contentHash(File) || Hash.get<std::string>().empty())
        return std::nullopt;
    TranslationUnitResult Result = translationUnitResultFromJson(Entry["result"]);
    // Recently used: the last to be evicted.
    int FD;
    if (!llvm::sys::fs::openFileForReadWrite(Path, FD, llvm::sys::fs::CD_OpenExisting,
                                             llvm::sys::fs::OF_None)) {
      llvm::sys::fs::setLastAccessAndModificationTime(FD, std::chrono::system_clock::now());
      llvm::sys::Process::SafelyCloseFileDescriptor(FD);
    }
    return Result;
  } catch (const json::exception &) {
    return std::nullopt;
  }
}

void ResultCache::store(const std::string &Key, const TranslationUnitResult &Result) {
  if (!Result.Ran || !Result.Compiled)
    return;
  json Files = json::object();
  // The preprocessor's callbacks see the headers entered, not the main file.
  std::vector<std::string> Read = Result.ReadFiles;
  Read.push_back(Result.File);
  for (const std::string &File : Read) {
    const std::string &Hash = contentHash(File);
    if (Hash.empty())
      return; // a file that is gone cannot be checked next time
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(File, Status) || Status.getLastModificationTime() >= Opened)
      return; // edited during the run: the worker may have read the old text
    Files[File] = Hash;
  }
  json Entry = {{"format", EntryFormat},
                {"key", Key},
                {"files", std::move(Files)},
                {"result", toJson(Result)}};
  writeAtomically(entryPath(Key), Entry.dump());
}

bool ResultCache::writeAtomically(const std::string &Path, const std::string &Text) const {
  // A unique file in the same directory, renamed over the target: readers
  // see the old content or the new one, never a part.
  llvm::SmallString<256> Temporary(Directory);
  llvm::sys::path::append(Temporary, "part-%%%%%%%%%%%%");
  int FD;
  if (llvm::sys::fs::createUniqueFile(Temporary, FD, Temporary))
    return false;
  {
    llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
    Out << Text;
    Out.close();
    if (Out.has_error()) {
      Out.clear_error();
      llvm::sys::fs::remove(Temporary);
      return false;
    }
  }
  if (!llvm::sys::fs::rename(Temporary, Path))
    return true;
  llvm::sys::fs::remove(Temporary);
  return false;
}

std::map<std::string, double> ResultCache::recordedSeconds() const {
  std::map<std::string, double> Seconds;
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, TimesFile);
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return Seconds;
  json Times = json::parse((*Buffer)->getBuffer().begin(), (*Buffer)->getBuffer().end(), nullptr,
                           /*allow_exceptions=*/false);
  if (Times.is_object())
    for (const auto &[Unit, Value] : Times.items())
      if (Value.is_number())
        Seconds[Unit] = Value.get<double>();
  return Seconds;
}

void ResultCache::recordSeconds(const std::map<std::string, double> &Seconds) {
  std::map<std::string, double> All = recordedSeconds();
  for (const auto &[Unit, Value] : Seconds)
    All[Unit] = Value;
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, TimesFile);
  writeAtomically(std::string(Path), json(All).dump());
}

void ResultCache::evict() {
  struct Entry {
    std::string Path;
    uint64_t Size;
    llvm::sys::TimePoint<> Used;
  };
  std::vector<Entry> Entries;
  uint64_t Total = 0;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End; It != End && !EC;
       It.increment(EC)) {
    // Entries, and parts a run left behind an hour ago or more; not the
    // parts other runs are writing now, nor the units' recorded seconds.
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(It->path(), Status) ||
        Status.type() != llvm::sys::fs::file_type::regular_file)
      continue;
    bool StalePart =
        Name.starts_with("part-") &&
        Status.getLastModificationTime() + std::chrono::hours(1) < std::chrono::system_clock::now();
    if (!Name.ends_with(EntrySuffix) && !StalePart)
      continue;
    Entries.push_back({It->path(), Status.getSize(), Status.getLastModificationTime()});
    Total += Status.getSize();
  }
  std::sort(Entries.begin(), Entries.end(),
            [](const Entry &A, const Entry &B) { return A.Used < B.Used; });
  for (const Entry &E : Entries) {
    if (Total <= MaxBytes)
      break;
    llvm::sys::fs::remove(E.Path); // another run may have removed it already
    Total -= E.Size;
  }
}

} // namespace async_tidy::driver
