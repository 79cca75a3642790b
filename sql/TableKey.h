//===--- TableKey.h - How sql/ names a table ------------------------------===//
//
// `schema.table`, or `table` for the default schema `public` and for none:
// the schema reader (Schema.h) keys tables this way and the query reader
// (QueryColumns.h) names them this way, so both must use this one rule.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SQL_TABLEKEY_H
#define ASYNC_TIDY_SQL_TABLEKEY_H

#include <nlohmann/json.hpp>

#include <string>

namespace async_tidy {

/// The key of a RangeVar of pg_query's parse tree.
inline std::string tableKey(const nlohmann::json &RangeVar) {
  std::string Schema = RangeVar.value("schemaname", std::string());
  std::string Name = RangeVar.value("relname", std::string());
  return Schema.empty() || Schema == "public" ? Name : Schema + "." + Name;
}

} // namespace async_tidy

#endif // ASYNC_TIDY_SQL_TABLEKEY_H
