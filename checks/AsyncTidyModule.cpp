//===--- AsyncTidyModule.cpp - Registers the async-* checks ---------------===//
//
// Compiled into the clang-tidy plugin (loaded with `clang-tidy -load`) and
// into binaries that link the checks library (which reference
// AsyncTidyModuleAnchorSource to keep the registration). The checks
// themselves are listed in AsyncChecks.cpp.
//
//===----------------------------------------------------------------------===//

#include "AsyncChecks.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace async_tidy {

class AsyncTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    registerAsyncChecks(Factories);
  }
};

} // namespace async_tidy

namespace clang::tidy {
static ClangTidyModuleRegistry::Add<async_tidy::AsyncTidyModule>
    X("async-module", "Checks for C++20 coroutine services (async-tidy).");

// Referenced by binaries that link the checks statically, so the linker keeps
// this object file and its registration.
volatile int AsyncTidyModuleAnchorSource = 0;
} // namespace clang::tidy
