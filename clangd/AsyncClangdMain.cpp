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

#include <cstdlib>

namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

int main(int argc, char *argv[]) {
  // The checks then keep fixes that change behaviour off the code actions:
  // clangd would mark a lone one as preferred (checks/AsyncCheckBase.cpp).
  setenv("ASYNC_TIDY_HOST", "clangd", /*overwrite=*/1);
  return clang::clangd::clangdMain(argc, argv);
}
