// Runtime proof of async-per-iteration-io's batched-query fix for libpq
// against a real PostgreSQL server (Debian's postgresql, started by this
// test on a loopback port, test/runtime/pg_server.sh): an N+1 loop over 302
// owner ids as text (one without pets, one twice) makes 302 round trips,
// and a loop over 5 pet names (one missing, one twice, one with quotes, a
// backslash, a comma and braces) makes 5. After the fix each loop makes one,
// reads its rows by row number from the one PGresult, and the program
// prints the same lines in the same order. The server log
// (log_statement = all) counts the round trips.
//
// RUN: bash %S/pg_server.sh stop %t.pg
// RUN: bash %S/pg_server.sh start %t.pg > %t.port
// RUN: bash %S/pg_server.sh run %t.pg %t.seed.trips x -- psql -q -f %S/Inputs/pets.sql
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -I/usr/include/postgresql -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE %t.cpp -o %t.before -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.before.trips 'execute .*FROM pets' -- %t.before > %t.before.out
// RUN: %python %S/expect_value.py round_trips 307 307 < %t.before.trips
// RUN: %clang_tidy_plugin -checks='-*,async-per-iteration-io' --fix-notes %t.cpp -- -std=c++20 -I/usr/include/postgresql -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: std::unique_ptr<PGresult, decltype(&PQclear)> pets_all(PQexecParams(db, "SELECT name, \"owner_id\" AS async_tidy_key FROM pets WHERE owner_id = ANY($1) ORDER BY name",
// FIXED: const std::vector<int> &pets = pets_by_key[owner];
// FIXED: const std::vector<int> &owners = owners_by_key[name];
// RUN: %clangxx -std=c++20 -I/usr/include/postgresql -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE %t.cpp -o %t.after -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.after.trips 'execute .*FROM pets' -- %t.after > %t.after.out
// RUN: %python %S/expect_value.py round_trips 2 2 < %t.after.trips
// RUN: grep -v elapsed_ms %t.before.out > %t.before.pets
// RUN: grep -v elapsed_ms %t.after.out > %t.after.pets
// RUN: diff %t.before.pets %t.after.pets
// RUN: grep -h elapsed_ms %t.before.out %t.after.out
// RUN: bash %S/pg_server.sh stop %t.pg

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <cstdio>
#include <libpq-fe.h>
#include <string>
#include <utility>
#include <vector>

namespace asio = boost::asio;

// The N+1 loop as a port of an ORM's lazy relationship would write it.
asio::awaitable<std::vector<std::string>> pets_of(PGconn *db, std::vector<std::string> owners) {
  std::vector<std::string> lines;
  for (const std::string &owner : owners) {
    const char *params[] = {owner.c_str()};
    PGresult *pets = PQexecParams(db, "SELECT name FROM pets WHERE owner_id = $1 ORDER BY name",
                                  1, nullptr, params, nullptr, nullptr, 0);
    std::string line = owner + ":";
    for (int i = 0; i < PQntuples(pets); ++i)
      line += std::string(" ") + PQgetvalue(pets, i, 0);
    if (PQntuples(pets) == 0)
      line += " (none)";
    PQclear(pets);
    lines.push_back(line);
  }
  co_return lines;
}

// The same shape with names as keys.
asio::awaitable<std::vector<std::string>> owners_named(PGconn *db, std::vector<std::string> names) {
  std::vector<std::string> lines;
  for (const std::string &name : names) {
    const char *params[] = {name.c_str()};
    PGresult *owners = PQexecParams(db, "SELECT owner_id FROM pets WHERE name = $1", 1, nullptr,
                                    params, nullptr, nullptr, 0);
    lines.push_back(name + " -> " + (PQntuples(owners) == 0 ? "nobody" : PQgetvalue(owners, 0, 0)));
    PQclear(owners);
  }
  co_return lines;
}

int main(int argc, char **argv) {
  PGconn *db = PQconnectdb(argc > 1 ? argv[1] : "");
  if (PQstatus(db) != CONNECTION_OK) {
    std::fprintf(stderr, "%s", PQerrorMessage(db));
    return 1;
  }
  std::vector<std::string> owners;
  for (int id = 1; id <= 300; ++id)
    owners.push_back(std::to_string(id));
  owners.push_back("9999"); // no pets
  owners.push_back("5");    // asked twice
  std::vector<std::string> names = {"pet-1-1", "pet-3-2", "missing",
                                    "a \"quoted\", \\{braced} name", "pet-3-2"};
  std::vector<std::string> lines;
  auto start = std::chrono::steady_clock::now();
  asio::io_context io;
  asio::co_spawn(
      io,
      [&]() -> asio::awaitable<void> {
        lines = co_await pets_of(db, owners);
        for (std::string &line : co_await owners_named(db, names))
          lines.push_back(std::move(line));
      },
      asio::detached);
  io.run();
  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  for (const std::string &line : lines)
    std::printf("%s\n", line.c_str());
  std::printf("elapsed_ms=%.2f\n", elapsed.count() / 1000.0);
  PQfinish(db);
  return 0;
}
