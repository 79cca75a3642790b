//===--- AsyncCheckBase.cpp - What every async check shares ----------------===//

#include "AsyncCheckBase.h"

#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

AsyncCheckBase::AsyncCheckBase(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Config(Options, Context),
      Inserter(Options.getLocalOrGlobal("IncludeStyle", tidy::utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void AsyncCheckBase::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                         Preprocessor *) {
  Sources = &SM;
  Inserter.registerPreprocessor(PP);
}

void AsyncCheckBase::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
  Options.store(Opts, CatalogFileOption, Config.catalogFileOption());
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

bool AsyncCheckBase::firstReportAt(SourceRange Range) {
  return Reported.insert({Range.getBegin().getRawEncoding(), Range.getEnd().getRawEncoding()})
      .second;
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
