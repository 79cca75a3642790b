//===--- AsyncTidyCatalog.cpp - Print or validate the API catalog ---------===//
//
//   async-tidy-catalog                    the effective catalog for a file in
//                                         the working directory
//   async-tidy-catalog --for src/a.cpp    ... for src/a.cpp: the default
//                                         catalog, the CatalogFile, and the
//                                         options of every async check that
//                                         the .clang-tidy files above it
//                                         enable
//   async-tidy-catalog --default          the embedded default catalog
//   async-tidy-catalog --validate x.json  check a catalog file; exit 1 with
//                                         file:line:col: field '...': reason
//
// The effective catalog comes from real instances of the enabled checks,
// built with clang-tidy's own configuration reader: the shared catalog,
// then each check's options applied through its adjustCatalog hook, the one
// place where a check's options change the catalog.
//
//===----------------------------------------------------------------------===//

#include "AsyncChecks.h"
#include "Catalog.h"
#include "CatalogConfig.h"
#include "DriverOptions.h"
#include "Reports.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace clang::tidy;

static cl::OptionCategory Category("async-tidy-catalog options");
static cl::opt<std::string> ForFile("for",
                                    cl::desc("Source file whose .clang-tidy configuration applies"),
                                    cl::value_desc("file"), cl::cat(Category));
static cl::opt<bool> DefaultOnly("default", cl::desc("Print the embedded default catalog"),
                                 cl::cat(Category));
static cl::opt<std::string> Validate("validate", cl::desc("Validate a catalog file and exit"),
                                     cl::value_desc("catalog.json"), cl::cat(Category));

static int validate(StringRef Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer) {
    errs() << "error: cannot read '" << Path << "': " << Buffer.getError().message() << "\n";
    return 1;
  }
  std::vector<std::string> DefaultIds;
  for (const auto &F : async_tidy::defaultCatalog().Frameworks)
    DefaultIds.push_back(F.Id);
  async_tidy::CatalogParseResult Parsed =
      async_tidy::parseCatalog((*Buffer)->getBuffer().str(), Path.str(), DefaultIds);
  if (!Parsed.Value) {
    errs() << "error: " << Parsed.Error->format() << "\n";
    return 1;
  }
  outs() << Path << ": valid catalog (" << Parsed.Value->Blocking.size() << " blocking functions, "
         << Parsed.Value->Frameworks.size() << " frameworks)\n";
  return 0;
}

int main(int Argc, const char **Argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "async-tidy-catalog: the API catalog of " << async_tidy::driver::versionString() << "\n";
  });
  cl::ParseCommandLineOptions(Argc, Argv, "Print or validate the async-tidy API catalog\n");
  if (!Validate.empty())
    return validate(Validate);
  if (DefaultOnly) {
    outs() << async_tidy::printCatalog(async_tidy::defaultCatalog());
    return 0;
  }

  // As async-tidy: the async checks unless a .clang-tidy says otherwise.
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = async_tidy::driver::DefaultChecks;
  auto Provider = std::make_unique<FileOptionsProvider>(
      ClangTidyGlobalOptions(), Defaults, ClangTidyOptions(), vfs::getRealFileSystem());
  ClangTidyContext Context(std::move(Provider));
  IntrusiveRefCntPtr<clang::DiagnosticOptions> DiagOpts(new clang::DiagnosticOptions());
  clang::TextDiagnosticPrinter Printer(errs(), &*DiagOpts);
  clang::DiagnosticsEngine Diags(new clang::DiagnosticIDs(), &*DiagOpts, &Printer,
                                 /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&Diags);
  Context.setCurrentFile(ForFile.empty() ? "async-tidy-catalog.cpp" : StringRef(ForFile));

  if (async_tidy::createEnabledAsyncChecks(Context).empty())
    errs() << "async-tidy-catalog: no async check is enabled for this file; the catalog "
              "without check options\n";
  async_tidy::Catalog Effective = async_tidy::catalogOfEnabledChecks(Context);
  if (Printer.getNumErrors() > 0 || Diags.hasErrorOccurred())
    return 1;
  outs() << async_tidy::printCatalog(Effective);
  return 0;
}
