//===--- TranslationUnitWorker.cpp ----------------------------------------===//
//
// The analysis mirrors clang-tidy's runClangTidy (same arguments adjusters,
// same diagnostic consumer, `__clang_analyzer__` defined), with one addition:
// the action records which project files the translation unit read, so the
// parent knows what to re-compile after changing a file.
//
//===----------------------------------------------------------------------===//

#include "TranslationUnitWorker.h"

#include "ClangTidyConfiguration.h"
#include "CompilationInputs.h"
#include "SummaryFile.h"
#include "SummaryPass.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <set>

namespace async_tidy::driver {

using namespace clang;
using clang::tidy::ClangTidyContext;
using clang::tidy::ClangTidyError;

namespace {

/// The files a translation unit read: those of the project (user headers,
/// and system-path headers outside /usr), which fixes may touch, and every
/// file, whose contents decide whether a cached result still holds.
struct FilesRead {
  std::set<std::string> User, All;
};

/// Records the files the preprocessor enters.
class FileRecorder : public PPCallbacks {
public:
  FileRecorder(const SourceManager &SM, FilesRead &Files) : SM(SM), Files(Files) {}

  void FileChanged(SourceLocation Loc, FileChangeReason Reason, SrcMgr::CharacteristicKind Kind,
                   FileID) override {
    if (Reason != EnterFile)
      return;
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Loc));
    if (!Entry)
      return;
    std::string Path = canonicalFilePath(Entry->getName());
    Files.All.insert(Path);
    // Project headers on a system include path (CMake SYSTEM directories)
    // can be fixed too; the installed system's headers cannot.
    if (Kind == SrcMgr::C_User || !llvm::StringRef(Path).starts_with("/usr/"))
      Files.User.insert(std::move(Path));
  }

private:
  const SourceManager &SM;
  FilesRead &Files;
};

class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(tidy::ClangTidyASTConsumerFactory &Factory, FilesRead &Files)
      : Factory(Factory), Files(Files) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                 StringRef File) override {
    Compiler.getPreprocessor().addPPCallbacks(
        std::make_unique<FileRecorder>(Compiler.getSourceManager(), Files));
    return Factory.createASTConsumer(Compiler, File);
  }

private:
  tidy::ClangTidyASTConsumerFactory &Factory;
  FilesRead &Files;
};

/// The summary pass: the unit's local summaries instead of findings.
class SummaryAction : public ASTFrontendAction {
public:
  SummaryAction(ClangTidyContext &Context, SummarySet &Into, FilesRead &Files)
      : Context(Context), Into(Into), Files(Files) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                 StringRef File) override {
    Compiler.getPreprocessor().addPPCallbacks(
        std::make_unique<FileRecorder>(Compiler.getSourceManager(), Files));
    Context.setCurrentFile(File);
    Context.setASTContext(&Compiler.getASTContext());
    return makeSummaryConsumer(Context, Into);
  }

private:
  ClangTidyContext &Context;
  SummarySet &Into;
  FilesRead &Files;
};

class AnalysisActionFactory : public tooling::FrontendActionFactory {
public:
  AnalysisActionFactory(ClangTidyContext &Context, FilesRead &Files)
      : Context(Context), ConsumerFactory(Context), Files(Files) {}

  std::unique_ptr<FrontendAction> create() override {
    if (Summaries)
      return std::make_unique<SummaryAction>(Context, *Summaries, Files);
    return std::make_unique<AnalysisAction>(ConsumerFactory, Files);
  }
  /// Makes the factory run the summary pass instead of the checks.
  void summarizeInto(SummarySet &Into) { Summaries = &Into; }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation, FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // As clang-tidy: code guarded by `#ifdef __clang_analyzer__` is seen.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    return FrontendActionFactory::runInvocation(Invocation, Files, PCHContainerOps, DiagConsumer);
  }

private:
  ClangTidyContext &Context;
  tidy::ClangTidyASTConsumerFactory ConsumerFactory;
  FilesRead &Files;
  SummarySet *Summaries = nullptr;
};

