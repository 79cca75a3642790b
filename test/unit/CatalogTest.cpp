//===--- CatalogTest.cpp - Loading, validating, merging, printing ---------===//

#include "Catalog.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace async_tidy;

namespace {

const BlockingFunction *findBlocking(const Catalog &Cat, const std::string &Name) {
  for (const BlockingFunction &F : Cat.Blocking)
    if (std::find(F.Names.begin(), F.Names.end(), Name) != F.Names.end())
      return &F;
  return nullptr;
}

CatalogError parseError(const std::string &Text, const std::vector<std::string> &OverlaidIds = {}) {
  CatalogParseResult R = parseCatalog(Text, "user.json", OverlaidIds);
  EXPECT_FALSE(R.Value.has_value()) << "expected an error for:\n" << Text;
  return R.Error.value_or(CatalogError{});
}

TEST(DefaultCatalog, HoldsEveryApiTheChecksPromise) {
  const Catalog &Cat = defaultCatalog();
  EXPECT_EQ(Cat.Version, CatalogSchemaVersion);
  for (const char *Name : {"std::this_thread::sleep_for",
                           "std::this_thread::sleep_until",
                           "sleep",
                           "usleep",
                           "nanosleep",
                           "boost::asio::basic_stream_socket::read_some",
                           "boost::asio::basic_stream_socket::write_some",
                           "boost::asio::read",
                           "boost::asio::write",
                           "boost::asio::connect",
                           "boost::asio::ip::basic_resolver::resolve",
                           "boost::beast::http::read",
                           "boost::beast::http::write",
                           "curl_easy_perform",
                           "cpr::Get",
                           "cpr::Post",
                           "cpr::Put",
                           "cpr::Delete",
                           "cpr::Patch",
                           "PQexec",
                           "PQexecParams",
                           "PQprepare",
                           "PQexecPrepared",
                           "PQconnectdb",
                           "pqxx::connection",
                           "pqxx::transaction_base::exec",
                           "sqlite3_exec",
                           "sqlite3_step",
                           "redisCommand",
                           "drogon::orm::DbClient::execSqlSync",
                           "drogon::HttpClient::sendRequest",
                           "std::future::get",
                           "std::future::wait",
                           "std::shared_future::get",
                           "std::thread::join",
                           "std::condition_variable::wait",
                           "std::system",
                           "popen",
                           "getaddrinfo",
                           "gethostbyname",
                           "fopen",
                           "fread",
                           "std::basic_ifstream"})
    EXPECT_NE(findBlocking(Cat, Name), nullptr) << Name;
  // PQgetResult is the tail of libpq's non-blocking pattern.
  EXPECT_EQ(findBlocking(Cat, "PQgetResult"), nullptr);
  EXPECT_EQ(findBlocking(Cat, "fopen")->Kind, BlockingKind::File);
  EXPECT_TRUE(findBlocking(Cat, "pqxx::connection")->Constructor);
  for (const char *Id : {"boost-asio", "asio", "folly", "cppcoro", "drogon", "libcoro"})
    EXPECT_NE(Cat.findFramework(Id), nullptr) << Id;
  EXPECT_EQ(Cat.findFramework("std-generator")->FrameworkKind, FrameworkIdioms::Kind::Generator);
  EXPECT_EQ(Cat.KindAdvice.size(), allBlockingKinds().size());
}

TEST(DefaultCatalog, OnlyDrogonsSynchronousSendRequestBlocks) {
  const BlockingFunction *F = findBlocking(defaultCatalog(), "drogon::HttpClient::sendRequest");
  ASSERT_NE(F, nullptr);
  EXPECT_EQ(F->Parameters, (std::vector<std::string>{"*", "double"}));
}

TEST(DefaultCatalog, PrintsAndReparsesToTheSameCatalog) {
  std::string Printed = printCatalog(defaultCatalog());
  CatalogParseResult Again = parseCatalog(Printed, "printed.json");
  ASSERT_TRUE(Again.Value) << Again.Error->format();
  EXPECT_EQ(printCatalog(*Again.Value), Printed);
}

TEST(CatalogParse, AcceptsAMinimalOverlay) {
  CatalogParseResult R = parseCatalog(R"({"version": 1,
    "blocking_functions": [{"name": "acme::Db::query", "kind": "database",
      "twins": [{"frameworks": ["boost-asio"], "member": "async_query"}]}]})",
                                      "user.json", {"boost-asio"});
  ASSERT_TRUE(R.Value) << R.Error->format();
  ASSERT_EQ(R.Value->Blocking.size(), 1u);
  EXPECT_TRUE(R.Value->Blocking[0].Twins[0].AppendToken);
}

