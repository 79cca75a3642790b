//===--- FixApplicationTest.cpp - Applying a run's fixes -------------------===//
//
// Each test writes small files into a fresh directory, builds findings with
// fixes as workers would report them, applies them and reads the files back.
//
//===----------------------------------------------------------------------===//

#include "FixApplication.h"
#include "CompilationInputs.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace async_tidy::driver;

namespace {

class FixApplicationTest : public ::testing::Test {
protected:
  void SetUp() override {
    llvm::SmallString<128> Path;
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("fix-application-test", Path));
    Directory = std::string(Path);
  }
  void TearDown() override {
    for (const std::string &File : Created) {
      llvm::sys::fs::setPermissions(File, llvm::sys::fs::all_read | llvm::sys::fs::owner_write);
      llvm::sys::fs::remove(File);
    }
    llvm::sys::fs::remove(Directory);
  }

  std::string write(const std::string &Name, const std::string &Text) {
    std::string Path = Directory + "/" + Name;
    std::error_code EC;
    llvm::raw_fd_ostream Out(Path, EC);
    Out << Text;
    Created.push_back(Path);
    return Path;
  }

  static std::string read(const std::string &Path) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    return Buffer ? (*Buffer)->getBuffer().str() : "<unreadable>";
  }

  static Finding finding(const std::string &Check, std::vector<TextEdit> Fix) {
    Finding F;
    F.Check = Check;
    F.Message = Check + " message";
    if (!Fix.empty())
      F.File = Fix.front().File;
    F.Fix = std::move(Fix);
    return F;
  }

  static FixSession session(const std::vector<Finding> &Findings, bool FixNotes = false) {
    return FixSession(Findings, FixNotes, [](const std::string &) { return "none"; });
  }

  std::string Directory;
  std::vector<std::string> Created;
};

TEST_F(FixApplicationTest, IdenticalEditsFromSeveralFindingsAreAppliedOnce) {
  std::string A = write("a.cpp", "int x = sleep(1);\nint y = sleep(2);\n");
  // Both fixes add the same include at the top, each rewrites its own call.
  std::vector<Finding> Findings = {
      finding("c1", {{A, 0, 0, "#include <t.h>\n"}, {A, 8, 5, "wait"}}),
      finding("c2", {{A, 0, 0, "#include <t.h>\n"}, {A, 26, 5, "wait"}})};
  FixSession S = session(Findings);
  S.apply();
  EXPECT_EQ(read(A), "#include <t.h>\nint x = wait(1);\nint y = wait(2);\n");
  EXPECT_EQ(S.outcome(0), FixOutcome::Applied);
  EXPECT_EQ(S.outcome(1), FixOutcome::Applied);
  EXPECT_TRUE(S.problems().empty());
}

TEST_F(FixApplicationTest, OverlappingDifferentEditsAreBothSkipped) {
  std::string Original = "int legacyBudget = 3;\nint other = 0;\n";
  std::string A = write("a.cpp", Original);
  std::string B = write("b.cpp", "int z;\n");
  std::vector<Finding> Findings = {finding("naming", {{A, 4, 12, "legacy_budget"}}),
                                   finding("naming-upper", {{A, 4, 12, "LEGACY_BUDGET"}}),
                                   // Not overlapping: applied although the other two are not.
                                   finding("other", {{A, 26, 5, "renamed"}}),
                                   finding("elsewhere", {{B, 4, 1, "w"}})};
  FixSession S = session(Findings);
  S.apply();
  EXPECT_EQ(S.outcome(0), FixOutcome::SkippedConflict);
  EXPECT_EQ(S.outcome(1), FixOutcome::SkippedConflict);
  EXPECT_EQ(S.outcome(2), FixOutcome::Applied);
  EXPECT_EQ(read(A), "int legacyBudget = 3;\nint renamed = 0;\n");
  EXPECT_EQ(read(B), "int w;\n");
  ASSERT_EQ(S.problems().size(), 1u);
  EXPECT_NE(S.problems()[0].Message.find("'naming'"), std::string::npos);
  EXPECT_NE(S.problems()[0].Message.find("'naming-upper'"), std::string::npos);
}

TEST_F(FixApplicationTest, DifferentInsertionsAtOnePointConflict) {
  std::string A = write("a.cpp", "f();\n");
  std::vector<Finding> Findings = {finding("c1", {{A, 0, 0, "co_await "}}),
                                   finding("c2", {{A, 0, 0, "(void)"}})};
  FixSession S = session(Findings);
  S.apply();
  EXPECT_EQ(S.count(FixOutcome::SkippedConflict), 2u);
  EXPECT_EQ(read(A), "f();\n");
}

