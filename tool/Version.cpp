//===--- Version.cpp ------------------------------------------------------===//

#include "AsyncTidyVersion.h"
#include "Reports.h"

#include "llvm/Config/llvm-config.h"

namespace async_tidy::driver {

std::string releaseVersion() { return ASYNC_TIDY_VERSION; }

std::string versionString() {
  return "async-tidy " ASYNC_TIDY_VERSION " (LLVM " LLVM_VERSION_STRING ")";
}

} // namespace async_tidy::driver
