//===--- Sharding.cpp - A stable, balanced share of the translation units -===//

#include "Sharding.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>

namespace async_tidy::driver {

std::vector<std::string> shardOf(const std::vector<std::string> &Units,
                                 const std::map<std::string, double> &Weights, unsigned Index,
                                 unsigned Count) {
  std::vector<std::string> Heaviest = Units;
  // Ties broken by name: the order, hence the assignment, is the same on
  // every machine.
  std::sort(Heaviest.begin(), Heaviest.end(), [&](const std::string &A, const std::string &B) {
    double WA = Weights.at(A), WB = Weights.at(B);
    return WA != WB ? WA > WB : A < B;
  });
  std::vector<double> Load(Count, 0);
  std::vector<std::string> Mine;
  for (const std::string &Unit : Heaviest) {
    unsigned Lightest = std::min_element(Load.begin(), Load.end()) - Load.begin();
    Load[Lightest] += Weights.at(Unit);
    if (Lightest + 1 == Index)
      Mine.push_back(Unit);
  }
  std::sort(Mine.begin(), Mine.end());
  return Mine;
}

std::string shardAssignmentDigest(const std::vector<std::string> &Units,
                                  const std::map<std::string, double> &Weights, unsigned Count) {
  std::vector<std::string> Sorted = Units;
  std::sort(Sorted.begin(), Sorted.end());
  std::string Text = std::to_string(Count) + "\n";
  for (const std::string &Unit : Sorted)
    Text += Unit + "\t" + std::to_string(Weights.at(Unit)) + "\n";
  return llvm::utohexstr(llvm::xxh3_64bits(Text));
}

std::map<std::string, double> shardWeights(const std::vector<std::string> &Units,
                                           const std::map<std::string, double> &Recorded) {
  bool AllRecorded = std::all_of(Units.begin(), Units.end(),
                                 [&](const std::string &U) { return Recorded.count(U); });
  std::map<std::string, double> Weights;
  for (const std::string &Unit : Units) {
    if (AllRecorded) {
      Weights[Unit] = Recorded.at(Unit);
      continue;
    }
    uint64_t Size = 0;
    llvm::sys::fs::file_size(Unit, Size);
    Weights[Unit] = static_cast<double>(Size);
  }
  return Weights;
}

} // namespace async_tidy::driver
