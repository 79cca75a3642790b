//===--- AsyncCheckBase.h - What every async check shares ------------------===//
//
// Every async check runs with the same kind of catalog and emits fixes the
// same way, so this base owns:
//   - the effective catalog: the default one, merged with the `CatalogFile`
//     option's file (CatalogConfig), then adjusted by the check's own
//     options in one hook, adjustCatalog;
//   - the check's options, declared once as Option members: read from the
//     configuration and stored back for `--dump-config`;
//   - the include inserter, and emitting a rewriter's FixPlan: a safe fix on
//     the warning, an unsafe one on a note, or the note saying why there is
//     none;
//   - reporting once per place in a translation unit (template
//     instantiations share their pattern's source locations), and not in
//     test files (TestFiles), where what is left out is counted instead.
//
// Coroutine checks derive from CoroutineCheckBase, which adds the rest.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_ASYNCCHECKBASE_H
#define ASYNC_TIDY_CHECKS_ASYNCCHECKBASE_H

#include "CatalogConfig.h"
#include "FixPlan.h"
#include "FunctionSummary.h"
#include "TestFiles.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"

#include <optional>
#include <set>

namespace async_tidy {

class AsyncCheckBase : public clang::tidy::ClangTidyCheck {
public:
  AsyncCheckBase(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  /// IncludeStyle, CatalogFile, TestFiles, SummaryFile, UnsafeFixes and every Option of
  /// the check.
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) final;
  void onEndOfTranslationUnit() override;

  /// How fixes that change behaviour are given: `note` (their edits on a
  /// note) or `text` (the note only says what the fix would be).
  static constexpr llvm::StringLiteral UnsafeFixesOption = "UnsafeFixes";

  /// The default catalog merged with `CatalogFile`, before check options.
  const Catalog &sharedCatalog() const { return Config.catalog(); }
  /// The catalog this check runs with: the shared one, adjusted by the
  /// check's options.
  const Catalog &effectiveCatalog() const;

  /// The summaries of the `SummaryFile` option (stale ones dropped, with
  /// one warning per process); null without the option or a usable file.
  std::shared_ptr<const SummarySet> summaries() const;

  /// The one place where a check's options change the catalog
  /// (ExtraBlockingFunctions, DatabaseFunctions, ...). Also applied, for
  /// every enabled check in turn, by `async-tidy-catalog --for`.
  virtual void adjustCatalog(Catalog &Cat) const {}

protected:
  /// A check option: read once from the configuration when the check is
  /// built, and stored back by storeOptions. Declared as a member:
  ///   Option<unsigned> TransitiveDepth{*this, "TransitiveDepth", 3};
  class StoredOption {
  public:
    virtual ~StoredOption() = default;
    virtual void store(const OptionsView &Options,
                       clang::tidy::ClangTidyOptions::OptionMap &Opts) const = 0;
  };
  /// Whether an option may also be set once for every check, as a global
  /// option (`SchemaFiles` rather than `async-missing-index.SchemaFiles`).
  enum class Scope { Check, CheckOrGlobal };
  template <class T> class Option : public StoredOption {
  public:
    Option(AsyncCheckBase &Check, llvm::StringRef Name, const T &Default,
           Scope Where = Scope::Check)
        : Name(Name.str()), Value(read(Check.Options, Default, Where)) {
      Check.DeclaredOptions.push_back(this);
    }
    const T &operator*() const { return Value; }
    const T *operator->() const { return &Value; }
    /// Replaces a value the check cannot use (stored back as replaced).
    void operator=(const T &Replacement) { Value = Replacement; }
    void store(const OptionsView &Options,
               clang::tidy::ClangTidyOptions::OptionMap &Opts) const override {
      Options.store(Opts, Name, Value);
    }

  private:
    T read(const OptionsView &Options, const T &Default, Scope Where) const {
      if constexpr (std::is_same_v<T, std::string>)
        return Where == Scope::CheckOrGlobal ? Options.getLocalOrGlobal(Name, Default).str()
                                             : Options.get(Name, Default).str();
      else
        return Where == Scope::CheckOrGlobal ? Options.getLocalOrGlobal(Name, Default)
                                             : Options.get(Name, Default);
    }
    std::string Name;
    T Value;
  };

  clang::tidy::ClangTidyContext *tidyContext() const { return Config.context(); }

  /// Reports a configuration mistake (a bad option value) once per process.
  void configurationError(const std::string &Message) const;

  /// True the first time a finding at `Range` is reported in this
  /// translation unit, unless it lies in a test file (then recorded as a
  /// skipped finding).
  bool shouldReportAt(clang::SourceRange Range);
  /// Records a finding at `Where` left out on purpose, for the driver's
  /// summary: `Reason` says why and what would report it.
  void recordSkipped(llvm::StringRef Reason, clang::SourceLocation Where,
                     llvm::StringRef Detail = "");

  /// Adds a safe plan's edits, and the includes they need, to the warning
  /// being built. Nothing for other plans.
  void attachSafeFix(clang::DiagnosticBuilder &Warning, const FixPlan &Plan);
  /// Notes at `At`, one per step, naming how a function known through its
  /// summary reaches `What` (for example "blocking call"): "'Store::load'
  /// calls 'Db::query' (store.cpp:12)", "'Db::query' makes blocking call
  /// 'PQexec' (db.cpp:41)", or that its annotation says so.
  void noteFactChain(const FactChain &Chain, clang::SourceLocation At, llvm::StringRef What);

  /// After the warning and its notes: an unsafe plan's note with all its
  /// edits (with `UnsafeFixes: text`, the note without them), or "no automatic fix:
  /// <why>" for a plan without edits that says why; at the plan's note
  /// location, else at `Where`.
  void emitFixNote(const FixPlan &Plan, clang::SourceLocation Where);

private:
  void addIncludes(clang::DiagnosticBuilder &Diag, const FixPlan &Plan);

  std::string CheckName;
  CatalogConfig Config;
  clang::tidy::utils::IncludeInserter Inserter;
  TestFiles Tests;
  std::string SummaryFile;
  bool UnsafeFixesAsText;
  const clang::SourceManager *Sources = nullptr; ///< Of the current unit.
  std::vector<const StoredOption *> DeclaredOptions;
  mutable std::optional<Catalog> Effective;
  std::set<std::pair<unsigned, unsigned>> Reported;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_ASYNCCHECKBASE_H
