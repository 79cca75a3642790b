//===--- ResourceFlowTest.cpp - Handles that reach an exit unreleased -----===//
//
// Each test is one function `f` over declarations shaped like the C client
// libraries (names and signatures as curl, libpq, sqlite and hiredis declare
// them), analysed with the default catalog. The expectation lists the leaks:
// the acquiring function and each leaking exit as `kind@line`, lines counted
// from the start of the snippet.
//
//===----------------------------------------------------------------------===//

#include "ResourceFlow.h"
#include "AstTestSupport.h"

#include "clang/Basic/SourceManager.h"

using namespace async_tidy;
using namespace async_tidy::test;

namespace {

const char *ClientApis = R"cpp(extern "C" {
typedef void CURL; struct curl_slist;
CURL *curl_easy_init(); void curl_easy_cleanup(CURL *); int curl_easy_perform(CURL *);
curl_slist *curl_slist_append(curl_slist *, const char *); void curl_slist_free_all(curl_slist *);
struct pg_conn; typedef pg_conn PGconn; struct pg_result; typedef pg_result PGresult;
PGconn *PQconnectdb(const char *); void PQfinish(PGconn *); int PQstatus(const PGconn *);
PGresult *PQexec(PGconn *, const char *); void PQclear(PGresult *); int PQntuples(const PGresult *);
struct sqlite3; struct sqlite3_stmt;
int sqlite3_open(const char *, sqlite3 **); int sqlite3_close(sqlite3 *);
int sqlite3_prepare_v2(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
int sqlite3_finalize(sqlite3_stmt *); int sqlite3_step(sqlite3_stmt *);
void keep(void *); void exit(int) __attribute__((noreturn)); struct redisContext; int redisGetReply(redisContext *, void **); void freeReplyObject(void *);
}
struct HttpClient { int get(); };
struct Session { void start() { delete this; } };
void consume(HttpClient *);
)cpp";
// The snippet's first line is line 1; ClientApis takes 16 lines.
constexpr unsigned FirstLine = 17;

std::vector<std::string> leaks(const std::string &Code) {
  auto AST = buildAST(std::string(ClientApis) + Code, /*WithPrelude=*/false);
  clang::ASTContext &Ctx = AST->getASTContext();
  ResourceModel Model(defaultCatalog(), {".*Client", ".*Session"});
  const clang::FunctionDecl *F = findFunction(Ctx, "f");
  std::vector<std::string> Out;
  const clang::SourceManager &SM = Ctx.getSourceManager();
  ExitingFunctions Exiting(Ctx);
  for (const ResourceLeak &Leak :
       findResourceLeaks(*F, *const_cast<clang::Stmt *>(F->getBody()), Ctx, Model, Exiting)) {
    std::string Line = Leak.What.Function + ":";
    for (const LeakingExit &Exit : Leak.Exits) {
      std::string Kind;
      switch (Exit.ExitKind) {
      case LeakingExit::Kind::Return:
        Kind = Exit.Keyword;
        break;
      case LeakingExit::Kind::ScopeEnd:
        Kind = "scope";
        break;
      case LeakingExit::Kind::Overwrite:
        Kind = "overwrite";
        break;
      case LeakingExit::Kind::Reacquire:
        Kind = "again";
        break;
      case LeakingExit::Kind::Discarded:
        Kind = "discarded";
        break;
      }
      Line += " " + Kind + "@" + std::to_string(SM.getSpellingLineNumber(Exit.Loc) - FirstLine + 1);
    }
    Out.push_back(Line);
  }
  return Out;
}

using Strings = std::vector<std::string>;

TEST(ResourceFlow, EarlyReturnLeaksTheOtherPathReleases) {
  EXPECT_EQ(leaks(R"cpp(int f(bool bad) {
  CURL *curl = curl_easy_init();
  if (bad)
    return 1;
  curl_easy_cleanup(curl);
  return 0;
})cpp"),
            Strings{"curl_easy_init: return@4"});
}

TEST(ResourceFlow, ReleasedOnEveryPathIsNoLeak) {
  EXPECT_EQ(leaks(R"cpp(int f(bool bad) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return 1;
  if (curl_easy_perform(curl) != 0) {
    curl_easy_cleanup(curl);
    return 2;
  }
  curl_easy_cleanup(curl);
  return 0;
})cpp"),
            Strings{});
}

