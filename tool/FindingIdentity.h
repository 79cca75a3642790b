//===--- FindingIdentity.h - A finding's name across runs ------------------===//
//
// A fingerprint names a finding so that the next run, on edited code, can
// tell it is the same one: it hashes the check, the file (as reports show
// it), the message and the finding's line without whitespace, so moving
// lines, re-indenting or editing elsewhere in the function keep it, and adds
// the finding's rank among findings with those same four values, so two
// identical findings in one function stay two. SARIF's partialFingerprints
// (`asyncTidyFinding/v1`) and the baseline (--write-baseline, --baseline)
// use the same one.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_FINDINGIDENTITY_H
#define ASYNC_TIDY_TOOL_FINDINGIDENTITY_H

#include "Findings.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <set>
#include <string>
#include <vector>

namespace async_tidy::driver {

/// The SARIF partialFingerprints key the fingerprints are given under.
inline constexpr const char *FingerprintKind = "asyncTidyFinding/v1";

/// Sets every finding's Fingerprint; `Findings` in report order (the ranks
/// count in that order). The files must still hold the analysed code.
void assignFingerprints(std::vector<Finding> &Findings, SourceFiles &Sources);

/// The baseline file: every finding's fingerprint, with what a reader needs
/// to recognise it (check, file, line, message).
void writeBaseline(const std::vector<Finding> &Findings, SourceFiles &Sources,
                   llvm::raw_ostream &OS);
/// The fingerprints a baseline file records.
llvm::Expected<std::set<std::string>> readBaseline(const std::string &Path);

} // namespace async_tidy::driver

#endif
