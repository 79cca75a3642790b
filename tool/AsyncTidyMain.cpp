//===--- AsyncTidyMain.cpp - The async-tidy command -------------------------===//
//
// Parses the command line and hands over to the driver (Driver.h), to a
// worker task (TranslationUnitWorker.h) when started as a worker, or answers
// the informational options (--list-checks, --dump-config, --explain,
// --version) from clang-tidy's configuration and the embedded check docs.
//
// Every clang-tidy module is linked in besides the async checks, so
// async-tidy can replace run-clang-tidy in a CI job (`--checks` and
// `.clang-tidy` enable any clang-tidy check).
//
//===----------------------------------------------------------------------===//

#include "CheckDocs.h"
#include "ClangTidyConfiguration.h"
#include "Driver.h"
#include "Reports.h"
#include "ResultCache.h"
#include "TranslationUnitWorker.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyForceLinker.h"
#include "clang-tidy/GlobList.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"

namespace clang::tidy {
// Keeps the statically linked async module (and its registration).
extern volatile int AsyncTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED AsyncTidyModuleAnchorDestination = AsyncTidyModuleAnchorSource;
} // namespace clang::tidy

using namespace llvm;
using namespace async_tidy::driver;

static cl::OptionCategory Category("async-tidy options");

static cl::opt<std::string>
    BuildPath("p",
              cl::desc("Build directory holding compile_commands.json (searched "
                       "upwards from it)"),
              cl::value_desc("dir"), cl::init("."), cl::cat(Category));
static cl::list<std::string> Inputs(cl::Positional, cl::desc("[<file or directory> ...]"),
                                    cl::cat(Category));
static cl::list<std::string> Exclude("exclude",
                                     cl::desc("Skip translation units and findings whose path "
                                              "matches the glob (repeatable)"),
                                     cl::value_desc("glob"), cl::cat(Category));
static cl::opt<std::string> Checks("checks",
                                   cl::desc("Check globs, as clang-tidy (default: -*,async-*; "
                                            "appended to what .clang-tidy says)"),
                                   cl::cat(Category));