struct ErrorCase {
  const char *Name;
  const char *Text;
  unsigned Line, Column;
  const char *Field;
  const char *MessagePart;
};

class CatalogErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CatalogErrors, NameFilePositionAndField) {
  const ErrorCase &C = GetParam();
  CatalogError E = parseError(C.Text, {"boost-asio"});
  EXPECT_EQ(E.File, "user.json");
  EXPECT_EQ(E.Line, C.Line) << E.format();
  EXPECT_EQ(E.Column, C.Column) << E.format();
  EXPECT_EQ(E.Field, C.Field) << E.format();
  EXPECT_NE(E.Message.find(C.MessagePart), std::string::npos) << E.format();
}

INSTANTIATE_TEST_SUITE_P(
    Validation, CatalogErrors,
    ::testing::Values(
        ErrorCase{"BadJson", "{\"version\": 1,\n  \"frameworks\": [,]}", 2, 18, "", "invalid JSON"},
        ErrorCase{"TrailingGarbage", "{\"version\": 1} x", 1, 16, "", "invalid JSON"},
        ErrorCase{"NotAnObject", "[1]", 1, 1, "<document>", "expected an object"},
        ErrorCase{"MissingVersion", "{\"frameworks\": []}", 1, 1, "version",
                  "missing required field 'version'"},
        ErrorCase{"NewerVersion", "{\"version\": 2}", 1, 13, "version",
                  "schema version 2 is not supported"},
        ErrorCase{"VersionNotNumber", "{\"version\": \"1\"}", 1, 13, "version",
                  "non-negative integer"},
        ErrorCase{"UnknownTopField", "{\"version\": 1, \"blocking\": []}", 1, 28, "blocking",
                  "unknown field 'blocking'"},
        ErrorCase{"UnknownKind",
                  "{\"version\": 1, \"blocking_functions\": [\n"
                  "  {\"name\": \"f\", \"kind\": \"netwrk\"}]}",
                  2, 25, "blocking_functions[0].kind", "unknown blocking kind 'netwrk'"},
        ErrorCase{"KindNotString",
                  "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"kind\": 3}]}", 1,
                  61, "blocking_functions[0].kind", "expected a string"},
        ErrorCase{"MissingName", "{\"version\": 1, \"blocking_functions\": [{\"kind\": \"wait\"}]}",
                  1, 39, "blocking_functions[0].name", "missing required field 'name'"},
        ErrorCase{
            "EmptyName",
            "{\"version\": 1, \"blocking_functions\": [{\"name\": \"\", \"kind\": \"wait\"}]}", 1,
            48, "blocking_functions[0].name", "non-empty"},
        ErrorCase{"NameListWithNumber",
                  "{\"version\": 1, \"blocking_functions\": [{\"name\": [\"a\", 2], \"kind\": "
                  "\"wait\"}]}",
                  1, 54, "blocking_functions[0].name[1]", "expected a string"},
        ErrorCase{
            "MisspeltField",
            "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"knd\": \"wait\"}]}", 1,
            60, "blocking_functions[0].knd", "unknown field 'knd'"},
        ErrorCase{"NegativeMinArgs",
                  "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"kind\": \"file\", "
                  "\"min_args\": -1}]}",
                  1, 81, "blocking_functions[0].min_args", "non-negative integer"},
        ErrorCase{"TwinWithTwoForms",
                  "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"kind\": \"wait\", "
                  "\"twins\": [{\"frameworks\": [\"boost-asio\"], \"member\": \"a\", "
                  "\"function\": \"b\"}]}]}",
                  1, 137, "blocking_functions[0].twins[0].function", "exactly one"},
        ErrorCase{"TwinWithoutForm",
                  "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"kind\": \"wait\", "
                  "\"twins\": [{\"frameworks\": [\"boost-asio\"]}]}]}",
                  1, 79, "blocking_functions[0].twins[0]", "needs one of"},
        ErrorCase{
            "TwinUnknownFramework",
            "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"kind\": \"wait\", "
            "\"twins\": [{\"frameworks\": [\"boost-asio\", \"tokio\"], \"member\": \"a\"}]}]}",
            1, 109, "blocking_functions[0].twins[0].frameworks[1]", "unknown framework id 'tokio'"},
        ErrorCase{"TwinBadResult",
                  "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"kind\": \"wait\", "
                  "\"twins\": [{\"frameworks\": [\"boost-asio\"], \"member\": \"a\", "
                  "\"result\": \"void\"}]}]}",
                  1, 135, "blocking_functions[0].twins[0].result", "\"same\" or \"none\""},
        ErrorCase{"DurationArgOnMember",
                  "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"kind\": \"wait\", "
                  "\"twins\": [{\"frameworks\": [\"boost-asio\"], \"member\": \"a\", "
                  "\"duration_arg\": 0}]}]}",
                  1, 141, "blocking_functions[0].twins[0].duration_arg", "only a sleep twin"},
        ErrorCase{"HeaderWithoutBrackets",
                  "{\"version\": 1, \"blocking_functions\": [{\"name\": \"f\", \"kind\": \"wait\", "
                  "\"twins\": [{\"frameworks\": [\"boost-asio\"], \"member\": \"a\", "
                  "\"headers\": [{\"include\": \"x.h\", \"provides\": \"x\"}]}]}]}",
                  1, 149, "blocking_functions[0].twins[0].headers[0].include",
                  "expected a header in <...>"},
        ErrorCase{"FrameworkWithoutTypes", "{\"version\": 1, \"frameworks\": [{\"id\": \"x\"}]}", 1,
                  31, "frameworks[0].coroutine_types", "missing required field"},
        ErrorCase{"FrameworkBadKind",
                  "{\"version\": 1, \"frameworks\": [{\"id\": \"x\", \"kind\": \"sync\", "
                  "\"coroutine_types\": [\"x::task\"]}]}",
                  1, 51, "frameworks[0].kind", "\"async\" or \"generator\""},
        ErrorCase{"SleepWithoutDuration",
                  "{\"version\": 1, \"frameworks\": [{\"id\": \"x\", \"coroutine_types\": "
                  "[\"x::task\"], \"sleep\": \"x::sleep()\"}]}",
                  1, 84, "frameworks[0].sleep", "'{duration}'"},
        ErrorCase{"ErrorTokenWithoutEc",
                  "{\"version\": 1, \"frameworks\": [{\"id\": \"x\", \"coroutine_types\": "
                  "[\"x::task\"], \"error_token\": \"x::redirect({token})\"}]}",
                  1, 90, "frameworks[0].error_token", "'{ec}'"},
        ErrorCase{"IoCallUnknownKind",
                  "{\"version\": 1, \"io_calls\": [{\"name\": \"f\", \"kind\": \"grpc\"}]}", 1, 51,
                  "io_calls[0].kind", "unknown I/O kind 'grpc'"},
        ErrorCase{"ResourceWithoutAcquire",
                  "{\"version\": 1, \"resources\": [{\"resource\": \"h\", \"release\": "
                  "[\"close\"]}]}",
                  1, 30, "resources[0]", "needs 'acquire'"},
        ErrorCase{"OutParamNotIndex",
                  "{\"version\": 1, \"resources\": [{\"resource\": \"h\", \"acquire_out_param\": "
                  "{\"open\": \"1\"}, \"release\": [\"close\"]}]}",
                  1, 78, "resources[0].acquire_out_param.open", "non-negative integer"},
        ErrorCase{"AdviceUnknownKind", "{\"version\": 1, \"kind_advice\": {\"slep\": \"x\"}}", 1,
                  40, "kind_advice.slep", "unknown blocking kind 'slep'"},
        ErrorCase{"OffloadWithNeitherForm",
                  "{\"version\": 1, \"frameworks\": [{\"id\": \"x\", \"coroutine_types\": "
                  "[\"x::task\"], \"offload\": {\"return_hop\": \"back\"}}]}",
                  1, 86, "frameworks[0].offload",
                  "exactly one of 'expression', 'switch_to' and 'unavailable'"},
        ErrorCase{"OffloadWithoutCall",
                  "{\"version\": 1, \"frameworks\": [{\"id\": \"x\", \"coroutine_types\": "
                  "[\"x::task\"], \"offload\": {\"expression\": \"x::run({pool})\", "
                  "\"spawner\": \"x::run\", \"return_hop\": \"back\"}}]}",
                  1, 101, "frameworks[0].offload.expression", "must contain '{call}'"},
        ErrorCase{"BatchQueryWithBothRowForms",
                  "{\"version\": 1, \"batch_queries\": [{\"name\": \"q\", \"row_type\": \"r\", "
                  "\"parameters_argument\": 4, \"key_of\": \"{row}\"}]}",
                  1, 34, "batch_queries[0]", "exactly one of 'row_type'"},
        ErrorCase{"RowNumbersWithoutOwner",
                  "{\"version\": 1, \"batch_queries\": [{\"name\": \"q\", \"parameters_argument\": "
                  "4, \"row_count\": \"n\", \"release\": \"f\", \"handle\": \"{name}\", "
                  "\"key_of\": \"{row}\"}]}",
                  1, 34, "batch_queries[0]", "'owner' (with '{name}' and '{query}')"}),
    [](const ::testing::TestParamInfo<ErrorCase> &Info) { return Info.param.Name; });

