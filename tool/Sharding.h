//===--- Sharding.h - A stable, balanced share of the translation units ---===//
//
// --shard I/N: every shard computes the same assignment from the same
// inputs, so N machines analyse disjoint shares that together are the
// whole. Units are weighed by the CPU seconds their last analysis took when
// the result cache recorded it for every unit, by their main file's size
// otherwise; the heaviest go first, each to the least loaded shard
// (longest-processing-time-first).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_SHARDING_H
#define ASYNC_TIDY_TOOL_SHARDING_H

#include <map>
#include <string>
#include <vector>

namespace async_tidy::driver {

/// The units of shard `Index` (1-based) of `Count`, sorted. `Weights` holds
/// a weight for every unit.
std::vector<std::string> shardOf(const std::vector<std::string> &Units,
                                 const std::map<std::string, double> &Weights, unsigned Index,
                                 unsigned Count);

/// A digest of the assignment `shardOf` makes from these units and
/// weights: equal on every shard that made the same one.
std::string shardAssignmentDigest(const std::vector<std::string> &Units,
                                  const std::map<std::string, double> &Weights, unsigned Count);

/// Each unit's weight: `Recorded` (seconds) when it holds every unit, else
/// the size of each main file.
std::map<std::string, double> shardWeights(const std::vector<std::string> &Units,
                                           const std::map<std::string, double> &Recorded);

} // namespace async_tidy::driver

#endif
