//===--- Catalog.h - The API catalog: what async-tidy knows about APIs ----===//
//
// All knowledge of libraries lives in one JSON document (catalog/
// default-catalog.json, schema in docs/catalog.md): which functions block,
// their asynchronous twins per framework, the DB/LLM/HTTP call APIs, the
// acquire/release pairs, and each coroutine framework's idioms. This header
// is the in-memory form of that document. It is plain C++ (no Clang types)
// so it can be loaded, merged, validated and printed without an AST.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CATALOG_CATALOG_H
#define ASYNC_TIDY_CATALOG_CATALOG_H

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

/// The schema version this build reads and writes.
inline constexpr int CatalogSchemaVersion = 1;

/// Why a blocking function blocks. Users switch kinds off with the
/// `BlockingKinds` option (file I/O is the usual one to switch off).
enum class BlockingKind { Sleep, Network, Database, File, Wait, Process, Dns };

/// What one call does that is slow to repeat per loop iteration: a query,
/// a request, or opening a client connection (async-per-iteration-io).
enum class IoKind { Database, Llm, Http, Connection };

/// How the catalog document and the options spell a value of an
/// enumeration. Each enumeration has one table, which reading, printing and
/// the error messages all use.
template <class E> struct Spelling {
  E Value;
  std::string Name;
};

const std::vector<Spelling<BlockingKind>> &blockingKindSpellings();
const std::vector<Spelling<IoKind>> &ioKindSpellings();
/// The units a framework's sleep idiom takes (`sleep_duration`): "any" or a
/// unit that an integral std::chrono::duration must convert to without loss.
const std::vector<Spelling<std::string>> &sleepDurationSpellings();

/// The name `Spellings` gives `Value` ("?" when it has none).
template <class E>
const std::string &spellingOf(const std::vector<Spelling<E>> &Spellings, const E &Value) {
  static const std::string Unknown = "?";
  for (const Spelling<E> &S : Spellings)
    if (S.Value == Value)
      return S.Name;
  return Unknown;
}

/// The value `Spellings` spells `Name`, if any.
template <class E>
std::optional<E> spelledValue(const std::vector<Spelling<E>> &Spellings, const std::string &Name) {
  for (const Spelling<E> &S : Spellings)
    if (S.Name == Name)
      return S.Value;
  return std::nullopt;
}

/// "a, b or c" for `joinNames({a, b, c}, ", ", " or ")`.
std::string joinNames(const std::vector<std::string> &Names, const std::string &Separator,
                      const std::string &LastSeparator);
/// Every spelling of `Spellings`, joined by joinNames.
template <class E>
std::string spellingList(const std::vector<Spelling<E>> &Spellings, const std::string &Separator,
                         const std::string &LastSeparator) {
  std::vector<std::string> Names;
  for (const Spelling<E> &S : Spellings)
    Names.push_back(S.Name);
  return joinNames(Names, Separator, LastSeparator);
}

const char *blockingKindName(BlockingKind Kind);
std::optional<BlockingKind> parseBlockingKind(const std::string &Name);
const std::vector<BlockingKind> &allBlockingKinds();
const char *ioKindName(IoKind Kind);
/// Ticks per second of a `sleep_duration` unit ("microseconds": 1000000);
/// none for "any" or an unknown unit.
std::optional<long long> sleepDurationTicksPerSecond(const std::string &Unit);

/// A header a rewrite needs, and the declaration whose visibility makes the
/// include unnecessary (so a file that already sees the name is not edited).
struct HeaderNeed {
  std::string Include;  ///< "<boost/asio/steady_timer.hpp>" or "\"x.h\"".
  std::string Provides; ///< Qualified name declared by that header.
  bool operator==(const HeaderNeed &O) const {
    return Include == O.Include && Provides == O.Provides;
  }
};

