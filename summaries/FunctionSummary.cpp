//===--- FunctionSummary.cpp - Merging and resolving summaries ------------===//

#include "FunctionSummary.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace async_tidy {

bool CallEdge::operator==(const CallEdge &O) const {
  return Usr == O.Usr && Name == O.Name && At == O.At && Returned == O.Returned &&
         InTry == O.InTry && Nothrow == O.Nothrow && PassedParameters == O.PassedParameters;
}

bool LocalFacts::operator==(const LocalFacts &O) const {
  return Blocks == O.Blocks && Requests == O.Requests && Acquires == O.Acquires &&
         Releases == O.Releases && Borrows == O.Borrows && Throws == O.Throws && Calls == O.Calls &&
         CallsUnknown == O.CallsUnknown && LibraryMayThrow == O.LibraryMayThrow &&
         LeavesObjectUnchanged == O.LeavesObjectUnchanged && Annotations == O.Annotations;
}

std::string fingerprintOf(const std::string &Content) {
  // FNV-1a: detects edits, which is all a fingerprint is for here.
  uint64_t Hash = 1469598103934665603ULL;
  for (unsigned char C : Content) {
    Hash ^= C;
    Hash *= 1099511628211ULL;
  }
  char Text[17];
  std::snprintf(Text, sizeof Text, "%016llx", static_cast<unsigned long long>(Hash));
  return std::string("fnv1a64:") + Text;
}

void mergeSummaries(SummarySet &Into, const SummarySet &From) {
  for (const auto &[File, Fingerprint] : From.Files)
    Into.Files.emplace(File, Fingerprint);
  if (Into.Producer.empty())
    Into.Producer = From.Producer;
  for (const auto &[Unit, Record] : From.Units)
    Into.Units.emplace(Unit, Record);
  Into.ProjectUnits.insert(From.ProjectUnits.begin(), From.ProjectUnits.end());
  for (const auto &[File, Stamp] : From.Stamps)
    Into.Stamps.emplace(File, Stamp);
  for (const auto &[Usr, Summary] : From.Functions) {
    auto [It, Inserted] = Into.Functions.emplace(Usr, Summary);
    if (!Inserted && !It->second.HasBody && Summary.HasBody)
      It->second = Summary;
  }
}