std::vector<TextEdit> editsOf(const llvm::StringMap<tooling::Replacements> &Fix,
                              StringRef BuildDirectory) {
  std::vector<TextEdit> Edits;
  for (const auto &FileAndReplacements : Fix)
    for (const tooling::Replacement &R : FileAndReplacements.second)
      Edits.push_back({canonicalFilePath(R.getFilePath(), BuildDirectory), R.getOffset(),
                       R.getLength(), R.getReplacementText().str()});
  std::sort(Edits.begin(), Edits.end());
  return Edits;
}

Finding findingOf(const ClangTidyError &Error) {
  Finding F;
  F.Check = Error.DiagnosticName;
  F.Message = Error.Message.Message;
  if (!Error.Message.FilePath.empty())
    F.File = canonicalFilePath(Error.Message.FilePath, Error.BuildDirectory);
  F.Offset = Error.Message.FileOffset;
  F.Level = Error.DiagLevel == ClangTidyError::Error    ? FindingLevel::Error
            : Error.DiagLevel == ClangTidyError::Remark ? FindingLevel::Remark
                                                        : FindingLevel::Warning;
  F.WarningAsError = Error.IsWarningAsError;
  if (F.WarningAsError) // clang-tidy reports these as errors
    F.Level = FindingLevel::Error;
  F.BuildDirectory = Error.BuildDirectory;
  F.Fix = editsOf(Error.Message.Fix, Error.BuildDirectory);
  for (const tooling::DiagnosticMessage &Note : Error.Notes) {
    FindingNote N;
    N.Message = Note.Message;
    if (!Note.FilePath.empty())
      N.File = canonicalFilePath(Note.FilePath, Error.BuildDirectory);
    N.Offset = Note.FileOffset;
    N.Fix = editsOf(Note.Fix, Error.BuildDirectory);
    F.Notes.push_back(std::move(N));
  }
  return F;
}

/// Adds the configuration's ExtraArgs/ExtraArgsBefore and the command
/// line's --extra-arg(-before), as clang-tidy does.
void addArgumentsAdjusters(tooling::ClangTool &Tool, ClangTidyContext *Context,
                           const DriverOptions &Options) {
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      Options.ExtraArgsBefore, tooling::ArgumentInsertPosition::BEGIN));
  Tool.appendArgumentsAdjuster(
      tooling::getInsertArgumentAdjuster(Options.ExtraArgs, tooling::ArgumentInsertPosition::END));
  if (Context)
    Tool.appendArgumentsAdjuster(
        [Context](const tooling::CommandLineArguments &Args, StringRef File) {
          tidy::ClangTidyOptions Opts = Context->getOptionsForFile(File);
          tooling::CommandLineArguments Adjusted = Args;
          if (Opts.ExtraArgsBefore) {
            auto I = Adjusted.begin();
            if (I != Adjusted.end() && !StringRef(*I).starts_with("-"))
              ++I; // the compiler's name
            Adjusted.insert(I, Opts.ExtraArgsBefore->begin(), Opts.ExtraArgsBefore->end());
          }
          if (Opts.ExtraArgs)
            Adjusted.insert(Adjusted.end(), Opts.ExtraArgs->begin(), Opts.ExtraArgs->end());
          return Adjusted;
        });
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());
}

/// Records compiler errors of a plain compile (the re-compilation after
/// fixes), as the analysis reports them: `clang-diagnostic-error` findings.
class CompilerErrorRecorder : public DiagnosticConsumer {
public:
  explicit CompilerErrorRecorder(std::vector<Finding> &Errors) : Errors(Errors) {}

  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    llvm::SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    Finding F = Finding::compilerError(std::string(Text));
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      FullSourceLoc Loc(SM.getFileLoc(Info.getLocation()), SM);
      if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(Loc.getFileID())) {
        F.File = canonicalFilePath(Entry->getName());
        F.Offset = Loc.getFileOffset();
      }
    }
    Errors.push_back(std::move(F));
  }

private:
  std::vector<Finding> &Errors;
};

double cpuSecondsSoFar() {
  llvm::sys::TimePoint<> Elapsed;
  std::chrono::nanoseconds User, System;
  llvm::sys::Process::GetTimeUsage(Elapsed, User, System);
  return std::chrono::duration<double>(User + System).count();
}

