//===--- PostgresQuery.h - SQL read by PostgreSQL's own parser ------------===//
//
// Queries are parsed with libpg_query (PostgreSQL's parser as a library),
// not matched with text patterns, so that a rewrite knows which predicate
// binds which placeholder. Locations are byte offsets into the SQL text.
//
// The question the N+1 rewrite asks: is this a plain SELECT whose rows for
// one key come from `<column> = $1`, so that one query with
// `<column> = ANY($1)` returns the rows of all keys, and the rows can be
// told apart by that column?
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SQL_POSTGRESQUERY_H
#define ASYNC_TIDY_SQL_POSTGRESQUERY_H

#include <string>
#include <variant>

namespace async_tidy {

/// A SELECT that reads the rows of one key through `Column = $1`.
struct KeyedSelect {
  /// The key column as written (`u.id`).
  std::string Column;
  /// The query for all keys at once: `$1` becomes `ANY($1)`, and the key
  /// column is added to the select list as `KeyAlias`, so rows can be
  /// grouped by key.
  std::string Batched;
};

/// The alias the batched query gives the key column.
inline constexpr const char *KeyAlias = "async_tidy_key";

/// The batched form of `Sql`, or why there is none (a sentence that
/// follows "no automatic fix: ").
std::variant<KeyedSelect, std::string> batchKeyedSelect(const std::string &Sql);

} // namespace async_tidy

#endif // ASYNC_TIDY_SQL_POSTGRESQUERY_H
