//===--- AsyncClangdMain.cpp - clangd with the async checks built in ------===//
//
// Stock clangd cannot load clang-tidy plugins, so editors that take their
// diagnostics from clangd never see the async checks. async-clangd is
// Debian's clangd 19 (its clangdMain library) linked with the checks: their
// module registers itself with clang-tidy's registry, which clangd's tidy
// integration reads. Everything else is clangd as shipped.
//
// Debian ships no clangd headers, so the entry point is declared here; it
// is clangd's own `main` (clang-tools-extra/clangd/tool/ClangdMain.cpp).
//
//===----------------------------------------------------------------------===//

#include "Reports.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

int main(int argc, char *argv[]) {
  // The checks then keep fixes that change behaviour off the code actions:
  // clangd would mark a lone one as preferred (checks/AsyncCheckBase.cpp).
  setenv("ASYNC_TIDY_HOST", "clangd", /*overwrite=*/1);
  // clangd prints its own version (and exits); say first what this is.
  for (int I = 1; I < argc; ++I)
    if (llvm::StringRef(argv[I]) == "--version" || llvm::StringRef(argv[I]) == "-version")
      llvm::outs() << "async-clangd: clangd with the checks of "
                   << async_tidy::driver::versionString() << "\n";
  return clang::clangd::clangdMain(argc, argv);
}
