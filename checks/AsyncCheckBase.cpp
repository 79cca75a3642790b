//===--- AsyncCheckBase.cpp - What every async check shares ----------------===//

#include "AsyncCheckBase.h"

#include "ProjectFiles.h"
#include "SkippedFindings.h"
#include "SummaryStore.h"
#include <cstdlib>

#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

static TestFiles readTestFiles(const tidy::ClangTidyCheck::OptionsView &Options,
                               tidy::ClangTidyContext *Context) {
  std::string Error;
  TestFiles Tests(Options.getLocalOrGlobal(TestFiles::OptionName, TestFiles::DefaultPattern),
                  Error);
  if (!Error.empty())
    CatalogConfig::reportOnce(Context, "invalid regular expression in option '" +
                                           TestFiles::OptionName.str() + "': " + Error);
  return Tests;
}

/// The program the checks run in, when it says so in the environment
/// (ASYNC_TIDY_HOST): `clangd` for async-clangd, `async-tidy` for the driver;
/// empty in clang-tidy.
static llvm::StringRef hostProgram() {
  const char *Host = std::getenv("ASYNC_TIDY_HOST");
  return Host ? Host : "";
}

/// `UnsafeFixes`: `note` puts a fix that changes behaviour on a note with
/// its edits (applied by `--fix-notes`, and by clang-apply-replacements,
/// which takes a note's fix when the warning has none); `text` keeps the
/// note's text and drops the edits. The default is `text` in async-clangd:
/// clangd offers a note's fix as a code action and marks a lone fix as
/// preferred, so an editor's "fix all" would apply it. The driver always
/// takes the edits, since it applies them only with its own --fix-notes.
static bool readUnsafeFixesAsText(const tidy::ClangTidyCheck::OptionsView &Options,
                                  tidy::ClangTidyContext *Context) {
  if (hostProgram() == "async-tidy")
    return false;
  std::string Value = Options
                          .getLocalOrGlobal(AsyncCheckBase::UnsafeFixesOption,
                                            hostProgram() == "clangd" ? "text" : "note")
                          .str();
  if (Value == "text" || Value == "note")
    return Value == "text";
  CatalogConfig::reportOnce(Context, "invalid value '" + Value + "' for option '" +
                                         AsyncCheckBase::UnsafeFixesOption.str() +
                                         "': expected 'note' or 'text'; using 'note'");
  return false;
}

AsyncCheckBase::AsyncCheckBase(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CheckName(Name.str()), Config(Options, Context),
      Inserter(Options.getLocalOrGlobal("IncludeStyle", tidy::utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()),
      Tests(readTestFiles(Options, Context)),
      SummaryFile(Options.getLocalOrGlobal(SummaryFileOption, "").str()),
      UnsafeFixesAsText(readUnsafeFixesAsText(Options, Context)) {}

void AsyncCheckBase::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                         Preprocessor *) {
  Sources = &SM;
  Inserter.registerPreprocessor(PP);
}

void AsyncCheckBase::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
  Options.store(Opts, CatalogFileOption, Config.catalogFileOption());
  Options.store(Opts, TestFiles::OptionName, Tests.pattern());
  Options.store(Opts, SummaryFileOption, SummaryFile);
  Options.store(Opts, UnsafeFixesOption, UnsafeFixesAsText ? "text" : "note");
  for (const StoredOption *Option : DeclaredOptions)
    Option->store(Options, Opts);
}

void AsyncCheckBase::onEndOfTranslationUnit() { Reported.clear(); }

const Catalog &AsyncCheckBase::effectiveCatalog() const {
  // Built on first use: the check's options are read in its constructor,
  // after this base's.
  if (!Effective) {
    Effective = Config.catalog();
    adjustCatalog(*Effective);
  }
  return *Effective;
}

std::shared_ptr<const SummarySet> AsyncCheckBase::summaries() const {
  if (SummaryFile.empty())
    return nullptr;
  LoadedSummaries Loaded = loadSummaryFile(SummaryFile);
  if (!Loaded.Error.empty())
    configurationError(Loaded.Error);
  if (!Loaded.StaleFiles.empty()) {
    std::string Files;
    for (size_t I = 0; I < Loaded.StaleFiles.size() && I < 3; ++I)
      Files += (I ? ", " : "") + Loaded.StaleFiles[I];
    if (Loaded.StaleFiles.size() > 3)
      Files += ", ...";
    CatalogConfig::reportOnce(
        Config.context(),
        "summary file '" + SummaryFile + "': " + std::to_string(Loaded.StaleFiles.size()) +
            " source file(s) changed since it was written (" + Files +
            "); their summaries are ignored until the summary pass runs again",
        DiagnosticIDs::Warning);
  }
  return Loaded.Set;
}

