//===--- CatalogJson.cpp - Reading and writing catalog documents ----------===//
//
// The reader is strict: every field is type-checked, unknown fields are
// rejected (a misspelt "knd" must not silently drop an entry), and the first
// problem is reported with its file, line, column and field path.
//
//===----------------------------------------------------------------------===//

#include "Catalog.h"
#include "JsonLocator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace async_tidy {

using nlohmann::json;

namespace {

/// Thrown inside this file only, to stop at the first schema error.
struct SchemaError {
  JsonPath Path;
  std::string Message;
};

JsonPath child(const JsonPath &P, JsonPathStep Step) {
  JsonPath Out = P;
  Out.push_back(std::move(Step));
  return Out;
}

[[noreturn]] void fail(const JsonPath &P, std::string Message) {
  throw SchemaError{P, std::move(Message)};
}

const char *typeName(const json &J) { return J.type_name(); }

/// Rejects anything but an object with only the given keys.
void expectObject(const json &J, const JsonPath &P,
                  std::initializer_list<const char *> Allowed) {
  if (!J.is_object())
    fail(P, std::string("expected an object, got ") + typeName(J));
  for (const auto &Item : J.items()) {
    bool Known = std::any_of(Allowed.begin(), Allowed.end(), [&](const char *K) {
      return Item.key() == K;
    });
    if (!Known) {
      std::string List;
      for (const char *K : Allowed)
        List += std::string(List.empty() ? "" : ", ") + K;
      fail(child(P, Item.key()),
           "unknown field '" + Item.key() + "' (known fields: " + List + ")");
    }
  }
}

const json *member(const json &J, const char *Key) {
  auto It = J.find(Key);
  return It == J.end() ? nullptr : &*It;
}

std::string readString(const json &J, const char *Key, const JsonPath &P,
                       bool Required) {
  const json *V = member(J, Key);
  if (!V) {
    if (Required)
      fail(child(P, Key), std::string("missing required field '") + Key + "'");
    return {};
  }
  if (!V->is_string())
    fail(child(P, Key), std::string("expected a string, got ") + typeName(*V));
  return V->get<std::string>();
}

bool readBool(const json &J, const char *Key, const JsonPath &P, bool Default) {
  const json *V = member(J, Key);
  if (!V)
    return Default;
  if (!V->is_boolean())
    fail(child(P, Key), std::string("expected true or false, got ") + typeName(*V));
  return V->get<bool>();
}

std::optional<unsigned> readUnsigned(const json &J, const char *Key,
                                     const JsonPath &P) {
  const json *V = member(J, Key);
  if (!V)
    return std::nullopt;
  if (!V->is_number_unsigned() || V->get<unsigned long long>() > 1000000)
    fail(child(P, Key), std::string("expected a non-negative integer, got ") +
                            (V->is_number() ? V->dump() : typeName(*V)));
  return static_cast<unsigned>(V->get<unsigned long long>());
}

/// A list of non-empty strings; a single string counts as a list of one
/// where `AllowSingle` (for "name").
std::vector<std::string> readStrings(const json &J, const char *Key,
                                     const JsonPath &P, bool Required,
                                     bool AllowSingle = false) {
  const json *V = member(J, Key);
  JsonPath KP = child(P, Key);
  if (!V) {
    if (Required)
      fail(KP, std::string("missing required field '") + Key + "'");
    return {};
  }
  std::vector<std::string> Out;
  if (AllowSingle && V->is_string()) {
    Out.push_back(V->get<std::string>());
  } else if (V->is_array()) {
    for (std::size_t I = 0; I < V->size(); ++I) {
      if (!(*V)[I].is_string())
        fail(child(KP, I), std::string("expected a string, got ") +
                               typeName((*V)[I]));
      Out.push_back((*V)[I].get<std::string>());
    }
  } else {
    fail(KP, std::string(AllowSingle ? "expected a string or an array of "
                                       "strings, got "
                                     : "expected an array of strings, got ") +
                 typeName(*V));
  }
  for (std::size_t I = 0; I < Out.size(); ++I)
    if (Out[I].empty())
      fail(V->is_array() ? child(KP, I) : KP, "expected a non-empty string");
  if (Required && Out.empty())
    fail(KP, "expected at least one entry");
  return Out;
}

const json &readArray(const json &J, const char *Key, const JsonPath &P) {
  static const json Empty = json::array();
  const json *V = member(J, Key);
  if (!V)
    return Empty;
  if (!V->is_array())
    fail(child(P, Key), std::string("expected an array, got ") + typeName(*V));
  return *V;
}

BlockingKind readBlockingKind(const json &J, const JsonPath &P) {
  std::string Name = readString(J, "kind", P, /*Required=*/true);
  if (auto Kind = parseBlockingKind(Name))
    return *Kind;
  fail(child(P, "kind"), "unknown blocking kind '" + Name +
                             "' (expected one of: sleep, network, database, "
                             "file, wait, process, dns)");
}

std::vector<HeaderNeed> readHeaders(const json &J, const JsonPath &P) {
  std::vector<HeaderNeed> Out;
  const json &Items = readArray(J, "headers", P);
  for (std::size_t I = 0; I < Items.size(); ++I) {
    JsonPath HP = child(child(P, "headers"), I);
    expectObject(Items[I], HP, {"include", "provides"});
    HeaderNeed H{readString(Items[I], "include", HP, true),
                 readString(Items[I], "provides", HP, true)};
    bool Bracketed = H.Include.size() > 2 &&
                     ((H.Include.front() == '<' && H.Include.back() == '>') ||
                      (H.Include.front() == '"' && H.Include.back() == '"'));
    if (!Bracketed)
      fail(child(HP, "include"),
           "expected a header in <...> or \"...\", got '" + H.Include + "'");
    Out.push_back(std::move(H));
  }
  return Out;
}

AsyncTwin readTwin(const json &J, const JsonPath &P) {
  expectObject(J, P, {"frameworks", "member", "function", "sleep", "expression",
                      "token", "result", "duration_arg", "headers"});
  AsyncTwin T;
  T.Frameworks = readStrings(J, "frameworks", P, /*Required=*/true);
  static const std::pair<const char *, AsyncTwin::Form> Forms[] = {
      {"member", AsyncTwin::Form::Member},
      {"function", AsyncTwin::Form::Function},
      {"sleep", AsyncTwin::Form::Sleep},
      {"expression", AsyncTwin::Form::Expression}};
  int Seen = 0;
  for (const auto &[Key, Form] : Forms) {
    if (!member(J, Key))
      continue;
    if (++Seen > 1)
      fail(child(P, Key), "a twin has exactly one of member, function, sleep, "
                          "expression");
    T.TwinForm = Form;
    T.Target = readString(J, Key, P, true);
    if (T.Target.empty())
      fail(child(P, Key), "expected a non-empty string");
  }
  if (Seen == 0)
    fail(P, "a twin needs one of member, function, sleep, expression");
  T.AppendToken = readBool(J, "token", P, T.TwinForm == AsyncTwin::Form::Member ||
                                              T.TwinForm == AsyncTwin::Form::Function);
  std::string Result = readString(J, "result", P, false);
  if (!Result.empty() && Result != "same" && Result != "none")
    fail(child(P, "result"), "expected \"same\" or \"none\", got '" + Result + "'");
  T.SameResult = Result != "none";
  T.DurationArg = readUnsigned(J, "duration_arg", P);
  if (T.DurationArg && T.TwinForm != AsyncTwin::Form::Sleep)
    fail(child(P, "duration_arg"), "only a sleep twin has a duration argument");
  T.Headers = readHeaders(J, P);
  return T;
}

BlockingFunction readBlocking(const json &J, const JsonPath &P) {
  expectObject(J, P, {"name", "kind", "constructor", "min_args", "parameters",
                      "object_type", "advice", "transitive", "twins"});
  BlockingFunction F;
  F.Names = readStrings(J, "name", P, /*Required=*/true, /*AllowSingle=*/true);
  F.Kind = readBlockingKind(J, P);
  F.Constructor = readBool(J, "constructor", P, false);
  F.MinArgs = readUnsigned(J, "min_args", P);
  F.Parameters = readStrings(J, "parameters", P, false);
  F.ObjectTypes = readStrings(J, "object_type", P, false, /*AllowSingle=*/true);
  F.Advice = readString(J, "advice", P, false);
  F.Transitive = readBool(J, "transitive", P, true);
  const json &Twins = readArray(J, "twins", P);
  for (std::size_t I = 0; I < Twins.size(); ++I)
    F.Twins.push_back(readTwin(Twins[I], child(child(P, "twins"), I)));
  return F;
}

IoCall readIoCall(const json &J, const JsonPath &P) {
  expectObject(J, P, {"name", "kind", "constructor", "query_arg"});
  IoCall C;
  C.Names = readStrings(J, "name", P, true, true);
  std::string Kind = readString(J, "kind", P, true);
  auto Parsed = parseIoKind(Kind);
  if (!Parsed)
    fail(child(P, "kind"), "unknown I/O kind '" + Kind +
                               "' (expected one of: database, llm, http, connection)");
  C.Kind = *Parsed;
  C.Constructor = readBool(J, "constructor", P, false);
  C.QueryArg = readUnsigned(J, "query_arg", P);
  return C;
}

ResourcePair readResource(const json &J, const JsonPath &P) {
  expectObject(J, P, {"resource", "acquire", "acquire_out_param", "release",
                      "borrowers", "reassign", "release_on_failure"});
  ResourcePair R;
  R.Resource = readString(J, "resource", P, true);
  R.Acquire = readStrings(J, "acquire", P, false);
  if (const json *Out = member(J, "acquire_out_param")) {
    JsonPath OP = child(P, "acquire_out_param");
    if (!Out->is_object())
      fail(OP, std::string("expected an object of name: index, got ") +
                   typeName(*Out));
    for (const auto &Item : Out->items())
      R.AcquireOutParam[Item.key()] = *readUnsigned(*Out, Item.key().c_str(), OP);
  }
  if (R.Acquire.empty() && R.AcquireOutParam.empty())
    fail(P, "a resource needs 'acquire' or 'acquire_out_param'");
  R.Release = readStrings(J, "release", P, true);
  R.Borrowers = readStrings(J, "borrowers", P, false);
  R.Reassign = readStrings(J, "reassign", P, false);
  R.ReleaseOnFailure = readBool(J, "release_on_failure", P, false);
  return R;
}

ConcurrencyIdiom readConcurrency(const json &J, const JsonPath &P) {
  expectObject(J, P, {"style", "expression", "separator", "using_namespace", "element",
                      "operand_types", "headers"});
  ConcurrencyIdiom C;
  std::string Style = readString(J, "style", P, true);
  if (Style != "asio-operators" && Style != "tuple")
    fail(child(P, "style"), "expected \"asio-operators\" or \"tuple\", got '" + Style + "'");
  C.CombineStyle = Style == "tuple" ? ConcurrencyIdiom::Style::Tuple
                                    : ConcurrencyIdiom::Style::AsioOperators;
  C.Expression = readString(J, "expression", P, true);
  if (C.Expression.find("{operands}") == std::string::npos)
    fail(child(P, "expression"), "the expression must contain '{operands}'");
  if (member(J, "separator"))
    C.Separator = readString(J, "separator", P, true);
  C.UsingNamespace = readString(J, "using_namespace", P, false);
  C.Element = readString(J, "element", P, false);
  if (!C.Element.empty() && C.Element.find("{element}") == std::string::npos)
    fail(child(P, "element"), "the element accessor must contain '{element}'");
  C.OperandTypes = readStrings(J, "operand_types", P, true);
  C.Headers = readHeaders(J, P);
  return C;
}

BatchIdiom readBatch(const json &J, const JsonPath &P) {
  expectObject(J, P, {"task_type", "make_task", "await_all", "await_all_bounded", "results",
                      "headers"});
  BatchIdiom B;
  B.TaskType = readString(J, "task_type", P, true);
  B.MakeTask = readString(J, "make_task", P, true);
  if (B.MakeTask.find("{call}") == std::string::npos)
    fail(child(P, "make_task"), "the task must contain '{call}'");
  B.AwaitAll = readString(J, "await_all", P, true);
  B.AwaitAllBounded = readString(J, "await_all_bounded", P, false);
  for (const std::string *T : {&B.AwaitAll, &B.AwaitAllBounded})
    if (!T->empty() && T->find("{tasks}") == std::string::npos)
      fail(child(P, T == &B.AwaitAll ? "await_all" : "await_all_bounded"),
           "the await must contain '{tasks}'");
  std::string Results = readString(J, "results", P, false);
  if (!Results.empty() && Results != "values" && Results != "parallel-group")
    fail(child(P, "results"), "expected \"values\" or \"parallel-group\", got '" + Results + "'");
  B.ResultStyle = Results == "parallel-group" ? BatchIdiom::Results::ParallelGroup
                                              : BatchIdiom::Results::Values;
  B.Headers = readHeaders(J, P);
  return B;
}

FrameworkIdioms readFramework(const json &J, const JsonPath &P) {
  expectObject(J, P, {"id", "name", "kind", "coroutine_types", "promise_types",
                      "completion_token", "error_token", "error_code_types",
                      "executor", "sleep", "sleep_duration", "concurrently",
                      "batch", "headers"});
  FrameworkIdioms F;
  F.Id = readString(J, "id", P, true);
  if (F.Id.empty())
    fail(child(P, "id"), "expected a non-empty string");
  F.DisplayName = readString(J, "name", P, false);
  std::string Kind = readString(J, "kind", P, false);
  if (!Kind.empty() && Kind != "async" && Kind != "generator")
    fail(child(P, "kind"), "expected \"async\" or \"generator\", got '" + Kind + "'");
  F.FrameworkKind = Kind == "generator" ? FrameworkIdioms::Kind::Generator
                                        : FrameworkIdioms::Kind::Async;
  F.CoroutineTypes = readStrings(J, "coroutine_types", P, true);
  F.PromiseTypes = readStrings(J, "promise_types", P, false);
  F.CompletionToken = readString(J, "completion_token", P, false);
  F.ErrorToken = readString(J, "error_token", P, false);
  F.ErrorCodeTypes = readStrings(J, "error_code_types", P, false);
  F.Executor = readString(J, "executor", P, false);
  F.Sleep = readString(J, "sleep", P, false);
  std::string Duration = readString(J, "sleep_duration", P, false);
  if (!Duration.empty() && !sleepDurationTicksPerSecond(Duration) && Duration != "any")
    fail(child(P, "sleep_duration"),
         "expected \"any\", \"nanoseconds\", \"microseconds\", \"milliseconds\" or "
         "\"seconds\", got '" + Duration + "'");
  if (!Duration.empty())
    F.SleepDuration = Duration;
  if (const json *C = member(J, "concurrently"))
    F.Concurrently = readConcurrency(*C, child(P, "concurrently"));
  if (const json *B = member(J, "batch"))
    F.Batch = readBatch(*B, child(P, "batch"));
  F.Headers = readHeaders(J, P);
  if (!F.ErrorToken.empty() && F.ErrorToken.find("{ec}") == std::string::npos)
    fail(child(P, "error_token"), "the error token must contain '{ec}'");
  if (!F.Sleep.empty() && F.Sleep.find("{duration}") == std::string::npos)
    fail(child(P, "sleep"), "the sleep idiom must contain '{duration}'");
  return F;
}

template <typename T, typename ReadOne>
std::vector<T> readEach(const json &Root, const char *Key, ReadOne Read) {
  std::vector<T> Out;
  const json &Items = readArray(Root, Key, {});
  for (std::size_t I = 0; I < Items.size(); ++I)
    Out.push_back(Read(Items[I], JsonPath{std::string(Key), I}));
  return Out;
}

/// Every twin must name a framework this document or the catalog it
/// overlays defines.
void checkTwinFrameworks(const Catalog &Cat,
                         const std::vector<std::string> &OverlaidIds) {
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

Catalog readCatalog(const json &Root,
                    const std::vector<std::string> &OverlaidIds) {
  expectObject(Root, {}, {"version", "frameworks", "blocking_functions",
                          "io_calls", "resources", "concurrency_safe_types",
                          "single_operation_types", "ordering_functions", "synchronization_functions", "synchronization_types",
                          "loop_input_functions", "loop_algorithms",
                          "inline_callers", "kind_advice", "$comment"});
  Catalog Cat;
  std::optional<unsigned> Version = readUnsigned(Root, "version", {});
  if (!Version)
    fail({"version"}, "missing required field 'version'");
  if (*Version != static_cast<unsigned>(CatalogSchemaVersion))
    fail({"version"}, "schema version " + std::to_string(*Version) +
                          " is not supported (this async-tidy reads version " +
                          std::to_string(CatalogSchemaVersion) + ")");
  Cat.Version = static_cast<int>(*Version);
  Cat.Frameworks = readEach<FrameworkIdioms>(Root, "frameworks", readFramework);
  Cat.Blocking = readEach<BlockingFunction>(Root, "blocking_functions", readBlocking);
  Cat.IoCalls = readEach<IoCall>(Root, "io_calls", readIoCall);
  Cat.Resources = readEach<ResourcePair>(Root, "resources", readResource);
  Cat.ConcurrencySafeTypes = readStrings(Root, "concurrency_safe_types", {}, false);
  Cat.SingleOperationTypes = readStrings(Root, "single_operation_types", {}, false);
  Cat.OrderingFunctions = readStrings(Root, "ordering_functions", {}, false);
  Cat.SynchronizationFunctions =
      readStrings(Root, "synchronization_functions", {}, false);
  Cat.SynchronizationTypes = readStrings(Root, "synchronization_types", {}, false);
  Cat.LoopInputFunctions = readStrings(Root, "loop_input_functions", {}, false);
  Cat.LoopAlgorithms = readStrings(Root, "loop_algorithms", {}, false);
  Cat.InlineCallers = readStrings(Root, "inline_callers", {}, false);
  if (const json *Advice = member(Root, "kind_advice")) {
    if (!Advice->is_object())
      fail({"kind_advice"}, std::string("expected an object, got ") +
                                typeName(*Advice));
    for (const auto &Item : Advice->items()) {
      JsonPath KP{std::string("kind_advice"), Item.key()};
      auto Kind = parseBlockingKind(Item.key());
      if (!Kind)
        fail(KP, "unknown blocking kind '" + Item.key() + "'");
      Cat.KindAdvice[*Kind] = readString(*Advice, Item.key().c_str(),
                                         {std::string("kind_advice")}, true);
    }
  }
  checkTwinFrameworks(Cat, OverlaidIds);
  return Cat;
}

/// nlohmann's parse_error text without its "[json.exception...] parse error
/// at line L, column C: " prefix (we print our own position).
std::string plainParseMessage(const std::string &What) {
  std::size_t Colon = What.find(": ");
  return Colon == std::string::npos ? What : What.substr(Colon + 2);
}

} // namespace

std::string CatalogError::format() const {
  std::string Out = File + ":" + std::to_string(Line) + ":" +
                    std::to_string(Column) + ": ";
  if (!Field.empty())
    Out += "field '" + Field + "': ";
  return Out + Message;
}

CatalogParseResult parseCatalog(const std::string &Text,
                                const std::string &FileName,
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
    Result.Value = readCatalog(Root, OverlaidIds);
  } catch (const SchemaError &E) {
    TextPosition Pos = locateJsonValue(Text, E.Path);
    Result.Error = CatalogError{FileName, Pos.Line, Pos.Column,
                                formatJsonPath(E.Path), E.Message};
  }
  return Result;
}

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

