//===--- CatalogConfig.cpp - The catalog a check runs with ----------------===//

#include "CatalogConfig.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <map>
#include <mutex>

using namespace clang::tidy;

namespace async_tidy {

std::vector<std::string> splitOptionList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Value.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Out;
  for (llvm::StringRef Part : Parts)
    if (!Part.trim().empty())
      Out.push_back(Part.trim().str());
  return Out;
}

void CatalogConfig::reportOnce(ClangTidyContext *Context, const std::string &Message,
                               clang::DiagnosticIDs::Level Level) {
  static std::mutex Lock;
  static llvm::StringSet<> Reported;
  std::lock_guard<std::mutex> Guard(Lock);
  if (Reported.insert(Message).second)
    Context->configurationDiag(Message, Level);
}

namespace {

/// Whether the `.clang-tidy` in `Dir` sets the option `Name` (globally or
/// for a check) to `Value`.
bool configSetsOption(llvm::StringRef Dir, llvm::StringRef Name, llvm::StringRef Value) {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, ".clang-tidy");
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return false;
  llvm::ErrorOr<ClangTidyOptions> Parsed = parseConfiguration(**Buffer);
  if (!Parsed)
    return false;
  for (const auto &Option : Parsed->CheckOptions) {
    llvm::StringRef Key = Option.getKey();
    if ((Key == Name || Key.ends_with(("." + Name).str())) && Option.getValue().Value == Value)
      return true;
  }
  return false;
}

} // namespace

std::string optionDirectory(llvm::StringRef Option, llvm::StringRef Value,
                            llvm::StringRef AnalysedFile) {
  llvm::SmallString<256> Start(AnalysedFile);
  llvm::sys::fs::make_absolute(Start);
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(Start); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir))
    if (configSetsOption(Dir, Option, Value))
      return Dir.str();
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return std::string(Cwd);
}

std::string resolveOptionPath(llvm::StringRef Option, llvm::StringRef Value,
                              llvm::StringRef AnalysedFile) {
  if (llvm::sys::path::is_absolute(Value))
    return Value.str();
  llvm::SmallString<256> Path(optionDirectory(Option, Value, AnalysedFile));
  llvm::sys::path::append(Path, Value);
  return std::string(Path);
}

namespace {

/// User catalogs by path, merged over the default one, so a run over many
/// translation units reads each file once (files do not change during a
/// run).
struct ParsedFile {
  std::optional<Catalog> Merged;
  std::string Error;
};

const ParsedFile &parseCatalogFile(const std::string &Path) {
  static std::mutex Lock;
  static std::map<std::string, ParsedFile> Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  auto [It, Inserted] = Cache.try_emplace(Path);
  if (!Inserted)
    return It->second;
  ParsedFile &Result = It->second;
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Result.Error = "cannot read async-tidy catalog '" + Path + "': " + Buffer.getError().message();
    return Result;
  }
  std::vector<std::string> DefaultIds;
  for (const FrameworkIdioms &F : defaultCatalog().Frameworks)
    DefaultIds.push_back(F.Id);
  CatalogParseResult Parsed = parseCatalog((*Buffer)->getBuffer().str(), Path, DefaultIds);
  if (Parsed.Value) {
    Result.Merged = defaultCatalog();
    mergeCatalog(*Result.Merged, *Parsed.Value);
  } else
    Result.Error = "invalid async-tidy catalog: " + Parsed.Error->format();
  return Result;
}

} // namespace

CatalogConfig::CatalogConfig(const ClangTidyCheck::OptionsView &Options, ClangTidyContext *Context)
    : Context(Context), FileOption(Options.getLocalOrGlobal(CatalogFileOption, "").str()),
      Shared(&defaultCatalog()) {
  if (FileOption.empty())
    return;
  std::string Path = resolveOptionPath(CatalogFileOption, FileOption, Context->getCurrentFile());
  const ParsedFile &File = parseCatalogFile(Path);
  if (File.Merged)
    Shared = &*File.Merged;
  else
    reportOnce(Context, File.Error);
}

void addProjectRequests(Catalog &Cat, llvm::StringRef OptionValue, IoKind Kind) {
  std::vector<std::string> Names = splitOptionList(OptionValue);
  if (Names.empty())
    return;
  for (std::string &Name : Names)
    if (Name.find("::") == std::string::npos)
      Name = "::" + Name;
  IoCall Entry;
  Entry.Names = std::move(Names);
  Entry.Kind = Kind;
  Cat.IoCalls.push_back(std::move(Entry));
}

} // namespace async_tidy