TEST_F(FixApplicationTest, WholeLinesInsertedAtOnePointAreBothApplied) {
  // Two checks each add the #include their fix needs, at the same place.
  std::string A = write("a.cpp", "#include <a.h>\nint x = 1;\n");
  std::vector<Finding> Findings = {
      finding("c1", {{A, 15, 0, "#include <b.h>\n"}, {A, 23, 1, "2"}}),
      finding("c2", {{A, 15, 0, "#include <c.h>\n"}, {A, 19, 1, "y"}})};
  FixSession S = session(Findings);
  S.apply();
  EXPECT_EQ(S.count(FixOutcome::Applied), 2u);
  EXPECT_EQ(read(A), "#include <a.h>\n#include <b.h>\n#include <c.h>\nint y = 2;\n");
}

TEST_F(FixApplicationTest, ExcludedFilesAreNotEdited) {
  std::string Vendored = write("vendored.h", "int v;\n");
  std::string Own = write("own.cpp", "int o;\n");
  std::vector<Finding> Findings = {finding("c1", {{Own, 4, 1, "p"}, {Vendored, 4, 1, "w"}}),
                                   finding("c2", {{Own, 0, 3, "long"}})};
  FixSession S = session(Findings);
  S.IsExcluded = [&](const std::string &File) { return File == Vendored; };
  S.apply();
  EXPECT_EQ(S.outcome(0), FixOutcome::SkippedUnwritable);
  EXPECT_EQ(read(Vendored), "int v;\n");
  EXPECT_EQ(read(Own), "long o;\n");
}

TEST_F(FixApplicationTest, AWithdrawnFixLeavesItsIncludeForTheCheckOtherFixes) {
  // The include inserter put <sleep.h> on the first fix only; that fix
  // conflicts with another check's and is withdrawn, the second stays.
  std::string A = write("a.cpp", "#include <a.h>\nx(); y();\n");
  std::vector<Finding> Findings = {
      finding("blocking", {{A, 15, 0, "#include <sleep.h>\n"}, {A, 15, 3, "s1"}}),
      finding("other", {{A, 15, 3, "z"}}), finding("blocking", {{A, 20, 3, "s2"}})};
  Findings[2].Message = "second";
  FixSession S = session(Findings);
  S.apply();
  EXPECT_EQ(S.outcome(0), FixOutcome::SkippedConflict);
  EXPECT_EQ(S.outcome(2), FixOutcome::Applied);
  EXPECT_EQ(read(A), "#include <a.h>\n#include <sleep.h>\nx(); s2;\n");
}

TEST_F(FixApplicationTest, AFileChangedSinceTheAnalysisKeepsItsBytes) {
  std::string A = write("a.cpp", "edited by someone\n");
  std::string Analysed = "int x;\n";
  std::vector<Finding> Findings = {finding("c1", {{A, 4, 1, "y"}})};
  FixSession S = session(Findings);
  S.AnalysedText = [&](const std::string &) { return &Analysed; };
  S.apply();
  EXPECT_EQ(S.outcome(0), FixOutcome::SkippedConflict);
  EXPECT_EQ(read(A), "edited by someone\n");
}

TEST_F(FixApplicationTest, AFixSpanningFilesIsWholeOrNothing) {
  std::string Header = write("h.h", "void f(int);\n");
  std::string Source = write("s.cpp", "void g() { f(1); }\n");
  // The same finding renames the declaration and the call; the header is
  // read-only, so the call must not be renamed alone.
  std::string HeaderBefore = read(Header);
  llvm::sys::fs::setPermissions(Header, llvm::sys::fs::all_read);
  std::vector<Finding> Findings = {finding("rename", {{Header, 5, 1, "h"}, {Source, 11, 1, "h"}}),
                                   finding("unrelated", {{Source, 5, 1, "k"}})};
  FixSession S = session(Findings);
  S.apply();
  EXPECT_EQ(S.outcome(0), FixOutcome::SkippedUnwritable);
  EXPECT_EQ(S.outcome(1), FixOutcome::Applied);
  EXPECT_EQ(read(Header), HeaderBefore);
  EXPECT_EQ(read(Source), "void k() { f(1); }\n");
  ASSERT_FALSE(S.problems().empty());
  EXPECT_NE(S.problems()[0].Message.find("not writable"), std::string::npos);
}