/// How one blocking call becomes its asynchronous twin in given frameworks.
/// Exactly one form applies; see docs/catalog.md for the placeholders.
struct AsyncTwin {
  enum class Form {
    Member,     ///< `obj.f(a)` -> `co_await obj.Target(a, token)`.
    Function,   ///< `ns::f(a)` -> `co_await ns::Target(a, token)`.
    Sleep,      ///< The framework's sleep idiom; Target is the duration.
    Expression, ///< `co_await Target` with `{argN}` substituted.
  };
  std::vector<std::string> Frameworks; ///< Framework ids this twin is for.
  Form TwinForm = Form::Member;
  std::string Target;
  /// Member/Function: append the framework's completion token (a trailing
  /// `error_code&` argument turns into the framework's error token).
  bool AppendToken = true;
  /// False when the twin yields no value although the blocking call did:
  /// then the fix applies only where the call's value is discarded.
  bool SameResult = true;
  /// Sleep form: the index of the argument that is the duration, whose type
  /// must suit the framework's sleep idiom. Unset when Target builds it.
  std::optional<unsigned> DurationArg;
  std::vector<HeaderNeed> Headers;
};

/// A function (or constructor) that blocks the calling thread.
struct BlockingFunction {
  /// Qualified names, spelled as a user would (aliases and inherited members
  /// resolve against the translation unit). The first one is the key.
  std::vector<std::string> Names;
  BlockingKind Kind = BlockingKind::Wait;
  /// The names denote types; constructing one blocks (copy and move
  /// constructors never count).
  bool Constructor = false;
  /// Only calls with at least this many written arguments block.
  std::optional<unsigned> MinArgs;
  /// Overload selection: one pattern per parameter, `*` for any type, other
  /// patterns compare with the parameter's type without references and
  /// cv-qualifiers. Empty: every overload.
  std::vector<std::string> Parameters;
  /// Only calls on an object of (or derived from) one of these classes
  /// block: the implicit object of a member, else the first argument.
  std::vector<std::string> ObjectTypes;
  /// What to do instead, when no twin applies.
  std::string Advice;
  /// Reported also when reached through helper functions. False for calls
  /// that block only for some arguments that helpers usually do not pass
  /// (a resolver given a numeric address at start-up does not wait).
  bool Transitive = true;
  std::vector<AsyncTwin> Twins;
};

/// A call that performs one database query, LLM request or HTTP request.
struct IoCall {
  std::vector<std::string> Names;
  IoKind Kind = IoKind::Database;
  bool Constructor = false;
  /// Index of the argument holding the SQL text or prompt, if any.
  std::optional<unsigned> QueryArg;
  /// The query's parameters are the arguments after it, `$1` the first
  /// (Drogon's execSqlCoro(sql, args...), libpqxx's exec_params).
  bool ParametersFollow = false;
  /// The request only asks: repeated with the same arguments it changes
  /// nothing on the server (HTTP GET and HEAD). async-redundant-request
  /// reports repeated HTTP requests only when they are read-only; a
  /// database query's own SQL says whether it reads.
  bool ReadOnly = false;
  /// How to make the requests of a loop one (async-per-iteration-io), when
  /// the statement kind does not say: Redis takes several keys in one
  /// command. Empty: the check's own advice.
  std::string BatchAdvice;
};

/// A resource that is acquired by some calls and released by others.
struct ResourcePair {
  std::string Resource;             ///< "curl", "PGconn", ...
  std::vector<std::string> Acquire; ///< Calls returning the handle.
  /// Calls that hand the handle back through an out-parameter, with the
  /// index of that parameter.
  std::map<std::string, unsigned> AcquireOutParam;
  std::vector<std::string> Release;
  /// Calls that take the handle without taking ownership.
  std::vector<std::string> Borrowers;
  /// Calls that consume a handle and return the (possibly new) one.
  std::vector<std::string> Reassign;
  /// The release is needed even when the acquisition reports failure.
  bool ReleaseOnFailure = false;
  /// The release does nothing with a null handle (PQclear, sqlite3_finalize;
  /// not fclose), so a discarded result can be released on the spot even
  /// when the acquisition failed.
  bool ReleaseTakesNull = false;
};

