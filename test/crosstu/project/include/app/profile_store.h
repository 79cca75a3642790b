// Profiles, stored in PostgreSQL; src/profile_store.cpp.
#pragma once
#include <async_tidy/annotations.h>
#include <libpq-fe.h>
#include <string>

namespace app {
class ProfileStore {
public:
  explicit ProfileStore(PGconn *conn) : conn_(conn) {}
  std::string load(int id);      // two calls deep: run_query -> PQexec
  int cached_size() const;       // no I/O
  // Reads a local cache the team measured as fast; its body calls a
  // blocking function the catalog knows, which this annotation overrides.
  ASYNC_TIDY_NONBLOCKING std::string peek(int id);

private:
  PGconn *conn_;
};
} // namespace app
