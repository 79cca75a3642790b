//===--- FixApplication.cpp -----------------------------------------------===//

#include "FixApplication.h"

#include "clang/Format/Format.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

namespace async_tidy::driver {

const char *outcomeName(FixOutcome Outcome) {
  switch (Outcome) {
  case FixOutcome::NoFix:
    return "none";
  case FixOutcome::NotRequested:
    return "not-applied";
  case FixOutcome::Applied:
    return "applied";
  case FixOutcome::SkippedConflict:
    return "skipped-conflict";
  case FixOutcome::SkippedUnwritable:
    return "skipped-unwritable";
  case FixOutcome::RolledBack:
    return "rolled-back";
  case FixOutcome::SkippedBrokenUnit:
    return "skipped-not-compiling";
  }
  return "none";
}

std::error_code writeFileAtomically(const std::string &Path, const std::string &Contents) {
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return EC;
  llvm::SmallString<256> Temporary;
  int FD = -1;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          Path + ".async-tidy-%%%%%%", FD, Temporary, llvm::sys::fs::OF_None, Status.permissions()))
    return EC;
  {
    llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
    Out << Contents;
    Out.close();
    if (Out.has_error()) {
      std::error_code EC = Out.error();
      Out.clear_error();
      llvm::sys::fs::remove(Temporary);
      return EC;
    }
  }
  // createUniqueFile applies the umask; the file keeps its own mode.
  llvm::sys::fs::setPermissions(Temporary, Status.permissions());
  if (std::error_code EC = llvm::sys::fs::rename(Temporary, Path)) {
    llvm::sys::fs::remove(Temporary);
    return EC;
  }
  return {};
}

/// A file nobody may write: no write bit at all (checked explicitly, since
/// root may write anything), or not writable for this user.
static bool isReadOnly(const std::string &Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status))
    return true;
  using namespace llvm::sys::fs;
  if ((Status.permissions() & (owner_write | group_write | others_write)) == 0)
    return true;
  return !llvm::sys::fs::can_write(Path);
}

FixSession::FixSession(const std::vector<Finding> &Findings, bool FixNotes,
                       std::function<std::string(const std::string &)> StyleFor)
    : Findings(Findings), FixNotes(FixNotes), StyleFor(std::move(StyleFor)) {
  Outcomes.resize(Findings.size(), FixOutcome::NoFix);
  for (size_t I = 0; I < Findings.size(); ++I) {
    const Finding &F = Findings[I];
    if (!F.chosenFix(/*FixNotes=*/true))
      continue;
    if (!F.chosenFix(FixNotes))
      Outcomes[I] = FixOutcome::NotRequested;
    else if (F.OnlyFromBrokenUnits)
      Outcomes[I] = FixOutcome::SkippedBrokenUnit;
    else if (F.FixesDisagree) {
      Outcomes[I] = FixOutcome::SkippedConflict;
      Problems.push_back({F.File, F.Offset,
                          "translation units propose different fixes for '" + F.Check +
                              "' here; none is applied"});
    } else {
      Outcomes[I] = FixOutcome::Applied; // until something withdraws it
    }
    if (const std::vector<TextEdit> *Fix = F.chosenFix(FixNotes)) {
      std::set<std::string> Files;
      for (const TextEdit &E : *Fix)
        Files.insert(E.File);
      for (const std::string &File : Files)
        FixesByFile[File].push_back(I);
    }
  }
}

const std::vector<size_t> &FixSession::fixesIn(const std::string &File) const {
  static const std::vector<size_t> None;
  auto It = FixesByFile.find(File);
  return It == FixesByFile.end() ? None : It->second;
}

unsigned FixSession::count(FixOutcome Outcome) const {
  return std::count(Outcomes.begin(), Outcomes.end(), Outcome);
}

/// An edit that only adds `#include` lines.
static bool isIncludeInsertion(const TextEdit &E) {
  if (E.Length != 0)
    return false;
  llvm::StringRef Text = llvm::StringRef(E.Replacement).trim();
  return Text.starts_with("#include") && !Text.contains(';');
}

