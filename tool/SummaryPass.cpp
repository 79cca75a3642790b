//===--- SummaryPass.cpp - The cross-translation-unit summary pass --------===//

#include "SummaryPass.h"

#include "ApiIndex.h"
#include "AsyncChecks.h"
#include "CompilationInputs.h"
#include "FunctionSummarizer.h"
#include "ProjectFiles.h"
#include "ResourceModel.h"
#include "SummaryFile.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/DiagnosticOptions.h"

#include <set>

namespace async_tidy::driver {

using namespace clang;

namespace {

class SummaryConsumer : public ASTConsumer {
public:
  SummaryConsumer(tidy::ClangTidyContext &Context, SummarySet &Into)
      : Context(Context), Into(Into) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    Catalog Cat = catalogOfEnabledChecks(Context);
    ApiIndex Index(Cat, Ctx);
    // Client objects made with `new` are the unclosed check's business
    // where they are made; wrappers hand out catalogued handles.
    ResourceModel Resources(Cat, {});
    ProjectFiles Project(Ctx.getSourceManager(), Context.getOptions());
    FunctionSummarizer Summarizer(Ctx, Index, Resources,
                                  [&Project](SourceLocation Loc) { return Project.contains(Loc); });
    Summarizer.summarizeUnit(Into);
    Summarizer.recordUses(Into);
  }

private:
  tidy::ClangTidyContext &Context;
  SummarySet &Into;
};

/// The current fingerprint of `Path`, or "" when it cannot be read.
std::string currentFingerprint(const std::string &Path) {
  std::optional<std::string> Content = contentOfFile(Path);
  return Content ? fingerprintOf(*Content) : "";
}

/// Whether every file `Unit` read still has the fingerprint `Previous`
/// recorded, under the same configuration.
bool isUnchanged(const SummarySet &Previous, const std::string &Unit,
                 const std::string &Configuration) {
  auto Record = Previous.Units.find(Unit);
  if (Record == Previous.Units.end() || Record->second.Configuration != Configuration)
    return false;
  for (const std::string &File : Record->second.Files) {
    auto Recorded = Previous.Files.find(File);
    if (Recorded == Previous.Files.end() || Recorded->second != currentFingerprint(File))
      return false;
  }
  return true;
}

/// The part of `Previous` that `Unit` contributed.
SummarySet unitPart(const SummarySet &Previous, const std::string &Unit) {
  SummarySet Part;
  const std::vector<std::string> &Files = Previous.Units.at(Unit).Files;
  std::set<std::string> Read(Files.begin(), Files.end());
  Part.Units[Unit] = Previous.Units.at(Unit);
  for (const std::string &File : Files)
    Part.Files[File] = Previous.Files.at(File);
  for (const auto &[Usr, F] : Previous.Functions)
    if (Read.count(F.Defined.File))
      Part.Functions.emplace(Usr, F);
  return Part;
}

} // namespace

std::unique_ptr<ASTConsumer> makeSummaryConsumer(tidy::ClangTidyContext &Context,
                                                 SummarySet &Into) {
  return std::make_unique<SummaryConsumer>(Context, Into);
}

SummaryPassResult runSummaryPass(WorkerPool &Pool, const std::vector<std::string> &Files,
                                 const std::string &Previous, const SummaryInputs &Inputs) {
  SummaryPassResult Result;
  Result.Set.Producer = Inputs.Producer;
  Result.Set.ProjectUnits.insert(Inputs.ProjectUnits.begin(), Inputs.ProjectUnits.end());
  std::optional<SummarySet> Old;
  if (!Previous.empty() && llvm::sys::fs::exists(Previous)) {
    std::string Ignored; // an unreadable previous file only means no reuse
    Old = readSummaryFile(Previous, Ignored);
    if (Old && Old->Producer != Inputs.Producer)
      Old.reset();
  }
  std::map<std::string, std::string> Configurations;
  std::vector<std::string> ToSummarize;
  for (const std::string &File : Files) {
    Configurations[File] = Inputs.ConfigurationOf(File);
    if (Old && isUnchanged(*Old, File, Configurations[File])) {
      mergeSummaries(Result.Set, unitPart(*Old, File));
      ++Result.Reused;
    } else {
      ToSummarize.push_back(File);
    }
  }
  // Units are merged in file order whatever order the workers finish in,
  // so that the file is the same from run to run.
  std::map<std::string, SummarySet> ByUnit;
  Pool.run(
      WorkerTask::Summarize, ToSummarize,
      [&](TranslationUnitResult Unit) {
        Result.CpuSeconds += Unit.CpuSeconds;
        std::string Error;
        std::optional<SummarySet> Part =
            Unit.Compiled ? parseSummaryFile(Unit.Summaries, Error) : std::nullopt;
        if (!Part) {
          Result.FailedUnits.push_back(Unit.File);
          return;
        }
        // Every project file the unit read, fingerprinted: a header edit
        // makes the unit summarized again.
        for (const std::string &File : Unit.UserFiles)
          Part->Files.emplace(File, currentFingerprint(File));
        Part->Units[Unit.File] =
            UnitRecord{Unit.UserFiles, Configurations[Unit.File], std::move(Part->WorkerUses)};
        Part->WorkerUses.reset();
        ByUnit[Unit.File] = std::move(*Part);
        ++Result.Summarized;
      },
      [] {});
  for (const auto &[Unit, Part] : ByUnit)
    mergeSummaries(Result.Set, Part);
  resolveSummaries(Result.Set);
  stampFiles(Result.Set);
  return Result;
}

std::string configurationFingerprint(tidy::ClangTidyOptionsProvider &Provider,
                                     const std::string &File) {
  // A context of its own: the checks are built (options read) without a
  // translation unit; their configuration errors are the workers' to say.
  auto Copy = std::make_unique<tidy::DefaultOptionsProvider>(tidy::ClangTidyGlobalOptions(),
                                                             Provider.getOptions(File));
  tidy::ClangTidyContext Context(std::move(Copy));
  IgnoringDiagConsumer Ignore;
  DiagnosticsEngine Diags(new DiagnosticIDs(), new DiagnosticOptions(), &Ignore,
                          /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&Diags);
  Context.setCurrentFile(File);
  tidy::ClangTidyOptions Options = Context.getOptions();
  return fingerprintOf(printCatalog(catalogOfEnabledChecks(Context)) + "\n" +
                       Options.HeaderFilterRegex.value_or("") + "\n" +
                       Options.ExcludeHeaderFilterRegex.value_or(""));
}

std::optional<SummarySet> mergeSummaryFiles(const std::vector<std::string> &Paths,
                                            std::string &Error) {
  SummarySet Merged;
  for (const std::string &Path : Paths) {
    std::optional<SummarySet> Part = readSummaryFile(Path, Error);
    if (!Part)
      return std::nullopt;
    mergeSummaries(Merged, *Part);
  }
  resolveSummaries(Merged);
  stampFiles(Merged);
  return Merged;
}

} // namespace async_tidy::driver
