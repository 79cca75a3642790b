// C code acquires and releases a handle under the same condition: a flag
// set with the acquisition, or the test that guarded it repeated before the
// release. No run takes the path that leaks, so nothing is reported (before
// flags were followed, each of these was a false finding). A pointer is a
// flag too (null or not), and a guard that leaves before the acquisition
// (`if (!in) return -1;`) says what its variable is after it. The flag may
// be set before the test (from the options), be a global or a field read
// through a variable (`opts->flat`), be one operand of an `&&`, or be the
// value of the `case` the acquisition runs under. A flag the path cannot
// know (written in between, passed by address, volatile, tested against a
// different value, a guard that does not leave, one operand of an `||`, a
// `case` fallen into) leaves the leak reported.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -I/usr/include/postgresql

#include <libpq-fe.h>
#include <stdio.h>
#include <string.h>

enum output_mode { FLAT, TABLE };

// The flag is set next to the acquisition (collectd's log file).
void log_line(const char *path, const char *line) {
  FILE *fh;
  int do_close = 0;
  if (path == NULL || strcmp(path, "stderr") == 0)
    fh = stderr;
  else {
    fh = fopen(path, "a");
    do_close = 1;
  }
  if (fh == NULL)
    return;
  fputs(line, fh);
  if (do_close)
    fclose(fh);
}

// The guard of the acquisition is repeated before the release.
int report(enum output_mode mode, const char *path) {
  FILE *out = NULL;
  if (mode == FLAT)
    out = fopen(path, "w");
  if (mode == FLAT && out == NULL)
    return -1;
  if (mode == FLAT)
    fprintf(out, "rows\n");
  if (mode == FLAT)
    fclose(out);
  return 0;
}

// A retry loop that goes round only after releasing (pgstats' password
// prompt).
PGconn *connect_with_retry(const char *info, int ask) {
  PGconn *conn;
  int again;
  do {
    again = 0;
    conn = PQconnectdb(info);
    if (PQstatus(conn) == CONNECTION_BAD && ask) {
      PQfinish(conn);
      again = 1;
    }
  } while (again);
  return conn;
}