TEST_F(FixApplicationTest, RollBackRestoresEveryFileOfTheFixesInvolved) {
  std::string Header = write("h.h", "void f(int);\n");
  std::string Source = write("s.cpp", "void g() { f(1); }\n");
  std::string Other = write("o.cpp", "int a;\n");
  std::vector<Finding> Findings = {finding("rename", {{Header, 5, 1, "h"}, {Source, 11, 1, "h"}}),
                                   finding("other", {{Other, 4, 1, "b"}})};
  FixSession S = session(Findings);
  S.apply();
  ASSERT_EQ(S.changedFiles().size(), 3u);
  std::set<std::string> Restored = S.rollBack({Source}, "test");
  EXPECT_EQ(Restored, (std::set<std::string>{Header, Source}));
  EXPECT_EQ(read(Header), "void f(int);\n");
  EXPECT_EQ(read(Source), "void g() { f(1); }\n");
  EXPECT_EQ(read(Other), "int b;\n");
  EXPECT_EQ(S.outcome(0), FixOutcome::RolledBack);
  EXPECT_EQ(S.outcome(1), FixOutcome::Applied);
  EXPECT_EQ(S.changedFiles(), (std::set<std::string>{Other}));
}

TEST_F(FixApplicationTest, NoteFixesOnlyWhenAskedFor) {
  std::string A = write("a.cpp", "a(); b();\n");
  Finding F = finding("serial", {});
  F.File = A;
  F.Notes.push_back({"run them concurrently", A, 0, {{A, 0, 9, "both();"}}});
  std::vector<Finding> Findings = {F};
  FixSession Safe = session(Findings);
  Safe.apply();
  EXPECT_EQ(Safe.outcome(0), FixOutcome::NotRequested);
  EXPECT_EQ(read(A), "a(); b();\n");
  FixSession Unsafe = session(Findings, /*FixNotes=*/true);
  Unsafe.apply();
  EXPECT_EQ(Unsafe.outcome(0), FixOutcome::Applied);
  EXPECT_EQ(read(A), "both();\n");
}

TEST_F(FixApplicationTest, UntrustedFixesAreNotApplied) {
  std::string A = write("a.cpp", "x y\n");
  Finding Disagree = finding("c1", {{A, 0, 1, "X"}});
  Disagree.FixesDisagree = true;
  Finding Broken = finding("c2", {{A, 2, 1, "Y"}});
  Broken.OnlyFromBrokenUnits = true;
  std::vector<Finding> Findings = {Disagree, Broken};
  FixSession S = session(Findings);
  S.apply();
  EXPECT_EQ(S.outcome(0), FixOutcome::SkippedConflict);
  EXPECT_EQ(S.outcome(1), FixOutcome::SkippedBrokenUnit);
  EXPECT_EQ(read(A), "x y\n");
}

TEST_F(FixApplicationTest, AtomicWriteKeepsPermissionsAndLeavesNoTemporary) {
  std::string A = write("a.cpp", "old\n");
  auto Mode = static_cast<llvm::sys::fs::perms>(0640);
  llvm::sys::fs::setPermissions(A, Mode);
  ASSERT_FALSE(writeFileAtomically(A, "new\n"));
  EXPECT_EQ(read(A), "new\n");
  llvm::sys::fs::file_status Status;
  ASSERT_FALSE(llvm::sys::fs::status(A, Status));
  EXPECT_EQ(Status.permissions(), Mode);
  std::error_code EC;
  unsigned Entries = 0;
  for (llvm::sys::fs::directory_iterator I(Directory, EC), E; I != E && !EC; I.increment(EC))
    ++Entries;
  EXPECT_EQ(Entries, 1u);
}

TEST(ExcludeFilterTest, MatchesAbsoluteAndRelativePaths) {
  auto Filter = ExcludeFilter::create({"*/third_party/*", "gen/*.cpp"});
  ASSERT_TRUE(static_cast<bool>(Filter));
  llvm::SmallString<128> Cwd;
  llvm::sys::fs::current_path(Cwd);
  EXPECT_TRUE(Filter->excludes("/src/third_party/zlib/inflate.c"));
  EXPECT_TRUE(Filter->excludes((Cwd + "/gen/api.cpp").str()));
  EXPECT_FALSE(Filter->excludes((Cwd + "/src/api.cpp").str()));
  EXPECT_FALSE(static_cast<bool>(ExcludeFilter::create({"[unclosed"})));
}

} // namespace
