//===--- KnownConditions.h - Flag values a path of the leak walk knows ----===//
//
// C code often acquires and releases a handle under the same condition:
//
//   if (mode == FLAT) f = fopen(path, "w");    fh = fopen(..); do_close = 1;
//   ...                                        ...
//   if (mode == FLAT) fclose(f);               if (do_close) fclose(fh);
//
// A path-insensitive walk takes the second `if`'s false edge and reports a
// leak no run can reach. KnownConditions remembers, along one path of the
// walk, what it knows of such flags: the conditions of the `if`s the
// acquisition sits in and of the guards before it that leave (`if (!in)
// return -1;`), for variables the function never writes, and constants
// assigned after it. It answers a branch condition that tests a flag
// against a constant (`f`, `!f`, `f == C`, `f != C`) when the known value
// decides it, so a test that cannot succeed (`if (!in)` again, where `!out`
// was meant) leads nowhere.
//
// Only local variables and parameters of integer, enum, bool or pointer
// type (null or not) whose address is never taken (no pointer or
// reference can change them behind the walk's back) are flags.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_KNOWNCONDITIONS_H
#define ASYNC_TIDY_ANALYSIS_KNOWNCONDITIONS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <optional>
#include <vector>

namespace async_tidy {

/// What a path knows of one flag: it equals, or differs from, a value.
struct FlagFact {
  const clang::VarDecl *Flag = nullptr;
  bool Equals = true;
  llvm::APSInt Value;
};

/// The facts one path of the walk holds, in a canonical order.
class KnownConditions {
public:
  /// Whether `Cond`'s value follows from the facts.
  std::optional<bool> evaluate(const clang::Expr *Cond, clang::ASTContext &Ctx,
                               const llvm::DenseSet<const clang::VarDecl *> &Flags) const;
  /// Sets or forgets a flag's fact for a statement of the path that writes it.
  void update(const clang::Stmt *S, clang::ASTContext &Ctx,
              const llvm::DenseSet<const clang::VarDecl *> &Flags);
  void add(FlagFact Fact);

  bool operator==(const KnownConditions &Other) const;
  bool empty() const { return Facts.empty(); }

private:
  std::vector<FlagFact> Facts;
};

/// The flags of a function body: its integer, enum and bool locals and
/// parameters whose address is never taken and that are never bound to a
/// non-const reference; and those of them the body never writes after
/// their declaration, the only ones an enclosing condition still
/// describes where the handle is acquired.
struct BodyFlags {
  llvm::DenseSet<const clang::VarDecl *> Flags;
  llvm::DenseSet<const clang::VarDecl *> Unwritten;
};
BodyFlags flagsOf(const clang::Stmt &Body);

/// The facts the `if` statements around `S` establish on the way to it,
/// for flags in `Stable`.
KnownConditions conditionsAround(const clang::Stmt &S, const clang::ParentMap &Parents,
                                 clang::ASTContext &Ctx,
                                 const llvm::DenseSet<const clang::VarDecl *> &Stable);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_KNOWNCONDITIONS_H
