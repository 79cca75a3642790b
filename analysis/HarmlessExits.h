//===--- HarmlessExits.h - Leaks nobody would fix ---------------------------===//
//
// Some paths that leave a handle unreleased cost nothing a user would act
// on, and async-unclosed-client does not report them:
//   - an acquisition that runs once per command-line option (in a loop that
//     reads the next option with one of the catalog's `option_parsers`,
//     `getopt`): it runs again only when the user repeats that option
//     (`-o a -o b`), so its reopening is not a leak worth a report;
//   - a path that returns from `main`: it ends the process, as a call of
//     exit() does, and the C library closes its streams and the system every
//     connection and file. A handle left when a loop of `main` goes on still
//     leaks.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_HARMLESSEXITS_H
#define ASYNC_TIDY_ANALYSIS_HARMLESSEXITS_H

#include "ResourceFlow.h"

#include "clang/AST/ParentMap.h"

#include <vector>

namespace async_tidy {

/// Removes from `Exits`, the leaking exits of `Acquirer` in `Function`
/// (whose body is `Body`), those above.
void dropHarmlessExits(std::vector<LeakingExit> &Exits, const clang::Expr &Acquirer,
                       const clang::Decl &Function, const clang::Stmt &Body,
                       const clang::ParentMap &Parents, const ResourceModel &Model);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_HARMLESSEXITS_H