namespace {

bool hasAnnotation(const FunctionSummary &F, const std::string &Name) {
  for (const std::string &A : F.Local.Annotations)
    if (A == Name)
      return true;
  return false;
}

/// "blocking:file" -> "file"; "blocking" -> "wait".
std::optional<std::string> annotatedBlockingKind(const FunctionSummary &F) {
  for (const std::string &A : F.Local.Annotations) {
    if (A == "blocking")
      return std::string("wait");
    if (A.rfind("blocking:", 0) == 0)
      return A.substr(9);
  }
  return std::nullopt;
}

FactChain chainFromHit(const FunctionSummary &F, const std::string &Kind, const std::string &Call,
                       const SourcePoint &At) {
  return FactChain{Kind, {FactStep{F.Name, Call, At}}};
}

/// `Callee`'s chain with the call from `Caller` in front.
FactChain extend(const FunctionSummary &Caller, const CallEdge &Call, const FactChain &Callee) {
  FactChain Chain{Callee.Kind, {FactStep{Caller.Name, Call.Name, Call.At}}};
  Chain.Steps.insert(Chain.Steps.end(), Callee.Steps.begin(), Callee.Steps.end());
  return Chain;
}

/// Replaces `Slot` with `Candidate` when it is shorter; true if it did.
bool improve(std::optional<FactChain> &Slot, FactChain Candidate) {
  if (Slot && Slot->Steps.size() <= Candidate.Steps.size())
    return false;
  Slot = std::move(Candidate);
  return true;
}

/// Chains longer than this are not followed: a fact reached through more
/// helpers than anyone reads is noise.
constexpr size_t MaxChainSteps = 8;

void seedLocalFacts(FunctionSummary &F) {
  ResolvedFacts &R = F.Resolved;
  R = ResolvedFacts();
  if (std::optional<std::string> Kind = annotatedBlockingKind(F))
    R.Blocks = chainFromHit(F, *Kind, "", F.Defined);
  else if (F.Local.Blocks && !hasAnnotation(F, "nonblocking"))
    R.Blocks = chainFromHit(F, F.Local.Blocks->Kind, F.Local.Blocks->Call, F.Local.Blocks->At);
  for (const char *Kind : {"database", "llm", "http"})
    if (hasAnnotation(F, Kind))
      R.Requests[Kind] = chainFromHit(F, Kind, "", F.Defined);
  for (const CatalogHit &Hit : F.Local.Requests)
    R.Requests.emplace(Hit.Kind, chainFromHit(F, Hit.Kind, Hit.Call, Hit.At));
  if (F.Local.Acquires)
    R.Acquires =
        chainFromHit(F, F.Local.Acquires->Resource, F.Local.Acquires->Call, F.Local.Acquires->At);
  for (const std::string &A : F.Local.Annotations)
    if (A.rfind("acquires:", 0) == 0 && !R.Acquires)
      R.Acquires = chainFromHit(F, A.substr(9), "", F.Defined);
  for (const ResourceHit &Release : F.Local.Releases)
    if (Release.Parameter)
      R.Releases.emplace(*Release.Parameter, Release.Resource);
  // Borrowing is local only: a parameter handed on to another project
  // function is not borrowed (that function may keep it).
  for (const ResourceHit &Borrow : F.Local.Borrows)
    if (Borrow.Parameter)
      R.Borrows.emplace_back(*Borrow.Parameter, Borrow.Resource);
  if (F.Local.Throws)
    R.MayThrow = Tristate::Yes;
}

/// One round of propagation through every call; true if anything changed.
bool propagateOnce(SummarySet &Set, const SummarySet *External) {
  bool Changed = false;
  for (auto &[Usr, F] : Set.Functions) {
    ResolvedFacts &R = F.Resolved;
    bool Nonblocking = hasAnnotation(F, "nonblocking");
    for (const CallEdge &Call : F.Local.Calls) {
      const FunctionSummary *Callee = Set.find(Call.Usr);
      if (!Callee && External)
        Callee = External->find(Call.Usr);
      if (!Callee || Callee == &F)
        continue;
      const ResolvedFacts &C = Callee->Resolved;
      // An awaited coroutine blocks its own executor, not its caller's:
      // its blocking calls are its own findings.
      if (C.Blocks && !Callee->Coroutine && !Nonblocking && C.Blocks->Steps.size() < MaxChainSteps)
        Changed |= improve(R.Blocks, extend(F, Call, *C.Blocks));
      for (const auto &[Kind, Chain] : C.Requests) {
        if (Chain.Steps.size() >= MaxChainSteps)
          continue;
        std::optional<FactChain> Slot;
        if (auto It = R.Requests.find(Kind); It != R.Requests.end())
          Slot = It->second;
        if (improve(Slot, extend(F, Call, Chain))) {
          R.Requests[Kind] = *Slot;
          Changed = true;
        }
      }
      if (Call.Returned && C.Acquires && C.Acquires->Steps.size() < MaxChainSteps)
        Changed |= improve(R.Acquires, extend(F, Call, *C.Acquires));
      for (auto [CallerParameter, CalleeArgument] : Call.PassedParameters)
        if (auto It = C.Releases.find(CalleeArgument); It != C.Releases.end())
          Changed |= R.Releases.emplace(CallerParameter, It->second).second;
      if (!Call.InTry && C.MayThrow == Tristate::Yes && R.MayThrow != Tristate::Yes) {
        R.MayThrow = Tristate::Yes;
        Changed = true;
      }
    }
  }
  return Changed;
}

/// The functions that cannot throw: the greatest set of functions with no
/// throw of their own, no unknown or throwing library call, whose every
/// call outside `try` is to a `noexcept` function, a member of the set, or
/// (outside `Set`) one `External` resolved as not throwing.
std::set<std::string> noThrowFunctions(const SummarySet &Set, const SummarySet *External) {
  std::set<std::string> Members;
  for (const auto &[Usr, F] : Set.Functions)
    if (F.Resolved.MayThrow != Tristate::Yes && !F.Local.CallsUnknown && !F.Local.LibraryMayThrow &&
        F.HasBody)
      Members.insert(Usr);
  auto CannotThrow = [&](const CallEdge &Call) {
    if (Call.Nothrow || Call.InTry || Members.count(Call.Usr))
      return true;
    const FunctionSummary *F = External && !Set.find(Call.Usr) ? External->find(Call.Usr) : nullptr;
    return F && F->Resolved.MayThrow == Tristate::No;
  };
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto It = Members.begin(); It != Members.end();) {
      const std::vector<CallEdge> &Calls = Set.find(*It)->Local.Calls;
      if (std::all_of(Calls.begin(), Calls.end(), CannotThrow)) {
        ++It;
        continue;
      }
      It = Members.erase(It);
      Changed = true;
    }
  }
  return Members;
}

void resolveNoThrowAndConcurrency(SummarySet &Set, const SummarySet *External) {
  std::set<std::string> NoThrow = noThrowFunctions(Set, External);
  for (auto &[Usr, F] : Set.Functions) {
    if (F.Resolved.MayThrow != Tristate::Yes)
      F.Resolved.MayThrow = NoThrow.count(Usr) ? Tristate::No : Tristate::Unknown;
    // What a method does to its object is its body's (calls on the object
    // to functions without a body here count as changes); the annotation
    // is the user's word.
    bool Safe = hasAnnotation(F, "concurrency_safe") ||
                (F.Local.LeavesObjectUnchanged && !F.Local.CallsUnknown);
    F.Resolved.ConcurrencySafe = Safe ? Tristate::Yes : Tristate::Unknown;
  }
}

