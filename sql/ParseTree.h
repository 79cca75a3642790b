//===--- ParseTree.h - PostgreSQL's parse tree of a query, as JSON --------===//
//
// libpg_query's parse of a text into its JSON tree (`{"stmts": [{"stmt":
// {"SelectStmt": {...}}}]}`), and a walk over its nodes, for the readers of
// queries (PostgresQuery, QueryColumns, UnboundedSelect). Schema reads
// files of many statements with the parser's statement splitting itself.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SQL_PARSETREE_H
#define ASYNC_TIDY_SQL_PARSETREE_H

#include <nlohmann/json.hpp>

#include <string>
#include <variant>
#include <vector>

namespace async_tidy {

/// The parse tree of `Sql`, or the parser's error (a sentence).
std::variant<nlohmann::json, std::string> parseTree(const std::string &Sql);

/// The one statement of `Sql` (`{"SelectStmt": {...}}`), or why there is
/// none.
std::variant<nlohmann::json, std::string> onlyStatement(const std::string &Sql);

/// `"Name"`: a name quoted as PostgreSQL quotes it (`"` doubled inside), so
/// it names exactly that name, also `"userId"` or a keyword (`"order"`).
std::string quotedIdentifier(const std::string &Name);

/// The conjuncts of a top-level AND (nested ANDs flattened), or the one
/// predicate; none for a null node.
std::vector<nlohmann::json> conjunctsOf(const nlohmann::json &Predicate);

/// A predicate as text that does not depend on how it is placed: without
/// the parser's locations, each column named by its column name alone
/// (`j.state` and `state` read alike). Two conditions PostgreSQL would take
/// for the same text read the same, so a partial index's condition can be
/// looked for among a query's conjuncts, as the planner looks for it.
std::string predicateShape(const nlohmann::json &Predicate);

/// Calls `Visit(kind, node)` on every object node below `Node`
/// (`{"ParamRef": {...}}` visits "ParamRef").
template <class F> void forEachJsonNode(const nlohmann::json &Node, F &&Visit) {
  if (Node.is_object()) {
    for (const auto &[Key, Value] : Node.items()) {
      if (Value.is_object())
        Visit(Key, Value);
      forEachJsonNode(Value, Visit);
    }
  } else if (Node.is_array()) {
    for (const nlohmann::json &Item : Node)
      forEachJsonNode(Item, Visit);
  }
}

} // namespace async_tidy

#endif // ASYNC_TIDY_SQL_PARSETREE_H
