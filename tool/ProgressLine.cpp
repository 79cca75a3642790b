//===--- ProgressLine.cpp -------------------------------------------------===//

#include "ProgressLine.h"

#include "llvm/Support/Format.h"

namespace async_tidy::driver {

using Clock = std::chrono::steady_clock;

static std::string minutesAndSeconds(double Seconds) {
  unsigned S = static_cast<unsigned>(Seconds + 0.5);
  char Buffer[32];
  snprintf(Buffer, sizeof(Buffer), "%u:%02u", S / 60, S % 60);
  return Buffer;
}

void ProgressLine::start(std::string NewPhase, unsigned NewTotal) {
  Phase = std::move(NewPhase);
  Total = NewTotal;
  Done = 0;
  Started = Clock::now();
  draw();
}

void ProgressLine::update(unsigned NewDone, unsigned NewFindings) {
  Done = NewDone;
  Findings = NewFindings;
  draw();
}

void ProgressLine::tick() {
  if (Enabled && Clock::now() - LastDrawn > std::chrono::milliseconds(200))
    draw();
}

void ProgressLine::draw() {
  if (!Enabled)
    return;
  LastDrawn = Clock::now();
  double Elapsed = std::chrono::duration<double>(LastDrawn - Started).count();
  std::string Line;
  llvm::raw_string_ostream Text(Line);
  Text << Phase << " [" << Done << "/" << Total << "] " << Findings
       << (Findings == 1 ? " finding  " : " findings  ") << minutesAndSeconds(Elapsed)
       << " elapsed";
  // The estimate assumes the remaining units take as long as the done ones.
  if (Done > 0 && Done < Total)
    Text << "  ~" << minutesAndSeconds(Elapsed / Done * (Total - Done)) << " left";
  if (Shown && Line == LastLine)
    return;
  OS << "\r\033[K" << Line;
  OS.flush();
  LastLine = std::move(Line);
  Shown = true;
}

void ProgressLine::clear() {
  if (!Shown)
    return;
  OS << "\r\033[K";
  OS.flush();
  Shown = false;
}

} // namespace async_tidy::driver
