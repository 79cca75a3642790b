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
// acquisition sits in (each operand of an `&&`), of the guards before it
// that leave (`if (!in) return -1;`) and of the `case` it runs under, when
// nothing on the way from the test to the acquisition writes the variable;
// constants every path assigned before it and none rewrote; and constants
// assigned after it. It answers a branch condition that tests
// a flag against a constant (`f`, `!f`, `f == C`, `f != C`) when the known
// value decides it, so a test that cannot succeed (`if (!in)` again, where
// `!out` was meant) leads nowhere.
//
// Flags are variables of integer, enum, bool or pointer type (null or not)
// whose address is never taken and that are never bound to a non-const
// reference, so no pointer or reference changes them behind the walk's
// back: locals, parameters and globals that are not volatile, and the
// fields of a variable (`opts->mode`, `cfg.flat`, not a union's) unless its
// object has another name in the function (`p = &o`, `T &r = o`, a copy of
// the pointer, the pointer's own address taken). Passing `&o` to a call
// keeps its fields flags: the fact about a global or a field survives the
// calls on the path. C programs set a mode once, from their options, and
// test it around both ends of a handle's life; a callee that flips it
// between the two is rare enough to accept the missed leak. A write the
// walk sees forgets the fact: an assignment (also `operator=`, `*p = ..`,
// the variable a field is read through), a step, a non-const method called
// on the object, a write in the condition that tested it.
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
#include <utility>
#include <vector>

namespace async_tidy {

/// A flag: a variable (field null), or a field read through a variable
/// (`opts.mode`, `opts->mode`), where C programs keep their options.
using FlagKey = std::pair<const clang::VarDecl *, const clang::FieldDecl *>;
using FlagSet = llvm::DenseSet<FlagKey>;

/// What a path knows of one flag: it equals, or differs from, a value.
struct FlagFact {
  FlagKey Flag;
  bool Equals = true;
  llvm::APSInt Value;
};

/// The facts one path of the walk holds, in a canonical order.
class KnownConditions {
public:
  /// Whether `Cond`'s value follows from the facts.
  std::optional<bool> evaluate(const clang::Expr *Cond, clang::ASTContext &Ctx,
                               const FlagSet &Flags) const;
  /// Sets or forgets a flag's fact for a statement of the path that writes it.
  void update(const clang::Stmt *S, clang::ASTContext &Ctx, const FlagSet &Flags);
  void add(FlagFact Fact);
  /// Adds `Other`'s facts, which replace what this knows of their flags.
  void addAll(const KnownConditions &Other);
  /// Keeps only the facts `Other` holds too: what both paths know.
  void keepCommon(const KnownConditions &Other);

  bool operator==(const KnownConditions &Other) const;
  bool empty() const { return Facts.empty(); }

private:
  std::vector<FlagFact> Facts;
};

/// The flags of a function body: its integer, enum, bool and pointer
/// variables (locals, parameters and non-volatile globals), and such fields
/// read through a variable, whose address is never taken and that are never
/// bound to a non-const reference.
FlagSet flagsOf(const clang::Stmt &Body);

/// The facts the `if` statements, leaving guards and `switch` cases around
/// `S` establish on the way to it: the conditions (operands of `&&` too)
/// about flags that nothing between the test and `S` writes.
KnownConditions conditionsAround(const clang::Stmt &S, const clang::ParentMap &Parents,
                                 clang::ASTContext &Ctx, const FlagSet &Flags);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_KNOWNCONDITIONS_H