/// Each function's uses summed over the units of the project; none when a
/// unit of it has no record of its uses (a unit that failed, a shard's
/// file alone, a file edited since, a file of an earlier version).
std::optional<UnitUses> usesInEveryUnit(const SummarySet &Set) {
  if (Set.ProjectUnits.empty())
    return std::nullopt;
  UnitUses Sum;
  for (const std::string &Unit : Set.ProjectUnits) {
    auto Record = Set.Units.find(Unit);
    if (Record == Set.Units.end() || !Record->second.Uses)
      return std::nullopt;
    for (const auto &[Usr, Uses] : *Record->second.Uses) {
      FunctionUses &Total = Sum[Usr];
      Total.All += Uses.All;
      Total.SyncWaited += Uses.SyncWaited;
      Total.AwaitedBy.insert(Total.AwaitedBy.end(), Uses.AwaitedBy.begin(), Uses.AwaitedBy.end());
    }
  }
  return Sum;
}

/// DriverCoroutines' rule over the whole project: a coroutine every use of
/// which is a blocking wait outside coroutines or an await in another
/// driver.
void resolveDrivers(SummarySet &Set) {
  std::optional<UnitUses> Uses = usesInEveryUnit(Set);
  if (!Uses)
    return;
  std::map<std::string, bool> Verdicts;
  std::function<bool(const std::string &)> IsDriver = [&](const std::string &Usr) {
    if (auto Known = Verdicts.find(Usr); Known != Verdicts.end())
      return Known->second;
    Verdicts[Usr] = false; // a cycle of awaits has no outside driver
    const FunctionSummary *F = Set.find(Usr);
    auto Found = Uses->find(Usr);
    if (!F || !F->Coroutine || Found == Uses->end())
      return false;
    const FunctionUses &U = Found->second;
    if (U.All == 0 || U.All != U.SyncWaited + U.AwaitedBy.size() ||
        !std::all_of(U.AwaitedBy.begin(), U.AwaitedBy.end(), IsDriver))
      return false;
    return Verdicts[Usr] = true;
  };
  for (auto &[Usr, F] : Set.Functions)
    F.Resolved.Driver = IsDriver(Usr);
}

} // namespace

void resolveSummaries(SummarySet &Set, const SummarySet *External) {
  for (auto &[Usr, F] : Set.Functions)
    seedLocalFacts(F);
  // Monotone: chains only get shorter and bounded, the other facts only
  // grow, so the rounds end.
  while (propagateOnce(Set, External)) {
  }
  resolveNoThrowAndConcurrency(Set, External);
  resolveDrivers(Set);
}

std::string stampOf(const std::string &Path) {
  struct stat Status;
  if (::stat(Path.c_str(), &Status) != 0)
    return "";
  return std::to_string(Status.st_mtim.tv_sec) + "." + std::to_string(Status.st_mtim.tv_nsec) +
         "-" + std::to_string(Status.st_size);
}

std::optional<std::string> contentOfFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    return std::nullopt;
  std::ostringstream Content;
  Content << In.rdbuf();
  return Content.str();
}

std::string shortPlace(const SourcePoint &Point) {
  size_t Slash = Point.File.rfind('/');
  return (Slash == std::string::npos ? Point.File : Point.File.substr(Slash + 1)) + ":" +
         std::to_string(Point.Line);
}

void stampFiles(SummarySet &Set) {
  // Only files still as they were summarized: one edited since must not
  // look fresh by its new stamp.
  Set.Stamps.clear();
  for (const auto &[File, Fingerprint] : Set.Files) {
    std::string Stamp = stampOf(File);
    std::optional<std::string> Content = contentOfFile(File);
    if (Content && fingerprintOf(*Content) == Fingerprint && Stamp == stampOf(File))
      Set.Stamps[File] = Stamp;
  }
}

std::vector<std::string> dropStaleSummaries(SummarySet &Set) {
  std::vector<std::string> Stale;
  for (auto It = Set.Files.begin(); It != Set.Files.end();) {
    auto Stamp = Set.Stamps.find(It->first);
    if (Stamp != Set.Stamps.end() && !Stamp->second.empty() &&
        Stamp->second == stampOf(It->first)) {
      ++It;
      continue;
    }
    std::optional<std::string> Content = contentOfFile(It->first);
    if (Content && fingerprintOf(*Content) == It->second) {
      ++It;
      continue;
    }
    Stale.push_back(It->first);
    It = Set.Files.erase(It);
  }
  if (Stale.empty())
    return Stale;
  std::set<std::string> StaleFiles(Stale.begin(), Stale.end());
  for (auto It = Set.Functions.begin(); It != Set.Functions.end();)
    It = StaleFiles.count(It->second.Defined.File) ? Set.Functions.erase(It) : std::next(It);
  // A unit that read an edited file may use the project's functions
  // otherwise now: no coroutine is a driver by the uses it recorded.
  for (auto It = Set.Units.begin(); It != Set.Units.end();) {
    const std::vector<std::string> &Read = It->second.Files;
    bool ReadStale = std::any_of(Read.begin(), Read.end(),
                                 [&](const std::string &File) { return StaleFiles.count(File); });
    It = ReadStale ? Set.Units.erase(It) : std::next(It);
  }
  resolveSummaries(Set);
  return Stale;
}

} // namespace async_tidy
