// Runtime proof of async-per-iteration-io's batched-query fix against a
// real PostgreSQL server (Debian's postgresql, started by this test on a
// loopback port, test/runtime/pg_server.sh): an N+1 loop over 302 owner ids
// (one without pets, one twice) makes 302 round trips, and a loop over 5
// pet names (text keys: one missing, one twice, one with quotes, a
// backslash, a comma and braces) makes 5; after the fix each loop makes
// one, and the program prints the same lines in the same order. The server
// log (log_statement = all) counts the round trips.
//
// RUN: bash %S/pg_server.sh stop %t.pg
// RUN: bash %S/pg_server.sh start %t.pg > %t.port
// RUN: bash %S/pg_server.sh run %t.pg %t.seed.trips x -- psql -q -f %S/Inputs/pets.sql
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE %t.cpp -o %t.before -lpqxx -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.before.trips 'execute .*FROM pets' -- %t.before > %t.before.out
// RUN: %python %S/expect_value.py round_trips 307 307 < %t.before.trips
// RUN: %clang_tidy_plugin -checks='-*,async-per-iteration-io' --fix-notes %t.cpp -- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: auto pets_all = txn.exec_params("SELECT name, \"owner_id\" AS async_tidy_key FROM pets WHERE owner_id = ANY($1) ORDER BY name", pets_keys);
// FIXED: const std::vector<pqxx::row> &pets = pets_by_key[owner];
// FIXED: const std::vector<pqxx::row> &owners = owners_by_key[name];
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE %t.cpp -o %t.after -lpqxx -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.after.trips 'execute .*FROM pets' -- %t.after > %t.after.out
// RUN: %python %S/expect_value.py round_trips 2 2 < %t.after.trips
// RUN: grep -v elapsed_ms %t.before.out > %t.before.pets
// RUN: grep -v elapsed_ms %t.after.out > %t.after.pets
// RUN: diff %t.before.pets %t.after.pets
// RUN: grep -h elapsed_ms %t.before.out %t.after.out
// RUN: bash %S/pg_server.sh stop %t.pg

#include <utility>
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

// The N+1 loop as a port of an ORM's lazy relationship would write it.
asio::awaitable<std::vector<std::string>> pets_of(pqxx::work &txn, std::vector<int> owners) {
  std::vector<std::string> lines;
  for (int owner : owners) {
    pqxx::result pets = txn.exec_params("SELECT name FROM pets WHERE owner_id = $1 ORDER BY name", owner);
    std::string line = std::to_string(owner) + ":";
    for (auto pet : pets)
      line += " " + pet[0].as<std::string>();
    if (pets.empty())
      line += " (none)";
    lines.push_back(line);
  }
  co_return lines;
}

// The same shape with text keys.
asio::awaitable<std::vector<std::string>> owners_named(pqxx::work &txn,
                                                       std::vector<std::string> names) {
  std::vector<std::string> lines;
  for (const std::string &name : names) {
    pqxx::result owners = txn.exec_params("SELECT owner_id FROM pets WHERE name = $1", name);
    lines.push_back(name + " -> " + (owners.empty() ? "nobody" : owners[0][0].c_str()));
  }
  co_return lines;
}

int main(int argc, char **argv) {
  pqxx::connection conn(argc > 1 ? argv[1] : "");
  pqxx::work txn(conn);
  std::vector<int> owners;
  for (int id = 1; id <= 300; ++id)
    owners.push_back(id);
  owners.push_back(9999); // no pets
  owners.push_back(5);    // asked twice
  std::vector<std::string> lines;
  auto start = std::chrono::steady_clock::now();
  asio::io_context io;
  std::vector<std::string> names = {"pet-1-1", "pet-3-2", "missing",
                                    "a \"quoted\", \\{braced} name", "pet-3-2"};
  asio::co_spawn(
      io,
      [&]() -> asio::awaitable<void> {
        lines = co_await pets_of(txn, owners);
        for (std::string &line : co_await owners_named(txn, names))
          lines.push_back(std::move(line));
      },
      asio::detached);
  io.run();
  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  for (const std::string &line : lines)
    std::printf("%s\n", line.c_str());
  std::printf("elapsed_ms=%.2f\n", elapsed.count() / 1000.0);
  return 0;
}
