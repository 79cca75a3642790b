//===--- AsyncCheckBase.cpp - What every async check shares ----------------===//

#include "AsyncCheckBase.h"
#include "ProjectFiles.h"
#include "SkippedFindings.h"

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

AsyncCheckBase::AsyncCheckBase(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CheckName(Name.str()), Config(Options, Context),
      Inserter(Options.getLocalOrGlobal("IncludeStyle", tidy::utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()),
      Tests(readTestFiles(Options, Context)) {}

void AsyncCheckBase::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                         Preprocessor *) {
  Sources = &SM;
  Inserter.registerPreprocessor(PP);
}

void AsyncCheckBase::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
  Options.store(Opts, CatalogFileOption, Config.catalogFileOption());
  Options.store(Opts, TestFiles::OptionName, Tests.pattern());
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
  for (const HeaderNeed &Header : Plan.Headers)
    if (std::optional<FixItHint> Include = Inserter.createIncludeInsertion(File, Header.Include))
      Diag << *Include;
}

void AsyncCheckBase::attachSafeFix(DiagnosticBuilder &Warning, const FixPlan &Plan) {
  if (!Plan.hasEdits() || Plan.Safety != FixSafety::Safe)
    return;
  for (const FixItHint &Edit : Plan.Edits)
    Warning << Edit;
  addIncludes(Warning, Plan);
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
  // Unsafe: every edit on one note, applied only with --fix-notes.
  auto Note = diag(At, "%0", DiagnosticIDs::Note) << Plan.Explanation;
  for (const FixItHint &Edit : Plan.Edits)
    Note << Edit;
  addIncludes(Note, Plan);
}

} // namespace async_tidy
