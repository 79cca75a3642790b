//===--- FindingIdentity.cpp - A finding's name across runs ----------------===//

#include "FindingIdentity.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SHA1.h"

#include <nlohmann/json.hpp>

#include <array>
#include <map>

namespace async_tidy::driver {

using nlohmann::json;

namespace {

/// What a fingerprint hashes: check, path, message, and the finding's line
/// without whitespace (so re-indenting does not change it).
std::string fingerprintKey(SourceFiles &Sources, const Finding &F) {
  std::string Line = F.File.empty() ? "" : Sources.lineText(F.File, F.Offset);
  std::string Compact;
  for (char C : Line)
    if (!llvm::isSpace(C))
      Compact += C;
  std::string Key;
  for (const std::string &Part : {F.Check, displayPath(F.File), F.Message, Compact})
    Key += Part + '\0';
  return Key;
}

/// The key's hash and the finding's rank among findings with the same key.
std::string fingerprint(const std::string &Key, unsigned Rank) {
  llvm::SHA1 Hash;
  Hash.update(Key);
  Hash.update(std::to_string(Rank));
  std::array<uint8_t, 20> Digest = Hash.final();
  return llvm::toHex(Digest, /*LowerCase=*/true) + ":" + std::to_string(Rank);
}

constexpr int BaselineVersion = 1;

} // namespace

void assignFingerprints(std::vector<Finding> &Findings, SourceFiles &Sources) {
  std::map<std::string, unsigned> Ranks;
  for (Finding &F : Findings) {
    std::string Key = fingerprintKey(Sources, F);
    F.Fingerprint = fingerprint(Key, Ranks[Key]++);
  }
}

void writeBaseline(const std::vector<Finding> &Findings, SourceFiles &Sources,
                   llvm::raw_ostream &OS) {
  json Entries = json::array();
  for (const Finding &F : Findings)
    Entries.push_back({{"fingerprint", F.Fingerprint},
                       {"check", F.Check},
                       {"file", displayPath(F.File)},
                       {"line", F.File.empty() ? 0 : Sources.position(F.File, F.Offset).Line},
                       {"message", F.Message}});
  json Baseline = {{"version", BaselineVersion},
                   {"fingerprintKind", FingerprintKind},
                   {"findings", std::move(Entries)}};
  OS << Baseline.dump(2) << "\n";
}

llvm::Expected<std::set<std::string>> readBaseline(const std::string &Path) {
  auto Fail = [&Path](const std::string &Why) {
    return llvm::createStringError(std::errc::invalid_argument, "baseline '%s': %s", Path.c_str(),
                                   Why.c_str());
  };
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return Fail(Buffer.getError().message());
  json Baseline = json::parse((*Buffer)->getBuffer().begin(), (*Buffer)->getBuffer().end(), nullptr,
                              /*allow_exceptions=*/false);
  auto Is = [&](const char *Field, const json &Expected) {
    return Baseline.is_object() && Baseline.contains(Field) && Baseline[Field] == Expected;
  };
  if (!Is("version", BaselineVersion) || !Is("fingerprintKind", FingerprintKind) ||
      !Baseline.contains("findings") || !Baseline["findings"].is_array())
    return Fail("not a baseline written by --write-baseline (version " +
                std::to_string(BaselineVersion) + ", " + FingerprintKind + ")");
  std::set<std::string> Fingerprints;
  for (const json &Entry : Baseline["findings"]) {
    if (!Entry.is_object() || !Entry.contains("fingerprint") || !Entry["fingerprint"].is_string())
      return Fail("a finding without a fingerprint");
    Fingerprints.insert(Entry["fingerprint"].get<std::string>());
  }
  return Fingerprints;
}

} // namespace async_tidy::driver