static cl::opt<std::string> ConfigFile("config-file",
                                       cl::desc("Read this .clang-tidy-format file instead of "
                                                "looking for .clang-tidy files"),
                                       cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string> HeaderFilter("header-filter",
                                         cl::desc("Regex of headers whose findings are shown, "
                                                  "as clang-tidy"),
                                         cl::cat(Category));
static cl::opt<std::string> WarningsAsErrors("warnings-as-errors",
                                             cl::desc("Check globs whose findings are errors"),
                                             cl::cat(Category));
static cl::opt<std::string> FormatStyle("format-style",
                                        cl::desc("clang-format style applied to the changed "
                                                 "lines after fixing (none, file, llvm, ...)"),
                                        cl::cat(Category));
static cl::list<std::string> ExtraArgs("extra-arg",
                                       cl::desc("Argument appended to every compile command"),
                                       cl::cat(Category));
static cl::list<std::string>
    ExtraArgsBefore("extra-arg-before", cl::desc("Argument prepended to every compile command"),
                    cl::cat(Category));
static cl::opt<unsigned> Jobs("j",
                              cl::desc("Translation units analysed in parallel (default: cores)"),
                              cl::init(0), cl::Prefix, cl::cat(Category));
// LLVM registers its own boolean `--color`; `--color=<when>` is rewritten
// to this option before parsing (see renameColorOption).
static cl::opt<std::string> Color("color-when",
                                  cl::desc("Colour the text output: auto, always or never "
                                           "(spelled --color=<when>)"),
                                  cl::init("auto"), cl::cat(Category));
static cl::opt<std::string> Progress("progress",
                                     cl::desc("Progress line on stderr: auto (on a terminal), "
                                              "always or never"),
                                     cl::init("auto"), cl::cat(Category));
static cl::opt<bool> Quiet("quiet", cl::desc("No summary table"), cl::cat(Category));
static cl::opt<std::string> Format("format", cl::desc("Output format: text, json or sarif"),
                                   cl::init("text"), cl::cat(Category));
static cl::opt<std::string> Output("output", cl::desc("Write the report here instead of stdout"),
                                   cl::value_desc("file"), cl::cat(Category));
static cl::alias OutputShort("o", cl::aliasopt(Output), cl::desc("Alias for --output"));
static cl::opt<std::string> ExportFixes("export-fixes",
                                        cl::desc("Write the fixes as YAML for "
                                                 "clang-apply-replacements-19"),
                                        cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string> ExportMigrations(
    "export-migrations",
    cl::desc("Write async-missing-index's CREATE INDEX statements, each once and after the "
             "queries that need it, into <directory>/async-tidy-missing-indexes.sql for "
             "review (no .sql file is ever edited)"),
    cl::value_desc("directory"), cl::cat(Category));
static cl::opt<bool> Fix("fix", cl::desc("Apply the safe fixes (on warnings)"), cl::cat(Category));
static cl::opt<bool> FixNotes("fix-notes",
                              cl::desc("Also apply the fixes on notes, which may change "
                                       "behaviour (implies --fix)"),
                              cl::cat(Category));
static cl::alias FixUnsafe("fix-unsafe", cl::aliasopt(FixNotes), cl::desc("Alias for --fix-notes"));
static cl::opt<bool> Verify("verify",
                            cl::desc("After fixing, re-compile the translation units that "
                                     "read a changed file and roll back the edits of a file "
                                     "that breaks one (default: on; --verify=false)"),
                            cl::init(true), cl::cat(Category));
static cl::opt<std::string>
    WriteBaseline("write-baseline",
                  cl::desc("Record every finding of this run (before --baseline and --diff "
                           "leave any out) as the baseline"),
                  cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string>
    BaselineFile("baseline",
                 cl::desc("Report only the findings that are not in this baseline "
                          "(--write-baseline); the others are counted in the summary"),
                 cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string>
    DiffRevision("diff",
                 cl::desc("Report, and fix, only findings on lines changed since this git "
                          "revision (git diff -U0 <revision>, and untracked files)"),
                 cl::value_desc("revision"), cl::cat(Category));
static cl::opt<std::string>
    CacheDir("cache-dir",
             cl::desc("Keep each translation unit's result here and replay it while nothing "
                      "it depends on changed (default: $ASYNC_TIDY_CACHE_DIR; none)"),
             cl::value_desc("directory"), cl::cat(Category));
static cl::opt<std::string>
    CacheMaxSize("cache-max-size",
                 cl::desc("Evict the least recently used results beyond this size (K, M, G; "
                          "default 1G)"),
                 cl::init("1G"), cl::value_desc("size"), cl::cat(Category));
static cl::opt<std::string>
    Shard("shard",
          cl::desc("Analyse shard I of N: a stable share of the translation units, balanced by "
                   "the last run's times in --cache-dir or by file size; its JSON report is "
                   "an input of 'async-tidy merge'"),
          cl::value_desc("I/N"), cl::cat(Category));
static cl::opt<bool> MergeShards("merge-shards", cl::Hidden,
                                 cl::desc("What 'async-tidy merge' is spelled as inside"));
static cl::opt<bool> ListChecks("list-checks", cl::desc("List the enabled checks"),
                                cl::cat(Category));
static cl::opt<bool> DumpConfig("dump-config", cl::desc("Print the effective configuration"),
                                cl::cat(Category));
static cl::opt<std::string> Explain("explain", cl::desc("Print a check's documentation"),
                                    cl::value_desc("check"), cl::cat(Category));

static cl::opt<std::string>
    SummariesOut("summaries-out",
                 cl::desc("Run the summary pass and write the function summaries here; "
                          "alone, nothing else runs (docs/summaries.md)"),
                 cl::value_desc("file"), cl::cat(Category));
static cl::opt<bool> CrossTu("cross-tu",
                             cl::desc("Run the summary pass first, then analyse with its "
                                      "summaries (reused from --summaries-out's file for "
                                      "unchanged units)"),
                             cl::cat(Category));
static cl::opt<std::string>
    SummaryFileOpt("use-summaries",
                   cl::desc("Analyse with the summaries of this file (the checks' SummaryFile "
                            "option)"),
                   cl::value_desc("file"), cl::cat(Category));
static cl::opt<bool>
    MergeSummaries("merge-summaries",
                   cl::desc("Merge the summary files given as inputs (shards) into "
                            "--summaries-out"),
                   cl::cat(Category));

// Worker processes (started by the driver, not by users).
static cl::opt<std::string> InternalWorker("internal-worker", cl::Hidden);
static cl::opt<std::string> InternalResult("internal-result", cl::Hidden);

static bool parseWhen(const std::string &Value, WhenToUse &When) {
  if (Value == "auto")
    When = WhenToUse::Auto;
  else if (Value == "always")
    When = WhenToUse::Always;
  else if (Value == "never")
    When = WhenToUse::Never;
  else
    return false;
  return true;
}

static int usage(const Twine &Message) {
  WithColor::error(errs(), "async-tidy") << Message << "\n";
  return ExitUsage;
}

/// Workers run in the build directory's terms; a summary path must not
/// depend on the working directory.
static std::string absolutePath(const std::string &Path) {
  if (Path.empty())
    return Path;
  SmallString<256> Absolute(Path);
  sys::fs::make_absolute(Absolute);
  return std::string(Absolute);
}

/// The options as the rest of the program sees them; `Error` on bad values.
static std::optional<DriverOptions> collectOptions(std::string &Error) {
  DriverOptions O;
  O.BuildPath = BuildPath;
  O.Inputs.assign(Inputs.begin(), Inputs.end());
  O.ExcludeGlobs.assign(Exclude.begin(), Exclude.end());
  O.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  O.ExtraArgsBefore.assign(ExtraArgsBefore.begin(), ExtraArgsBefore.end());
  auto Given = [](const cl::opt<std::string> &Opt) -> std::optional<std::string> {
    if (Opt.getNumOccurrences() == 0)
      return std::nullopt;
    return Opt.getValue();
  };
  O.Checks = Given(Checks);
  O.ConfigFile = Given(ConfigFile);
  O.HeaderFilter = Given(HeaderFilter);
  O.WarningsAsErrors = Given(WarningsAsErrors);
  O.FormatStyle = Given(FormatStyle);
  O.Jobs = Jobs ? Jobs : std::max(1u, hardware_concurrency().compute_thread_count());
  if (!parseWhen(Color, O.Color)) {
    Error = "--color must be auto, always or never";
    return std::nullopt;
  }
  if (!parseWhen(Progress, O.Progress)) {
    Error = "--progress must be auto, always or never";
    return std::nullopt;
  }
  if (Format == "text")
    O.Format = OutputFormat::Text;
  else if (Format == "json")
    O.Format = OutputFormat::Json;
  else if (Format == "sarif")
    O.Format = OutputFormat::Sarif;
  else {
    Error = "--format must be text, json or sarif";
    return std::nullopt;
  }
  O.OutputFile = Output;
  O.ExportFixes = ExportFixes;
  O.ExportMigrations = ExportMigrations;
  O.CacheDirectory = CacheDir.getNumOccurrences()
                         ? std::string(CacheDir)
                         : sys::Process::GetEnv("ASYNC_TIDY_CACHE_DIR").value_or("");
  if (!O.CacheDirectory.empty())
    O.CacheDirectory = absolutePath(O.CacheDirectory);
  if (auto Size = ResultCache::parseSize(CacheMaxSize))
    O.CacheMaxBytes = *Size;
  else {
    Error = "--cache-max-size must be a number of bytes, with K, M or G after it or not";
    return std::nullopt;
  }
  O.WriteBaseline = WriteBaseline;
  O.Baseline = BaselineFile;
  O.DiffRevision = DiffRevision;
  O.FixNotes = FixNotes;
  O.Fix = Fix || FixNotes;
  O.Verify = Verify;
  O.Quiet = Quiet;
  O.SummariesOut = absolutePath(SummariesOut);
  O.CrossTu = CrossTu;
  O.SummaryFile = absolutePath(SummaryFileOpt);
  O.MergeSummaries = MergeSummaries;
  O.MergeShards = MergeShards;
  if (!Shard.empty()) {
    auto [Index, Count] = StringRef(Shard).split('/');
    if (Index.getAsInteger(10, O.ShardIndex) || Count.getAsInteger(10, O.ShardCount) ||
        O.ShardCount == 0 || O.ShardIndex == 0 || O.ShardIndex > O.ShardCount) {
      Error = "--shard must be I/N with 1 <= I <= N";
      return std::nullopt;
    }
  }
  if (O.MergeShards && O.Inputs.empty()) {
    Error = "'async-tidy merge' takes the JSON reports of the shards (--shard ... --format=json) "
            "or build logs of the compiler plugin";
    return std::nullopt;
  }
  if (O.MergeSummaries && (O.SummariesOut.empty() || O.Inputs.empty())) {
    Error = "--merge-summaries takes summary files as inputs and writes --summaries-out";
    return std::nullopt;
  }
  if (O.CrossTu && !O.SummaryFile.empty()) {
    Error = "--cross-tu computes the summaries; --use-summaries reads given ones: use one";
    return std::nullopt;
  }
  return O;
}

/// The configuration that applies to the first input (or the current
/// directory), as clang-tidy's informational options use it.
static std::string configurationAnchor(const DriverOptions &O) {
  SmallString<256> Path(O.Inputs.empty() ? "dummy" : O.Inputs.front());
  sys::fs::make_absolute(Path);
  return std::string(Path);
}

static int listChecks(const DriverOptions &O) {
  auto Config = createOptionsProvider(O);
  if (!Config)
    return usage(toString(Config.takeError()));
  clang::tidy::ClangTidyOptions Effective = (*Config)->getOptions(configurationAnchor(O));
  std::vector<std::string> Names = clang::tidy::getCheckNames(Effective, false);
  if (Names.empty())
    return usage("no checks enabled");
  outs() << "Enabled checks:";
  for (const std::string &Name : Names)
    outs() << "\n    " << Name;
  outs() << "\n\n";
  return 0;
}

static int dumpConfig(const DriverOptions &O) {
  auto Config = createOptionsProvider(O);
  if (!Config)
    return usage(toString(Config.takeError()));
  clang::tidy::ClangTidyOptions Effective = (*Config)->getOptions(configurationAnchor(O));
  std::vector<std::string> Names = clang::tidy::getCheckNames(Effective, false);
  Effective.CheckOptions = clang::tidy::getCheckOptions(Effective, false);
  clang::tidy::ClangTidyOptions ToDump =
      clang::tidy::ClangTidyOptions::getDefaults().merge(Effective, 0);
  // As clang-tidy: only the options of enabled checks (and global ones).
  clang::tidy::ClangTidyOptions::OptionMap Kept;
  for (const auto &Entry : ToDump.CheckOptions) {
    StringRef Key = Entry.getKey();
    StringRef Check = Key.rsplit('.').first;
    if (!Key.contains('.') || std::find(Names.begin(), Names.end(), Check) != Names.end())
      Kept.insert({Key, Entry.getValue()});
  }
  ToDump.CheckOptions = std::move(Kept);
  outs() << clang::tidy::configurationAsText(ToDump) << "\n";
  return 0;
}

static int explain(const DriverOptions &O, StringRef Check) {
  StringRef Doc = checkDocumentation(Check);
  if (!Doc.empty()) {
    outs() << Doc;
    return 0;
  }
  clang::tidy::ClangTidyOptions All = clang::tidy::ClangTidyOptions::getDefaults();
  All.Checks = "*";
  std::vector<std::string> Names = clang::tidy::getCheckNames(All, false);
  if (std::find(Names.begin(), Names.end(), Check) == Names.end())
    return usage("unknown check '" + Check + "' (--list-checks --checks='*' lists them)");
  outs() << Check << " is a clang-tidy check; its documentation is at\n  "
         << clangTidyDocumentationUrl(Check) << "\n";
  return 0;
}

/// `--color=always` (clang-tidy's and grep's spelling) → `--color-when=always`.
static std::vector<const char *> renameColorOption(int argc, const char **argv,
                                                   std::vector<std::string> &Storage) {
  Storage.reserve(argc);
  std::vector<const char *> Args;
  for (int I = 0; I < argc; ++I) {
    StringRef Arg(argv[I]);
    if (Arg == "--")
      break;
    if (Arg == "--color" || Arg == "-color")
      Arg = "--color=always";
    if (Arg.consume_front("--color=") || Arg.consume_front("-color=")) {
      Storage.push_back("--color-when=" + Arg.str());
      Args.push_back(Storage.back().c_str());
    } else {
      Args.push_back(argv[I]);
    }
  }
  for (int I = Args.size(); I < argc; ++I)
    Args.push_back(argv[I]);
  // `async-tidy merge ...` is a command of its own, spelled as an option.
  if (Args.size() > 1 && StringRef(Args[1]) == "merge")
    Args[1] = "--merge-shards";
  return Args;
}

int main(int argc, const char **argv) {
  InitLLVM Init(argc, argv);
  // The checks then give every fix that changes behaviour with its edits,
  // whatever a .clang-tidy's UnsafeFixes says: the driver applies them only
  // with --fix-notes (checks/AsyncCheckBase.cpp). Workers inherit it.
  setenv("ASYNC_TIDY_HOST", "async-tidy", /*overwrite=*/1);
  std::vector<std::string> Storage;
  std::vector<const char *> Args = renameColorOption(argc, argv, Storage);
  argc = Args.size();
  argv = Args.data();
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) { OS << versionString() << "\n"; });
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "async-tidy: the async checks (and clang-tidy's) over a whole "
          "compilation database, in parallel, with verified fix application.\n"
          "  async-tidy [options] [<file or directory> ...]\n"
          "  async-tidy merge [report options] <shard report.json | build log> ...\n"
          "Documentation: docs/tool.md, docs/scaling.md\n",
          &errs()))
    return ExitUsage;

  std::string Error;
  std::optional<DriverOptions> Options = collectOptions(Error);
  if (!Options)
    return usage(Error);

  if (!InternalWorker.empty()) {
    if (Options->Inputs.size() != 1 || InternalResult.empty())
      return usage("a worker takes one file and --internal-result");
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllAsmParsers();
    WorkerTask Task = InternalWorker == "compile"     ? WorkerTask::Compile
                      : InternalWorker == "summarize" ? WorkerTask::Summarize
                                                      : WorkerTask::Analyse;
    return workerMain(Task, *Options, Options->Inputs.front(), InternalResult);
  }

  if (!Explain.empty())
    return explain(*Options, Explain);
  if (ListChecks)
    return listChecks(*Options);
  if (DumpConfig)
    return dumpConfig(*Options);
  std::string Executable = sys::fs::getMainExecutable(argv[0], (void *)&main);
  return runDriver(*Options, Executable);
}