// The flag changes between acquisition and release: the leak is reported.
void flag_rewritten(const char *path, int verbose) {
  int do_close = 0;
  FILE *fh = fopen(path, "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'fh' from 'fopen' is not released with 'fclose' on every path out of 'flag_rewritten' [async-unclosed-client]
  if (fh == NULL)
    return;
  do_close = 1;
  fputs("x", fh);
  if (verbose)
    do_close = 0;
  if (do_close)
    fclose(fh);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'fh' goes out of scope here

// The guard's variable is written in the function: its test says nothing
// about the acquisition any more.
int guard_rewritten(enum output_mode mode, const char *path) {
  FILE *out = NULL;
  if (mode == FLAT)
    out = fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'guard_rewritten' [async-unclosed-client]
  if (out == NULL)
    return -1;
  mode = TABLE;
  if (mode == FLAT)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

void set_flag(int *flag);

// A flag whose address is taken may change behind the walk's back.
void flag_by_address(const char *path) {
  int do_close = 1;
  FILE *fh = fopen(path, "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'fh' from 'fopen' is not released with 'fclose' on every path out of 'flag_by_address' [async-unclosed-client]
  if (fh == NULL)
    return;
  set_flag(&do_close);
  if (do_close)
    fclose(fh);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'fh' goes out of scope here

// Released under a different condition than acquired: a real leak.
int other_mode(enum output_mode mode, const char *path) {
  FILE *out = NULL;
  if (mode == FLAT)
    out = fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'other_mode' [async-unclosed-client]
  if (out == NULL)
    return -1;
  if (mode == TABLE)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

// A guard before the acquisition that leaves (`if (!in) return`) says the
// test again after it cannot succeed: its leaking return is unreachable
// (luoyuncloud's gz decompressor, where `!out` was meant).
int decompress(const char *src, const char *dst) {
  FILE *in = fopen(src, "rb");
  if (!in)
    return -1;
  FILE *out = fopen(dst, "wb");
  if (!in) {
    fclose(in);
    return -1;
  }
  int c;
  while ((c = fgetc(in)) != EOF)
    fputc(c, out);
  fclose(out);
  fclose(in);
  return 0;
}

// The same with a guard that only logs, and with a guard whose variable
// changes later: the second test may succeed, and leaks.
int decompress_logged(FILE *in, const char *dst) {
  if (!in)
    fputs("no input\n", stderr);
  FILE *out = fopen(dst, "wb");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'decompress_logged' [async-unclosed-client]
  if (!in)
    return -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  int c;
  while ((c = fgetc(in)) != EOF)
    fputc(c, out);
  fclose(out);
  return 0;
}
int decompress_fallback(FILE *in, FILE *fallback, const char *dst) {
  if (!in)
    return -1;
  FILE *out = fopen(dst, "wb");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'decompress_fallback' [async-unclosed-client]
  in = fallback;
  if (!in)
    return -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  int c;
  while ((c = fgetc(in)) != EOF)
    fputc(c, out);
  fclose(out);
  return 0;
}

// A label between the guard and the acquisition: the jump to it skips the
// guard, so the test after the acquisition may succeed, and leaks.
int decompress_quick(FILE *in, const char *dst, int quick) {
  if (quick)
    goto open;
  if (!in)
    return -1;
open:;
  FILE *out = fopen(dst, "wb");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'decompress_quick' [async-unclosed-client]
  if (!in)
    return -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  fclose(out);
  return 0;
}

// The mode comes from the options, parsed in the same function before the
// test: written before the acquisition's `if`, never between it and the
// release, so the release's test repeats what the acquisition's knew.
int main_with_options(int argc, char **argv) {
  enum output_mode mode = TABLE;
  for (int i = 1; i < argc; ++i)
    if (strcmp(argv[i], "--flat") == 0)
      mode = FLAT;
  FILE *out = NULL;
  if (mode == FLAT)
    out = fopen("rows.txt", "w");
  if (mode == FLAT && out == NULL)
    return 1;
  if (mode == FLAT)
    fclose(out);
  return 0;
}

// A mode kept in a global, set once at start-up.
static int log_to_file;
static enum output_mode global_mode;

void log_rows(const char *path) {
  FILE *log = NULL;
  if (log_to_file) {
    log = fopen(path, "a");
    if (!log)
      return;
  }
  if (log_to_file)
    fputs("rows\n", log);
  if (log_to_file)
    fclose(log);
}

// The acquisition under two conditions at once.
void dump_rows(const char *path) {
  FILE *out = NULL;
  if (global_mode == FLAT && path != NULL)
    out = fopen(path, "w");
  if (out == NULL)
    return;
  fputs("rows\n", out);
  if (global_mode == FLAT)
    fclose(out);
}

// The acquisition under a `case` that nothing falls into.
int dump_by_mode(enum output_mode mode, const char *path) {
  FILE *out = NULL;
  switch (mode) {
  case TABLE:
    puts("table");
    break;
  case FLAT:
    out = fopen(path, "w");
    if (out == NULL)
      return -1;
    break;
  }
  if (mode == FLAT)
    fclose(out);
  return 0;
}

// A global written on the path between the two tests: the release's test
// may fail, and leaks.
void log_rows_stopped(const char *path) {
  FILE *log = NULL;
  if (log_to_file)
    log = fopen(path, "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'log' from 'fopen' is not released with 'fclose' on every path out of 'log_rows_stopped' [async-unclosed-client]
  if (log == NULL)
    return;
  log_to_file = 0;
  if (log_to_file)
    fclose(log);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'log' goes out of scope here

// The branch changes the mode before the acquisition: its test says
// nothing about the release's.
int mode_changed_in_branch(enum output_mode mode, const char *path, int plain) {
  FILE *out = NULL;
  if (mode == FLAT) {
    if (plain)
      mode = TABLE;
    out = fopen(path, "w");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'mode_changed_in_branch' [async-unclosed-client]
  }
  if (out == NULL)
    return -1;
  if (mode == FLAT)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

// Only one operand of an `||` is known where the acquisition runs.
void dump_either(const char *path, int force) {
  FILE *out = NULL;
  if (global_mode == FLAT || force)
    out = fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'dump_either' [async-unclosed-client]
  if (out == NULL)
    return;
  if (global_mode == FLAT)
    fclose(out);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'out' goes out of scope here

// A `case` the one before falls into: the mode may be either there.
int dump_fallthrough(enum output_mode mode, const char *path) {
  FILE *out = NULL;
  switch (mode) {
  case TABLE:
    puts("table");
    // fall through
  case FLAT:
    out = fopen(path, "w");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'dump_fallthrough' [async-unclosed-client]
    if (out == NULL)
      return -1;
    break;
  }
  if (mode == FLAT)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

// A signal handler's stop flag is volatile: no fact is kept about it.
static volatile int keep_log;

void log_rows_volatile(const char *path) {
  FILE *log = NULL;
  if (keep_log)
    log = fopen(path, "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'log' from 'fopen' is not released with 'fclose' on every path out of 'log_rows_volatile' [async-unclosed-client]
  if (log == NULL)
    return;
  if (keep_log)
    fclose(log);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'log' goes out of scope here

// The mode kept in a field of the options (`opts->flat`, `o.flat`), read
// through a parameter or a local filled by the option parser.
struct options {
  int flat;
  const char *path;
};
void parse_options(int argc, char **argv, struct options *o);
void set_mode(int *flat);

int write_report(const struct options *opts) {
  FILE *out = NULL;
  if (opts->flat)
    out = fopen(opts->path, "w");
  if (opts->flat && !out)
    return -1;
  if (opts->flat)
    fclose(out);
  return 0;
}

int main_with_struct(int argc, char **argv) {
  struct options o;
  parse_options(argc, argv, &o);
  FILE *out = NULL;
  if (o.flat) {
    out = fopen(o.path, "w");
    if (!out)
      return 1;
  }
  if (o.flat)
    fclose(out);
  return 0;
}

// The field written between the tests, the variable it is read through
// pointed elsewhere, or the field handed out by address: the release's
// test may fail, and leaks.
int write_report_reset(struct options *opts) {
  FILE *out = NULL;
  if (opts->flat)
    out = fopen(opts->path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'write_report_reset' [async-unclosed-client]
  if (!out)
    return -1;
  opts->flat = 0;
  if (opts->flat)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

int write_report_defaults(const struct options *opts, const struct options *defaults) {
  FILE *out = NULL;
  if (opts->flat)
    out = fopen(opts->path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'write_report_defaults' [async-unclosed-client]
  if (!out)
    return -1;
  opts = defaults;
  if (opts->flat)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

int write_report_asked(struct options *opts) {
  FILE *out = NULL;
  if (opts->flat)
    out = fopen(opts->path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'write_report_asked' [async-unclosed-client]
  if (!out)
    return -1;
  set_mode(&opts->flat);
  if (opts->flat)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

// A `case` written on one line with its `break`, and a switch nested in the
// run: neither is a way into the acquisition's run.
int dump_compact(enum output_mode mode, enum output_mode header, const char *path) {
  FILE *out = NULL;
  switch (mode) {
  case TABLE: break;
  case FLAT:
    switch (header) {
    case TABLE:
      puts("header");
      break;
    case FLAT:
      break;
    }
    out = fopen(path, "w");
    if (out == NULL)
      return -1;
    break;
  }
  if (mode == FLAT)
    fclose(out);
  return 0;
}

// Ways the flag changes that the walk must see: a static local keeps its
// value between calls (its initializer runs once), the condition writes
// the flag after testing it, the object is written whole or through
// another name, and a `goto` into the branch skips its test.
void write_once(const char *path) {
  static int first_time = 1;
  FILE *out = fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'write_once' [async-unclosed-client]
  if (!out)
    return;
  if (!first_time)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  first_time = 0;
  fclose(out);
}

int next_state(void);
void stepped(int state, const char *path) {
  FILE *out = NULL;
  if (state == 1 && (state = next_state()) >= 0)
    out = fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'stepped' [async-unclosed-client]
  if (out == NULL)
    return;
  if (state == 1)
    fclose(out);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'out' goes out of scope here

int write_report_copied(struct options *opts, const struct options *defaults) {
  FILE *out = NULL;
  if (opts->flat)
    out = fopen(opts->path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'write_report_copied' [async-unclosed-client]
  if (!out)
    return -1;
  *opts = *defaults;
  if (opts->flat)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

int write_report_aliased(const char *path) {
  struct options o = {1, path};
  struct options *p = &o;
  FILE *out = NULL;
  if (o.flat)
    out = fopen(o.path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'write_report_aliased' [async-unclosed-client]
  if (!out)
    return -1;
  p->flat = 0;
  if (o.flat)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

int reopen(enum output_mode mode, const char *path, int retry) {
  FILE *out = NULL;
  if (retry)
    goto open;
  if (mode == FLAT) {
  open:
    out = fopen(path, "w");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'reopen' [async-unclosed-client]
  }
  if (out == NULL)
    return -1;
  if (mode == FLAT)
    fclose(out);
  return 0;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

// A field of a volatile object (shared with a signal handler) is no flag.
struct shared_state {
  int logging;
};
void log_shared(volatile struct shared_state *state, const char *path) {
  FILE *log = NULL;
  if (state->logging)
    log = fopen(path, "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'log' from 'fopen' is not released with 'fclose' on every path out of 'log_shared' [async-unclosed-client]
  if (log == NULL)
    return;
  if (state->logging)
    fclose(log);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'log' goes out of scope here

// A parsing loop whose own flags take many values: the walk reaches the loop
// with more sets of facts than it keeps apart, and then keeps what all of
// them share. The mode was never written, so its fact survives the merge and
// the release under it is known to run (fio's job file parser).
int parse_jobs(const char *path, int is_buf) {
  FILE *f;
  int first = 1, skip = 0, inside = 0, global = 0, ret = 0;
  if (is_buf)
    f = NULL;
  else {
    f = fopen(path, "r");
    if (!f)
      return 1;
  }
  for (;;) {
    int token = is_buf ? 0 : fgetc(f);
    if (token < 0)
      break;
    if (token == 1)
      first = 0;
    if (token == 2)
      skip = 1;
    if (token == 3)
      inside = 1;
    if (token == 4)
      global = 1;
    if (first && skip && inside && global)
      ret = 2;
  }
  if (!is_buf)
    fclose(f);
  return ret;
}

// The same loop, where the flag the release tests is one the loop sets on
// some paths only: the merge forgets it, and the path that set it leaks.
int parse_jobs_lost(const char *path) {
  FILE *f = fopen(path, "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'f' from 'fopen' is not released with 'fclose' on every path out of 'parse_jobs_lost' [async-unclosed-client]
  int first = 1, skip = 0, inside = 0, handed = 0;
  if (!f)
    return 1;
  for (;;) {
    int token = fgetc(f);
    if (token < 0)
      break;
    if (token == 1)
      first = 0;
    if (token == 2)
      skip = 1;
    if (token == 3)
      inside = 1;
    if (token == 4)
      handed = 1;
  }
  if (!handed)
    fclose(f);
  return first + skip + inside;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: leaks when this 'return' is taken

// The flag gets its value before the acquisition, and only the branch that
// does not acquire changes it: every path to the acquisition knows it is 0
// (util-linux's pg, whose buffer is a temporary file unless the input can
// seek).
int seekable(FILE *f);
void page_file(FILE *f) {
  int nobuf = 0;
  FILE *fbuf;
  if (!seekable(f))
    fbuf = tmpfile();
  else {
    fbuf = f;
    nobuf = 1;
  }
  if (fbuf == NULL)
    return;
  fgetc(fbuf);
  if (!nobuf)
    fclose(fbuf);
}

// The flag is set before, but a path between it and the acquisition may
// change it: the leak when it was changed is reported.
void page_file_reset(FILE *f, int quiet) {
  int nobuf = 0;
  FILE *fbuf;
  if (quiet)
    nobuf = 1;
  fbuf = tmpfile();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'fbuf' from 'tmpfile' is not released with 'fclose' on every path out of 'page_file_reset' [async-unclosed-client]
  if (fbuf == NULL)
    return;
  fgetc(fbuf);
  if (!nobuf)
    fclose(fbuf);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'fbuf' goes out of scope here