/// How a framework awaits several awaitables at once.
struct ConcurrencyIdiom {
  enum class Style {
    /// Boost.Asio's awaitable operators: `co_await (f() && g())`, with
    /// their typing (void operands vanish, one value stays a value, more
    /// become a std::tuple).
    AsioOperators,
    /// A function returning a std::tuple with one element per operand
    /// (folly::coro::collectAll, cppcoro::when_all, coro::when_all).
    Tuple,
  };
  Style CombineStyle = Style::Tuple;
  /// `folly::coro::collectAll({operands})` or `({operands})`.
  std::string Expression;
  /// Between operands: ", " or " && ".
  std::string Separator = ", ";
  /// A namespace whose operators the expression needs (`using namespace`).
  std::string UsingNamespace;
  /// Reads a value from its tuple element: `{element}.return_value()`;
  /// empty when the element is the value.
  std::string Element;
  /// Class templates the operands must be (`boost::asio::awaitable`).
  std::vector<std::string> OperandTypes;
  std::vector<HeaderNeed> Headers;
};

/// How a framework awaits a whole range of calls at once
/// (async-per-iteration-io). Templates: `{call}` (one call, as written),
/// `{call_type}` (its type, fully qualified), `{tasks}` (the vector of
/// tasks), `{max}` (MaxConcurrency), `{executor}` (a variable holding the
/// coroutine's executor, declared from the framework's `executor`).
struct BatchIdiom {
  /// The element type of the vector of tasks.
  std::string TaskType;
  /// One element, made from one call.
  std::string MakeTask;
  /// Awaits all tasks, all at once.
  std::string AwaitAll;
  /// Awaits all tasks, at most `{max}` at a time; empty when the framework
  /// has no bounded form.
  std::string AwaitAllBounded;
  /// What the await yields: the values in order (`Values`), or Asio's
  /// parallel group result: completion order, one exception_ptr per task,
  /// the values in order (`ParallelGroup`).
  enum class Results { Values, ParallelGroup } ResultStyle = Results::Values;
  std::vector<HeaderNeed> Headers;
};

/// A query API whose per-key loop can become one query for all keys
/// (async-per-iteration-io's batched-query fix): the call takes the SQL
/// text and then its parameters, and returns rows that can be iterated.
struct BatchQuery {
  std::vector<std::string> Names;
  /// Which argument is the SQL text (the first when unset).
  std::optional<unsigned> SqlArgument;
  /// Rows as objects (libpqxx, Drogon): the key is the argument after the
  /// SQL, and a loop body reads a std::vector of rows of `RowType`.
  std::string RowType;
  /// Rows as numbers in one result handle (libpq): the key is the one
  /// element of the `const char *` array at `ParametersArgument`; a loop
  /// body reads a std::vector of row numbers. `RowCount(result)` counts
  /// rows, `RowReaders(result, row, ...)` read a row, `ResultReaders(result)`
  /// read the whole result, `Release(result)` frees it. `Owner` declares
  /// the batched result, `{name}` from `{query}`, and `Handle` reads it
  /// (`{name}`).
  std::optional<unsigned> ParametersArgument;
  /// For rows as numbers: every argument of the call, by position, as the
  /// one key parameter needs it: `any`, `null` (a null pointer) or an
  /// integer literal (libpq: one parameter, types inferred, text results).
  std::vector<std::string> FixedArguments;
  std::string RowCount, Release, Owner, Handle;
  std::vector<std::string> RowReaders, ResultReaders;
  /// Members of the result that a std::vector of rows has too, with the
  /// same meaning: a loop body may use the result through these only.
  std::vector<std::string> ResultMembers;
  /// Reads the key column back from a row: `{row}`, `{alias}` (the column's
  /// name in the batched query), `{key_type}`; for row numbers also
  /// `{handle}`, and the key is read as text.
  std::string KeyOf;
  std::vector<HeaderNeed> Headers;
};

