//===--- CatalogSchema.cpp - The catalog document, field by field ---------===//
//
// One table per object type of the document (docs/catalog.md), read and
// printed by JsonSchema.h. The reader is strict: every field is
// type-checked, unknown fields are rejected (a misspelt "knd" must not
// silently drop an entry), and the first problem is reported with its file,
// line, column and field path.
//
//===----------------------------------------------------------------------===//

#include "Catalog.h"
#include "JsonLocator.h"
#include "JsonSchema.h"

#include <set>

namespace async_tidy {

using namespace json_schema;

namespace {

//===--- Spellings of the model's own enumerations ------------------------===//

const std::vector<Spelling<AsyncTwin::Form>> &twinFormSpellings() {
  static const std::vector<Spelling<AsyncTwin::Form>> Spellings = {
      {AsyncTwin::Form::Member, "member"},
      {AsyncTwin::Form::Function, "function"},
      {AsyncTwin::Form::Sleep, "sleep"},
      {AsyncTwin::Form::Expression, "expression"}};
  return Spellings;
}

const std::vector<Spelling<bool>> &twinResultSpellings() {
  static const std::vector<Spelling<bool>> Spellings = {{true, "same"}, {false, "none"}};
  return Spellings;
}

const std::vector<Spelling<FrameworkIdioms::Kind>> &frameworkKindSpellings() {
  static const std::vector<Spelling<FrameworkIdioms::Kind>> Spellings = {
      {FrameworkIdioms::Kind::Async, "async"}, {FrameworkIdioms::Kind::Generator, "generator"}};
  return Spellings;
}

const std::vector<Spelling<ConcurrencyIdiom::Style>> &concurrencyStyleSpellings() {
  static const std::vector<Spelling<ConcurrencyIdiom::Style>> Spellings = {
      {ConcurrencyIdiom::Style::AsioOperators, "asio-operators"},
      {ConcurrencyIdiom::Style::Tuple, "tuple"}};
  return Spellings;
}

const std::vector<Spelling<BatchIdiom::Results>> &batchResultSpellings() {
  static const std::vector<Spelling<BatchIdiom::Results>> Spellings = {
      {BatchIdiom::Results::Values, "values"},
      {BatchIdiom::Results::ParallelGroup, "parallel-group"}};
  return Spellings;
}

//===--- Headers and twins ------------------------------------------------===//

const ObjectSchema<HeaderNeed> &headerSchema() {
  static const ObjectSchema<HeaderNeed> Schema(
      {text("include", &HeaderNeed::Include, Presence::Required,
            [](const HeaderNeed &H, const JsonPath &Path) {
              const std::string &I = H.Include;
              bool Bracketed = I.size() > 2 && ((I.front() == '<' && I.back() == '>') ||
                                                (I.front() == '"' && I.back() == '"'));
              if (!Bracketed)
                fail(Path, "expected a header in <...> or \"...\", got '" + I + "'");
            }),
       text("provides", &HeaderNeed::Provides, Presence::Required)});
  return Schema;
}

template <class T> Field<T> headers(std::vector<HeaderNeed> T::*M) {
  return objects("headers", M, headerSchema());
}

/// One of the four keys that give a twin its form and target.
Field<AsyncTwin> twinForm(const Spelling<AsyncTwin::Form> &Form) {
  std::string Key = Form.Name;
  AsyncTwin::Form Value = Form.Value;
  return {Key,
          [Key, Value](const json &Object, const JsonPath &Path, AsyncTwin &Out) {
            if (!member(Object, Key.c_str()))
              return;
            if (!Out.Target.empty())
              fail(child(Path, Key),
                   "a twin has exactly one of member, function, sleep, expression");
            Out.TwinForm = Value;
            Out.Target = readString(Object, Key.c_str(), Path, Presence::NonEmpty);
          },
          [Key, Value](const AsyncTwin &In, json &Out) {
            if (In.TwinForm == Value)
              Out[Key] = In.Target;
          }};
}

/// Member and function twins take the completion token unless told not to.
bool takesTokenByDefault(AsyncTwin::Form Form) {
  return Form == AsyncTwin::Form::Member || Form == AsyncTwin::Form::Function;
}

Field<AsyncTwin> twinToken() {
  return {"token",
          [](const json &Object, const JsonPath &Path, AsyncTwin &Out) {
            Out.AppendToken = readBool(Object, "token", Path, takesTokenByDefault(Out.TwinForm));
          },
          [](const AsyncTwin &In, json &Out) {
            if (In.AppendToken != takesTokenByDefault(In.TwinForm))
              Out["token"] = In.AppendToken;
          }};
}

const ObjectSchema<AsyncTwin> &twinSchema() {
  static const ObjectSchema<AsyncTwin> Schema = [] {
    ObjectSchema<AsyncTwin> S;
    S.Fields.push_back(names("frameworks", &AsyncTwin::Frameworks, Presence::Required));
    for (const Spelling<AsyncTwin::Form> &Form : twinFormSpellings())
      S.Fields.push_back(twinForm(Form));
    S.Fields.push_back(twinToken());
    S.Fields.push_back(choice("result", &AsyncTwin::SameResult, twinResultSpellings()));
    S.Fields.push_back(count("duration_arg", &AsyncTwin::DurationArg,
                             [](const AsyncTwin &T, const JsonPath &Path) {
                               if (T.TwinForm != AsyncTwin::Form::Sleep)
                                 fail(Path, "only a sleep twin has a duration argument");
                             }));
    S.Fields.push_back(headers(&AsyncTwin::Headers));
    S.Check = [](const AsyncTwin &T, const JsonPath &Path) {
      if (T.Target.empty())
        fail(Path, "a twin needs one of member, function, sleep, expression");
    };
    return S;
  }();
  return Schema;
}

//===--- Calls and resources ----------------------------------------------===//

const ObjectSchema<BlockingFunction> &blockingSchema() {
  using B = BlockingFunction;
  static const ObjectSchema<B> Schema(
      {names("name", &B::Names, Presence::Required, ListForm::NameOrList),
       choice("kind", &B::Kind, blockingKindSpellings(), Presence::Required, "blocking kind"),
       flag("constructor", &B::Constructor), count("min_args", &B::MinArgs),
       names("parameters", &B::Parameters),
       names("object_type", &B::ObjectTypes, Presence::Optional, ListForm::NameOrList),
       text("advice", &B::Advice), flag("transitive", &B::Transitive),
       objects("twins", &B::Twins, twinSchema())});
  return Schema;
}

const ObjectSchema<IoCall> &ioCallSchema() {
  static const ObjectSchema<IoCall> Schema(
      {names("name", &IoCall::Names, Presence::Required, ListForm::NameOrList),
       choice("kind", &IoCall::Kind, ioKindSpellings(), Presence::Required, "I/O kind"),
       flag("constructor", &IoCall::Constructor), count("query_arg", &IoCall::QueryArg),
       flag("parameters_follow", &IoCall::ParametersFollow), flag("read_only", &IoCall::ReadOnly),
       text("batch_advice", &IoCall::BatchAdvice)});
  return Schema;
}

/// `{"PQconnectStart": 1}`: acquirers through an out-parameter. A resource
/// needs some acquirer, which is known once this field is read.
Field<ResourcePair> acquireOutParam() {
  return {"acquire_out_param",
          [](const json &Object, const JsonPath &Path, ResourcePair &Out) {
            if (const json *Map = member(Object, "acquire_out_param")) {
              JsonPath MapPath = child(Path, "acquire_out_param");
              if (!Map->is_object())
                fail(MapPath,
                     std::string("expected an object of name: index, got ") + Map->type_name());
              for (const auto &Item : Map->items())
                Out.AcquireOutParam[Item.key()] = *readCount(*Map, Item.key().c_str(), MapPath);
            }
            if (Out.Acquire.empty() && Out.AcquireOutParam.empty())
              fail(Path, "a resource needs 'acquire' or 'acquire_out_param'");
          },
          [](const ResourcePair &In, json &Out) {
            if (!In.AcquireOutParam.empty())
              Out["acquire_out_param"] = In.AcquireOutParam;
          }};
}

const ObjectSchema<ResourcePair> &resourceSchema() {
  using R = ResourcePair;
  static const ObjectSchema<R> Schema(
      {text("resource", &R::Resource, Presence::Required), names("acquire", &R::Acquire),
       acquireOutParam(), names("release", &R::Release, Presence::Required),
       names("borrowers", &R::Borrowers), names("reassign", &R::Reassign),
       flag("release_on_failure", &R::ReleaseOnFailure),
       flag("release_takes_null", &R::ReleaseTakesNull)});
  return Schema;
}

void checkBatchQuery(const BatchQuery &Query, const JsonPath &Path) {
  bool Indexed = Query.ParametersArgument.has_value();
  if (Indexed == !Query.RowType.empty())
    fail(Path, "a batch query needs exactly one of 'row_type' (rows as objects) and "
               "'parameters_argument' (rows as numbers in one result)");
  if (Indexed && (Query.RowCount.empty() || Query.Release.empty() ||
                  Query.FixedArguments.size() <= *Query.ParametersArgument ||
                  Query.Owner.find("{name}") == std::string::npos ||
                  Query.Owner.find("{query}") == std::string::npos ||
                  Query.Handle.find("{name}") == std::string::npos))
    fail(Path, "rows as numbers need 'row_count', 'release', 'owner' (with '{name}' and "
               "'{query}'), 'handle' (with '{name}') and 'fixed_arguments' for every argument");
}

const ObjectSchema<BatchQuery> &batchQuerySchema() {
  using Q = BatchQuery;
  static const ObjectSchema<Q> Schema(
      {names("name", &Q::Names, Presence::Required, ListForm::NameOrList),
       count("sql_argument", &Q::SqlArgument), text("row_type", &Q::RowType),
       names("result_members", &Q::ResultMembers),
       count("parameters_argument", &Q::ParametersArgument),
       names("fixed_arguments", &Q::FixedArguments), text("row_count", &Q::RowCount),
       names("row_readers", &Q::RowReaders), names("result_readers", &Q::ResultReaders),
       text("release", &Q::Release), text("owner", &Q::Owner), text("handle", &Q::Handle),
       text("key_of", &Q::KeyOf, Presence::Required,
            mustContain(&Q::KeyOf, "{row}", "the key reader must contain '{row}'")),
       headers(&Q::Headers)},
      /*IgnoredKeys=*/{}, checkBatchQuery);
  return Schema;
}

//===--- Frameworks -------------------------------------------------------===//

const ObjectSchema<ConcurrencyIdiom> &concurrencySchema() {
  using C = ConcurrencyIdiom;
  static const ObjectSchema<C> Schema(
      {choice("style", &C::CombineStyle, concurrencyStyleSpellings(), Presence::Required),
       text("expression", &C::Expression, Presence::Required,
            mustContain(&C::Expression, "{operands}", "the expression must contain '{operands}'")),
       text("separator", &C::Separator, Presence::Optional, nullptr, Printing::Always),
       text("using_namespace", &C::UsingNamespace),
       text("element", &C::Element, Presence::Optional,
            mustContain(&C::Element, "{element}", "the element accessor must contain '{element}'")),
       names("operand_types", &C::OperandTypes, Presence::Required), headers(&C::Headers)});
  return Schema;
}

const ObjectSchema<BatchIdiom> &batchSchema() {
  using B = BatchIdiom;
  static const ObjectSchema<B> Schema(
      {text("task_type", &B::TaskType, Presence::Required),
       text("make_task", &B::MakeTask, Presence::Required,
            mustContain(&B::MakeTask, "{call}", "the task must contain '{call}'")),
       text("await_all", &B::AwaitAll, Presence::Required,
            mustContain(&B::AwaitAll, "{tasks}", "the await must contain '{tasks}'")),
       text("await_all_bounded", &B::AwaitAllBounded, Presence::Optional,
            mustContain(&B::AwaitAllBounded, "{tasks}", "the await must contain '{tasks}'")),
       choice("results", &B::ResultStyle, batchResultSpellings(), Presence::Optional, nullptr,
              Printing::Always),
       headers(&B::Headers)});
  return Schema;
}

/// An offload idiom is either an expression (with the function that
/// spawns its lambda and the way back) or the reason there is none.
void checkOffloadIdiom(const OffloadIdiom &Idiom, const JsonPath &Path) {
  int Forms = !Idiom.Expression.empty() + !Idiom.SwitchTo.empty() + !Idiom.Unavailable.empty();
  if (Forms != 1)
    fail(Path, "an offload idiom needs exactly one of 'expression', 'switch_to' and 'unavailable'");
  if (!Idiom.Expression.empty() && (Idiom.Spawner.empty() || Idiom.ReturnHop.empty()))
    fail(Path, "an offload expression needs 'spawner' and 'return_hop'");
  if (!Idiom.SwitchTo.empty() && (Idiom.Home.empty() || Idiom.ReturnHop.empty() ||
                                  Idiom.SwitchTo.find("{executor}") == std::string::npos))
    fail(Path, "'switch_to' needs '{executor}', and 'home' and 'return_hop' with it");
}

const ObjectSchema<OffloadIdiom> &offloadSchema() {
  using O = OffloadIdiom;
  static const ObjectSchema<O> Schema(
      {text("expression", &O::Expression, Presence::Optional,
            [](const O &Idiom, const JsonPath &Path) {
              for (const char *Placeholder : {"{pool}", "{call}"})
                if (Idiom.Expression.find(Placeholder) == std::string::npos)
                  fail(Path,
                       std::string("the offload expression must contain '") + Placeholder + "'");
            }),
       text("spawner", &O::Spawner), text("switch_to", &O::SwitchTo), text("home", &O::Home),
       text("return_hop", &O::ReturnHop), flag("home_may_be_null", &O::HomeMayBeNull),
       flag("result_must_default_construct", &O::ResultMustDefaultConstruct),
       text("unavailable", &O::Unavailable), headers(&O::Headers)},
      /*IgnoredKeys=*/{}, checkOffloadIdiom);
  return Schema;
}

/// The unit the sleep idiom takes; printed with the idiom it belongs to.
Field<FrameworkIdioms> sleepDuration() {
  Field<FrameworkIdioms> F =
      choice("sleep_duration", &FrameworkIdioms::SleepDuration, sleepDurationSpellings());
  F.Print = [](const FrameworkIdioms &In, json &Out) {
    if (!In.Sleep.empty())
      Out["sleep_duration"] = In.SleepDuration;
  };
  return F;
}

const ObjectSchema<FrameworkIdioms> &frameworkSchema() {
  using F = FrameworkIdioms;
  static const ObjectSchema<F> Schema(
      {text("id", &F::Id, Presence::NonEmpty), text("name", &F::DisplayName),
       choice("kind", &F::FrameworkKind, frameworkKindSpellings()),
       names("coroutine_types", &F::CoroutineTypes, Presence::Required),
       names("promise_types", &F::PromiseTypes), text("completion_token", &F::CompletionToken),
       text("error_token", &F::ErrorToken, Presence::Optional,
            mustContain(&F::ErrorToken, "{ec}", "the error token must contain '{ec}'")),
       names("error_code_types", &F::ErrorCodeTypes), text("executor", &F::Executor),
       text("sleep", &F::Sleep, Presence::Optional,
            mustContain(&F::Sleep, "{duration}", "the sleep idiom must contain '{duration}'")),
       sleepDuration(), object("concurrently", &F::Concurrently, concurrencySchema()),
       object("batch", &F::Batch, batchSchema()), object("offload", &F::Offload, offloadSchema()),
       headers(&F::Headers)});
  return Schema;
}

//===--- The document -----------------------------------------------------===//

Field<Catalog> version() {
  return {"version",
          [](const json &Object, const JsonPath &Path, Catalog &Out) {
            std::optional<unsigned> Version = readCount(Object, "version", Path);
            if (!Version)
              fail(child(Path, "version"), "missing required field 'version'");
            if (*Version != static_cast<unsigned>(CatalogSchemaVersion))
              fail(child(Path, "version"), "schema version " + std::to_string(*Version) +
                                               " is not supported (this async-tidy reads version " +
                                               std::to_string(CatalogSchemaVersion) + ")");
            Out.Version = static_cast<int>(*Version);
          },
          [](const Catalog &In, json &Out) { Out["version"] = In.Version; }};
}

/// Concurrency-safe types: a name, or `{"name": ..., "source": ...}` with
/// where the type's own documentation or code says it takes concurrent
/// requests.
Field<Catalog> concurrencySafeTypes() {
  return {
      "concurrency_safe_types",
      [](const json &Object, const JsonPath &Path, Catalog &Out) {
        const json &Items = readArray(Object, "concurrency_safe_types", Path);
        JsonPath ListPath = child(Path, "concurrency_safe_types");
        for (std::size_t I = 0; I < Items.size(); ++I) {
          if (Items[I].is_object()) {
            static const ObjectSchema<std::pair<std::string, std::string>> Cited(
                {text("name", &std::pair<std::string, std::string>::first, Presence::NonEmpty),
                 text("source", &std::pair<std::string, std::string>::second, Presence::NonEmpty)});
            auto [Name, Source] = readObject(Cited, Items[I], child(ListPath, I));
            Out.ConcurrencySafeTypes.push_back(Name);
            Out.ConcurrencySafeSources[Name] = Source;
            continue;
          }
          if (!Items[I].is_string() || Items[I].get<std::string>().empty())
            fail(child(ListPath, I), "expected a non-empty string or an object with "
                                     "'name' and 'source'");
          Out.ConcurrencySafeTypes.push_back(Items[I].get<std::string>());
        }
      },
      [](const Catalog &In, json &Out) {
        json Items = json::array();
        for (const std::string &Name : In.ConcurrencySafeTypes) {
          auto Source = In.ConcurrencySafeSources.find(Name);
          if (Source == In.ConcurrencySafeSources.end())
            Items.push_back(Name);
          else
            Items.push_back({{"name", Name}, {"source", Source->second}});
        }
        Out["concurrency_safe_types"] = Items;
      }};
}

/// `{"sleep": "advice", ...}`: the remedy per blocking kind.
Field<Catalog> kindAdvice() {
  return {"kind_advice",
          [](const json &Object, const JsonPath &Path, Catalog &Out) {
            const json *Advice = member(Object, "kind_advice");
            if (!Advice)
              return;
            JsonPath AdvicePath = child(Path, "kind_advice");
            if (!Advice->is_object())
              fail(AdvicePath, std::string("expected an object, got ") + Advice->type_name());
            for (const auto &Item : Advice->items()) {
              std::optional<BlockingKind> Kind = parseBlockingKind(Item.key());
              if (!Kind)
                fail(child(AdvicePath, Item.key()), "unknown blocking kind '" + Item.key() + "'");
              Out.KindAdvice[*Kind] =
                  readString(*Advice, Item.key().c_str(), AdvicePath, Presence::Required);
            }
          },
          [](const Catalog &In, json &Out) {
            json Advice = json::object();
            for (const auto &[Kind, Text] : In.KindAdvice)
              Advice[blockingKindName(Kind)] = Text;
            Out["kind_advice"] = Advice;
          }};
}

const ObjectSchema<Catalog> &catalogSchema() {
  using C = Catalog;
  const Presence Opt = Presence::Optional;
  const ListForm List = ListForm::List;
  const Printing Always = Printing::Always;
  static const ObjectSchema<C> Schema(
      {version(),
       objects("frameworks", &C::Frameworks, frameworkSchema(), Always),
       objects("blocking_functions", &C::Blocking, blockingSchema(), Always),
       objects("io_calls", &C::IoCalls, ioCallSchema(), Always),
       objects("resources", &C::Resources, resourceSchema(), Always),
       objects("batch_queries", &C::BatchQueries, batchQuerySchema(), Always),
       concurrencySafeTypes(),
       names("single_operation_types", &C::SingleOperationTypes, Opt, List, Always),
       names("ordering_functions", &C::OrderingFunctions, Opt, List, Always),
       names("ordering_types", &C::OrderingTypes, Opt, List, Always),
       names("executor_switches", &C::ExecutorSwitches, Opt, List, Always),
       names("token_executor_switches", &C::TokenExecutorSwitches, Opt, List, Always),
       names("executor_binders", &C::ExecutorBinders, Opt, List, Always),
       names("offload_executor_types", &C::OffloadExecutorTypes, Opt, List, Always),
       names("in_memory_paths", &C::InMemoryPaths, Opt, List, Always),
       names("thread_state_functions", &C::ThreadStateFunctions, Opt, List, Always),
       names("synchronization_functions", &C::SynchronizationFunctions, Opt, List, Always),
       names("lock_functions", &C::LockFunctions, Opt, List, Always),
       names("synchronization_types", &C::SynchronizationTypes, Opt, List, Always),
       names("lazy_types", &C::LazyTypes, Opt, List, Always),
       names("eager_types", &C::EagerTypes, Opt, List, Always),
       names("query_awaitables", &C::QueryAwaitables, Opt, List, Always),
       names("loop_input_functions", &C::LoopInputFunctions, Opt, List, Always),
       names("option_parsers", &C::OptionParsers, Opt, List, Always),
       names("runs_once", &C::RunsOnce, Opt, List, Always),
       names("resume_schedulers", &C::ResumeSchedulers, Opt, List, Always),
       names("loop_algorithms", &C::LoopAlgorithms, Opt, List, Always),
       names("inline_callers", &C::InlineCallers, Opt, List, Always),
       names("cache_types", &C::CacheTypes, Opt, List, Always),
       names("field_readers", &C::FieldReaders, Opt, List, Always),
       kindAdvice()},
      /*IgnoredKeys=*/{"$comment"});
  return Schema;
}

/// Every twin must name a framework this document or the catalog it
/// overlays defines.
void checkTwinFrameworks(const Catalog &Cat, const std::vector<std::string> &OverlaidIds) {
  std::set<std::string> Known(OverlaidIds.begin(), OverlaidIds.end());
  for (const FrameworkIdioms &F : Cat.Frameworks)
    Known.insert(F.Id);
  for (std::size_t I = 0; I < Cat.Blocking.size(); ++I)
    for (std::size_t T = 0; T < Cat.Blocking[I].Twins.size(); ++T) {
      const std::vector<std::string> &Ids = Cat.Blocking[I].Twins[T].Frameworks;
      for (std::size_t K = 0; K < Ids.size(); ++K)
        if (!Known.count(Ids[K]))
          fail({std::string("blocking_functions"), I, std::string("twins"), T,
                std::string("frameworks"), K},
               "unknown framework id '" + Ids[K] + "'");
    }
}

/// nlohmann's parse_error text without its "[json.exception...] parse error
/// at line L, column C: " prefix (we print our own position).
std::string plainParseMessage(const std::string &What) {
  std::size_t Colon = What.find(": ");
  return Colon == std::string::npos ? What : What.substr(Colon + 2);
}

} // namespace

std::string CatalogError::format() const {
  std::string Out = File + ":" + std::to_string(Line) + ":" + std::to_string(Column) + ": ";
  if (!Field.empty())
    Out += "field '" + Field + "': ";
  return Out + Message;
}

CatalogParseResult parseCatalog(const std::string &Text, const std::string &FileName,
                                const std::vector<std::string> &OverlaidIds) {
  CatalogParseResult Result;
  json Root;
  try {
    Root = json::parse(Text, /*cb=*/nullptr, /*allow_exceptions=*/true,
                       /*ignore_comments=*/false);
  } catch (const json::parse_error &E) {
    // E.byte counts the characters read, the offending one included.
    TextPosition Pos = positionOfOffset(Text, E.byte == 0 ? 0 : E.byte - 1);
    Result.Error = CatalogError{FileName, Pos.Line, Pos.Column, "",
                                "invalid JSON: " + plainParseMessage(E.what())};
    return Result;
  }
  try {
    Catalog Cat = readObject(catalogSchema(), Root, {});
    checkTwinFrameworks(Cat, OverlaidIds);
    Result.Value = std::move(Cat);
  } catch (const SchemaError &E) {
    TextPosition Pos = locateJsonValue(Text, E.Path);
    Result.Error = CatalogError{FileName, Pos.Line, Pos.Column, formatJsonPath(E.Path), E.Message};
  }
  return Result;
}

std::string printCatalog(const Catalog &Cat) {
  return printObject(catalogSchema(), Cat).dump(2) + "\n";
}

} // namespace async_tidy
