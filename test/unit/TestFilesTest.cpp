// What the default TestFiles pattern takes for test code, and what not.

#include "TestFiles.h"

#include <gtest/gtest.h>

using async_tidy::TestFiles;

namespace {

TestFiles defaultPattern() {
  std::string Error;
  TestFiles Files(TestFiles::DefaultPattern, Error);
  EXPECT_EQ(Error, "");
  return Files;
}

TEST(TestFiles, DirectoriesOfTests) {
  TestFiles Files = defaultPattern();
  EXPECT_TRUE(Files.matches("test/io_service_tests.cpp"));
  EXPECT_TRUE(Files.matches("src/tests/handler.cpp"));
  EXPECT_TRUE(Files.matches("lib/testing/fixture.h"));
  EXPECT_TRUE(Files.matches("unittests/db.cc"));
  EXPECT_TRUE(Files.matches("benchmarks/bench_main.cpp"));
  EXPECT_TRUE(Files.matches("benchmark/x.cpp"));
}

TEST(TestFiles, FilesOfTests) {
  TestFiles Files = defaultPattern();
  EXPECT_TRUE(Files.matches("src/loader_test.cpp"));
  EXPECT_TRUE(Files.matches("src/loader_tests.cc"));
  EXPECT_TRUE(Files.matches("src/loader-test.cpp"));
  EXPECT_TRUE(Files.matches("src/test_loader.cpp"));
  EXPECT_TRUE(Files.matches("src/LoaderTest.cpp"));
  EXPECT_TRUE(Files.matches("src/db_unittest.cc"));
  EXPECT_TRUE(Files.matches("src/db_benchmark.cc"));
}

TEST(TestFiles, CodeThatOnlyMentionsTests) {
  TestFiles Files = defaultPattern();
  EXPECT_FALSE(Files.matches("src/contest.cpp"));
  EXPECT_FALSE(Files.matches("src/latest/attest.cpp"));
  EXPECT_FALSE(Files.matches("src/testament.cpp"));
  EXPECT_FALSE(Files.matches("src/test_results/report.cpp"));
  EXPECT_FALSE(Files.matches("examples/chat_service/handlers.cpp"));
  EXPECT_FALSE(Files.matches("src/protest.h"));
}

TEST(TestFiles, FilesOutsideTheProjectAreNoTests) {
  // Absolute paths not below the directory the tool runs in: a checkout
  // under ~/tests/ is no test code.
  TestFiles Files = defaultPattern();
  EXPECT_FALSE(Files.matches("/nowhere-a/tests/project/src/handler.cpp"));
  EXPECT_FALSE(Files.matches("/nowhere-a/src/loader_test.cpp"));
}

TEST(TestFiles, EmptyPatternMatchesNothing) {
  std::string Error;
  TestFiles Files("", Error);
  EXPECT_EQ(Error, "");
  EXPECT_FALSE(Files.matches("tests/a_test.cpp"));
}

TEST(TestFiles, InvalidPatternSaysWhyAndMatchesNothing) {
  std::string Error;
  TestFiles Files("tests/(", Error);
  EXPECT_NE(Error, "");
  EXPECT_FALSE(Files.matches("tests/(x"));
}

} // namespace
