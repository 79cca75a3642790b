//===--- CoroutineCheckBase.h - What every coroutine check shares ---------===//
//
// The async checks that look inside coroutines share, on top of
// AsyncCheckBase:
//   - one matcher that finds the coroutine bodies of user code. A statement
//     matcher is tried only on nodes of its kind, so finding the coroutines
//     costs nothing on the rest of the translation unit (a functionDecl
//     matcher would be tried on every function of Asio and Beast);
//   - the framework gate: a coroutine of a known asynchronous framework, or
//     of an unknown type that awaits (a generator that only yields is not
//     asynchronous);
//   - the per-translation-unit analyses (CoroutineUnit: the catalog
//     resolved against the AST, framework detection, the project's files),
//     and the check's own ones (makeUnitState), built on the unit's first
//     coroutine and dropped at its end;
//   - template instantiations: each instantiation is handed to the check
//     with its pattern, which is walked too, so the check reports what the
//     pattern cannot show (calls that depend on the template arguments)
//     and fixes only what the pattern shows.
//
// A check's source keeps only its options and its analysis.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_COROUTINECHECKBASE_H
#define ASYNC_TIDY_CHECKS_COROUTINECHECKBASE_H

#include "ApiIndex.h"
#include "AsyncCheckBase.h"
#include "FrameworkDetector.h"
#include "ProjectFiles.h"
#include "SummaryFacts.h"

#include <memory>

namespace async_tidy {

/// A coroutine definition a check is asked about.
struct Coroutine {
  const clang::CoroutineBodyStmt &Body;
  const clang::FunctionDecl &Function;
  /// Its framework; null for an unknown coroutine type (still analysed,
  /// without framework-specific fixes).
  const FrameworkIdioms *Framework;
  /// For an instantiation of a template, the pattern it was instantiated
  /// from (which the check sees too); null otherwise.
  const clang::FunctionDecl *Pattern;

  bool isInstantiation() const { return Pattern != nullptr; }
};

/// What every coroutine check builds once per translation unit.
struct CoroutineUnit {
  CoroutineUnit(const Catalog &Cat, clang::ASTContext &Ctx,
                const clang::tidy::ClangTidyOptions &Options,
                std::shared_ptr<const SummarySet> Loaded)
      : Ctx(Ctx), Index(Cat, Ctx), Detector(Cat), Project(Ctx.getSourceManager(), Options),
        Summaries(std::move(Loaded)) {}

  clang::ASTContext &Ctx;
  ApiIndex Index;
  FrameworkDetector Detector;
  ProjectFiles Project;
  /// Functions known through the summary file or their annotations.
  SummaryFacts Summaries;
};

class CoroutineCheckBase : public AsyncCheckBase {
public:
  using AsyncCheckBase::AsyncCheckBase;

  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) final;
  void onEndOfTranslationUnit() final;

protected:
  /// Called once per asynchronous coroutine definition outside system
  /// headers: template patterns and each instantiation.
  virtual void checkCoroutine(const Coroutine &C) = 0;

  /// What a check keeps for one translation unit besides CoroutineUnit:
  /// its own analyses and their caches.
  struct UnitState {
    virtual ~UnitState() = default;
  };
  /// Builds the check's UnitState (none by default); called on the first
  /// coroutine of each translation unit.
  virtual std::unique_ptr<UnitState> makeUnitState(CoroutineUnit &Unit) { return nullptr; }

  CoroutineUnit &unit() { return *Unit; }
  /// The state makeUnitState built; `T` is the type it made.
  template <class T> T &unitState() { return static_cast<T &>(*State); }

private:
  void startUnitIfNew(clang::ASTContext &Ctx);

  std::unique_ptr<CoroutineUnit> Unit;
  std::unique_ptr<UnitState> State;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_COROUTINECHECKBASE_H