/// How a framework runs one blocking call on a pool meant for blocking work
/// and comes back (async-blocking-call-in-coroutine's offload fix): the
/// C++ form of Python's `asyncio.to_thread`. Either an expression to await
/// or, for a framework that has no way back to the coroutine's own
/// executor, the reason there is no fix.
struct OffloadIdiom {
  /// Awaited in place of the call: `{pool}` (the OffloadExecutor option),
  /// `{result_type}` (the call's type, fully qualified), `{call}` (the call
  /// as written; `co_return {call};` works for void calls too).
  std::string Expression;
  /// The function that runs the expression's lambda on `{pool}` (its first
  /// argument): a coroutine lambda handed to it runs there, not here.
  std::string Spawner;
  /// How the coroutine gets back to its own executor, for the fix's note.
  std::string ReturnHop;
  /// The idiom default-constructs the result (Boost.Asio 1.81's co_spawn
  /// on its exception path): other result types get no fix.
  bool ResultMustDefaultConstruct = false;
  /// For frameworks whose only way there and back is to switch the whole
  /// coroutine (Drogon's switchThreadCoro): an awaitable that moves the
  /// coroutine to `{executor}`, and an expression naming the executor it
  /// runs on now. The call's statement becomes: note home, switch to the
  /// pool, run the call catching its exception, switch home, rethrow.
  std::string SwitchTo;
  std::string Home;
  /// The coroutine may have no executor (an async_simple Lazy started
  /// without one): both switches then run only when `Home` names one, and
  /// without one the call runs where it is.
  bool HomeMayBeNull = false;
  /// Why the framework gets no offload fix; set instead of Expression.
  std::string Unavailable;
  std::vector<HeaderNeed> Headers;
};

/// How one coroutine framework spells things. Text fields are templates
/// whose placeholders are documented in docs/catalog.md.
struct FrameworkIdioms {
  enum class Kind { Async, Generator };
  std::string Id;
  std::string DisplayName;
  Kind FrameworkKind = Kind::Async;
  /// Class templates a coroutine returns (`boost::asio::awaitable`).
  std::vector<std::string> CoroutineTypes;
  /// Promise types, for coroutines whose return type is an unknown alias.
  std::vector<std::string> PromiseTypes;
  std::string CompletionToken;             ///< `boost::asio::use_awaitable`.
  std::string ErrorToken;                  ///< `...redirect_error({token}, {ec})`.
  std::vector<std::string> ErrorCodeTypes; ///< Types of a trailing `ec&`.
  std::string Executor;                    ///< Expression yielding the executor.
  std::string Sleep;                       ///< Awaitable sleep; `{duration}`.
  /// The duration type the sleep idiom takes implicitly: "any", or the unit
  /// ("nanoseconds" for Asio's timers, "microseconds" for folly's
  /// HighResDuration) that an integral std::chrono::duration argument must
  /// convert to without loss.
  std::string SleepDuration = "any";
  /// How "run these concurrently" is spelled (async-serial-awaits); no
  /// fix where the framework has none.
  std::optional<ConcurrencyIdiom> Concurrently;
  /// How a range of calls is awaited at once (async-per-iteration-io); no
  /// fix where the framework has none.
  std::optional<BatchIdiom> Batch;
  /// How a blocking call is offloaded (async-blocking-call-in-coroutine);
  /// no fix where the framework has none.
  std::optional<OffloadIdiom> Offload;
  std::vector<HeaderNeed> Headers; ///< Headers for the idiom templates.
};

