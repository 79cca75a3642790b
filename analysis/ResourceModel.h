//===--- ResourceModel.h - What a call does to a resource handle ----------===//
//
// The catalog's acquire/release pairs, asked about one call at a time: does
// this call acquire a handle (returned, or through an out-parameter), release
// it, borrow it, or consume and return it? Objects made with `new` of a
// client class (the ClientTypes option) are one more resource, released by
// `delete`.
//
// Catalog names without `::` name C functions: they match functions with C
// language linkage only, so a project's own `fopen` in C++ is not libc's;
// `::f` is the global function `f` of any linkage (a project's own C++
// function). A name ending in `*` is a prefix (`PQ*` borrows every libpq
// function).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_RESOURCEMODEL_H
#define ASYNC_TIDY_ANALYSIS_RESOURCEMODEL_H

#include "Catalog.h"
#include "FunctionSummary.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"

#include <optional>

namespace async_tidy {

/// How one call takes part in a resource's life.
struct Acquisition {
  const ResourcePair *Resource = nullptr;
  /// The function called (`curl_easy_init`), or "new".
  std::string Function;
  /// Set when the handle comes back through this argument (`sqlite3_open`).
  std::optional<unsigned> OutParam;
  /// For a project function that returns a handle it acquired (a wrapper):
  /// the chain to the catalogued acquisition, from its summary.
  const FactChain *Through = nullptr;
};

class ResourceModel {
public:
  /// `ClientTypes`: regular expressions, each matched against the whole
  /// unqualified name of a class allocated with `new`.
  ResourceModel(const Catalog &Cat, const std::vector<std::string> &ClientTypes);

  /// What `Call` acquires, if anything.
  std::optional<Acquisition> acquisition(const clang::CallExpr &Call) const;
  /// What `New` acquires: a client object, when its class is a client type.
  std::optional<Acquisition> acquisition(const clang::CXXNewExpr &New) const;

  bool releases(const ResourcePair &R, const clang::FunctionDecl &Callee) const;
  /// The resource `Callee` releases, if it is a catalogued release.
  const ResourcePair *releasedResource(const clang::FunctionDecl &Callee) const;
  bool borrows(const ResourcePair &R, const clang::FunctionDecl &Callee) const;
  bool reassigns(const ResourcePair &R, const clang::FunctionDecl &Callee) const;

  /// Whether `Callee` is a command-line option parser (`getopt`).
  bool parsesOptions(const clang::FunctionDecl &Callee) const;

  /// The catalog's resources.
  const std::vector<ResourcePair> &pairs() const { return Cat.Resources; }

  /// Whether calling `Callee` may throw, by its summary (unknown: no).
  bool mayThrow(const clang::FunctionDecl &Callee) const;

  /// Whether `R` is the resource of `new`-allocated clients.
  bool isClientObject(const ResourcePair &R) const { return &R == &ClientObject; }

  /// Whether objects of `Class` may end their own life (they derive from
  /// `std::enable_shared_from_this`, or their code says `delete this`):
  /// handing such an object work hands it its ownership.
  bool ownsItself(const clang::CXXRecordDecl &Class) const;

  /// The project's own functions, resolved: one that returns a catalogued
  /// handle it acquired is an acquirer of that resource, and one that
  /// releases a parameter is a release. Looked up by USR; `Summaries`
  /// must outlive the model's use (one translation unit).
  void setWrappers(const SummarySet *Own, const SummarySet *Loaded);

  /// Every function name that acquires something, for the matcher.
  std::vector<std::string> acquiringFunctionNames() const;

  /// Whether `Callee` answers to the catalog name `Name`.
  static bool nameMatches(llvm::StringRef Name, const clang::FunctionDecl &Callee);

private:
  const Catalog &Cat;
  std::vector<llvm::Regex> ClientTypePatterns;
  ResourcePair ClientObject;
  /// The unqualified names of every acquiring function: most calls are
  /// answered by one lookup here.
  llvm::StringSet<> AcquiringNames;
  /// The wrappers' summaries, and their unqualified names: most calls are
  /// answered by that lookup, without computing a USR.
  const SummarySet *OwnWrappers = nullptr, *LoadedWrappers = nullptr;
  llvm::StringSet<> WrapperNames, ThrowingNames;
  const FunctionSummary *wrapperSummary(const clang::FunctionDecl &Callee) const;
  const FunctionSummary *summaryOf(const clang::FunctionDecl &Callee) const;
  const ResourcePair *pairNamed(llvm::StringRef Resource) const;
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, bool> OwnsItselfCache;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_RESOURCEMODEL_H