void AsyncCheckBase::configurationError(const std::string &Message) const {
  CatalogConfig::reportOnce(Config.context(), Message);
}

bool AsyncCheckBase::shouldReportAt(SourceRange Range) {
  if (!Reported.insert({Range.getBegin().getRawEncoding(), Range.getEnd().getRawEncoding()}).second)
    return false;
  if (!Tests.contains(*Sources, Range.getBegin()))
    return true;
  recordSkipped("in test files (option TestFiles)", Range.getBegin());
  return false;
}

void AsyncCheckBase::recordSkipped(llvm::StringRef Reason, SourceLocation Where,
                                   llvm::StringRef Detail) {
  // Counted where clang-tidy would have reported it (the main file and the
  // headers of the header filter).
  if (collectingSkippedFindings() &&
      ProjectFiles(*Sources, tidyContext()->getOptions()).contains(Where))
    recordSkippedFinding(CheckName, Reason, Detail, *Sources, Where);
}

void AsyncCheckBase::addIncludes(DiagnosticBuilder &Diag, const FixPlan &Plan) {
  if (Plan.Headers.empty() || Plan.Edits.empty())
    return;
  FileID File =
      Sources->getFileID(Sources->getExpansionLoc(Plan.Edits.front().RemoveRange.getBegin()));
  for (const HeaderNeed &Header : Plan.Headers) {
    // The inserter quotes a header itself unless it is spelled `<...>`.
    llvm::StringRef Spelled = Header.Include;
    if (Spelled.size() > 1 && Spelled.front() == '"' && Spelled.back() == '"')
      Spelled = Spelled.drop_front().drop_back();
    if (std::optional<FixItHint> Include = Inserter.createIncludeInsertion(File, Spelled))
      Diag << *Include;
  }
}

void AsyncCheckBase::attachSafeFix(DiagnosticBuilder &Warning, const FixPlan &Plan) {
  if (!Plan.hasEdits() || Plan.Safety != FixSafety::Safe)
    return;
  for (const FixItHint &Edit : Plan.Edits)
    Warning << Edit;
  addIncludes(Warning, Plan);
}

void AsyncCheckBase::noteFactChain(const FactChain &Chain, SourceLocation At,
                                   llvm::StringRef What) {
  for (const FactStep &Step : Chain.Steps) {
    std::string Where = shortPlace(Step.At);
    if (Step.Call.empty())
      diag(At, "'%0' is annotated: %1 (%2)", DiagnosticIDs::Note) << Step.Function << What << Where;
    else if (&Step == &Chain.Steps.back())
      diag(At, "'%0' makes %1 '%2' (%3)", DiagnosticIDs::Note)
          << Step.Function << What << Step.Call << Where;
    else
      diag(At, "'%0' calls '%1' (%2)", DiagnosticIDs::Note) << Step.Function << Step.Call << Where;
  }
}

void AsyncCheckBase::emitFixNote(const FixPlan &Plan, SourceLocation Where) {
  SourceLocation At = Plan.NoteLocation.isValid() ? Plan.NoteLocation : Where;
  if (!Plan.hasEdits()) {
    if (!Plan.Explanation.empty())
      diag(At, "no automatic fix: %0", DiagnosticIDs::Note) << Plan.Explanation;
    return;
  }
  if (Plan.Safety != FixSafety::Unsafe)
    return;
  if (UnsafeFixesAsText) {
    diag(At, "%0 (this fix changes behaviour: apply it with 'async-tidy --fix-notes')",
         DiagnosticIDs::Note)
        << Plan.Explanation;
    return;
  }
  // Unsafe: every edit on one note, applied only with --fix-notes.
  auto Note = diag(At, "%0", DiagnosticIDs::Note) << Plan.Explanation;
  for (const FixItHint &Edit : Plan.Edits)
    Note << Edit;
  addIncludes(Note, Plan);
}

} // namespace async_tidy
