//===--- TestFiles.h - Which files hold test code --------------------------===//
//
// Tests await in sequence on purpose (ordering tests, timer tests), sleep to
// line threads up, and loop over requests to exercise them: what the async
// checks would say there is rarely worth the first user's time. So findings
// in files the global option `TestFiles` matches are not reported, only
// counted (the async-tidy driver's summary says how many, and where).
//
// The regular expression is matched against the file's path relative to
// the directory the tool runs in (the project's root, where async-tidy and
// run-clang-tidy are run); a file outside that directory is never test
// code (its parent directories' names say nothing about it). `TestFiles:
// ''` reports test code too.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_TESTFILES_H
#define ASYNC_TIDY_CHECKS_TESTFILES_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/Support/Regex.h"

#include <optional>
#include <string>

namespace clang {
class SourceManager;
}

namespace async_tidy {

class TestFiles {
public:
  static constexpr llvm::StringLiteral OptionName = "TestFiles";
  /// Directories named test(s), testing, unittest(s), benchmark(s), and
  /// files named test_*, *_test, *_tests, *_unittest, *_benchmark, *Test,
  /// *Tests (any extension).
  static constexpr llvm::StringLiteral DefaultPattern =
      "(^|/)(tests?|testing|unittests?|benchmarks?)/"
      "|(^|/)(test_[^/]*|[^/]*([_-](tests?|unittest|benchmark)|Tests?))\\.[^/.]+$";

  /// `Error` receives why an invalid pattern is invalid; it then matches
  /// nothing.
  TestFiles(llvm::StringRef Pattern, std::string &Error);

  const std::string &pattern() const { return Pattern; }
  /// Whether `Loc`'s file (where it is expanded) is test code.
  bool contains(const clang::SourceManager &SM, clang::SourceLocation Loc) const;
  /// Whether `Path` is test code, as the option matches it.
  bool matches(llvm::StringRef Path) const;

private:
  std::string Pattern;
  std::optional<llvm::Regex> Matcher; ///< None for '' or an invalid pattern.
  std::string WorkingDirectory;       ///< With a trailing '/'.
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_TESTFILES_H