void FixSession::findConflicts() {
  // Distinct edits per file, each with the fixes that make it.
  std::map<std::string, std::map<TextEdit, std::vector<size_t>>> EditsByFile;
  forEachAppliedEdit([&](size_t I, const TextEdit &E) { EditsByFile[E.File][E].push_back(I); });

  std::set<size_t> Conflicting;
  for (const auto &[File, Edits] : EditsByFile) {
    // Sorted by offset, then length: an edit conflicts with an earlier one
    // that reaches past its start, or with an insertion at the same point.
    std::vector<const std::pair<const TextEdit, std::vector<size_t>> *> Sorted;
    for (const auto &Entry : Edits)
      Sorted.push_back(&Entry);
    for (size_t B = 0; B < Sorted.size(); ++B) {
      const TextEdit &EB = Sorted[B]->first;
      for (size_t A = 0; A < B; ++A) {
        const TextEdit &EA = Sorted[A]->first;
        // Two different insertions at one point conflict unless both are
        // whole lines (two fixes each adding an #include at the top): then
        // both go in, in a fixed order.
        bool BothLines = isIncludeInsertion(EA) && isIncludeInsertion(EB);
        bool Overlap = EB.Offset < EA.Offset + EA.Length ||
                       (EA.Length == 0 && EB.Length == 0 && EA.Offset == EB.Offset && !BothLines);
        if (!Overlap)
          continue;
        Conflicting.insert(Sorted[A]->second.begin(), Sorted[A]->second.end());
        Conflicting.insert(Sorted[B]->second.begin(), Sorted[B]->second.end());
        const Finding &FA = Findings[Sorted[A]->second.front()];
        const Finding &FB = Findings[Sorted[B]->second.front()];
        Problems.push_back({File, EB.Offset,
                            "fixes of '" + FA.Check + "' and '" + FB.Check +
                                "' edit overlapping text differently; neither is applied"});
      }
    }
  }
  for (size_t I : Conflicting)
    Outcomes[I] = FixOutcome::SkippedConflict;
}

void FixSession::withdrawFixesTouchingUnwritableFiles() {
  std::map<std::string, bool> ReadOnly;
  std::vector<size_t> Withdrawn;
  forEachAppliedEdit([&](size_t I, const TextEdit &E) {
    auto [It, New] = ReadOnly.try_emplace(E.File, false);
    if (New && IsExcluded && IsExcluded(E.File)) {
      It->second = true;
      Problems.push_back(
          {E.File, 0, "file is excluded (--exclude); fixes that edit it are not applied"});
    } else if (New && isReadOnly(E.File)) {
      It->second = true;
      Problems.push_back({E.File, 0, "file is not writable; its fixes are not applied"});
    }
    if (It->second)
      Withdrawn.push_back(I);
  });
  for (size_t I : Withdrawn)
    Outcomes[I] = FixOutcome::SkippedUnwritable;
}

std::vector<TextEdit> FixSession::editsFor(const std::string &File) const {
  std::set<TextEdit> Edits;
  std::set<std::string> ChecksApplied;
  for (size_t I : fixesIn(File))
    if (Outcomes[I] == FixOutcome::Applied)
      for (const TextEdit &E : editsOf(I))
        if (E.File == File) {
          Edits.insert(E);
          ChecksApplied.insert(Findings[I].Check);
        }
  // A check's include inserter adds an #include to the first fix in a file
  // only; when that fix was withdrawn, the check's other fixes there still
  // need the header. An extra #include is harmless.
  for (size_t I : fixesIn(File)) {
    FixOutcome O = Outcomes[I];
    // Only fixes withdrawn here for their other edits; a fix translation
    // units disagree on, or from code that does not compile, lends nothing.
    bool Withdrawn = O == FixOutcome::SkippedConflict || O == FixOutcome::SkippedUnwritable ||
                     O == FixOutcome::RolledBack;
    if (!Withdrawn || Findings[I].FixesDisagree || !ChecksApplied.count(Findings[I].Check))
      continue;
    for (const TextEdit &E : editsOf(I))
      if (E.File == File && isIncludeInsertion(E))
        Edits.insert(E);
  }
  return {Edits.begin(), Edits.end()};
}

std::optional<std::string> FixSession::newContents(const std::string &File,
                                                   const std::string &Original) {
  // Whole-line insertions at one point (two fixes' #includes) become one
  // insertion: clang's Replacements holds a single insertion per offset.
  std::vector<TextEdit> Edits;
  for (TextEdit &E : editsFor(File)) {
    if (!Edits.empty() && isIncludeInsertion(E) && isIncludeInsertion(Edits.back()) &&
        Edits.back().Offset == E.Offset)
      Edits.back().Replacement += E.Replacement;
    else
      Edits.push_back(std::move(E));
  }
  clang::tooling::Replacements Replacements;
  for (const TextEdit &E : Edits)
    if (llvm::Error Err = Replacements.add(
            clang::tooling::Replacement(File, E.Offset, E.Length, E.Replacement))) {
      Problems.push_back({File, E.Offset, llvm::toString(std::move(Err))});
      return std::nullopt;
    }

  // As clang-tidy: clean up around the edits, then format the changed
  // lines in the file's style (none unless asked for).
  auto Style = clang::format::getStyle(StyleFor(File), File, "none");
  if (!Style) {
    Problems.push_back({File, 0, "format style: " + llvm::toString(Style.takeError())});
    Style = clang::format::getNoStyle();
  }
  if (auto Cleaned = clang::format::cleanupAroundReplacements(Original, Replacements, *Style))
    Replacements = std::move(*Cleaned);
  else
    llvm::consumeError(Cleaned.takeError());
  if (auto Formatted = clang::format::formatReplacements(Original, Replacements, *Style))
    Replacements = std::move(*Formatted);
  else
    llvm::consumeError(Formatted.takeError());

  auto Result = clang::tooling::applyAllReplacements(Original, Replacements);
  if (!Result) {
    Problems.push_back({File, 0, llvm::toString(Result.takeError())});
    return std::nullopt;
  }
  return *Result;
}

