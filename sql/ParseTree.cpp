//===--- ParseTree.cpp - PostgreSQL's parse tree of a query, as JSON ------===//

#include "ParseTree.h"

extern "C" {
#include <pg_query.h>
}

namespace async_tidy {

using nlohmann::json;

std::variant<json, std::string> parseTree(const std::string &Sql) {
  PgQueryParseResult Result = pg_query_parse(Sql.c_str());
  std::variant<json, std::string> Out;
  if (Result.error)
    Out = std::string("PostgreSQL's parser rejects the query (") + Result.error->message + ")";
  else if (json Tree = json::parse(Result.parse_tree, nullptr, /*allow_exceptions=*/false);
           Tree.is_object())
    Out = std::move(Tree);
  else
    Out = std::string("the query's text is not UTF-8");
  pg_query_free_parse_result(Result);
  return Out;
}

std::variant<json, std::string> onlyStatement(const std::string &Sql) {
  std::variant<json, std::string> Tree = parseTree(Sql);
  if (const std::string *Why = std::get_if<std::string>(&Tree))
    return *Why;
  const json &Statements = std::get<json>(Tree).value("stmts", json::array());
  if (Statements.size() != 1 || !Statements[0].contains("stmt"))
    return std::string("not one statement");
  return Statements[0]["stmt"];
}

std::vector<json> conjunctsOf(const json &Predicate) {
  if (Predicate.is_null())
    return {};
  if (Predicate.contains("BoolExpr") &&
      Predicate["BoolExpr"].value("boolop", std::string()) == "AND_EXPR") {
    std::vector<json> All;
    for (const json &Arg : Predicate["BoolExpr"].value("args", json::array()))
      for (json &Conjunct : conjunctsOf(Arg))
        All.push_back(std::move(Conjunct));
    return All;
  }
  return {Predicate};
}

namespace {

/// `Node` without its locations, columns by their names alone.
json withoutPlacement(const json &Node) {
  if (Node.is_array()) {
    json Out = json::array();
    for (const json &Item : Node)
      Out.push_back(withoutPlacement(Item));
    return Out;
  }
  if (!Node.is_object())
    return Node;
  json Out = json::object();
  for (const auto &[Key, Value] : Node.items()) {
    if (Key == "location")
      continue;
    if (Key == "ColumnRef" && Value.contains("fields") && !Value["fields"].empty())
      Out[Key] = json{{"fields", json::array({withoutPlacement(Value["fields"].back())})}};
    else
      Out[Key] = withoutPlacement(Value);
  }
  return Out;
}

} // namespace

std::string predicateShape(const json &Predicate) { return withoutPlacement(Predicate).dump(); }

std::string quotedIdentifier(const std::string &Name) {
  std::string Quoted = "\"";
  for (char C : Name)
    Quoted += C == '"' ? std::string("\"\"") : std::string(1, C);
  return Quoted + "\"";
}

} // namespace async_tidy
