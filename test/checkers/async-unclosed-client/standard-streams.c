// A C tool writes to stdout unless an option names a file, and closes the
// stream only when it is not the standard one. A stream fopen returns is
// never stdin, stdout or stderr (globals of the C library's header), so
// `if (out != stdout) fclose(out);` releases every stream opened: not
// reported. A comparison with a variable of the program's own may hold the
// handle's value, and leaves the leak reported.
// RUN: %check_async_tidy %s async-unclosed-client %t

#include <stdio.h>

int write_report(const char *path, const char *text) {
  FILE *out = stdout;
  if (path != NULL) {
    out = fopen(path, "w");
    if (out == NULL)
      return -1;
  }
  fputs(text, out);
  if (out != stdout)
    fclose(out);
  return 0;
}

int read_config(const char *path) {
  FILE *in = stdin;
  if (path) {
    in = fopen(path, "r");
    if (!in)
      return -1;
  }
  int c = fgetc(in);
  if (stdin == in)
    return c;
  fclose(in);
  return c;
}

// The program's own default stream may be any stream, even this one.
FILE *default_log;

int append_log(const char *path, const char *line) {
  FILE *log = default_log;
  if (path != NULL)
    log = fopen(path, "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'log' from 'fopen' is not released with 'fclose' on every path out of 'append_log' [async-unclosed-client]
  if (log == NULL)
    return -1;
  fputs(line, log);
  if (log != default_log)
    fclose(log);
  return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}

// `==` is false for a stream just opened: the close on that branch never
// runs, and the stream leaks.
int wrong_branch(const char *path) {
  FILE *out = fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'wrong_branch' [async-unclosed-client]
  if (out == NULL)
    return -1;
  fputs("x", out);
  if (out == stderr)
    fclose(out);
  return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}
