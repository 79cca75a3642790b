// An awaited function of the project whose body is in another translation
// unit may wait for anything or for nothing (a cache read, a computation):
// no finding rests on it. Its await ends the run, and ExplainDependencies
// says what would let the check judge it: summaries of the project
// (async-tidy --cross-tu) or an annotation of the request it makes. A
// catalogued request, an annotated one, and a body this unit has are
// judged as before.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" -- -isystem %shapes -I %annotations
// RUN: %clang_tidy_plugin -checks='-*,async-serial-awaits' \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" %s -- \
// RUN:   -std=c++20 -isystem %shapes -I %annotations 2>&1 | %filecheck %s --check-prefix=EXPLAIN

#include <async_tidy/annotations.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

#include <string>

using drogon::Task;
using drogon::orm::DbClientPtr;

// Defined in other files of the project.
Task<std::string> display_name(int user);
Task<int> unread_count(int user);
class Sessions {
public:
  Task<bool> is_valid(std::string token);
};
ASYNC_TIDY_DATABASE Task<std::string> load_bio(int user);
ASYNC_TIDY_DATABASE Task<int> load_karma(int user);

// Bodies elsewhere: what they wait for is not known.
Task<std::string> header(int user) {
  std::string name = co_await display_name(user);
  // EXPLAIN: :[[@LINE-1]]:22: remark: await of 'display_name' is not grouped (unknown-work: what 'display_name' waits for is not known: its body is in another translation unit; with summaries of the project (async-tidy --cross-tu) it is judged from its body, or annotate its declaration with the request it makes (ASYNC_TIDY_DATABASE, ASYNC_TIDY_HTTP, ASYNC_TIDY_LLM))
  int unread = co_await unread_count(user);
  // EXPLAIN: :[[@LINE-1]]:16: remark: await of 'unread_count' is not grouped (unknown-work: {{.*}})
  co_return name + std::to_string(unread);
}

// A member function counts the same; its await also ends the run that a
// catalogued query began.
Task<int> guarded_count(DbClientPtr db, Sessions &sessions, std::string token) {
  auto users = co_await db->execSqlCoro("select count(*) from users");
  bool valid = co_await sessions.is_valid(token);
  // EXPLAIN: :[[@LINE-1]]:16: remark: await of 'is_valid' is not grouped (unknown-work: what 'Sessions::is_valid' waits for {{.*}})
  auto orders = co_await db->execSqlCoro("select count(*) from orders");
  co_return valid ? static_cast<int>(users.size() + orders.size()) : 0;
}

// Annotated requests: reported without any body or summary.
Task<std::string> profile(int user) {
  std::string bio = co_await load_bio(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 2 independent awaits in 'profile' run one after another ('load_bio', 'load_karma'); {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: no automatic fix: Drogon has no idiom for running awaits concurrently
  int karma = co_await load_karma(user);
  co_return bio + std::to_string(karma);
}

// A body this unit has, which makes a catalogued request: an operation.
Task<int> count_in(DbClientPtr db, std::string table) {
  auto rows = co_await db->execSqlCoro("select count(*) from " + table);
  co_return static_cast<int>(rows.size());
}
Task<int> totals(DbClientPtr db) {
  int users = co_await count_in(db, "users");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 2 independent awaits in 'totals' run one after another ('count_in', 'count_in'); {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: no automatic fix: Drogon has no idiom for running awaits concurrently
  int orders = co_await count_in(db, "orders");
  co_return users + orders;
}
