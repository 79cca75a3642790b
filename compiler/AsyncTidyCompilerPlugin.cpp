//===--- AsyncTidyCompilerPlugin.cpp - The checks inside the compiler -----===//
//
// `clang++-19 -fplugin=AsyncTidyCompilerPlugin.so`: the async checks run on
// the AST the compiler builds anyway, while the project compiles, so they
// cost their own time (about 1% of a parse) instead of a second parse. The
// findings are compiler warnings (`file:line:col: warning: ...
// [async-check]`), with the safe fix as a fix-it and the notes after them.
//
// Arguments (`-fplugin-arg-async_tidy-<argument>`; the name has no `-`,
// which would end it):
//   checks=<globs>    added to the configuration's Checks, as clang-tidy's
//                     --checks (the configuration is the .clang-tidy files
//                     of each file, as for clang-tidy; default -*,async-*)
//   werror            the findings are errors: plugin warnings do not obey
//                     -Werror, -w or -Werror=<name>, so this is the gate
//   config-hash=<h>   ignored; it puts the configuration (.clang-tidy,
//                     catalog) into the command line, which ccache hashes
//
// Fixes that change behaviour stay text on their note (UnsafeFixes: text):
// a compiler's -fixit would apply a note's fix-its.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Frontend/MultiplexConsumer.h"

#include <memory>

using namespace clang;
using namespace clang::tidy;

namespace async_tidy {
namespace {

/// The checks' consumer, and once it has run, their findings reported to
/// the compiler's diagnostics.
class FindingsConsumer : public MultiplexConsumer {
public:
  FindingsConsumer(std::unique_ptr<ClangTidyContext> Context,
                   std::unique_ptr<ClangTidyDiagnosticConsumer> Collector,
                   std::unique_ptr<DiagnosticsEngine> Engine, std::unique_ptr<ASTConsumer> Checks,
                   CompilerInstance &Compiler, bool AsErrors)
      : MultiplexConsumer(single(std::move(Checks))), Context(std::move(Context)),
        Collector(std::move(Collector)), Engine(std::move(Engine)), Compiler(Compiler),
        AsErrors(AsErrors) {}

  void HandleTranslationUnit(ASTContext &AST) override {
    MultiplexConsumer::HandleTranslationUnit(AST); // the checks run here
    // take() applies NOLINT, the header filter and the system-header rule,
    // as clang-tidy does.
    for (const ClangTidyError &Error : Collector->take())
      report(Error);
  }

private:
  static std::vector<std::unique_ptr<ASTConsumer>> single(std::unique_ptr<ASTConsumer> Consumer) {
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::move(Consumer));
    return Consumers;
  }

  /// Where `Message` points, in a file the compiler has read; invalid if
  /// none.
  SourceLocation locationOf(const tooling::DiagnosticMessage &Message) {
    SourceManager &SM = Compiler.getSourceManager();
    if (Message.FilePath.empty())
      return {};
    auto File = SM.getFileManager().getOptionalFileRef(Message.FilePath);
    if (!File)
      return {};
    FileID ID = SM.translateFile(*File);
    if (ID.isInvalid())
      return {};
    return SM.getLocForStartOfFile(ID).getLocWithOffset(Message.FileOffset);
  }

  void report(const ClangTidyError &Error) {
    DiagnosticsEngine &Diags = Compiler.getDiagnostics();
    bool IsError =
        AsErrors || Error.IsWarningAsError || Error.DiagLevel == tooling::Diagnostic::Error;
    unsigned ID = Diags.getDiagnosticIDs()->getCustomDiagID(
        IsError ? DiagnosticIDs::Error : DiagnosticIDs::Warning, "%0");
    {
      DiagnosticBuilder Builder = Diags.Report(locationOf(Error.Message), ID);
      Builder << (Error.Message.Message + " [" + Error.DiagnosticName + "]");
      // The warning's own fix (a safe one), as fix-its.
      for (const auto &FileAndReplacements : Error.Message.Fix)
        for (const tooling::Replacement &R : FileAndReplacements.second) {
          tooling::DiagnosticMessage At;
          At.FilePath = R.getFilePath().str();
          At.FileOffset = R.getOffset();
          SourceLocation Begin = locationOf(At);
          if (Begin.isValid())
            Builder << FixItHint::CreateReplacement(
                CharSourceRange::getCharRange(Begin, Begin.getLocWithOffset(R.getLength())),
                R.getReplacementText());
        }
    }
    unsigned NoteID = Diags.getDiagnosticIDs()->getCustomDiagID(DiagnosticIDs::Note, "%0");
    for (const tooling::DiagnosticMessage &Note : Error.Notes)
      Diags.Report(locationOf(Note), NoteID) << Note.Message;
  }

  std::unique_ptr<ClangTidyContext> Context;
  std::unique_ptr<ClangTidyDiagnosticConsumer> Collector;
  std::unique_ptr<DiagnosticsEngine> Engine;
  CompilerInstance &Compiler;
  bool AsErrors;
};

class AsyncTidyPluginAction : public PluginASTAction {
public:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                 StringRef File) override {
    ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
    Defaults.Checks = "-*,async-*";
    ClangTidyOptions Overrides;
    if (!Checks.empty())
      Overrides.Checks = Checks;
    Overrides.CheckOptions["UnsafeFixes"] = ClangTidyOptions::ClangTidyValue("text");
    auto Context = std::make_unique<ClangTidyContext>(
        std::make_unique<FileOptionsProvider>(ClangTidyGlobalOptions(), Defaults, Overrides,
                                              &Compiler.getFileManager().getVirtualFileSystem()));
    // The checks report to an engine of their own; FindingsConsumer passes
    // what survives clang-tidy's filters on to the compiler's.
    auto Collector = std::make_unique<ClangTidyDiagnosticConsumer>(*Context);
    auto Engine = std::make_unique<DiagnosticsEngine>(new DiagnosticIDs(), new DiagnosticOptions(),
                                                      Collector.get(), /*ShouldOwnClient=*/false);
    Context->setDiagnosticsEngine(Engine.get());
    ClangTidyASTConsumerFactory Factory(*Context);
    std::unique_ptr<ASTConsumer> ChecksConsumer = Factory.createASTConsumer(Compiler, File);
    return std::make_unique<FindingsConsumer>(std::move(Context), std::move(Collector),
                                              std::move(Engine), std::move(ChecksConsumer),
                                              Compiler, AsErrors);
  }

  bool ParseArgs(const CompilerInstance &Compiler, const std::vector<std::string> &Args) override {
    for (StringRef Arg : Args) {
      if (Arg.consume_front("checks="))
        Checks = Arg.str();
      else if (Arg == "werror")
        AsErrors = true;
      else if (!Arg.starts_with("config-hash=")) {
        DiagnosticsEngine &Diags = Compiler.getDiagnostics();
        Diags.Report(Diags.getDiagnosticIDs()->getCustomDiagID(
            DiagnosticIDs::Error,
            "unknown argument '%0' of the async_tidy plugin (checks=, werror, config-hash=)"))
            << Arg;
        return false;
      }
    }
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }

private:
  std::string Checks;
  bool AsErrors = false;
};

} // namespace
} // namespace async_tidy

static FrontendPluginRegistry::Add<async_tidy::AsyncTidyPluginAction>
    Registration("async_tidy", "the async-tidy checks, on the compiler's AST");
