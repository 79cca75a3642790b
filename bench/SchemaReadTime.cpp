// How long reading a schema takes (sql/Schema.h): every file given, in
// order, read REPEATS times (default 20); prints what was understood and
// the median time of one read of all of them.
//
//   cmake --build build --target schema-read-time
//   build/sql/schema-read-time [--repeats N] FILE.sql ...

#include "Schema.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char **argv) {
  int Repeats = 20;
  std::vector<std::string> Texts;
  size_t Bytes = 0;
  for (int I = 1; I < argc; ++I) {
    if (!std::strcmp(argv[I], "--repeats") && I + 1 < argc) {
      Repeats = std::atoi(argv[++I]);
      continue;
    }
    std::ifstream In(argv[I]);
    std::stringstream Text;
    Text << In.rdbuf();
    Texts.push_back(Text.str());
    Bytes += Texts.back().size();
  }
  std::vector<double> Milliseconds;
  async_tidy::Schema Last;
  for (int R = 0; R < Repeats; ++R) {
    auto Start = std::chrono::steady_clock::now();
    async_tidy::Schema S;
    for (const std::string &Text : Texts)
      S.applyFile(Text);
    Milliseconds.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - Start)
            .count());
    Last = S;
  }
  std::sort(Milliseconds.begin(), Milliseconds.end());
  size_t Indexes = 0;
  for (const auto &Entry : Last.tables())
    Indexes += Entry.second.Indexes.size();
  std::printf("%zu files, %zu bytes: %u statements (%u rejected), %zu tables, %zu indexes; "
              "%.2f ms per read (median of %d)\n",
              Texts.size(), Bytes, Last.statements(), Last.rejected(), Last.tables().size(),
              Indexes, Milliseconds[Milliseconds.size() / 2], Repeats);
}
