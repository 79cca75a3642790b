// Stand-in for the header CMake's generate_export_header() writes into the
// libcoro build tree (include/coro/export.hpp); static build, no visibility.
#ifndef CORO_EXPORT_H
#define CORO_EXPORT_H
#define CORO_EXPORT
#define CORO_NO_EXPORT
#define CORO_DEPRECATED __attribute__((__deprecated__))
#define CORO_DEPRECATED_EXPORT CORO_EXPORT CORO_DEPRECATED
#define CORO_DEPRECATED_NO_EXPORT CORO_NO_EXPORT CORO_DEPRECATED
#endif
