// C++ ways a flag kept in a field changes between the acquisition's test
// and the release's, which the leak walk must see (same-condition.c has
// the C forms): the object assigned whole (`operator=`), a non-const method
// called on it, a write through a reference to it, another member of a
// union written, a flag set through a callable's reference parameter. Each
// leaves the release's test open, and the leak reported. A const method
// changes nothing.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -std=c++20

#include <cstdio>

struct Options {
  int flat = 0;
  const char *path = nullptr;
  void reload();
  int verbose() const;
};
Options load();

int reassigned(const char *path) {
  Options o = load();
  FILE *out = nullptr;
  if (o.flat)
    out = std::fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'reassigned' [async-unclosed-client]
  if (!out)
    return -1;
  o = load();
  if (o.flat)
    std::fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

int reloaded(const char *path) {
  Options o = load();
  FILE *out = nullptr;
  if (o.flat)
    out = std::fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'reloaded' [async-unclosed-client]
  if (!out)
    return -1;
  o.reload();
  if (o.flat)
    std::fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

int through_reference(const char *path) {
  Options o = load();
  Options &same = o;
  FILE *out = nullptr;
  if (o.flat)
    out = std::fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'through_reference' [async-unclosed-client]
  if (!out)
    return -1;
  same.flat = 0;
  if (o.flat)
    std::fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

union Mode {
  int flat;
  int table;
};
int through_union(Mode m, const char *path) {
  FILE *out = nullptr;
  if (m.flat)
    out = std::fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'through_union' [async-unclosed-client]
  if (!out)
    return -1;
  m.table = 0;
  if (m.flat)
    std::fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

int set_by_callable(const char *path, const char *arg) {
  int flat = 1;
  auto parse = [](int &mode, const char *text) { mode = text[0] == 'f'; };
  FILE *out = nullptr;
  if (flat)
    out = std::fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'set_by_callable' [async-unclosed-client]
  if (!out)
    return -1;
  parse(flat, arg);
  if (flat)
    std::fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

// A const method leaves the object as it was: the tests agree.
int asked_only(const char *path) {
  Options o = load();
  FILE *out = nullptr;
  if (o.flat)
    out = std::fopen(path, "w");
  if (!out)
    return -1;
  if (o.verbose())
    std::puts("writing");
  if (o.flat)
    std::fclose(out);
  return 0;
}
