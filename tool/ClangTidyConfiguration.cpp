//===--- ClangTidyConfiguration.cpp ---------------------------------------===//

#include "ClangTidyConfiguration.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace async_tidy::driver {

using clang::tidy::ClangTidyGlobalOptions;
using clang::tidy::ClangTidyOptions;
using clang::tidy::ClangTidyOptionsProvider;

llvm::Expected<std::unique_ptr<ClangTidyOptionsProvider>>
createOptionsProvider(const DriverOptions &Options) {
  ClangTidyOptions Defaults;
  Defaults.Checks = DefaultChecks;
  Defaults.WarningsAsErrors = "";
  Defaults.HeaderFilterRegex = "";
  Defaults.SystemHeaders = false;
  Defaults.FormatStyle = "none";
  Defaults.User = llvm::sys::Process::GetEnv("USER");

  ClangTidyOptions Overrides;
  Overrides.Checks = Options.Checks;
  Overrides.WarningsAsErrors = Options.WarningsAsErrors;
  Overrides.HeaderFilterRegex = Options.HeaderFilter;
  Overrides.FormatStyle = Options.FormatStyle;
  // The checks' global SummaryFile option (SummaryStore.h).
  if (!Options.SummaryFile.empty())
    Overrides.CheckOptions["SummaryFile"] =
        ClangTidyOptions::ClangTidyValue(llvm::StringRef(Options.SummaryFile));

  auto FS = llvm::vfs::getRealFileSystem();
  if (!Options.ConfigFile)
    return std::make_unique<clang::tidy::FileOptionsProvider>(
        ClangTidyGlobalOptions(), std::move(Defaults), std::move(Overrides), FS);

  auto Text = llvm::MemoryBuffer::getFile(*Options.ConfigFile);
  if (!Text)
    return llvm::createStringError(Text.getError(), "cannot read config file '%s': %s",
                                   Options.ConfigFile->c_str(), Text.getError().message().c_str());
  auto Parsed = clang::tidy::parseConfiguration(
      llvm::MemoryBufferRef((*Text)->getBuffer(), *Options.ConfigFile));
  if (!Parsed)
    return llvm::createStringError(Parsed.getError(), "invalid config file '%s': %s",
                                   Options.ConfigFile->c_str(),
                                   Parsed.getError().message().c_str());
  return std::make_unique<clang::tidy::ConfigOptionsProvider>(
      ClangTidyGlobalOptions(), ClangTidyOptions::getDefaults().merge(Defaults, 0),
      std::move(*Parsed), std::move(Overrides), FS);
}

} // namespace async_tidy::driver