/// The whole catalog.
struct Catalog {
  int Version = CatalogSchemaVersion;
  std::vector<FrameworkIdioms> Frameworks;
  std::vector<BlockingFunction> Blocking;
  std::vector<IoCall> IoCalls;
  std::vector<ResourcePair> Resources;
  /// Receiver types that run several operations at once safely.
  std::vector<std::string> ConcurrencySafeTypes;
  /// Where a concurrency-safe type's own documentation or code says so
  /// (type -> citation), for those the catalog cites.
  std::map<std::string, std::string> ConcurrencySafeSources;
  /// Types that run one operation at a time (sockets, connections).
  std::vector<std::string> SingleOperationTypes;
  /// Awaits that order what follows them: deliberate delays (timers,
  /// sleeps) and executor switches (`co_await asio::post(ex, ..)`).
  std::vector<std::string> OrderingFunctions;
  /// Awaits that acquire or release a lock, a semaphore or wait on a
  /// condition: what follows is inside (or outside) the critical section,
  /// so they order it too (async-serial-awaits). Kept apart from
  /// OrderingFunctions: a loop that locks is not a retry loop.
  std::vector<std::string> SynchronizationFunctions;
  /// Awaits that take or release a lock guarding memory (a mutex, a
  /// read-write lock): synchronization like the above, and no wait for
  /// I/O (a coroutine that awaits only locks never waits: async-serial-awaits).
  std::vector<std::string> LockFunctions;
  /// Awaited calls that move the rest of the coroutine to the executor
  /// their first argument (or object) names: `resume_on(ex)`. Blocking calls
  /// after one that names an OffloadExecutorTypes pool run there
  /// (async-blocking-call-in-coroutine).
  std::vector<std::string> ExecutorSwitches;
  /// Awaited calls that complete on the executor their completion token is
  /// bound to (asio's post/dispatch/defer), with the ExecutorBinders that
  /// bind one (`bind_executor(pool, token)`): the one continuation moves.
  std::vector<std::string> TokenExecutorSwitches;
  std::vector<std::string> ExecutorBinders;
  /// Executors meant for blocking work (thread pools, background
  /// executors), as class names; smart pointers and references to them
  /// count.
  std::vector<std::string> OffloadExecutorTypes;
  /// Query APIs whose per-key loops get the batched-query fix.
  std::vector<BatchQuery> BatchQueries;
  /// Functions through which code reads per-thread state that a call
  /// leaves behind (errno is `*__errno_location()`): a coroutine that reads
  /// one gets no offload fix, since after the call ran on the pool that
  /// state is the pool thread's.
  std::vector<std::string> ThreadStateFunctions;
  /// Path prefixes of files the kernel makes up from memory (`/proc/`,
  /// `/sys/`): opening or reading one does not wait for a disk, so `file`
  /// calls given such a path as a literal do not block.
  std::vector<std::string> InMemoryPaths;
  /// Awaited objects (variables) or types that order what follows them
  /// like OrderingFunctions: yields, executor switches spelled as objects
  /// (`co_await folly::coro::co_reschedule_on_current_executor;`).
  std::vector<std::string> OrderingTypes;
  /// Awaited objects of these types synchronize the same way: events,
  /// latches, batons (`co_await done_event;`) and the explicit suspension
  /// points `std::suspend_always` / `std::suspend_never`.
  std::vector<std::string> SynchronizationTypes;
  /// When an awaitable's work starts. A coroutine type's promise decides
  /// first: initial_suspend returning std::suspend_always is lazy (the work
  /// starts at the co_await), std::suspend_never or an awaiter whose
  /// await_ready is constexpr true is eager (it starts when the coroutine is
  /// called). These lists decide for the other awaiters initial_suspend
  /// returns and for awaitables that are not coroutines (an async object
  /// that sends its request when constructed is eager). Awaiting an eager
  /// object created earlier joins work already running.
  std::vector<std::string> LazyTypes;
  std::vector<std::string> EagerTypes;
  /// Awaits that return at once without waiting for other work (the
  /// current executor, a cancellation token): functions, variables or
  /// types. Neither an operation nor an ordering.
  std::vector<std::string> QueryAwaitables;
  /// Awaited calls that are a loop's own input (accepting a connection,
  /// reading the next message of one stream, receiving from a channel): a
  /// loop that awaits one is an event loop, not a batch (async-per-iteration-io).
  std::vector<std::string> LoopInputFunctions;
  /// Command-line option parsers (`getopt`): a loop whose condition calls
  /// one runs its body once per option given, so a handle its body opens
  /// is opened again only when the user repeats that option
  /// (async-unclosed-client does not report that).
  std::vector<std::string> OptionParsers;
  /// Functions that run a callable or coroutine they are given once, now
  /// or when their event loop gets to it (`co_spawn`, `post`, Drogon's
  /// `async_func`, trantor's `queueInLoop`): a coroutine lambda `main`
  /// hands only to these runs once, as the program starts
  /// (async-blocking-call-in-coroutine).
  std::vector<std::string> RunsOnce;
  /// Functions that run a callable later on an executor or after a delay,
  /// with no I/O of their own (`post`, trantor's `runAfter`, a timer's
  /// callback `async_wait`): an awaiter of the project whose
  /// `await_suspend` hands its coroutine to one only moves or delays it
  /// (analysis/SchedulingAwaiters).
  std::vector<std::string> ResumeSchedulers;
  /// Functions that call a lambda argument once per element
  /// (std::for_each): the lambda's body is a loop body.
  std::vector<std::string> LoopAlgorithms;
  /// Functions that call a lambda argument before they return, so the
  /// lambda's body runs inside the caller (`std::for_each`).
  std::vector<std::string> InlineCallers;
  /// Types that answer requests from a cache in front of a client: a request
  /// made through one is not repeated work (async-redundant-request).
  std::vector<std::string> CacheTypes;
  /// Methods of a row's column object that return the column's value
  /// (Drogon's `Field::as<T>()`): `row["status"].as<std::string>()` reads
  /// the column `status` (async-unbounded-query's filters).
  std::vector<std::string> FieldReaders;
  /// The remedy per blocking kind, when an entry gives no advice.
  std::map<BlockingKind, std::string> KindAdvice;

