//===--- FunctionSummaryTest.cpp - Resolving and merging summaries --------===//
//
// The resolution through the call graph, the merge of shards and the file
// format, on summaries written by hand (the summarizer itself is tested on
// real translation units by test/crosstu).
//
//===----------------------------------------------------------------------===//

#include "FunctionSummary.h"
#include "SummaryFile.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace async_tidy {
namespace {

/// A summary builder: `fn("load").calls("query")`.
struct Fn {
  FunctionSummary S;
  explicit Fn(const std::string &Name) {
    S.Usr = "c:@F@" + Name;
    S.Name = Name;
    S.Defined = {"/src/" + Name + ".cpp", 1};
  }
  Fn &calls(const std::string &Callee, bool Returned = false, bool InTry = false) {
    CallEdge E;
    E.Usr = "c:@F@" + Callee;
    E.Name = Callee;
    E.At = {S.Defined.File, 2};
    E.Returned = Returned;
    E.InTry = InTry;
    S.Local.Calls.push_back(E);
    return *this;
  }
  Fn &passes(unsigned Parameter, unsigned Argument) {
    S.Local.Calls.back().PassedParameters.emplace_back(Parameter, Argument);
    return *this;
  }
  Fn &blocks(const std::string &Call, const std::string &Kind = "database") {
    S.Local.Blocks = CatalogHit{Call, Kind, {S.Defined.File, 3}};
    return *this;
  }
  Fn &requests(const std::string &Call, const std::string &Kind) {
    S.Local.Requests.push_back(CatalogHit{Call, Kind, {S.Defined.File, 3}});
    return *this;
  }
  Fn &acquires(const std::string &Resource, const std::string &Call) {
    S.Local.Acquires = ResourceHit{Resource, Call, std::nullopt, {S.Defined.File, 4}};
    return *this;
  }
  Fn &releases(unsigned Parameter, const std::string &Resource) {
    S.Local.Releases.push_back(ResourceHit{Resource, "PQclear", Parameter, {S.Defined.File, 5}});
    return *this;
  }
  Fn &throws() {
    S.Local.Throws = SourcePoint{S.Defined.File, 6};
    return *this;
  }
  Fn &annotated(const std::string &Annotation) {
    S.Local.Annotations.push_back(Annotation);
    return *this;
  }
  Fn &coroutine() {
    S.Coroutine = true;
    return *this;
  }
  Fn &unchanged() {
    S.Local.LeavesObjectUnchanged = true;
    return *this;
  }
};

SummarySet setOf(std::initializer_list<Fn> Functions) {
  SummarySet Set;
  for (const Fn &F : Functions) {
    Set.Functions.emplace(F.S.Usr, F.S);
    Set.Files.emplace(F.S.Defined.File, "fnv1a64:0");
  }
  resolveSummaries(Set);
  return Set;
}

const ResolvedFacts &facts(const SummarySet &Set, const std::string &Name) {
  return Set.find("c:@F@" + Name)->Resolved;
}

std::vector<std::string> chainCalls(const FactChain &Chain) {
  std::vector<std::string> Calls;
  for (const FactStep &Step : Chain.Steps)
    Calls.push_back(Step.Function + "->" + Step.Call);
  return Calls;
}

TEST(ResolveSummaries, BlockingReachesThroughTwoHelpersWithTheChain) {
  SummarySet Set =
      setOf({Fn("handler").calls("load"), Fn("load").calls("query"), Fn("query").blocks("PQexec")});
  ASSERT_TRUE(facts(Set, "handler").Blocks);
  EXPECT_EQ(facts(Set, "handler").Blocks->Kind, "database");
  EXPECT_EQ(chainCalls(*facts(Set, "handler").Blocks),
            (std::vector<std::string>{"handler->load", "load->query", "query->PQexec"}));
}

TEST(ResolveSummaries, TheShortestChainWins) {
  SummarySet Set =
      setOf({Fn("a").calls("b").calls("c"), Fn("b").calls("c"), Fn("c").blocks("sleep", "sleep")});
  EXPECT_EQ(chainCalls(*facts(Set, "a").Blocks), (std::vector<std::string>{"a->c", "c->sleep"}));
}

TEST(ResolveSummaries, RecursionEnds) {
  SummarySet Set = setOf({Fn("a").calls("b"), Fn("b").calls("a").blocks("fsync", "file")});
  EXPECT_TRUE(facts(Set, "a").Blocks);
  EXPECT_EQ(facts(Set, "b").Blocks->Steps.size(), 1u);
}

TEST(ResolveSummaries, AnAwaitedCoroutineBlocksItsOwnExecutorNotTheCallers) {
  SummarySet Set = setOf({Fn("caller").calls("task"), Fn("task").coroutine().blocks("PQexec")});
  EXPECT_FALSE(facts(Set, "caller").Blocks);
  EXPECT_TRUE(facts(Set, "task").Blocks);
}

TEST(ResolveSummaries, RequestsGoThroughCoroutines) {
  SummarySet Set =
      setOf({Fn("caller").calls("task"), Fn("task").coroutine().requests("PQexec", "database")});
  ASSERT_EQ(facts(Set, "caller").Requests.count("database"), 1u);
}

TEST(ResolveSummaries, NonblockingAnnotationStopsTheChainAtItsSource) {
  SummarySet Set =
      setOf({Fn("caller").calls("cache"), Fn("cache").annotated("nonblocking").calls("disk"),
             Fn("disk").blocks("read", "file")});
  EXPECT_FALSE(facts(Set, "cache").Blocks);
  EXPECT_FALSE(facts(Set, "caller").Blocks);
}

TEST(ResolveSummaries, AnnotationsStateFactsWithoutABody) {
  SummarySet Set = setOf({Fn("caller").calls("flush"), Fn("flush").annotated("blocking:file"),
                          Fn("quota").annotated("database")});
  EXPECT_EQ(facts(Set, "caller").Blocks->Kind, "file");
  EXPECT_EQ(facts(Set, "quota").Requests.count("database"), 1u);
}

TEST(ResolveSummaries, AReturnedAcquisitionMakesAnAcquirer) {
  SummarySet Set =
      setOf({Fn("open").acquires("PGconn", "PQconnectdb"),
             Fn("connect").calls("open", /*Returned=*/true), Fn("probe").calls("open")});
  EXPECT_EQ(facts(Set, "connect").Acquires->Kind, "PGconn");
  EXPECT_FALSE(facts(Set, "probe").Acquires) << "it does not hand the handle on";
}

TEST(ResolveSummaries, ReleasesFollowThePassedParameter) {
  SummarySet Set =
      setOf({Fn("close").releases(0, "PGresult"), Fn("finish").calls("close").passes(1, 0)});
  EXPECT_EQ(facts(Set, "finish").Releases.at(1), "PGresult");
  EXPECT_EQ(facts(Set, "finish").Releases.count(0), 0u);
}

TEST(ResolveSummaries, MayThrowIsYesNoOrUnknown) {
  SummarySet Set = setOf({Fn("thrower").throws(), Fn("caller").calls("thrower"),
                          Fn("catcher").calls("thrower", false, /*InTry=*/true), Fn("leaf"),
                          Fn("unknown_callee").calls("not_in_the_project")});
  EXPECT_EQ(facts(Set, "caller").MayThrow, Tristate::Yes);
  EXPECT_EQ(facts(Set, "catcher").MayThrow, Tristate::No);
  EXPECT_EQ(facts(Set, "leaf").MayThrow, Tristate::No);
  EXPECT_EQ(facts(Set, "unknown_callee").MayThrow, Tristate::Unknown)
      << "unknown is not a throw exit, and not no either";
}

TEST(ResolveSummaries, ConcurrencySafeFromTheBodyOrTheAnnotation) {
  SummarySet Set =
      setOf({Fn("reader").unchanged(), Fn("writer"), Fn("declared").annotated("concurrency_safe")});
  EXPECT_EQ(facts(Set, "reader").ConcurrencySafe, Tristate::Yes);
  EXPECT_EQ(facts(Set, "writer").ConcurrencySafe, Tristate::Unknown);
  EXPECT_EQ(facts(Set, "declared").ConcurrencySafe, Tristate::Yes);
}

TEST(ResolveSummaries, AUnitsOwnFunctionsResolveAgainstTheSummaryFile) {
  SummarySet File = setOf({Fn("query").blocks("PQexec")});
  SummarySet Own;
  Fn Caller("caller");
  Caller.calls("query");
  Own.Functions.emplace(Caller.S.Usr, Caller.S);
  resolveSummaries(Own, &File);
  EXPECT_TRUE(facts(Own, "caller").Blocks);
}

TEST(MergeSummaries, ShardsMergeToWhatOneRunResolves) {
  Fn A("a"), B("b");
  A.calls("b");
  B.blocks("PQexec");
  SummarySet Whole = setOf({A, B});
  SummarySet Shard1 = setOf({A}), Shard2 = setOf({B});
  EXPECT_FALSE(facts(Shard1, "a").Blocks) << "a shard alone does not know b";
  SummarySet Merged;
  mergeSummaries(Merged, Shard1);
  mergeSummaries(Merged, Shard2);
  resolveSummaries(Merged);
  EXPECT_EQ(printSummaryFile(Merged), printSummaryFile(Whole));
}

TEST(MergeSummaries, ADefinitionReplacesAnAnnotatedDeclaration) {
  Fn Declared("f"), Defined("f");
  Declared.annotated("database").S.HasBody = false;
  Defined.annotated("database").blocks("PQexec");
  SummarySet Into = setOf({Declared}), From = setOf({Defined});
  mergeSummaries(Into, From);
  EXPECT_TRUE(Into.find("c:@F@f")->HasBody);
  EXPECT_TRUE(Into.find("c:@F@f")->Local.Blocks);
}

TEST(SummaryFile, PrintsAndParsesTheSameSummaries) {
  SummarySet Set = setOf({Fn("a").calls("b", true).passes(0, 1), Fn("b").acquires("PGconn", "x"),
                          Fn("c").throws().annotated("llm")});
  Set.Producer = "test";
  Set.Units["/src/a.cpp"] = UnitRecord{{"/src/a.cpp", "/src/a.h"}, "fnv1a64:1"};
  std::string Error;
  std::optional<SummarySet> Parsed = parseSummaryFile(printSummaryFile(Set), Error);
  ASSERT_TRUE(Parsed) << Error;
  EXPECT_EQ(printSummaryFile(*Parsed), printSummaryFile(Set));
  EXPECT_EQ(Parsed->Units, Set.Units);
  EXPECT_EQ(Parsed->find("c:@F@a")->Local, Set.find("c:@F@a")->Local);
}

TEST(SummaryFile, RejectsOtherDocumentsAndVersions) {
  std::string Error;
  EXPECT_FALSE(parseSummaryFile(R"({"schema": "async-tidy-summaries", "version": 2})", Error));
  EXPECT_NE(Error.find("version 2"), std::string::npos) << Error;
  EXPECT_FALSE(parseSummaryFile(R"({"version": 1})", Error));
  EXPECT_NE(Error.find("not an async-tidy summary file"), std::string::npos);
  EXPECT_FALSE(parseSummaryFile("{", Error));
}

TEST(SummaryFile, EditedFilesMakeTheirSummariesStale) {
  std::string Path = ::testing::TempDir() + "summary_test_source.cpp";
  {
    std::ofstream(Path) << "int f() { return 1; }\n";
  }
  Fn F("f"), G("g");
  F.S.Defined.File = Path;
  F.blocks("PQexec");
  G.calls("f");
  SummarySet Set = setOf({F, G});
  Set.Files = {{Path, fingerprintOf("int f() { return 1; }\n")}};
  EXPECT_TRUE(dropStaleSummaries(Set).empty());
  EXPECT_TRUE(facts(Set, "g").Blocks);
  {
    std::ofstream(Path) << "int f() { return 2; }\n";
  }
  std::vector<std::string> Stale = dropStaleSummaries(Set);
  EXPECT_EQ(Stale, std::vector<std::string>{Path});
  EXPECT_EQ(Set.find("c:@F@f"), nullptr);
  EXPECT_FALSE(facts(Set, "g").Blocks) << "what only the stale summary said is gone";
  std::remove(Path.c_str());
}

TEST(SummaryFile, OnlyFilesAsSummarizedGetAStamp) {
  std::string Same = ::testing::TempDir() + "summary_test_same.cpp";
  std::string Edited = ::testing::TempDir() + "summary_test_edited.cpp";
  std::ofstream(Same) << "a\n";
  std::ofstream(Edited) << "b, edited after the pass read it\n";
  SummarySet Set;
  Set.Files = {{Same, fingerprintOf("a\n")}, {Edited, fingerprintOf("b\n")}};
  stampFiles(Set);
  EXPECT_EQ(Set.Stamps.count(Same), 1u);
  EXPECT_EQ(Set.Stamps.count(Edited), 0u) << "its new stamp must not make it look fresh";
  EXPECT_EQ(dropStaleSummaries(Set), std::vector<std::string>{Edited});
  std::remove(Same.c_str());
  std::remove(Edited.c_str());
}

/// A project of two units: main.cpp runs `migrate` and `reload` by a
/// blocking wait, `on_hangup` awaits `reload` too, and migrate.cpp's
/// `migrate` awaits `apply`.
SummarySet startUpProject() {
  SummarySet Set = setOf({Fn("migrate").coroutine(), Fn("apply").coroutine(),
                          Fn("reload").coroutine(), Fn("on_hangup").coroutine()});
  Set.ProjectUnits = {"/src/main.cpp", "/src/migrate.cpp"};
  Set.Units["/src/main.cpp"] = UnitRecord{
      {"/src/main.cpp"},
      "",
      UnitUses{{"c:@F@migrate", {1, 1, {}}}, {"c:@F@reload", {2, 1, {"c:@F@on_hangup"}}}}};
  Set.Units["/src/migrate.cpp"] =
      UnitRecord{{"/src/migrate.cpp"}, "", UnitUses{{"c:@F@apply", {1, 0, {"c:@F@migrate"}}}}};
  resolveSummaries(Set);
  return Set;
}

TEST(ResolveSummaries, ACoroutineOnlyBlockingWaitsRunIsADriverAcrossUnits) {
  SummarySet Set = startUpProject();
  EXPECT_TRUE(facts(Set, "migrate").Driver);
  EXPECT_TRUE(facts(Set, "apply").Driver) << "awaited only by a driver";
  EXPECT_FALSE(facts(Set, "reload").Driver) << "also awaited by a coroutine nothing waits for";
  EXPECT_FALSE(facts(Set, "on_hangup").Driver) << "never used";
}

TEST(ResolveSummaries, NoDriverWithoutEveryUnitsUses) {
  SummarySet Shard = startUpProject();
  Shard.ProjectUnits.insert("/src/handlers.cpp"); // a share of the project only
  resolveSummaries(Shard);
  EXPECT_FALSE(facts(Shard, "migrate").Driver);
  SummarySet Earlier = startUpProject();
  Earlier.Units["/src/migrate.cpp"].Uses.reset(); // a file of an earlier version
  resolveSummaries(Earlier);
  EXPECT_FALSE(facts(Earlier, "migrate").Driver);
  SummarySet Stored = startUpProject();
  Stored.Units["/src/main.cpp"].Uses->at("c:@F@migrate").All = 2; // also kept in a variable
  resolveSummaries(Stored);
  EXPECT_FALSE(facts(Stored, "migrate").Driver);
  EXPECT_FALSE(facts(Stored, "apply").Driver);
}

TEST(ResolveSummaries, CoroutinesThatOnlyAwaitEachOtherAreNoDrivers) {
  SummarySet Set = setOf({Fn("ping").coroutine(), Fn("pong").coroutine()});
  Set.ProjectUnits = {"/src/a.cpp"};
  Set.Units["/src/a.cpp"] = UnitRecord{
      {"/src/a.cpp"},
      "",
      UnitUses{{"c:@F@ping", {1, 0, {"c:@F@pong"}}}, {"c:@F@pong", {1, 0, {"c:@F@ping"}}}}};
  resolveSummaries(Set);
  EXPECT_FALSE(facts(Set, "ping").Driver);
  EXPECT_FALSE(facts(Set, "pong").Driver);
}

TEST(MergeSummaries, ShardsTogetherKnowEveryUnitsUses) {
  SummarySet Whole = startUpProject();
  SummarySet Main = startUpProject(), Migrate = startUpProject();
  Main.Units.erase("/src/migrate.cpp");
  Migrate.Units.erase("/src/main.cpp");
  resolveSummaries(Main);
  EXPECT_FALSE(facts(Main, "migrate").Driver) << "one shard alone";
  mergeSummaries(Main, Migrate);
  resolveSummaries(Main);
  EXPECT_TRUE(facts(Main, "migrate").Driver);
  EXPECT_EQ(printSummaryFile(Main), printSummaryFile(Whole));
}

TEST(SummaryFile, KeepsUsesAndDrivers) {
  SummarySet Set = startUpProject();
  std::string Error;
  std::optional<SummarySet> Parsed = parseSummaryFile(printSummaryFile(Set), Error);
  ASSERT_TRUE(Parsed) << Error;
  EXPECT_EQ(Parsed->Units, Set.Units);
  EXPECT_EQ(Parsed->ProjectUnits, Set.ProjectUnits);
  EXPECT_TRUE(facts(*Parsed, "migrate").Driver);
}

TEST(SummaryFile, AnEditedFileDropsEveryDriver) {
  std::string Path = ::testing::TempDir() + "summary_test_main.cpp";
  {
    std::ofstream(Path) << "int main() {}\n";
  }
  SummarySet Set = startUpProject();
  Set.Units["/src/main.cpp"].Files = {Path};
  Set.Files[Path] = fingerprintOf("int main() {}\n");
  Set.Files.erase("/src/on_hangup.cpp"); // the rest are not files here
  for (const char *Name : {"migrate", "apply", "reload"})
    Set.Files.erase(std::string("/src/") + Name + ".cpp");
  EXPECT_TRUE(dropStaleSummaries(Set).empty());
  EXPECT_TRUE(facts(Set, "migrate").Driver);
  {
    std::ofstream(Path) << "int main() { run(); }\n";
  }
  EXPECT_EQ(dropStaleSummaries(Set), std::vector<std::string>{Path});
  EXPECT_FALSE(facts(Set, "migrate").Driver) << "main may run it otherwise now";
  std::remove(Path.c_str());
}

} // namespace
} // namespace async_tidy
