// Which lines `git diff -U0` says changed (--diff): hunks with and without
// a line count, pure deletions, deleted and added files.

#include "ChangedLines.h"

#include <gtest/gtest.h>

using async_tidy::driver::ChangedLines;

namespace {

// Paths below a root that does not exist: compared as written.
constexpr const char *Root = "/no-such-repository";

constexpr const char *Diff = R"(diff --git a/src/a.cpp b/src/a.cpp
index 1111111..2222222 100644
--- a/src/a.cpp
+++ b/src/a.cpp
@@ -3 +3 @@ int f() {
-  return 1;
+  return 2;
@@ -10,0 +11,3 @@ int g() {
+  a();
+  b();
+  c();
@@ -20,2 +23,0 @@ int h() {
-  gone();
-  gone();
diff --git a/src/c.cpp b/src/c.cpp
--- a/src/c.cpp
+++ b/src/c.cpp
@@ -5 +5,2 @@
--- removed, looking like a header
+++ added, looking like a header
+second
@@ -9,0 +11 @@
+later
diff --git a/src/old.cpp b/src/old.cpp
deleted file mode 100644
--- a/src/old.cpp
+++ /dev/null
@@ -1,2 +0,0 @@
-int old();
-int older();
diff --git a/src/new.cpp b/src/new.cpp
new file mode 100644
--- /dev/null
+++ b/src/new.cpp
@@ -0,0 +1,2 @@
+int fresh();
+int fresher();
)";

TEST(ChangedLines, ASingleLineHunk) {
  ChangedLines Changed = ChangedLines::fromUnifiedDiff(Diff, Root);
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/a.cpp", 2));
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/a.cpp", 3));
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/a.cpp", 4));
}

TEST(ChangedLines, AHunkOfSeveralLines) {
  ChangedLines Changed = ChangedLines::fromUnifiedDiff(Diff, Root);
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/a.cpp", 10));
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/a.cpp", 11));
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/a.cpp", 13));
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/a.cpp", 14));
}

TEST(ChangedLines, ADeletionChangesNoLineOfTheNewText) {
  ChangedLines Changed = ChangedLines::fromUnifiedDiff(Diff, Root);
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/a.cpp", 22));
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/a.cpp", 23));
}

TEST(ChangedLines, DeletedAndAddedFiles) {
  ChangedLines Changed = ChangedLines::fromUnifiedDiff(Diff, Root);
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/old.cpp", 1));
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/new.cpp", 1));
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/new.cpp", 2));
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/new.cpp", 3));
}

TEST(ChangedLines, HunkLinesThatLookLikeHeaders) {
  ChangedLines Changed = ChangedLines::fromUnifiedDiff(Diff, Root);
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/c.cpp", 6));
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/c.cpp", 11));
}

TEST(ChangedLines, OtherFilesAreUnchanged) {
  ChangedLines Changed = ChangedLines::fromUnifiedDiff(Diff, Root);
  EXPECT_FALSE(Changed.contains("/no-such-repository/src/b.cpp", 3));
  EXPECT_FALSE(Changed.contains("/elsewhere/src/a.cpp", 3));
}

TEST(ChangedLines, AWholeFile) {
  ChangedLines Changed = ChangedLines::fromUnifiedDiff("", Root);
  Changed.addWholeFile("/no-such-repository/src/untracked.cpp");
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/untracked.cpp", 1));
  EXPECT_TRUE(Changed.contains("/no-such-repository/src/untracked.cpp", 900));
}

} // namespace