namespace {

json namesJson(const std::vector<std::string> &Names) {
  return Names.size() == 1 ? json(Names.front()) : json(Names);
}

json headersJson(const std::vector<HeaderNeed> &Headers) {
  json Out = json::array();
  for (const HeaderNeed &H : Headers)
    Out.push_back({{"include", H.Include}, {"provides", H.Provides}});
  return Out;
}

json twinJson(const AsyncTwin &T) {
  static const char *FormKeys[] = {"member", "function", "sleep", "expression"};
  json Out = {{"frameworks", T.Frameworks},
              {FormKeys[static_cast<int>(T.TwinForm)], T.Target}};
  bool DefaultToken = T.TwinForm == AsyncTwin::Form::Member ||
                      T.TwinForm == AsyncTwin::Form::Function;
  if (T.AppendToken != DefaultToken)
    Out["token"] = T.AppendToken;
  if (!T.SameResult)
    Out["result"] = "none";
  if (T.DurationArg)
    Out["duration_arg"] = *T.DurationArg;
  if (!T.Headers.empty())
    Out["headers"] = headersJson(T.Headers);
  return Out;
}

json blockingJson(const BlockingFunction &F) {
  json Out = {{"name", namesJson(F.Names)}, {"kind", blockingKindName(F.Kind)}};
  if (F.Constructor)
    Out["constructor"] = true;
  if (F.MinArgs)
    Out["min_args"] = *F.MinArgs;
  if (!F.Parameters.empty())
    Out["parameters"] = F.Parameters;
  if (!F.ObjectTypes.empty())
    Out["object_type"] = namesJson(F.ObjectTypes);
  if (!F.Advice.empty())
    Out["advice"] = F.Advice;
  if (!F.Transitive)
    Out["transitive"] = false;
  if (!F.Twins.empty()) {
    Out["twins"] = json::array();
    for (const AsyncTwin &T : F.Twins)
      Out["twins"].push_back(twinJson(T));
  }
  return Out;
}

json frameworkJson(const FrameworkIdioms &F) {
  json Out = {{"id", F.Id}, {"coroutine_types", F.CoroutineTypes}};
  auto Put = [&](const char *Key, const std::string &V) {
    if (!V.empty())
      Out[Key] = V;
  };
  Put("name", F.DisplayName);
  if (F.FrameworkKind == FrameworkIdioms::Kind::Generator)
    Out["kind"] = "generator";
  if (!F.PromiseTypes.empty())
    Out["promise_types"] = F.PromiseTypes;
  Put("completion_token", F.CompletionToken);
  Put("error_token", F.ErrorToken);
  if (!F.ErrorCodeTypes.empty())
    Out["error_code_types"] = F.ErrorCodeTypes;
  Put("executor", F.Executor);
  Put("sleep", F.Sleep);
  if (!F.Sleep.empty())
    Out["sleep_duration"] = F.SleepDuration;
  if (F.Concurrently) {
    const ConcurrencyIdiom &C = *F.Concurrently;
    json Idiom = {{"style", C.CombineStyle == ConcurrencyIdiom::Style::Tuple ? "tuple"
                                                                            : "asio-operators"},
                  {"expression", C.Expression},
                  {"separator", C.Separator},
                  {"operand_types", C.OperandTypes}};
    if (!C.UsingNamespace.empty())
      Idiom["using_namespace"] = C.UsingNamespace;
    if (!C.Element.empty())
      Idiom["element"] = C.Element;
    if (!C.Headers.empty())
      Idiom["headers"] = headersJson(C.Headers);
    Out["concurrently"] = Idiom;
  }
  if (F.Batch) {
    const BatchIdiom &B = *F.Batch;
    json Idiom = {{"task_type", B.TaskType},
                  {"make_task", B.MakeTask},
                  {"await_all", B.AwaitAll},
                  {"results", B.ResultStyle == BatchIdiom::Results::ParallelGroup ? "parallel-group"
                                                                                   : "values"}};
    if (!B.AwaitAllBounded.empty())
      Idiom["await_all_bounded"] = B.AwaitAllBounded;
    if (!B.Headers.empty())
      Idiom["headers"] = headersJson(B.Headers);
    Out["batch"] = Idiom;
  }
  if (!F.Headers.empty())
    Out["headers"] = headersJson(F.Headers);
  return Out;
}

} // namespace

