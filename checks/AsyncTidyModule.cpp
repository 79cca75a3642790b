//===--- AsyncTidyModule.cpp - Registers the async-* checks ---------------===//
//
// Compiled into the clang-tidy plugin (loaded with `clang-tidy -load`) and
// into binaries that link the checks library (which reference
// AsyncTidyModuleAnchorSource to keep the registration).
//
//===----------------------------------------------------------------------===//

#include "BlockingCallInCoroutineCheck.h"
#include "PerIterationIoCheck.h"
#include "SerialAwaitsCheck.h"
#include "UnclosedClientCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace async_tidy {

class AsyncTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<BlockingCallInCoroutineCheck>(
        "async-blocking-call-in-coroutine");
    Factories.registerCheck<PerIterationIoCheck>("async-per-iteration-io");
    Factories.registerCheck<SerialAwaitsCheck>("async-serial-awaits");
    Factories.registerCheck<UnclosedClientCheck>("async-unclosed-client");
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
