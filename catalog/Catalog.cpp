//===--- Catalog.cpp - Kinds, merging and the embedded default catalog ----===//

#include "Catalog.h"

#include <algorithm>
#include <set>

namespace async_tidy {

const std::vector<Spelling<BlockingKind>> &blockingKindSpellings() {
  static const std::vector<Spelling<BlockingKind>> Spellings = {
      {BlockingKind::Sleep, "sleep"},
      {BlockingKind::Network, "network"},
      {BlockingKind::Database, "database"},
      {BlockingKind::File, "file"},
      {BlockingKind::Wait, "wait"},
      {BlockingKind::Process, "process"},
      {BlockingKind::Dns, "dns"}};
  return Spellings;
}

const std::vector<Spelling<IoKind>> &ioKindSpellings() {
  static const std::vector<Spelling<IoKind>> Spellings = {{IoKind::Database, "database"},
                                                          {IoKind::Llm, "llm"},
                                                          {IoKind::Http, "http"},
                                                          {IoKind::Connection, "connection"}};
  return Spellings;
}

namespace {
/// The sleep-duration units and their ticks per second.
const std::pair<const char *, long long> SleepUnits[] = {{"nanoseconds", 1000000000LL},
                                                         {"microseconds", 1000000LL},
                                                         {"milliseconds", 1000LL},
                                                         {"seconds", 1LL}};
} // namespace

const std::vector<Spelling<std::string>> &sleepDurationSpellings() {
  static const std::vector<Spelling<std::string>> Spellings = [] {
    std::vector<Spelling<std::string>> Out = {{"any", "any"}};
    for (const auto &[Unit, Ticks] : SleepUnits)
      Out.push_back({Unit, Unit});
    return Out;
  }();
  return Spellings;
}

std::optional<long long> sleepDurationTicksPerSecond(const std::string &Unit) {
  for (const auto &[Name, Ticks] : SleepUnits)
    if (Unit == Name)
      return Ticks;
  return std::nullopt;
}

std::string joinNames(const std::vector<std::string> &Names, const std::string &Separator,
                      const std::string &LastSeparator) {
  std::string Out;
  for (std::size_t I = 0; I < Names.size(); ++I) {
    if (I > 0)
      Out += I + 1 == Names.size() ? LastSeparator : Separator;
    Out += Names[I];
  }
  return Out;
}

const char *blockingKindName(BlockingKind Kind) {
  return spellingOf(blockingKindSpellings(), Kind).c_str();
}

std::optional<BlockingKind> parseBlockingKind(const std::string &Name) {
  return spelledValue(blockingKindSpellings(), Name);
}

const std::vector<BlockingKind> &allBlockingKinds() {
  static const std::vector<BlockingKind> All = [] {
    std::vector<BlockingKind> Kinds;
    for (const Spelling<BlockingKind> &S : blockingKindSpellings())
      Kinds.push_back(S.Value);
    return Kinds;
  }();
  return All;
}

const char *ioKindName(IoKind Kind) { return spellingOf(ioKindSpellings(), Kind).c_str(); }

const FrameworkIdioms *Catalog::findFramework(const std::string &Id) const {
  for (const FrameworkIdioms &F : Frameworks)
    if (F.Id == Id)
      return &F;
  return nullptr;
}

namespace {

bool sharesName(const std::vector<std::string> &A, const std::vector<std::string> &B) {
  return std::any_of(A.begin(), A.end(), [&](const std::string &Name) {
    return std::find(B.begin(), B.end(), Name) != B.end();
  });
}

/// Replaces the element of `Base` that `Same` says equals `Item`, or appends.
template <typename T, typename SameFn>
void overlay(std::vector<T> &Base, const T &Item, SameFn Same) {
  auto It = std::find_if(Base.begin(), Base.end(),
                         [&](const T &Existing) { return Same(Existing, Item); });
  if (It != Base.end())
    *It = Item;
  else
    Base.push_back(Item);
}

void unite(std::vector<std::string> &Base, const std::vector<std::string> &Extra) {
  for (const std::string &S : Extra)
    if (std::find(Base.begin(), Base.end(), S) == Base.end())
      Base.push_back(S);
}

} // namespace

void mergeCatalog(Catalog &Base, const Catalog &Extra) {
  for (const FrameworkIdioms &F : Extra.Frameworks)
    overlay(Base.Frameworks, F, [](const auto &A, const auto &B) { return A.Id == B.Id; });
  for (const BlockingFunction &F : Extra.Blocking)
    overlay(Base.Blocking, F, [](const auto &A, const auto &B) {
      return sharesName(A.Names, B.Names) && A.Constructor == B.Constructor &&
             A.ObjectTypes == B.ObjectTypes && A.Parameters == B.Parameters;
    });
  for (const IoCall &C : Extra.IoCalls)
    overlay(Base.IoCalls, C,
            [](const auto &A, const auto &B) { return sharesName(A.Names, B.Names); });
  for (const ResourcePair &R : Extra.Resources)
    overlay(Base.Resources, R,
            [](const auto &A, const auto &B) { return A.Resource == B.Resource; });
  for (const BatchQuery &Q : Extra.BatchQueries)
    overlay(Base.BatchQueries, Q,
            [](const auto &A, const auto &B) { return sharesName(A.Names, B.Names); });
  unite(Base.ConcurrencySafeTypes, Extra.ConcurrencySafeTypes);
  for (const auto &[Type, Source] : Extra.ConcurrencySafeSources)
    Base.ConcurrencySafeSources[Type] = Source;
  unite(Base.LazyTypes, Extra.LazyTypes);
  unite(Base.EagerTypes, Extra.EagerTypes);
  unite(Base.QueryAwaitables, Extra.QueryAwaitables);
  unite(Base.SingleOperationTypes, Extra.SingleOperationTypes);
  unite(Base.OrderingFunctions, Extra.OrderingFunctions);
  unite(Base.OrderingTypes, Extra.OrderingTypes);
  unite(Base.ExecutorSwitches, Extra.ExecutorSwitches);
  unite(Base.TokenExecutorSwitches, Extra.TokenExecutorSwitches);
  unite(Base.ExecutorBinders, Extra.ExecutorBinders);
  unite(Base.OffloadExecutorTypes, Extra.OffloadExecutorTypes);
  unite(Base.InMemoryPaths, Extra.InMemoryPaths);
  unite(Base.ThreadStateFunctions, Extra.ThreadStateFunctions);
  unite(Base.SynchronizationFunctions, Extra.SynchronizationFunctions);
  unite(Base.LockFunctions, Extra.LockFunctions);
  unite(Base.SynchronizationTypes, Extra.SynchronizationTypes);
  unite(Base.LoopInputFunctions, Extra.LoopInputFunctions);
  unite(Base.OptionParsers, Extra.OptionParsers);
  unite(Base.RunsOnce, Extra.RunsOnce);
  unite(Base.ResumeSchedulers, Extra.ResumeSchedulers);
  unite(Base.LoopAlgorithms, Extra.LoopAlgorithms);
  unite(Base.InlineCallers, Extra.InlineCallers);
  unite(Base.CacheTypes, Extra.CacheTypes);
  unite(Base.FieldReaders, Extra.FieldReaders);
  for (const auto &[Kind, Advice] : Extra.KindAdvice)
    Base.KindAdvice[Kind] = Advice;
}

void removeFunctions(Catalog &Cat, const std::vector<std::string> &Names) {
  auto Named = [&](const std::vector<std::string> &EntryNames) {
    return sharesName(EntryNames, Names);
  };
  Cat.Blocking.erase(std::remove_if(Cat.Blocking.begin(), Cat.Blocking.end(),
                                    [&](const auto &F) { return Named(F.Names); }),
                     Cat.Blocking.end());
  Cat.IoCalls.erase(std::remove_if(Cat.IoCalls.begin(), Cat.IoCalls.end(),
                                   [&](const auto &C) { return Named(C.Names); }),
                    Cat.IoCalls.end());
}

} // namespace async_tidy
