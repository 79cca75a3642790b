//===--- Version.cpp ------------------------------------------------------===//

#include "Reports.h"

#include "llvm/Config/llvm-config.h"

namespace async_tidy::driver {

std::string versionString() { return "async-tidy 0.6.0 (LLVM " LLVM_VERSION_STRING ")"; }

} // namespace async_tidy::driver
