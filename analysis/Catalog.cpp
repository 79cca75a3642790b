//===--- Catalog.cpp - Kinds, merging and the embedded default catalog ----===//

#include "Catalog.h"

#include <algorithm>
#include <set>

namespace async_tidy {

namespace {
const std::pair<BlockingKind, const char *> BlockingKindNames[] = {
    {BlockingKind::Sleep, "sleep"},       {BlockingKind::Network, "network"},
    {BlockingKind::Database, "database"}, {BlockingKind::File, "file"},
    {BlockingKind::Wait, "wait"},         {BlockingKind::Process, "process"},
    {BlockingKind::Dns, "dns"}};

const std::pair<IoKind, const char *> IoKindNames[] = {
    {IoKind::Database, "database"}, {IoKind::Llm, "llm"}, {IoKind::Http, "http"},
    {IoKind::Connection, "connection"}};

template <typename Enum, std::size_t N>
const char *nameIn(const std::pair<Enum, const char *> (&Table)[N], Enum Value) {
  for (const auto &[E, Name] : Table)
    if (E == Value)
      return Name;
  return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::pair<Enum, const char *> (&Table)[N],
                            const std::string &Name) {
  for (const auto &[E, N2] : Table)
    if (Name == N2)
      return E;
  return std::nullopt;
}
} // namespace

const char *blockingKindName(BlockingKind Kind) { return nameIn(BlockingKindNames, Kind); }

std::optional<BlockingKind> parseBlockingKind(const std::string &Name) {
  return valueIn(BlockingKindNames, Name);
}

const std::vector<BlockingKind> &allBlockingKinds() {
  static const std::vector<BlockingKind> All = [] {
    std::vector<BlockingKind> Kinds;
    for (const auto &Entry : BlockingKindNames)
      Kinds.push_back(Entry.first);
    return Kinds;
  }();
  return All;
}

const char *ioKindName(IoKind Kind) { return nameIn(IoKindNames, Kind); }

std::optional<IoKind> parseIoKind(const std::string &Name) { return valueIn(IoKindNames, Name); }

std::optional<long long> sleepDurationTicksPerSecond(const std::string &Unit) {
  static const std::pair<const char *, long long> Units[] = {
      {"nanoseconds", 1000000000LL}, {"microseconds", 1000000LL},
      {"milliseconds", 1000LL}, {"seconds", 1LL}};
  for (const auto &[Name, Ticks] : Units)
    if (Unit == Name)
      return Ticks;
  return std::nullopt;
}

const FrameworkIdioms *Catalog::findFramework(const std::string &Id) const {
  for (const FrameworkIdioms &F : Frameworks)
    if (F.Id == Id)
      return &F;
  return nullptr;
}

namespace {

bool sharesName(const std::vector<std::string> &A,
                const std::vector<std::string> &B) {
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
    overlay(Base.Frameworks, F, [](const auto &A, const auto &B) {
      return A.Id == B.Id;
    });
  for (const BlockingFunction &F : Extra.Blocking)
    overlay(Base.Blocking, F, [](const auto &A, const auto &B) {
      return sharesName(A.Names, B.Names) && A.Constructor == B.Constructor &&
             A.ObjectTypes == B.ObjectTypes && A.Parameters == B.Parameters;
    });
  for (const IoCall &C : Extra.IoCalls)
    overlay(Base.IoCalls, C, [](const auto &A, const auto &B) {
      return sharesName(A.Names, B.Names);
    });
  for (const ResourcePair &R : Extra.Resources)
    overlay(Base.Resources, R, [](const auto &A, const auto &B) {
      return A.Resource == B.Resource;
    });
  unite(Base.ConcurrencySafeTypes, Extra.ConcurrencySafeTypes);
  unite(Base.SingleOperationTypes, Extra.SingleOperationTypes);
  unite(Base.OrderingFunctions, Extra.OrderingFunctions);
  unite(Base.SynchronizationFunctions, Extra.SynchronizationFunctions);
  unite(Base.SynchronizationTypes, Extra.SynchronizationTypes);
  unite(Base.LoopInputFunctions, Extra.LoopInputFunctions);
  unite(Base.LoopAlgorithms, Extra.LoopAlgorithms);
  unite(Base.InlineCallers, Extra.InlineCallers);
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
