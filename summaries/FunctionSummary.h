//===--- FunctionSummary.h - What a project function does, across units ---===//
//
// `co_await profiles.load(id)` in a loop is an N+1 only because
// `ProfileStore::load`, in another .cpp, runs a query. A summary records,
// for every function the project defines, what its own body does (the
// local facts: catalogued calls, throws, the functions it calls) and, once
// every unit's local facts are together, what calling it does through the
// whole call graph (the resolved facts).
//
// Plain C++ (no Clang): the summary file is read, merged and resolved by
// the driver, the plugin and the tests alike. The JSON form and its schema
// are in SummaryFile.h and docs/summaries.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUMMARIES_FUNCTIONSUMMARY_H
#define ASYNC_TIDY_SUMMARIES_FUNCTIONSUMMARY_H

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace async_tidy {

/// A fact that may not be established: unknown never counts as yes, and
/// never as no.
enum class Tristate { No, Yes, Unknown };

/// A place in a source file, for the notes that name a chain.
struct SourcePoint {
  std::string File;
  unsigned Line = 0;
  bool operator==(const SourcePoint &O) const { return File == O.File && Line == O.Line; }
};

/// A catalogued call a function makes itself (`sqlite3_step`), or an
/// annotation that says what the function is (then `Call` is empty).
struct CatalogHit {
  std::string Call;
  std::string Kind; ///< a blocking kind, or "database" / "llm" / "http"
  SourcePoint At;
  bool operator==(const CatalogHit &O) const {
    return Call == O.Call && Kind == O.Kind && At == O.At;
  }
};

/// A call to another function the project may define.
struct CallEdge {
  std::string Usr;  ///< the callee's stable identifier
  std::string Name; ///< its qualified name, for notes
  SourcePoint At;
  /// The caller returns this call's result (`return open();`, or a local
  /// initialized from it and returned).
  bool Returned = false;
  /// Inside a `try` block: what it throws may be caught.
  bool InTry = false;
  /// The callee is declared not to throw.
  bool Nothrow = false;
  /// (caller parameter, callee argument) pairs: the caller passes its own
  /// parameter on unchanged.
  std::vector<std::pair<unsigned, unsigned>> PassedParameters;
  bool operator==(const CallEdge &O) const;
};

/// A catalogued resource a function's body acquires and returns, or
/// releases from one of its parameters.
struct ResourceHit {
  std::string Resource;              ///< the catalog pair's resource name ("PGconn")
  std::string Call;                  ///< the acquiring or releasing call
  std::optional<unsigned> Parameter; ///< for releases: which parameter
  SourcePoint At;
  bool operator==(const ResourceHit &O) const {
    return Resource == O.Resource && Call == O.Call && Parameter == O.Parameter && At == O.At;
  }
};

/// What one function's own body does.
struct LocalFacts {
  std::optional<CatalogHit> Blocks;    ///< the first blocking call
  std::vector<CatalogHit> Requests;    ///< the first request of each kind
  std::optional<ResourceHit> Acquires; ///< returns a handle it acquired
  std::vector<ResourceHit> Releases;   ///< releases a parameter
  /// Only reads a parameter through catalogued borrowers (and tests it):
  /// handing it a handle keeps the handle the caller's.
  std::vector<ResourceHit> Borrows;
  std::optional<SourcePoint> Throws; ///< a `throw` outside any `try`
  std::vector<CallEdge> Calls;
  /// Calls through pointers or virtual calls: their callee is unknown.
  bool CallsUnknown = false;
  /// Calls a library function that may throw (not `noexcept`, not C),
  /// outside any `try`.
  bool LibraryMayThrow = false;
  /// A member function that changes nothing reachable from its object
  /// (const, or so its body shows: AwaitEffects' leavesObjectUnchanged).
  bool LeavesObjectUnchanged = false;
  /// `[[clang::annotate("async_tidy::...")]]`, without the prefix.
  std::vector<std::string> Annotations;
  bool operator==(const LocalFacts &O) const;
};

/// One step of a chain: `Function` makes `Call` at `At`.
struct FactStep {
  std::string Function;
  std::string Call;
  SourcePoint At;
};

/// A fact reached through calls: the steps from the summarized function to
/// the catalogued call (or the annotated function).
struct FactChain {
  std::string Kind;
  std::vector<FactStep> Steps;
};

/// What calling a function does, through every function it calls.
struct ResolvedFacts {
  std::optional<FactChain> Blocks;
  std::map<std::string, FactChain> Requests; ///< by kind
  /// Returns a resource the caller must release (Kind = resource name).
  std::optional<FactChain> Acquires;
  /// Parameter index -> resource it releases.
  std::map<unsigned, std::string> Releases;
  /// (parameter index, resource) it only borrows.
  std::vector<std::pair<unsigned, std::string>> Borrows;
  Tristate MayThrow = Tristate::Unknown;
  Tristate ConcurrencySafe = Tristate::Unknown;
  /// A coroutine that only blocking waits outside coroutines run, directly
  /// or through awaits of other such coroutines, in every unit of the
  /// project (DriverCoroutines across units): `main`'s
  /// `syncWait(migrate())`.
  bool Driver = false;
};

struct FunctionSummary {
  std::string Usr;
  std::string Name; ///< qualified, as the notes show it
  SourcePoint Defined;
  bool Coroutine = false;
  /// False for an annotated declaration whose definition the unit did not
  /// have: its annotations are all it says.
  bool HasBody = true;
  LocalFacts Local;
  ResolvedFacts Resolved;
};

/// How one translation unit uses a free function of the project: what
/// decides whether a coroutine is a driver (ResolvedFacts::Driver).
struct FunctionUses {
  unsigned All = 0;                   ///< every reference, calls included
  unsigned SyncWaited = 0;            ///< the only argument of a blocking wait outside coroutines
  std::vector<std::string> AwaitedBy; ///< USRs of the functions that await a call to it
  bool operator==(const FunctionUses &O) const {
    return All == O.All && SyncWaited == O.SyncWaited && AwaitedBy == O.AwaitedBy;
  }
};

/// Function USR -> its uses in one unit.
using UnitUses = std::map<std::string, FunctionUses>;

/// What the summary pass read for one translation unit: what decides
/// whether its summaries can be reused.
struct UnitRecord {
  std::vector<std::string> Files; ///< the project files it read
  std::string Configuration;      ///< fingerprint of its catalog and filters
  /// How it uses the project's functions; none in files of earlier
  /// versions.
  std::optional<UnitUses> Uses;
  bool operator==(const UnitRecord &O) const {
    return Files == O.Files && Configuration == O.Configuration && Uses == O.Uses;
  }
};

/// Every summary of a project, with the fingerprints of the files they
/// came from.
struct SummarySet {
  /// The program that wrote them: summaries of another are not reused.
  std::string Producer;
  /// Source file -> fingerprint of its content when summarized.
  std::map<std::string, std::string> Files;
  /// Source file -> its modification time and size when the file was
  /// written: a file whose stamp is unchanged is not read again to check
  /// its fingerprint (every analysis process checks every file).
  std::map<std::string, std::string> Stamps;
  std::map<std::string, UnitRecord> Units;
  /// Every unit of the project the pass was told of, a shard's share or
  /// not: a function's uses are known only when each has a record of them.
  std::set<std::string> ProjectUnits;
  /// In one worker's output: the uses of the unit it read, which the
  /// parent files under that unit's record.
  std::optional<UnitUses> WorkerUses;
  std::map<std::string, FunctionSummary> Functions; ///< by USR

  const FunctionSummary *find(const std::string &Usr) const {
    auto It = Functions.find(Usr);
    return It == Functions.end() ? nullptr : &It->second;
  }
};

/// The fingerprint of a file's content ("fnv1a64:<hex>").
std::string fingerprintOf(const std::string &Content);

/// The content of the file at `Path`, or none when it cannot be read.
std::optional<std::string> contentOfFile(const std::string &Path);

/// How notes name a place: "db.cpp:13" (the file's name, not its path).
std::string shortPlace(const SourcePoint &Point);

/// Adds `From` to `Into`: functions by USR (a function defined in a header
/// arrives once per unit that includes it, with the same facts: the first
/// one is kept, unless it was only an annotated declaration and the new
/// one has the body), files and units. Call `resolveSummaries` afterwards.
void mergeSummaries(SummarySet &Into, const SummarySet &From);

/// Computes every function's resolved facts from the local facts of all of
/// them: a fixpoint over the call graph, where the shortest chain wins and,
/// among chains of one length, the first call in source order. Calls to
/// functions not in `Set` use `External`'s resolved facts, if given (a
/// unit's own functions resolved against the summary file).
void resolveSummaries(SummarySet &Set, const SummarySet *External = nullptr);

/// The modification time and size of `Path` ("" when it cannot be read).
std::string stampOf(const std::string &Path);

/// Records the current stamp of every file of `Set`.
void stampFiles(SummarySet &Set);

/// Drops the functions defined in files whose content no longer has the
/// recorded fingerprint (or that are gone), re-resolves the rest, and
/// returns the stale files. Files with their recorded stamp are not read.
std::vector<std::string> dropStaleSummaries(SummarySet &Set);

} // namespace async_tidy

#endif // ASYNC_TIDY_SUMMARIES_FUNCTIONSUMMARY_H
