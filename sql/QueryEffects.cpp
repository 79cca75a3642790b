//===--- QueryEffects.cpp - Whether running a query again asks the same ---===//

#include "QueryEffects.h"

#include "ParseTree.h"
#include "TableKey.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace async_tidy {

using nlohmann::json;

namespace {

/// Whether `Node` is a string cast to a date or time type: `'now'::timestamptz`,
/// `'today'::date` read the clock when the statement runs.
bool isClockText(const std::string &Kind, const json &Node) {
  if (Kind != "TypeCast" || !Node.contains("arg") || !Node["arg"].contains("A_Const") ||
      !Node["arg"]["A_Const"].contains("sval"))
    return false;
  bool ClockType = false;
  forEachJsonNode(Node.value("typeName", json::object()), [&](const std::string &, const json &N) {
    std::string Name = N.value("sval", std::string());
    ClockType =
        ClockType || Name.find("time") != std::string::npos || Name == "date" || Name == "interval";
  });
  return ClockType;
}

/// Why running the statement `Stmt` (`{"SelectStmt": ...}`) again may ask
/// something else or change something, if it may.
std::string whyNotRepeatable(const json &Stmt) {
  std::string Why;
  forEachJsonNode(Stmt, [&Why](const std::string &Kind, const json &Node) {
    if (!Why.empty())
      return;
    if (Node.contains("lockingClause"))
      Why = "it locks rows";
    else if (Node.contains("intoClause"))
      Why = "it is SELECT INTO, which creates a table";
    else if (Kind == "InsertStmt" || Kind == "UpdateStmt" || Kind == "DeleteStmt" ||
             Kind == "MergeStmt")
      Why = "it changes rows";
    else if (Kind == "FuncCall")
      Why = "it calls a function, which may read the clock or step a sequence";
    else if (Kind == "SQLValueFunction" || isClockText(Kind, Node))
      Why = "it reads the clock or the session";
    else if (Kind == "RangeTableSample")
      Why = "it samples rows at random";
  });
  return Why;
}

} // namespace

namespace {

/// `Sql` with each `?` outside quotes numbered as PostgreSQL's `$n`: MySQL
/// and SQLite (and Drogon on them) write parameters so. Only where the text
/// as written does not parse, since `?` is also a jsonb operator.
std::string withNumberedParameters(const std::string &Sql) {
  std::string Out;
  char Quote = 0;
  int Next = 1;
  for (char C : Sql) {
    if (Quote) {
      Quote = C == Quote ? 0 : Quote;
    } else if (C == '\'' || C == '"' || C == '`') {
      Quote = C;
    } else if (C == '?') {
      Out += "$" + std::to_string(Next++);
      continue;
    }
    Out += C;
  }
  return Out;
}

} // namespace

std::variant<QueryEffects, std::string> queryEffects(const std::string &Sql) {
  std::variant<json, std::string> Statement = onlyStatement(Sql);
  if (std::holds_alternative<std::string>(Statement) && Sql.find('?') != std::string::npos)
    if (std::variant<json, std::string> Numbered = onlyStatement(withNumberedParameters(Sql));
        std::holds_alternative<json>(Numbered))
      Statement = std::move(Numbered);
  if (const std::string *Why = std::get_if<std::string>(&Statement))
    return *Why;
  const json &Stmt = std::get<json>(Statement);
  QueryEffects Out;
  for (const auto &[Node, Keyword] : {std::pair{"SelectStmt", "SELECT"},
                                      {"InsertStmt", "INSERT"},
                                      {"UpdateStmt", "UPDATE"},
                                      {"DeleteStmt", "DELETE"}})
    if (Stmt.contains(Node))
      Out.Statement = Keyword;
  forEachJsonNode(Stmt, [&Out](const std::string &Kind, const json &Node) {
    // A list of tables holds `{"RangeVar": {...}}`; a statement's own
    // target is its `relation`, unwrapped.
    if (Kind != "RangeVar" && !(Kind == "relation" && Node.contains("relname")))
      return;
    std::string Key = tableKey(Node);
    if (std::find(Out.Tables.begin(), Out.Tables.end(), Key) == Out.Tables.end())
      Out.Tables.push_back(Key);
  });
  if (!Stmt.contains("SelectStmt")) {
    Out.WhyNot = "it is not a SELECT";
    return Out;
  }
  Out.WhyNot = whyNotRepeatable(Stmt);
  Out.Repeatable = Out.WhyNot.empty();
  return Out;
}

} // namespace async_tidy