TEST(CatalogError, FormatsAsOneLine) {
  CatalogError E{"cat.json", 3, 7, "blocking_functions[2].kind", "unknown blocking kind"};
  EXPECT_EQ(E.format(), "cat.json:3:7: field 'blocking_functions[2].kind': unknown blocking kind");
}

TEST(CatalogMerge, OverlayReplacesByNameAndAppendsTheRest) {
  Catalog Base = defaultCatalog();
  std::size_t Before = Base.Blocking.size();
  CatalogParseResult Overlay = parseCatalog(R"({"version": 1,
    "blocking_functions": [
      {"name": "fopen", "kind": "database", "advice": "use the pool"},
      {"name": "acme::legacy_fetch", "kind": "network"}],
    "inline_callers": ["acme::each", "std::for_each"],
    "frameworks": [{"id": "drogon", "coroutine_types": ["drogon::Task"]}]})",
                                            "overlay.json", {"drogon"});
  ASSERT_TRUE(Overlay.Value) << Overlay.Error->format();
  mergeCatalog(Base, *Overlay.Value);
  EXPECT_EQ(Base.Blocking.size(), Before + 1);
  EXPECT_EQ(findBlocking(Base, "fopen")->Kind, BlockingKind::Database);
  EXPECT_EQ(findBlocking(Base, "fopen")->Advice, "use the pool");
  EXPECT_NE(findBlocking(Base, "acme::legacy_fetch"), nullptr);
  EXPECT_EQ(std::count(Base.InlineCallers.begin(), Base.InlineCallers.end(), "std::for_each"), 1);
  EXPECT_NE(std::find(Base.InlineCallers.begin(), Base.InlineCallers.end(), "acme::each"),
            Base.InlineCallers.end());
  // The drogon framework was replaced whole: no sleep idiom any more.
  EXPECT_TRUE(Base.findFramework("drogon")->Sleep.empty());
}

TEST(CatalogMerge, RemoveFunctionsDropsEntriesNamedByAnyName) {
  Catalog Cat = defaultCatalog();
  removeFunctions(Cat, {"std::shared_future::get", "sqlite3_exec"});
  EXPECT_EQ(findBlocking(Cat, "std::future::get"), nullptr); // Same entry.
  EXPECT_EQ(findBlocking(Cat, "sqlite3_step"), nullptr);
  EXPECT_NE(findBlocking(Cat, "PQexec"), nullptr);
}

TEST(BlockingKinds, RoundTripNames) {
  for (BlockingKind Kind : allBlockingKinds())
    EXPECT_EQ(parseBlockingKind(blockingKindName(Kind)), Kind);
  EXPECT_FALSE(parseBlockingKind("Sleep"));
}

} // namespace
