/* config.h for nagios-plugins, written by hand for Linux/glibc (Debian 12): what
   configure defines there (headers, functions, the ps/ping/ssh command lines of
   configure.ac's Linux branches), with PostgreSQL, MySQL (MariaDB) and OpenSSL
   found; the gnulib attribute macros its config.h carries. */
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SIGNAL_H 1
#define HAVE_POLL_H 1
#define HAVE_MATH_H 1
#define HAVE_STRTOL 1
#define HAVE_STRTOUL 1
#define HAVE_FEATURES_H 1
#define PACKAGE "nagios-plugins"
#define NP_VERSION "2.5"
#define VERSION "2.5"
#define LOCALEDIR "/usr/share/locale"
#define PACKAGE_VERSION "2.5"
#define HAVE_LIBPQ_FE_H 1
#define HAVE_SSL 1
#define MOPL_USE_OPENSSL 1
#define HAVE_OPENSSL_SSL_H 1
#define HAVE_SYSCONF__SC_NPROCESSORS_ONLN 1
#define _GL_CONFIG_H_INCLUDED 1
#define _GL_ATTRIBUTE_MALLOC __attribute__((__malloc__))
#define _GL_ATTRIBUTE_PURE __attribute__((__pure__))
#define _GL_ATTRIBUTE_CONST __attribute__((__const__))
#define _GL_ATTRIBUTE_NODISCARD
#define _GL_ATTRIBUTE_DEALLOC_FREE
#define _GL_ATTRIBUTE_DEALLOC(f, i)
#define _GL_ATTRIBUTE_RETURNS_NONNULL __attribute__((__returns_nonnull__))
#define _GL_ATTRIBUTE_FORMAT(spec) __attribute__((__format__ spec))
#define _GL_ATTRIBUTE_MAYBE_UNUSED __attribute__((__unused__))
#define _GL_ATTRIBUTE_NONNULL(args) __attribute__((__nonnull__ args))
#define _GL_ATTRIBUTE_ALLOC_SIZE(args) __attribute__((__alloc_size__ args))
#define _GL_UNUSED __attribute__((__unused__))
#define _GL_INLINE_HEADER_BEGIN
#define _GL_INLINE_HEADER_END
#define _GL_INLINE static inline
#define _GL_EXTERN_INLINE extern inline
#define _GL_ATTRIBUTE_COLD
#define _GL_ATTRIBUTE_DEPRECATED
#define _GL_ATTRIBUTE_ERROR(msg)
#define _GL_ATTRIBUTE_WARNING(msg)
#define _GL_ATTRIBUTE_FALLTHROUGH __attribute__((fallthrough))
#define _GL_ATTRIBUTE_LEAF
#define _GL_ATTRIBUTE_NOTHROW
#define _GL_ATTRIBUTE_PACKED __attribute__((__packed__))
#define _GL_ATTRIBUTE_SENTINEL(pos)
#define _GL_ATTRIBUTE_UNUSED __attribute__((__unused__))
#define _GL_ATTRIBUTE_REPRODUCIBLE
#define _GL_ATTRIBUTE_UNSEQUENCED
#define _GL_ATTRIBUTE_ALWAYS_INLINE
#define _GL_ATTRIBUTE_ARTIFICIAL
#define _GL_ATTRIBUTE_EXTERNALLY_VISIBLE
#define _GL_ATTRIBUTE_NOINLINE
#define _GL_ATTRIBUTE_NONSTRING
#define _GL_ATTRIBUTE_DEALLOC
#define HAVE_STRUCT_TIMEVAL 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_PARAM_H 1
#define HAVE_ERRNO_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_SYS_UN_H 1
#define HAVE_STDARG_H 1
#define HAVE_CTYPE_H 1
#define HAVE_MEMMOVE 1
#define HAVE_SELECT 1
#define HAVE_SOCKET 1
#define HAVE_STRDUP 1
#define HAVE_STRSTR 1
#define HAVE_FLOOR 1
#define HAVE_POLL 1
#define HAVE_VA_COPY 1
#define HAVE_UTMPX_H 1
#define PATH_TO_PS "/bin/ps"
#define PS_COMMAND "/bin/ps axwo 'stat uid pid ppid vsz rss pcpu etime comm args'"
#define PS_FORMAT "%s %d %d %d %d %d %f %s %s %n"
#define PS_VARLIST procstat,&procuid,&procpid,&procppid,&procvsz,&procrss,&procpcpu,procetime,procprog,&pos
#define PS_COLS 10
#define PS_USES_PROCETIME "yes"
#define PS_USES_PROCPCPU "yes"
#define SSH_COMMAND "/usr/bin/ssh"
#define PATH_TO_DIG "/usr/bin/dig"
#define NSLOOKUP_COMMAND "/usr/bin/nslookup -sil"
#define PATH_TO_FPING "/usr/bin/fping"
#define PATH_TO_FPING6 "/usr/bin/fping6"
#define PATH_TO_QSTAT "/usr/bin/quakestat"
#define PATH_TO_SNMPGET "/usr/bin/snmpget"
#define PATH_TO_PING "/bin/ping"
#define PING_COMMAND "/bin/ping -n -U -w %d -c %d %s"
#define PING_PACKETS_FIRST 1
#define PING_HAS_TIMEOUT 1
#define PATH_TO_UPTIME "/usr/bin/uptime"
#define RETSIGTYPE void
#define SSH_COMMAND "/usr/bin/ssh"
#define HAVE_SYS_POLL_H 1
#define GNULIB_DIRNAME 1
#define USE_IPV6 1
#define CGIURL "/nagios/cgi-bin"
#define PATH_TO_SNMPGETNEXT "/usr/bin/snmpgetnext"
#define TIME_WITH_SYS_TIME 1
#define NP_EXTRA_OPTS 1
#define HAVE_PROC_MEMINFO 1
#define PROC_MEMINFO "/proc/meminfo"
