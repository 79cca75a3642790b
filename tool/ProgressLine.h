//===--- ProgressLine.h - One self-rewriting status line on a terminal ----===//

#ifndef ASYNC_TIDY_TOOL_PROGRESSLINE_H
#define ASYNC_TIDY_TOOL_PROGRESSLINE_H

#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <string>

namespace async_tidy::driver {

/// `[12/40] 7 findings  0:23 elapsed  ~1:05 left`, redrawn in place at most
/// five times a second. Disabled (prints nothing at all) when the output is
/// not a terminal, so logs and pipes never see it.
class ProgressLine {
public:
  ProgressLine(bool Enabled, llvm::raw_ostream &OS) : Enabled(Enabled), OS(OS) {}
  ~ProgressLine() { clear(); }

  void start(std::string Phase, unsigned Total);
  void update(unsigned Done, unsigned Findings);
  /// Redraws if a fifth of a second has passed (the clock moves on).
  void tick();
  /// Erases the line, so what follows starts on a clean line.
  void clear();

private:
  void draw();

  bool Enabled;
  llvm::raw_ostream &OS;
  std::string Phase, LastLine;
  unsigned Total = 0, Done = 0, Findings = 0;
  bool Shown = false;
  std::chrono::steady_clock::time_point Started, LastDrawn;
};

} // namespace async_tidy::driver

#endif
