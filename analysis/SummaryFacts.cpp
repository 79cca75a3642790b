//===--- SummaryFacts.cpp - What the summaries say about a call here ------===//

#include "SummaryFacts.h"
#include "FunctionSummarizer.h"
#include "QualifiedNames.h"

#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

bool SummaryFacts::isNonblocking(const FunctionDecl &FD) {
  return llvm::is_contained(annotationsOf(FD), "nonblocking");
}

SummaryFacts::Known &SummaryFacts::knownFor(const FunctionDecl &Callee) {
  const FunctionDecl *Key = Callee.getCanonicalDecl();
  auto [It, Inserted] = ByFunction.try_emplace(Key);
  if (!Inserted)
    return It->second;
  // Without a body here, the summary, which already holds what the
  // function's declarations are annotated with where it was summarized.
  if (Loaded && !Callee.hasBody())
    if ((It->second.Summary = Loaded->find(usrOf(&Callee))))
      return It->second;
  // Else the user's word; it needs no body and no summary file. A body
  // here is otherwise analysed here, by the chain searches.
  std::optional<FunctionSummary> Declared = annotatedSummary(Callee);
  if (!Declared)
    return It->second;
  SummarySet One;
  One.Functions.emplace(Declared->Usr, std::move(*Declared));
  resolveSummaries(One);
  Annotated.push_back(std::move(One.Functions.begin()->second));
  It->second.Summary = &Annotated.back();
  return It->second;
}

const FunctionSummary *SummaryFacts::factsFor(const FunctionDecl &Callee) {
  return knownFor(Callee).Summary;
}

const BlockingFunction *SummaryFacts::blockingEntry(const FunctionDecl &Callee) {
  Known &K = knownFor(Callee);
  if (K.BlockingMade || !K.Summary)
    return K.Blocking;
  K.BlockingMade = true;
  // Calling a coroutine runs nothing here: what it blocks is its own
  // finding (as for bodies in this unit, which the searches do not enter).
  if (K.Summary->Coroutine)
    return nullptr;
  const std::optional<FactChain> &Chain = K.Summary->Resolved.Blocks;
  std::optional<BlockingKind> Kind = Chain ? parseBlockingKind(Chain->Kind) : std::nullopt;
  if (!Kind)
    return nullptr;
  BlockingFunction Entry;
  Entry.Names = {K.Summary->Name};
  Entry.Kind = *Kind;
  BlockingEntries.push_back(std::move(Entry));
  K.Blocking = &BlockingEntries.back();
  Chains[K.Blocking] = &*Chain;
  return K.Blocking;
}

const IoCall *SummaryFacts::requestEntry(const FunctionDecl &Callee) {
  Known &K = knownFor(Callee);
  if (K.RequestMade || !K.Summary)
    return K.Request;
  K.RequestMade = true;
  // One kind per call: the one whose batching advice matters most.
  for (IoKind Kind : {IoKind::Database, IoKind::Llm, IoKind::Http}) {
    auto It = K.Summary->Resolved.Requests.find(ioKindName(Kind));
    if (It == K.Summary->Resolved.Requests.end())
      continue;
    IoCall Entry;
    Entry.Names = {K.Summary->Name};
    Entry.Kind = Kind;
    RequestEntries.push_back(std::move(Entry));
    K.Request = &RequestEntries.back();
    Chains[K.Request] = &It->second;
    break;
  }
  return K.Request;
}

bool SummaryFacts::isDriver(const FunctionDecl &Coroutine) const {
  const FunctionSummary *Summary = Loaded ? Loaded->find(usrOf(&Coroutine)) : nullptr;
  return Summary && Summary->Resolved.Driver;
}

const FactChain *SummaryFacts::chainOf(const void *Entry) const {
  auto It = Chains.find(Entry);
  return It == Chains.end() ? nullptr : It->second;
}

} // namespace async_tidy
