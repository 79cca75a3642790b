/* async_tidy/annotations.h - say what a function is, without the catalog.
 *
 * async-tidy knows what library calls do from its catalog, and what the
 * project's own functions do from their bodies and from the summary pass.
 * These annotations state it where neither can see it, or where the user
 * knows better:
 *
 *   ASYNC_TIDY_DATABASE   PGresult *run(const char *sql);   a database request
 *   ASYNC_TIDY_LLM / ASYNC_TIDY_HTTP                         an LLM / HTTP request
 *   ASYNC_TIDY_BLOCKING   void flush_to_disk();             blocks its thread
 *   ASYNC_TIDY_BLOCKING_KIND("file")                        ... of one kind
 *   ASYNC_TIDY_NONBLOCKING void warm_cache();               never blocks: calls
 *                                                           to it are not reported
 *   ASYNC_TIDY_ACQUIRES("PQclear") PGresult *fetch();       returns a handle the
 *                                                           caller releases so
 *   ASYNC_TIDY_CONCURRENCY_SAFE                             safe to call concurrently
 *                                                           on one object
 *
 * Each is `[[clang::annotate("async_tidy::<what>")]]` under Clang and
 * nothing elsewhere, so the header costs nothing to other compilers. Put
 * it on any declaration (the header's is best: every translation unit
 * sees it). Documented in docs/summaries.md.
 */
#ifndef ASYNC_TIDY_ANNOTATIONS_H
#define ASYNC_TIDY_ANNOTATIONS_H

#if defined(__clang__)
#define ASYNC_TIDY_ANNOTATE(what) __attribute__((annotate("async_tidy::" what)))
#else
#define ASYNC_TIDY_ANNOTATE(what)
#endif

#define ASYNC_TIDY_DATABASE ASYNC_TIDY_ANNOTATE("database")
#define ASYNC_TIDY_LLM ASYNC_TIDY_ANNOTATE("llm")
#define ASYNC_TIDY_HTTP ASYNC_TIDY_ANNOTATE("http")
#define ASYNC_TIDY_BLOCKING ASYNC_TIDY_ANNOTATE("blocking")
#define ASYNC_TIDY_BLOCKING_KIND(kind) ASYNC_TIDY_ANNOTATE("blocking:" kind)
#define ASYNC_TIDY_NONBLOCKING ASYNC_TIDY_ANNOTATE("nonblocking")
#define ASYNC_TIDY_ACQUIRES(release) ASYNC_TIDY_ANNOTATE("acquires:" release)
#define ASYNC_TIDY_CONCURRENCY_SAFE ASYNC_TIDY_ANNOTATE("concurrency_safe")

#endif /* ASYNC_TIDY_ANNOTATIONS_H */
