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

std::string quotedIdentifier(const std::string &Name) {
  std::string Quoted = "\"";
  for (char C : Name)
    Quoted += C == '"' ? std::string("\"\"") : std::string(1, C);
  return Quoted + "\"";
}

} // namespace async_tidy
