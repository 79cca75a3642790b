//===--- SummaryFacts.h - What the summaries say about a call here ---------===//
//
// A call to a function whose body this translation unit does not have is
// known through the summary file (its resolved facts, looked up by USR);
// a function annotated `[[clang::annotate("async_tidy::...")]]` is known
// through its annotation wherever it is defined. For the chain searches
// the checks already run (CallChainSearch), such a function becomes a
// catalog-shaped entry, made once per function, with the chain behind it
// for the notes.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_SUMMARYFACTS_H
#define ASYNC_TIDY_ANALYSIS_SUMMARYFACTS_H

#include "Catalog.h"
#include "FunctionSummary.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

#include <deque>
#include <memory>

namespace async_tidy {

class SummaryFacts {
public:
  /// `Loaded`: the summary file's summaries, stale ones dropped; may be null.
  explicit SummaryFacts(std::shared_ptr<const SummarySet> Loaded) : Loaded(std::move(Loaded)) {}

  /// A blocking entry for calling `Callee`: its annotation, else, when this
  /// unit has no body for it, its summary. Null when neither says it blocks.
  const BlockingFunction *blockingEntry(const clang::FunctionDecl &Callee);
  /// The database, LLM or HTTP request calling `Callee` makes, the same way.
  const IoCall *requestEntry(const clang::FunctionDecl &Callee);
  /// The chain behind an entry made here; null for catalog entries.
  const FactChain *chainOf(const void *Entry) const;

  /// The chain is the called function's own annotation: the call is the
  /// catalogued call itself, as if the catalog listed it.
  static bool isAnnotationOnly(const FactChain &Chain) {
    return Chain.Steps.size() == 1 && Chain.Steps.front().Call.empty();
  }

  /// Annotated `async_tidy::nonblocking`: no chain search enters it.
  static bool isNonblocking(const clang::FunctionDecl &FD);

  /// The resolved facts for `Callee`: from its annotations, and from the
  /// summary when this unit has no body for it. Null when there are none.
  const FunctionSummary *factsFor(const clang::FunctionDecl &Callee);

  /// Whether the summaries of every unit of the project make `Coroutine`
  /// a driver (ResolvedFacts::Driver), wherever its body is.
  bool isDriver(const clang::FunctionDecl &Coroutine) const;

private:
  struct Known {
    const FunctionSummary *Summary = nullptr;
    const BlockingFunction *Blocking = nullptr;
    const IoCall *Request = nullptr;
    bool BlockingMade = false, RequestMade = false;
  };
  Known &knownFor(const clang::FunctionDecl &Callee);

  std::shared_ptr<const SummarySet> Loaded;
  llvm::DenseMap<const clang::FunctionDecl *, Known> ByFunction;
  /// Summaries made from annotations; entries and their chains.
  std::deque<FunctionSummary> Annotated;
  std::deque<BlockingFunction> BlockingEntries;
  std::deque<IoCall> RequestEntries;
  llvm::DenseMap<const void *, const FactChain *> Chains;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_SUMMARYFACTS_H
