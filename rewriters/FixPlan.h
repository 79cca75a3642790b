//===--- FixPlan.h - What a rewriter proposes for one finding -------------===//
//
// Every rewriter answers with a FixPlan, and every check emits it the same
// way (AsyncCheckBase::attachSafeFix / emitFixNote):
//
//   safe      the edits go on the warning: they change nothing but the
//             problem, and `--fix` applies them;
//   unsafe    all the edits go on one note whose text says what may change;
//             clang-tidy applies them only with `--fix-notes`;
//   none      no edits; the note "no automatic fix: <reason>", or nothing
//             when the rewriter has nothing to say (the code is not of a
//             shape it rewrites at all).
//
// The headers the new code needs go with the edits, as `#include`
// insertions in the file of the first edit.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_FIXPLAN_H
#define ASYNC_TIDY_REWRITERS_FIXPLAN_H

#include "Catalog.h"

#include "clang/Basic/Diagnostic.h"

#include <string>
#include <vector>

namespace async_tidy {

enum class FixSafety { Safe, Unsafe };

struct FixPlan {
  std::vector<clang::FixItHint> Edits;
  /// Headers the edits need (only those not yet visible in the unit).
  std::vector<HeaderNeed> Headers;
  FixSafety Safety = FixSafety::Safe;
  /// For an unsafe fix, the note that carries its edits and says what may
  /// change; without edits, why there are none ("": say nothing).
  std::string Explanation;
  /// Where that note goes; invalid: where the check puts its notes.
  clang::SourceLocation NoteLocation;

  static FixPlan safe(std::vector<clang::FixItHint> Edits, std::vector<HeaderNeed> Headers) {
    FixPlan Plan;
    Plan.Edits = std::move(Edits);
    Plan.Headers = std::move(Headers);
    return Plan;
  }
  static FixPlan unsafe(std::vector<clang::FixItHint> Edits, std::vector<HeaderNeed> Headers,
                        std::string Explanation) {
    FixPlan Plan = safe(std::move(Edits), std::move(Headers));
    Plan.Safety = FixSafety::Unsafe;
    Plan.Explanation = std::move(Explanation);
    return Plan;
  }
  /// No fix, and why (a "no automatic fix" note at `At`, if given).
  static FixPlan none(std::string Why, clang::SourceLocation At = {}) {
    FixPlan Plan;
    Plan.Explanation = std::move(Why);
    Plan.NoteLocation = At;
    return Plan;
  }
  /// No fix, and nothing to say.
  static FixPlan silent() { return FixPlan(); }

  bool hasEdits() const { return !Edits.empty(); }
};

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_FIXPLAN_H
