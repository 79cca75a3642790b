//===--- AsyncChecks.cpp - The list of async checks -------------------------===//

#include "AsyncChecks.h"

#include "BlockingCallInCoroutineCheck.h"
#include "MissingIndexCheck.h"
#include "PerIterationIoCheck.h"
#include "RedundantRequestCheck.h"
#include "SerialAwaitsCheck.h"
#include "UnboundedQueryCheck.h"
#include "UnclosedClientCheck.h"

namespace async_tidy {

void registerAsyncChecks(clang::tidy::ClangTidyCheckFactories &Factories) {
  Factories.registerCheck<BlockingCallInCoroutineCheck>("async-blocking-call-in-coroutine");
  Factories.registerCheck<MissingIndexCheck>("async-missing-index");
  Factories.registerCheck<PerIterationIoCheck>("async-per-iteration-io");
  Factories.registerCheck<RedundantRequestCheck>("async-redundant-request");
  Factories.registerCheck<SerialAwaitsCheck>("async-serial-awaits");
  Factories.registerCheck<UnboundedQueryCheck>("async-unbounded-query");
  Factories.registerCheck<UnclosedClientCheck>("async-unclosed-client");
}

std::vector<std::unique_ptr<AsyncCheckBase>>
createEnabledAsyncChecks(clang::tidy::ClangTidyContext &Context) {
  clang::tidy::ClangTidyCheckFactories Factories;
  registerAsyncChecks(Factories);
  std::vector<std::unique_ptr<AsyncCheckBase>> Checks;
  // Every check registered above derives from AsyncCheckBase.
  for (std::unique_ptr<clang::tidy::ClangTidyCheck> &Check : Factories.createChecks(&Context))
    Checks.emplace_back(static_cast<AsyncCheckBase *>(Check.release()));
  return Checks;
}

Catalog catalogOfEnabledChecks(clang::tidy::ClangTidyContext &Context) {
  std::vector<std::unique_ptr<AsyncCheckBase>> Checks = createEnabledAsyncChecks(Context);
  if (Checks.empty()) {
    clang::tidy::ClangTidyCheck::OptionsView Global("", Context.getOptions().CheckOptions,
                                                    &Context);
    return CatalogConfig(Global, &Context).catalog();
  }
  Catalog Cat = Checks.front()->sharedCatalog();
  for (const auto &Check : Checks)
    Check->adjustCatalog(Cat);
  return Cat;
}

} // namespace async_tidy
