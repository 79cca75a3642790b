// Runtime proof of async-redundant-request's loop fix with real libpqxx
// against a real PostgreSQL server (Debian's postgresql, started by this
// test on a loopback port, test/runtime/pg_server.sh): a coroutine labels
// 300 pets and reads the label's setting once per pet, as a port of
// `for pet in pets: label = await db.fetchval(...)` would. That is 300
// round trips for one answer. After the fix (the query moved before the
// loop) it makes one, and the program prints the same lines. The server
// log (log_statement = all) counts the round trips; the program prints how
// long the loop took.
//
// RUN: bash %S/pg_server.sh stop %t.pg
// RUN: bash %S/pg_server.sh start %t.pg > %t.port
// RUN: bash %S/pg_server.sh run %t.pg %t.seed.trips x -- psql -q -v ON_ERROR_STOP=1 -c "CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL); INSERT INTO settings VALUES ('label', 'pet: ');"
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE %t.cpp -o %t.before -lpqxx -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.before.trips 'statement: SELECT value FROM settings' -- %t.before > %t.before.out
// RUN: %python %S/expect_value.py round_trips 300 300 < %t.before.trips
// RUN: %clang_tidy_plugin -checks='-*,async-redundant-request' --fix-notes %t.cpp -- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: {{^}}  pqxx::result label = tx.exec("SELECT value FROM settings WHERE key = 'label'");
// FIXED-NEXT: {{^}}  for (const std::string &pet : pets) {
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE %t.cpp -o %t.after -lpqxx -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.after.trips 'statement: SELECT value FROM settings' -- %t.after > %t.after.out
// RUN: %python %S/expect_value.py round_trips 1 1 < %t.after.trips
// RUN: grep -v elapsed_ms %t.before.out > %t.before.lines
// RUN: grep -v elapsed_ms %t.after.out > %t.after.lines
// RUN: diff %t.before.lines %t.after.lines
// RUN: %filecheck --input-file=%t.after.lines %s --check-prefix=LINES
// LINES: {{^}}pet: pet-300{{$}}
// RUN: grep -h elapsed_ms %t.before.out %t.after.out
// RUN: bash %S/pg_server.sh stop %t.pg

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <cstdio>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace asio = boost::asio;

asio::awaitable<std::vector<std::string>> labelled(pqxx::work &tx, std::vector<std::string> pets) {
  std::vector<std::string> lines;
  for (const std::string &pet : pets) {
    pqxx::result label = tx.exec("SELECT value FROM settings WHERE key = 'label'");
    lines.push_back(label[0][0].as<std::string>() + pet);
  }
  co_return lines;
}

int main() {
  pqxx::connection conn;
  pqxx::work tx(conn);
  std::vector<std::string> pets;
  for (int i = 1; i <= 300; ++i)
    pets.push_back("pet-" + std::to_string(i));
  std::vector<std::string> lines;
  auto start = std::chrono::steady_clock::now();
  asio::io_context io;
  asio::co_spawn(
      io, [&]() -> asio::awaitable<void> { lines = co_await labelled(tx, pets); }, asio::detached);
  io.run();
  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  for (const std::string &line : lines)
    std::printf("%s\n", line.c_str());
  std::printf("elapsed_ms=%.2f\n", elapsed.count() / 1000.0);
  return 0;
}
