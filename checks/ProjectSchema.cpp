//===--- ProjectSchema.cpp - The schema a `SchemaFiles` option names ------===//

#include "ProjectSchema.h"

#include "CatalogConfig.h"
#include "Schema.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <map>
#include <memory>
#include <mutex>

namespace async_tidy {

namespace {

/// "v10.sql" after "v2.sql": digit runs compare by value.
bool naturalLess(llvm::StringRef A, llvm::StringRef B) {
  size_t I = 0, J = 0;
  while (I < A.size() && J < B.size()) {
    if (llvm::isDigit(A[I]) && llvm::isDigit(B[J])) {
      size_t EndA = I, EndB = J;
      while (EndA < A.size() && llvm::isDigit(A[EndA]))
        ++EndA;
      while (EndB < B.size() && llvm::isDigit(B[EndB]))
        ++EndB;
      llvm::StringRef NumA = A.slice(I, EndA).ltrim('0'), NumB = B.slice(J, EndB).ltrim('0');
      if (NumA.size() != NumB.size())
        return NumA.size() < NumB.size();
      if (NumA != NumB)
        return NumA < NumB;
      I = EndA, J = EndB;
      continue;
    }
    if (A[I] != B[J])
      return A[I] < B[J];
    ++I, ++J;
  }
  return A.size() - I < B.size() - J;
}

/// The .sql files a SchemaFiles entry names: the file, or a directory's
/// *.sql files in natural order.
std::vector<std::string> sqlFilesOf(const std::string &Path) {
  if (!llvm::sys::fs::is_directory(Path))
    return {Path};
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC; It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    // Down and undo migrations (`x.down.sql`, Flyway's `U2__x.sql`) undo
    // the others.
    bool Undo = Name.ends_with(".down.sql") || (Name.size() > 1 && Name[0] == 'U' &&
                                                llvm::isDigit(Name[1]) && Name.contains("__"));
    if (Name.ends_with(".sql") && !Undo)
      Files.push_back(It->path());
  }
  std::sort(Files.begin(), Files.end(), naturalLess);
  return Files;
}

struct LoadedSchema {
  std::unique_ptr<Schema> Value; ///< Null when a file could not be read.
  std::string Error;
};

/// The schema of these files, read once per process: every translation unit
/// of a run asks for the same files.
const LoadedSchema &loadSchema(const std::vector<std::string> &Files) {
  static std::mutex Lock;
  static std::map<std::vector<std::string>, LoadedSchema> Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  auto [It, Inserted] = Cache.try_emplace(Files);
  if (!Inserted)
    return It->second;
  auto S = std::make_unique<Schema>();
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      It->second.Error = "cannot read schema file '" + File + "': " + Buffer.getError().message();
      return It->second;
    }
    S->applyFile((*Buffer)->getBuffer().str());
  }
  It->second.Value = std::move(S);
  return It->second;
}

} // namespace

const Schema *projectSchema(llvm::StringRef Option, const std::string &Value,
                            clang::tidy::ClangTidyContext *Context) {
  std::vector<std::string> Files;
  llvm::SmallVector<llvm::StringRef> Entries;
  llvm::StringRef(Value).split(Entries, ';', -1, /*KeepEmpty=*/false);
  // Each entry against the directory of the .clang-tidy that sets the
  // option (else the working directory).
  std::string Base = optionDirectory(Option, Value, Context->getCurrentFile());
  for (llvm::StringRef Entry : Entries) {
    Entry = Entry.trim();
    if (Entry.empty())
      continue; // `a.sql; ` names no directory
    llvm::SmallString<256> Full(llvm::sys::path::is_absolute(Entry) ? "" : Base);
    llvm::sys::path::append(Full, Entry);
    for (std::string &File : sqlFilesOf(std::string(Full)))
      Files.push_back(std::move(File));
  }
  const LoadedSchema &Loaded = loadSchema(Files);
  if (!Loaded.Value)
    CatalogConfig::reportOnce(Context, Loaded.Error);
  return Loaded.Value.get();
}

} // namespace async_tidy
