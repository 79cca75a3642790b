/* API-shape stand-in for Boehm GC's <gc/gc.h> (libgc-dev is not installed). */
#ifndef GC_H_SHIM
#define GC_H_SHIM
#include <stddef.h>
void *GC_malloc(size_t n);
void GC_free(void *p);
void *GC_realloc(void *p, size_t n);
char *GC_strdup(const char *s);
char *GC_strndup(const char *s, size_t n);
void GC_gcollect(void);
void GC_init(void);
#define GC_INIT() GC_init()
void GC_set_find_leak(int);
int GC_get_find_leak(void);
void GC_enable_incremental(void);
void GC_allow_register_threads(void);
#endif
