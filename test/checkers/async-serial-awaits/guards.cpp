// A handler that first awaits a check of the project's own (a coroutine
// that throws to reject: a permission check, an ownership check whose
// value it never reads) runs what follows only once the check passed.
// Running the next request concurrently would run it for a caller the
// check rejects: the check orders every await after it (`guard`). Before
// this rule each such check made a false group with the write or read
// after it (seen on the tuning half: a Drogon admin service's
// checkPermission before each create/update/delete, a wiki service's
// getUserProject whose project is unused). An await whose value is used,
// a coroutine that only rethrows, or whose throw its own try catches, a
// virtual check and a body this unit does not have stay operations.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" -- -isystem %shapes
// RUN: %clang_tidy_plugin -checks='-*,async-serial-awaits' \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" %s -- \
// RUN:   -std=c++20 -isystem %shapes 2>&1 | %filecheck %s --check-prefix=EXPLAIN

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

#include <stdexcept>
#include <string>
#include <vector>

using drogon::Task;
using drogon::orm::DbClientPtr;

struct Forbidden : std::runtime_error {
  using std::runtime_error::runtime_error;
};

Task<bool> hasPermission(int user, std::string permission); // a request, elsewhere
Task<int> createDepartment(std::string name);
Task<int> countDepartments();

struct PermissionChecker {
  // Throws to reject: a check.
  static Task<void> checkPermission(int user, std::string permission) {
    bool allowed = co_await hasPermission(user, permission);
    if (!allowed)
      throw Forbidden("forbidden");
  }
  // Rejects through a helper that throws.
  static void require(bool allowed) {
    if (!allowed)
      throw Forbidden("forbidden");
  }
  static Task<void> checkRole(int user) { require(co_await hasPermission(user, "role")); }
  // Returns what it found and throws when nothing is: a fetch when its
  // value is used, a check when it is not.
  static Task<int> ownedProject(int user, int project) {
    if (!co_await hasPermission(user, "project"))
      throw Forbidden("not yours");
    co_return project;
  }
  // Passes failures on: a rethrow rejects nothing.
  static Task<void> audit(int user) {
    try {
      co_await hasPermission(user, "audit");
    } catch (...) {
      throw;
    }
  }
  // Throws and catches its own exception: rejects nothing.
  static Task<void> note(int user) {
    try {
      if (user < 0)
        throw Forbidden("bad user");
      co_await hasPermission(user, "note");
    } catch (const Forbidden &) {
    }
  }
};

struct Checks {
  // An override may not reject.
  virtual Task<void> check(int user) {
    if (user < 0)
      throw Forbidden("bad user");
    co_return;
  }
};

// The check orders the write after it.
Task<int> create(int user, std::string name) {
  co_await PermissionChecker::checkPermission(user, "dept:add");
  int id = co_await createDepartment(name);
  co_return id;
}
// EXPLAIN: :[[@LINE-3]]:12: remark: await of 'createDepartment' depends on the await of 'checkPermission' before it (guard: 'PermissionChecker::checkPermission' is a check: it throws to reject, and its value is not used, so what follows runs only once it passed)

// Through a helper that throws.
Task<int> createAsRole(int user, std::string name) {
  co_await PermissionChecker::checkRole(user);
  int id = co_await createDepartment(name);
  co_return id;
}
// EXPLAIN: :[[@LINE-3]]:12: remark: await of 'createDepartment' depends on the await of 'checkRole' before it (guard: 'PermissionChecker::checkRole' is a check

// A variable nothing reads.
Task<int> countOwned(int user) {
  const int project = co_await PermissionChecker::ownedProject(user, 7);
  int count = co_await countDepartments();
  co_return count;
}
// EXPLAIN: :[[@LINE-3]]:15: remark: await of 'countDepartments' depends on the await of 'ownedProject' before it (guard: 'PermissionChecker::ownedProject' is a check

// After the check, two independent requests are still a run.
Task<int> createTwo(int user) {
  co_await PermissionChecker::checkPermission(user, "dept:add");
  // CHECK-MESSAGES: :[[@LINE+1]]:12: warning: 2 independent awaits in 'createTwo' run one after another ('createDepartment', 'countDepartments'); {{.*}} [async-serial-awaits]
  int id = co_await createDepartment("a");
  int count = co_await countDepartments();
  co_return id + count;
}

// A handler that rejects in turn is a check; a rethrow is not (audit).
struct Tokens {
  static Task<void> verify(std::string token) {
    try {
      co_await hasPermission(0, token);
    } catch (...) {
      throw Forbidden("bad token");
    }
  }
};
Task<int> createWithToken(std::string token) {
  co_await Tokens::verify(token);
  int id = co_await createDepartment("a");
  co_return id;
}
// EXPLAIN: :[[@LINE-3]]:12: remark: await of 'createDepartment' depends on the await of 'verify' before it (guard: 'Tokens::verify' is a check

//===--- Still operations ---------------------------------------------------===//

// The same function again is more of the same work, not a check and what
// it guards.
Task<void> notifyBoth() {
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: 2 independent awaits in 'notifyBoth' run one after another ('checkPermission', 'checkPermission'); {{.*}} [async-serial-awaits]
  co_await PermissionChecker::checkPermission(1, "mail");
  co_await PermissionChecker::checkPermission(2, "mail");
}

// The fetched value is used: a fetch, not a check.
Task<int> fetchThenCount(int user) {
  // CHECK-MESSAGES: :[[@LINE+1]]:23: warning: 2 independent awaits in 'fetchThenCount' run one after another ('ownedProject', 'countDepartments'); {{.*}} [async-serial-awaits]
  const int project = co_await PermissionChecker::ownedProject(user, 7);
  int count = co_await countDepartments();
  co_return project + count;
}

// A rethrow, a throw its own try catches, a virtual check.
Task<int> rethrowThenCount(int user) {
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: 2 independent awaits in 'rethrowThenCount' run one after another ('audit', 'countDepartments'); {{.*}} [async-serial-awaits]
  co_await PermissionChecker::audit(user);
  int count = co_await countDepartments();
  co_return count;
}

Task<int> caughtThenCount(int user) {
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: 2 independent awaits in 'caughtThenCount' run one after another ('note', 'countDepartments'); {{.*}} [async-serial-awaits]
  co_await PermissionChecker::note(user);
  int count = co_await countDepartments();
  co_return count;
}

Task<int> virtualThenCount(Checks &checks, int user) {
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: 2 independent awaits in 'virtualThenCount' run one after another ('check', 'countDepartments'); {{.*}} [async-serial-awaits]
  co_await checks.check(user);
  int count = co_await countDepartments();
  co_return count;
}

// A check whose body is elsewhere is not known to reject.
Task<void> checkElsewhere(int user);
Task<int> elsewhereThenCount(int user) {
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: 2 independent awaits in 'elsewhereThenCount' run one after another ('checkElsewhere', 'countDepartments'); {{.*}} [async-serial-awaits]
  co_await checkElsewhere(user);
  int count = co_await countDepartments();
  co_return count;
}