/// A result for a translation unit the worker could not even start on.
TranslationUnitResult failure(const std::string &File, const std::string &Why) {
  TranslationUnitResult R;
  R.File = File;
  R.Ran = true;
  R.Findings.push_back(Finding::compilerError(Why));
  return R;
}

} // namespace

TranslationUnitResult runWorkerTask(WorkerTask Task, const DriverOptions &Options,
                                    const std::string &File) {
  auto Database = loadCompilationDatabase(Options);
  if (!Database)
    return failure(File, llvm::toString(Database.takeError()));
  auto Provider = createOptionsProvider(Options);
  if (!Provider)
    return failure(File, llvm::toString(Provider.takeError()));

  tooling::ClangTool Tool(**Database, {File});
  Tool.setPrintErrorMessage(false); // the parent reports failed units itself
  TranslationUnitResult Result;
  Result.File = File;
  Result.Ran = true;

  ClangTidyContext Context(std::move(*Provider));
  addArgumentsAdjusters(Tool, &Context, Options);
  FilesRead Files;
  int Status = 0;
  if (Task != WorkerTask::Compile) {
    tidy::ClangTidyDiagnosticConsumer Consumer(Context, nullptr, /*RemoveIncompatibleErrors=*/true,
                                               /*GetFixesFromNotes=*/Options.FixNotes);
    DiagnosticsEngine Engine(new DiagnosticIDs(), new DiagnosticOptions(), &Consumer,
                             /*ShouldOwnClient=*/false);
    Context.setDiagnosticsEngine(&Engine);
    Tool.setDiagnosticConsumer(&Consumer);
    AnalysisActionFactory Factory(Context, Files);
    SummarySet Summaries;
    if (Task == WorkerTask::Summarize)
      Factory.summarizeInto(Summaries);
    collectSkippedFindings(true);
    Status = Tool.run(&Factory);
    if (Task == WorkerTask::Summarize)
      Result.Summaries = printSummaryFile(Summaries);
    Result.Skipped = takeSkippedFindings();
    for (const ClangTidyError &Error : Consumer.take())
      Result.Findings.push_back(findingOf(Error));
  } else {
    CompilerErrorRecorder Recorder(Result.Findings);
    Tool.setDiagnosticConsumer(&Recorder);
    auto Factory = tooling::newFrontendActionFactory<SyntaxOnlyAction>();
    Status = Tool.run(Factory.get());
  }

  bool HasCompilerError = std::any_of(Result.Findings.begin(), Result.Findings.end(),
                                      [](const Finding &F) { return F.isCompilerError(); });
  // clang-tidy's configuration errors count as errors for the tool's status
  // but say nothing about the code: the parent reports them (exit code 2).
  bool HasConfigurationError =
      std::any_of(Result.Findings.begin(), Result.Findings.end(),
                  [](const Finding &F) { return F.isConfigurationError(); });
  if (HasConfigurationError)
    Status = 0;
  if (Status != 0 && !HasCompilerError)
    Result.Findings.push_back(failure(File, "the translation unit could not be built (no compile "
                                            "command, or the compiler exited with an error)")
                                  .Findings.front());
  Result.Compiled = Status == 0 && !HasCompilerError;
  Result.UserFiles.assign(Files.User.begin(), Files.User.end());
  Result.ReadFiles.assign(Files.All.begin(), Files.All.end());
  Result.CpuSeconds = cpuSecondsSoFar();
  return Result;
}

const char *workerTaskName(WorkerTask Task) {
  switch (Task) {
  case WorkerTask::Analyse:
    return "analyse";
  case WorkerTask::Compile:
    return "compile";
  case WorkerTask::Summarize:
    return "summarize";
  }
  return "analyse";
}

int workerMain(WorkerTask Task, const DriverOptions &Options, const std::string &File,
               const std::string &ResultPath) {
  TranslationUnitResult Result = runWorkerTask(Task, Options, File);
  std::error_code EC;
  llvm::raw_fd_ostream Out(ResultPath, EC);
  if (EC) {
    llvm::errs() << "async-tidy worker: cannot write " << ResultPath << ": " << EC.message()
                 << "\n";
    return 1;
  }
  Out << toJson(Result).dump();
  return 0;
}

} // namespace async_tidy::driver
