// --shard: every shard computes the same balanced assignment, and the
// shares are disjoint and complete.

#include "Sharding.h"

#include <gtest/gtest.h>

using namespace async_tidy::driver;

namespace {

const std::vector<std::string> Units = {"a.cpp", "b.cpp", "c.cpp", "d.cpp"};

TEST(Sharding, HeaviestFirstToTheLeastLoaded) {
  std::map<std::string, double> Weights = {{"a.cpp", 10}, {"b.cpp", 9}, {"c.cpp", 2}, {"d.cpp", 1}};
  // a -> 1 (10), b -> 2 (9), c -> 2 (11), d -> 1 (11).
  EXPECT_EQ(shardOf(Units, Weights, 1, 2), (std::vector<std::string>{"a.cpp", "d.cpp"}));
  EXPECT_EQ(shardOf(Units, Weights, 2, 2), (std::vector<std::string>{"b.cpp", "c.cpp"}));
}

TEST(Sharding, EqualWeightsByName) {
  std::map<std::string, double> Weights = {{"a.cpp", 1}, {"b.cpp", 1}, {"c.cpp", 1}, {"d.cpp", 1}};
  EXPECT_EQ(shardOf(Units, Weights, 1, 3), (std::vector<std::string>{"a.cpp", "d.cpp"}));
  EXPECT_EQ(shardOf(Units, Weights, 2, 3), (std::vector<std::string>{"b.cpp"}));
  EXPECT_EQ(shardOf(Units, Weights, 3, 3), (std::vector<std::string>{"c.cpp"}));
}

TEST(Sharding, MoreShardsThanUnits) {
  std::map<std::string, double> Weights = {{"a.cpp", 3}, {"b.cpp", 2}, {"c.cpp", 1}, {"d.cpp", 1}};
  std::vector<std::string> All;
  for (unsigned I = 1; I <= 6; ++I)
    for (const std::string &Unit : shardOf(Units, Weights, I, 6))
      All.push_back(Unit);
  std::sort(All.begin(), All.end());
  EXPECT_EQ(All, Units);
}

TEST(Sharding, RecordedTimesOnlyWhenEveryUnitHasOne) {
  std::map<std::string, double> Recorded = {{"a.cpp", 4}, {"b.cpp", 3}, {"c.cpp", 2}};
  // d.cpp has no time: sizes for all (files that do not exist weigh 0).
  std::map<std::string, double> Weights = shardWeights(Units, Recorded);
  for (const std::string &Unit : Units)
    EXPECT_EQ(Weights.at(Unit), 0) << Unit;
  Recorded["d.cpp"] = 1;
  EXPECT_EQ(shardWeights(Units, Recorded), Recorded);
}

} // namespace