std::string printCatalog(const Catalog &Cat) {
  json Root = {{"version", Cat.Version}};
  Root["frameworks"] = json::array();
  for (const FrameworkIdioms &F : Cat.Frameworks)
    Root["frameworks"].push_back(frameworkJson(F));
  Root["blocking_functions"] = json::array();
  for (const BlockingFunction &F : Cat.Blocking)
    Root["blocking_functions"].push_back(blockingJson(F));
  Root["io_calls"] = json::array();
  for (const IoCall &C : Cat.IoCalls) {
    json Item = {{"name", namesJson(C.Names)}, {"kind", ioKindName(C.Kind)}};
    if (C.Constructor)
      Item["constructor"] = true;
    if (C.QueryArg)
      Item["query_arg"] = *C.QueryArg;
    Root["io_calls"].push_back(Item);
  }
  Root["resources"] = json::array();
  for (const ResourcePair &R : Cat.Resources) {
    json Item = {{"resource", R.Resource}, {"release", R.Release}};
    if (!R.Acquire.empty())
      Item["acquire"] = R.Acquire;
    if (!R.AcquireOutParam.empty())
      Item["acquire_out_param"] = R.AcquireOutParam;
    if (!R.Borrowers.empty())
      Item["borrowers"] = R.Borrowers;
    if (!R.Reassign.empty())
      Item["reassign"] = R.Reassign;
    if (R.ReleaseOnFailure)
      Item["release_on_failure"] = true;
    Root["resources"].push_back(Item);
  }
  Root["concurrency_safe_types"] = Cat.ConcurrencySafeTypes;
  Root["single_operation_types"] = Cat.SingleOperationTypes;
  Root["ordering_functions"] = Cat.OrderingFunctions;
  Root["synchronization_functions"] = Cat.SynchronizationFunctions;
  Root["synchronization_types"] = Cat.SynchronizationTypes;
  Root["loop_input_functions"] = Cat.LoopInputFunctions;
  Root["loop_algorithms"] = Cat.LoopAlgorithms;
  Root["inline_callers"] = Cat.InlineCallers;
  json Advice = json::object();
  for (const auto &[Kind, Text] : Cat.KindAdvice)
    Advice[blockingKindName(Kind)] = Text;
  Root["kind_advice"] = Advice;
  return Root.dump(2) + "\n";
}

} // namespace async_tidy
