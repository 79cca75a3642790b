// The OffloadExecutor option on real Boost.Asio: without it the note says
// how to get the offload fix; with it and OffloadExecutorHeader, the fix
// includes the header that declares the pool.
// RUN: %check_async_tidy --check-suffixes=NOOPT %s async-blocking-call-in-coroutine %t -- \
// RUN:   -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -I%S/Inputs/offload
// RUN: %check_async_tidy --fix-notes --check-suffixes=HEADER %s async-blocking-call-in-coroutine %t.header -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadExecutor: 'app::blocking_pool()', async-blocking-call-in-coroutine.OffloadExecutorHeader: '\"app/pools.h\"'}}" \
// RUN:   -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -I%S/Inputs/offload

#include <utility> // Boost 1.81 awaitable.hpp uses std::exchange unincluded.
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cstdio>
// CHECK-FIXES-HEADER: #include "app/pools.h"

boost::asio::awaitable<int> first_byte(const char *path) {
  std::FILE *f = std::fopen(path, "rb");
  // CHECK-NOTES-NOOPT: :[[@LINE-1]]:18: warning: blocking call 'fopen' inside coroutine 'first_byte' {{.*}}
  // CHECK-NOTES-NOOPT: :[[@LINE-2]]:18: note: no automatic fix: to run the call on a pool for blocking work and resume here, set the check option 'OffloadExecutor' to an expression naming that pool (such as 'app::blocking_pool()')
  // CHECK-NOTES-HEADER: :[[@LINE-3]]:18: warning: blocking call 'fopen' inside coroutine 'first_byte' {{.*}}
  // CHECK-NOTES-HEADER: :[[@LINE-4]]:18: note: run the call on 'app::blocking_pool()' and resume here {{.*}}
  // CHECK-FIXES-HEADER: std::FILE *f = co_await boost::asio::co_spawn(app::blocking_pool(), [&]() -> boost::asio::awaitable<FILE *> { co_return std::fopen(path, "rb"); }, boost::asio::use_awaitable);
  if (!f)
    co_return -1;
  int c = std::fgetc(f);
  std::fclose(f);
  co_return c;
}
