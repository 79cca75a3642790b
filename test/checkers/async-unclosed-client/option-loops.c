// A command-line tool opens the file an option names inside its getopt
// loop. The loop runs its body once per option given, so the open runs
// again only when the user repeats that option (`-i a -i b`): that is not
// reported. Leaks on the other paths are, and so is an open that runs again
// for another reason (a loop of its own inside the option, a loop over
// lines). The catalog's `option_parsers` names the parsers.
// RUN: %check_async_tidy %s async-unclosed-client %t

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

// The classic loop: the parser in the condition, the file closed at the end.
int copy_main(int argc, char **argv) {
  FILE *in = stdin, *out = stdout;
  int c;
  while ((c = getopt(argc, argv, "i:o:")) != -1) {
    switch (c) {
    case 'i':
      if ((in = fopen(optarg, "r")) == NULL)
        exit(1);
      break;
    case 'o':
      out = fopen(optarg, "w");
      if (out == NULL)
        exit(1);
      break;
    }
  }
  int ch;
  while ((ch = fgetc(in)) != EOF)
    fputc(ch, out);
  if (in != stdin)
    fclose(in);
  if (out != stdout)
    fclose(out);
  return 0;
}

// getopt_long read by the first statement of an endless loop.
int long_main(int argc, char **argv) {
  static struct option opts[] = {{"log", required_argument, 0, 'l'}, {0, 0, 0, 0}};
  FILE *log = NULL;
  for (;;) {
    int c = getopt_long(argc, argv, "l:", opts, NULL);
    if (c == -1)
      break;
    if (c == 'l')
      log = fopen(optarg, "a");
  }
  if (log != NULL) {
    fputs("started\n", log);
    fclose(log);
  }
  return 0;
}

// The parser is called through a wrapper the catalog does not know: a loop
// of its own, reported.
static int next_option(int argc, char **argv) { return getopt(argc, argv, "i:"); }

int wrapped_main(int argc, char **argv) {
  FILE *in = NULL;
  int c;
  while ((c = next_option(argc, argv)) != -1) {
    if (c == 'i')
      in = fopen(optarg, "r");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'in' from 'fopen' is not released with 'fclose' on every path out of 'wrapped_main' [async-unclosed-client]
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: leaks when this runs again and overwrites 'in'
  }
  if (in)
    fclose(in);
  return 0;
}

// Reopened once per option, but never closed when the option parsing ends
// in an error: that leak is reported.
int strict_main(int argc, char **argv) {
  FILE *out = NULL;
  int c;
  while ((c = getopt(argc, argv, "o:v")) != -1) {
    if (c == 'o')
      out = fopen(optarg, "w");
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'strict_main' [async-unclosed-client]
    else if (c == '?')
      return 2;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: leaks when this 'return' is taken
  }
  if (out)
    fclose(out);
  return 0;
}

// A loop of its own inside the option: every file but the last leaks.
int parts_main(int argc, char **argv) {
  FILE *part = NULL;
  int c;
  while ((c = getopt(argc, argv, "p:")) != -1) {
    if (c == 'p')
      for (int i = 0; i < atoi(optarg); ++i)
        part = fopen("part.txt", "r");
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'part' from 'fopen' is not released with 'fclose' on every path out of 'parts_main' [async-unclosed-client]
    // CHECK-MESSAGES: :[[@LINE-2]]:16: note: leaks when this runs again and overwrites 'part'
  }
  if (part)
    fclose(part);
  return 0;
}

// The loop reads lines, not options; the parser runs after the open.
void lines(FILE *list, int argc, char **argv) {
  char name[256];
  FILE *current = NULL;
  while (fgets(name, sizeof name, list)) {
    current = fopen(name, "r");
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'current' from 'fopen' is not released with 'fclose' on every path out of 'lines' [async-unclosed-client]
    // CHECK-MESSAGES: :[[@LINE-2]]:15: note: leaks when this runs again and overwrites 'current'
    if (getopt(argc, argv, "x") == -1)
      break;
  }
  if (current)
    fclose(current);
}
