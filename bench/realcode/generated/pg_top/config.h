/* hand-written stand-in for the cmake-generated config.h */
#ifndef _CONFIG_H_
#define _CONFIG_H_
#define ENABLE_COLOR 1
#define HAVE_GETOPT 1
#define HAVE_MEMCPY 1
#define HAVE_SETPRIORITY 1
#define HAVE_SIGACTION 1
#define HAVE_SIGPROCMASK 1
#define HAVE_SNPRINTF 1
#define HAVE_STRCHR 1
#define HAVE_STRERROR 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_UNISTD_H 1
#define STDC_HEADERS 1
#define TIME_WITH_SYS_TIME 1
#define RETSIGTYPE void
#endif /* _CONFIG_H_ */