bool FixSession::writeFile(const std::string &File, const std::string &Contents) {
  if (std::error_code EC = writeFileAtomically(File, Contents)) {
    Problems.push_back({File, 0, "cannot write the file: " + EC.message()});
    return false;
  }
  return true;
}

void FixSession::plan() {
  findConflicts();
  withdrawFixesTouchingUnwritableFiles();
}

void FixSession::apply() {
  plan();

  std::set<std::string> Files;
  forEachAppliedEdit([&](size_t, const TextEdit &E) { Files.insert(E.File); });

  // Files whose fixes cannot be applied, and what to call that.
  std::map<std::string, FixOutcome> Failed;
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (!Buffer) {
      Problems.push_back({File, 0, "cannot read the file: " + Buffer.getError().message()});
      Failed[File] = FixOutcome::SkippedUnwritable;
      continue;
    }
    std::string Original = (*Buffer)->getBuffer().str();
    if (AnalysedText)
      if (const std::string *Analysed = AnalysedText(File); Analysed && *Analysed != Original) {
        Problems.push_back({File, 0,
                            "file changed since it was analysed; its fixes are "
                            "not applied"});
        Failed[File] = FixOutcome::SkippedConflict;
        continue;
      }
    std::optional<std::string> Updated = newContents(File, Original);
    if (!Updated) {
      Failed[File] = FixOutcome::SkippedConflict;
      continue;
    }
    if (*Updated == Original)
      continue;
    Originals[File] = Original;
    if (writeFile(File, *Updated))
      Written.insert(File);
    else
      Failed[File] = FixOutcome::SkippedUnwritable;
  }
  if (Failed.empty())
    return;

  // A fix is whole or nothing: withdraw the fixes that edit a failed file,
  // and write their other files again without them.
  std::set<std::string> Rewrite;
  for (const auto &[File, Why] : Failed)
    for (size_t I : appliedFixesTouching(File)) {
      Outcomes[I] = Why;
      for (const TextEdit &E : editsOf(I))
        if (Written.count(E.File))
          Rewrite.insert(E.File);
    }
  for (const std::string &File : Rewrite) {
    std::optional<std::string> Updated = newContents(File, Originals[File]);
    const std::string &Contents = Updated ? *Updated : Originals[File];
    if (writeFile(File, Contents) && Contents == Originals[File])
      Written.erase(File);
  }
}

std::set<size_t> FixSession::appliedFixesTouching(const std::string &File) const {
  std::set<size_t> Fixes;
  for (size_t I : fixesIn(File))
    if (Outcomes[I] == FixOutcome::Applied)
      Fixes.insert(I);
  return Fixes;
}

std::set<std::string> FixSession::rollBack(const std::set<std::string> &Files,
                                           const std::string &Why) {
  // Close over fixes: a fix edited in a restored file is withdrawn from all
  // its files, which may restore more files.
  std::set<std::string> Restore;
  std::vector<std::string> Work(Files.begin(), Files.end());
  while (!Work.empty()) {
    std::string File = Work.back();
    Work.pop_back();
    if (!Written.count(File) || !Restore.insert(File).second)
      continue;
    for (size_t I : appliedFixesTouching(File)) {
      Outcomes[I] = FixOutcome::RolledBack;
      for (const TextEdit &E : editsOf(I))
        Work.push_back(E.File);
    }
  }
  std::set<std::string> Restored;
  for (const std::string &File : Restore) {
    if (writeFile(File, Originals[File])) {
      Written.erase(File);
      Restored.insert(File);
      Problems.push_back({File, 0, "edits rolled back: " + Why});
    }
  }
  return Restored; // a file that could not be restored is reported, not retried
}

std::set<std::string> FixSession::changedFiles() const { return Written; }

} // namespace async_tidy::driver