  const FrameworkIdioms *findFramework(const std::string &Id) const;
};

/// Where and why a catalog document was rejected.
struct CatalogError {
  std::string File; ///< As given by the caller ("<default catalog>" etc.).
  unsigned Line = 0;
  unsigned Column = 0;
  std::string Field; ///< JSON path, e.g. "blocking_functions[3].kind".
  std::string Message;

  /// `file:line:col: field 'x': message`, the one line users see.
  std::string format() const;
};

/// Parses and validates one catalog document. On success the document's
/// content; on failure the first error (position, field, reason). Twins may
/// name the frameworks of the document and those in `OverlaidIds` (the ids
/// of the catalog this document will be merged into).
struct CatalogParseResult {
  std::optional<Catalog> Value;
  std::optional<CatalogError> Error;
};
CatalogParseResult parseCatalog(const std::string &Text, const std::string &FileName,
                                const std::vector<std::string> &OverlaidIds = {});

/// Overlays `Extra` on `Base`: entries with a name, id or resource already in
/// `Base` replace it, others are appended; string lists are united.
void mergeCatalog(Catalog &Base, const Catalog &Extra);

/// Drops blocking functions and I/O calls whose key name is in `Names`.
void removeFunctions(Catalog &Cat, const std::vector<std::string> &Names);

/// The catalog as a JSON document of the same schema (sorted, indented).
std::string printCatalog(const Catalog &Cat);

/// The default catalog embedded at build time (parsed once per process).
const Catalog &defaultCatalog();
/// Its JSON text.
const std::string &defaultCatalogText();

} // namespace async_tidy

#endif // ASYNC_TIDY_CATALOG_CATALOG_H
