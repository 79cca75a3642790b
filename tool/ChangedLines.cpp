//===--- ChangedLines.cpp - The lines changed since a git revision ---------===//

#include "ChangedLines.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <optional>

namespace async_tidy::driver {

namespace {

/// The path with symbolic links resolved (the same file under two names
/// must match), or the path itself when it does not exist.
std::string realPath(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Path, Real))
    return Path.str();
  return std::string(Real);
}

/// What `git <Args>` prints, run in the current directory.
llvm::Expected<std::string> runGit(std::vector<llvm::StringRef> Args) {
  auto Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return llvm::createStringError(Git.getError(), "--diff needs git, which is not on the PATH");
  llvm::SmallString<128> Output, Errors;
  llvm::sys::fs::createTemporaryFile("async-tidy-git", "out", Output);
  llvm::sys::fs::createTemporaryFile("async-tidy-git", "err", Errors);
  Args.insert(Args.begin(), "git");
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Output.str(), Errors.str()};
  int Status = llvm::sys::ExecuteAndWait(*Git, Args, std::nullopt, Redirects);
  auto Out = llvm::MemoryBuffer::getFile(Output);
  auto Err = llvm::MemoryBuffer::getFile(Errors);
  llvm::sys::fs::remove(Output);
  llvm::sys::fs::remove(Errors);
  // The command's name: the first argument that is no option (or the
  // value of -c).
  llvm::StringRef Command;
  for (size_t I = 1; I < Args.size() && Command.empty(); ++I)
    if (Args[I] == "-c")
      ++I;
    else if (!Args[I].starts_with("-"))
      Command = Args[I];
  if (Status != 0 || !Out)
    return llvm::createStringError(
        std::errc::invalid_argument, "git %s failed: %s", Command.str().c_str(),
        Err ? llvm::StringRef((*Err)->getBuffer()).trim().str().c_str() : "no output");
  return (*Out)->getBuffer().str();
}

/// The new-file side of a hunk header, "@@ -a,b +c,d @@": lines c to
/// c+d-1 (d defaults to 1; 0 is a pure deletion, which changes no line of
/// the new text).
std::optional<std::pair<unsigned, unsigned>> newLines(llvm::StringRef Header) {
  size_t Plus = Header.find(" +");
  if (Plus == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef Range = Header.drop_front(Plus + 2).take_until([](char C) { return C == ' '; });
  auto [StartText, CountText] = Range.split(',');
  unsigned Start = 0, Count = 1;
  if (StartText.getAsInteger(10, Start) ||
      (!CountText.empty() && CountText.getAsInteger(10, Count)) || Count == 0)
    return std::nullopt;
  return std::make_pair(Start, Start + Count - 1);
}

} // namespace

ChangedLines ChangedLines::fromUnifiedDiff(llvm::StringRef Diff, llvm::StringRef RepositoryRoot) {
  ChangedLines Changed;
  std::string File;      // real path of the current "+++" file; empty: deleted
  bool InHeader = false; // between "diff --git" and the first hunk
  llvm::SmallVector<llvm::StringRef> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.starts_with("diff --git ")) {
      InHeader = true;
      continue;
    }
    // In a hunk, "+++ x" is an added line "++ x".
    if (InHeader && Line.consume_front("+++ ")) {
      File.clear();
      Line = Line.rtrim('\t'); // git ends a name that holds a space with a tab
      if (Line.consume_front("b/")) {
        llvm::SmallString<256> Path(RepositoryRoot);
        llvm::sys::path::append(Path, Line);
        File = realPath(Path);
      }
      continue;
    }
    if (!Line.starts_with("@@ "))
      continue;
    InHeader = false;
    if (File.empty())
      continue;
    if (auto Range = newLines(Line))
      Changed.Ranges[File].push_back(*Range);
  }
  return Changed;
}

llvm::Expected<ChangedLines> ChangedLines::sinceRevision(const std::string &Revision) {
  auto Root = runGit({"rev-parse", "--show-toplevel"});
  if (!Root)
    return Root.takeError();
  std::string RootPath = llvm::StringRef(*Root).trim().str();
  // Against the working tree, staged or not; no renames, so a moved file's
  // lines are all new.
  auto Diff =
      // Whatever the user's git configuration says: a/ and b/ prefixes,
      // paths from the top, names unquoted.
      runGit({"-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff",
              "--no-renames", "--no-relative", "--src-prefix=a/", "--dst-prefix=b/", Revision,
              "--"});
  if (!Diff)
    return Diff.takeError();
  ChangedLines Changed = fromUnifiedDiff(*Diff, RootPath);
  auto Untracked =
      runGit({"ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", RootPath});
  if (!Untracked)
    return Untracked.takeError();
  llvm::SmallVector<llvm::StringRef> Files;
  llvm::StringRef(*Untracked).split(Files, '\0', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef File : Files) {
    llvm::SmallString<256> Path(RootPath);
    llvm::sys::path::append(Path, File);
    Changed.addWholeFile(std::string(Path));
  }
  return Changed;
}

bool ChangedLines::contains(const std::string &File, unsigned Line) const {
  std::string Real = realPath(File);
  if (WholeFiles.count(Real))
    return true;
  auto It = Ranges.find(Real);
  if (It == Ranges.end())
    return false;
  for (auto [First, Last] : It->second)
    if (First <= Line && Line <= Last)
      return true;
  return false;
}

void ChangedLines::addWholeFile(const std::string &File) { WholeFiles.insert(realPath(File)); }

} // namespace async_tidy::driver