TEST(ResourceFlow, NullChecksEndTrackingOnTheNullBranchOnly) {
  EXPECT_EQ(leaks(R"cpp(void f() {
  CURL *a = curl_easy_init();
  if (a == nullptr) return;
  CURL *b = curl_easy_init();
  if (b) { curl_easy_cleanup(b); }
  if (!a || curl_easy_perform(a)) return;
  curl_easy_cleanup(a);
})cpp"),
            Strings{"curl_easy_init: return@6"});
}

TEST(ResourceFlow, FallingOffTheScopeLeaks) {
  EXPECT_EQ(leaks(R"cpp(void f(const char *sql) {
  PGconn *conn = PQconnectdb("");
  {
    PGresult *res = PQexec(conn, sql);
    if (PQntuples(res) > 0)
      keep(nullptr);
  }
  PQfinish(conn);
})cpp"),
            Strings{"PQexec: scope@7"});
}

TEST(ResourceFlow, StatusChecksAreNotNullChecks) {
  // PQconnectdb returns a connection object even on failure: it must be
  // finished either way.
  EXPECT_EQ(leaks(R"cpp(int f() {
  PGconn *conn = PQconnectdb("");
  if (PQstatus(conn) != 0)
    return 1;
  PQfinish(conn);
  return 0;
})cpp"),
            Strings{"PQconnectdb: return@4"});
}

TEST(ResourceFlow, DiscardedResultsLeakAtOnce) {
  EXPECT_EQ(leaks(R"cpp(void f(PGconn *conn) {
  PQexec(conn, "BEGIN");
  (void)PQexec(conn, "COMMIT");
  PQclear(PQexec(conn, "SELECT 1"));
})cpp"),
            (Strings{"PQexec: discarded@2", "PQexec: discarded@3"}));
}

TEST(ResourceFlow, EscapesEndTracking) {
  EXPECT_EQ(leaks(R"cpp(CURL *global;
struct Holder { CURL *handle; CURL *f(bool b, CURL **out); };
CURL *Holder::f(bool b, CURL **out) {
  CURL *returned = curl_easy_init();
  CURL *stored = curl_easy_init();
  CURL *given = curl_easy_init();
  CURL *captured = curl_easy_init();
  CURL *aliased = curl_easy_init();
  CURL *globalized = curl_easy_init();
  CURL *handed_out = curl_easy_init();
  handle = stored;
  keep(given);
  auto later = [captured] { curl_easy_cleanup(captured); };
  CURL *alias = aliased;
  global = globalized;
  *out = handed_out;
  if (b) return returned;
  return returned;
})cpp"),
            Strings{});
}

TEST(ResourceFlow, OutParametersAndTheirFailureBranches) {
  // sqlite3_open allocates a handle even when it fails; a failed
  // sqlite3_prepare_v2 leaves no statement.
  EXPECT_EQ(leaks(R"cpp(int f(const char *path) {
  sqlite3 *db = nullptr;
  if (sqlite3_open(path, &db) != 0)
    return 1;
  sqlite3_stmt *stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, "select 1", -1, &stmt, nullptr);
  if (rc != 0) {
    sqlite3_close(db);
    return 2;
  }
  while (sqlite3_step(stmt) == 100) {}
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return 0;
})cpp"),
            Strings{"sqlite3_open: return@4"});
}

TEST(ResourceFlow, ReassigningCallsContinueOneHandle) {
  EXPECT_EQ(leaks(R"cpp(void f(bool more) {
  curl_slist *headers = nullptr;
  headers = curl_slist_append(headers, "Accept: json");
  headers = curl_slist_append(headers, "X-A: 1");
  if (more)
    return;
  curl_slist_free_all(headers);
})cpp"),
            Strings{"curl_slist_append: return@6"});
}

TEST(ResourceFlow, LoopsLeakEachIterationAndOverwritesLeak) {
  EXPECT_EQ(leaks(R"cpp(void f(int n) {
  for (int i = 0; i < n; ++i) {
    CURL *c = curl_easy_init();
    if (i == 3) break;
    curl_easy_cleanup(c);
  }
  CURL *h = nullptr;
  for (int i = 0; i < n; ++i)
    h = curl_easy_init();
  curl_easy_cleanup(h);
  CURL *o = curl_easy_init();
  o = nullptr;
})cpp"),
            (Strings{"curl_easy_init: break@4", "curl_easy_init: again@9",
                     "curl_easy_init: overwrite@12"}));
}

TEST(ResourceFlow, ReturnedAcquisitionsAreNotDiscarded) {
  // A wrapper hands its caller the handle.
  EXPECT_EQ(leaks(R"cpp(PGresult *f(PGconn *conn) {
  return PQexec(conn, "select 1");
})cpp"),
            Strings{});
}

TEST(ResourceFlow, ReassigningCallsInALoopBuildOneList) {
  EXPECT_EQ(leaks(R"cpp(void f(const char **names, int n, CURL *c) {
  curl_slist *headers = nullptr;
  for (int i = 0; i < n; ++i)
    headers = curl_slist_append(headers, names[i]);
  curl_slist_free_all(headers);
})cpp"),
            Strings{});
}

TEST(ResourceFlow, FailureTestedThroughAnAssignment) {
  // The loop ends when redisGetReply fails, which leaves no reply.
  EXPECT_EQ(leaks(R"cpp(void f(redisContext *c) {
  void *reply = nullptr;
  int status;
  while ((status = redisGetReply(c, &reply)) == 0)
    freeReplyObject(reply);
})cpp"),
            Strings{});
}

TEST(ResourceFlow, OutParameterAcquiredAgainOverwrites) {
  EXPECT_EQ(leaks(R"cpp(void f(redisContext *c) {
  void *reply = nullptr;
  if (redisGetReply(c, &reply) != 0)
    return;
  redisGetReply(c, &reply);
  freeReplyObject(reply);
})cpp"),
            Strings{"redisGetReply: overwrite@5"});
}

TEST(ResourceFlow, NoReturnCallsAreNotLeaks) {
  EXPECT_EQ(leaks(R"cpp(void f() {
  CURL *c = curl_easy_init();
  if (curl_easy_perform(c) != 0)
    exit(1);
  curl_easy_cleanup(c);
})cpp"),
            Strings{});
}

TEST(ResourceFlow, ClientObjectsFromNew) {
  EXPECT_EQ(leaks(R"cpp(int f(bool b) {
  HttpClient *client = new HttpClient();
  if (b) return client->get();
  HttpClient *given = new HttpClient;
  consume(given);
  Session *session = new Session();
  session->start();
  delete client;
  return 0;
})cpp"),
            Strings{"new: return@3"});
}

TEST(ResourceFlow, ExplicitThrowIsAnExit) {
  EXPECT_EQ(leaks(R"cpp(void f(bool b) {
  CURL *c = curl_easy_init();
  if (b) throw 1;
  curl_easy_cleanup(c);
})cpp"),
            Strings{"curl_easy_init: throw@3"});
}

TEST(ResourceFlow, HandleUsesAreClassified) {
  auto AST = buildAST(std::string(ClientApis) + R"cpp(void f(PGconn *c) {
  PGresult *r = PQexec(c, "");
  PQntuples(r); if (!r) {} r == nullptr; PQclear(r); keep(r); r = nullptr;
})cpp",
                      false);
  clang::ASTContext &Ctx = AST->getASTContext();
  ResourceModel Model(defaultCatalog(), {});
  const clang::FunctionDecl *F = findFunction(Ctx, "f");
  clang::ParentMap Parents(F->getBody());
  const ResourcePair *PGresult = nullptr;
  for (const ResourcePair &R : defaultCatalog().Resources)
    if (R.Resource == "PGresult")
      PGresult = &R;
  ASSERT_NE(PGresult, nullptr);
  struct Refs : clang::RecursiveASTVisitor<Refs> {
    std::vector<const clang::DeclRefExpr *> Found;
    bool VisitDeclRefExpr(clang::DeclRefExpr *E) {
      if (E->getDecl()->getName() == "r")
        Found.push_back(E);
      return true;
    }
  } Collect;
  Collect.TraverseStmt(F->getBody());
  std::vector<HandleUse> Uses;
  for (const clang::DeclRefExpr *Ref : Collect.Found)
    Uses.push_back(classifyHandleUse(*Ref, *PGresult, Model, Parents));
  EXPECT_EQ(Uses,
            (std::vector<HandleUse>{HandleUse::Borrow, HandleUse::Test, HandleUse::Test,
                                    HandleUse::Release, HandleUse::Escape, HandleUse::Overwrite}));
}

} // namespace
