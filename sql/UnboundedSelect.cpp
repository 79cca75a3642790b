//===--- UnboundedSelect.cpp - SELECTs that may return a whole table ------===//

#include "UnboundedSelect.h"

#include "ParseTree.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace async_tidy {

using nlohmann::json;

namespace {

/// Why the rows of this SELECT are bounded or folded, if they are.
std::optional<std::string> boundedBy(const json &Select) {
  static const std::pair<const char *, const char *> Clauses[] = {
      {"limitCount", "it has a LIMIT"},
      {"groupClause", "it groups its rows"},
      {"havingClause", "it has a HAVING clause"},
      {"intoClause", "it is SELECT INTO"},
      {"valuesLists", "it is a VALUES list"},
      {"withClause", "it has a WITH clause"},
      // A LIMIT would change which rows it locks (and may return fewer).
      {"lockingClause", "it locks rows"},
  };
  for (const auto &[Key, Why] : Clauses)
    if (Select.contains(Key))
      return std::string(Why);
  if (Select.value("op", std::string("SETOP_NONE")) != "SETOP_NONE")
    return std::string("it is a set operation");
  std::optional<std::string> Why;
  forEachJsonNode(Select.value("targetList", json::array()),
                  [&](const std::string &Kind, const json &Node) {
                    // Any function may be an aggregate (a project defines its own); one
                    // with OVER is a window function, which folds nothing.
                    if (Kind == "FuncCall" && !Node.contains("over") && !Why)
                      Why = "its select list calls a function, which may aggregate its rows";
                  });
  return Why;
}

/// The last field of a column reference (`status` of `p.status`), "*" for
/// a star, "" for anything else.
std::string columnName(const json &Node) {
  if (!Node.contains("ColumnRef"))
    return "";
  const json &Fields = Node["ColumnRef"].value("fields", json::array());
  if (Fields.empty())
    return "";
  const json &Last = Fields.back();
  if (Last.contains("A_Star"))
    return "*";
  return Last.contains("String") ? Last["String"].value("sval", std::string()) : "";
}

/// The names of the select list (see UnboundedSelect), the window
/// functions, and the WHERE's columns.
void readSelectList(const json &Select, UnboundedSelect &Out) {
  for (const json &Target : Select.value("targetList", json::array())) {
    const json &Entry = Target.value("ResTarget", json::object());
    std::string Column = columnName(Entry.value("val", json::object()));
    std::string Name = Entry.value("name", Column);
    if (Column == "*")
      Out.SelectsAll = true;
    else if (!Column.empty() && Name == Column)
      Out.PlainColumns.push_back(Column);
    else
      Out.OtherNames.push_back(Name);
    forEachJsonNode(Entry, [&](const std::string &Kind, const json &Node) {
      if (Kind == "FuncCall" && Node.contains("over"))
        Out.RowsDependOnEachOther = true;
    });
  }
  if (Select.contains("limitOffset") || Select.contains("distinctClause"))
    Out.RowsDependOnEachOther = true;
  if (!Select.contains("whereClause"))
    return;
  Out.HasWhere = true;
  const json &Where = Select["whereClause"];
  Out.WhereIsOr = Where.contains("BoolExpr") && Where["BoolExpr"].value("boolop", "") == "OR_EXPR";
  forEachJsonNode(Where, [&](const std::string &Kind, const json &Node) {
    if (Kind == "ColumnRef")
      if (std::string Name = columnName({{"ColumnRef", Node}}); !Name.empty() && Name != "*")
        Out.WhereColumns.push_back(Name);
  });
}

} // namespace

bool UnboundedSelect::selectsAsItself(const std::string &Column) const {
  auto Has = [&Column](const std::vector<std::string> &Names) {
    return std::find(Names.begin(), Names.end(), Column) != Names.end();
  };
  return !Has(OtherNames) && (SelectsAll || Has(PlainColumns));
}

std::string sqlIdentifier(const std::string &Name) {
  std::string Quoted = quotedIdentifier(Name);
  std::variant<json, std::string> Statement = onlyStatement("SELECT " + Name);
  const json *Tree = std::get_if<json>(&Statement);
  if (!Tree || !Tree->contains("SelectStmt"))
    return Quoted;
  const json &Targets = (*Tree)["SelectStmt"].value("targetList", json::array());
  bool AsItself = Targets.size() == 1 &&
                  Targets[0]["ResTarget"].value("val", json::object()).contains("ColumnRef") &&
                  Targets[0]["ResTarget"]["val"]["ColumnRef"]["fields"].size() == 1 &&
                  columnName(Targets[0]["ResTarget"]["val"]) == Name;
  return AsItself ? Name : Quoted;
}

std::variant<UnboundedSelect, std::string> unboundedSelect(const std::string &Sql) {
  std::variant<json, std::string> Statement = onlyStatement(Sql);
  if (const std::string *Why = std::get_if<std::string>(&Statement))
    return *Why;
  const json &Stmt = std::get<json>(Statement);
  if (!Stmt.contains("SelectStmt"))
    return std::string("not a SELECT");
  if (std::optional<std::string> Why = boundedBy(Stmt["SelectStmt"]))
    return *Why;
  auto Columns = queryColumnsOf(Stmt);
  if (const std::string *Why = std::get_if<std::string>(&Columns))
    return *Why;
  const QueryColumns &Read = std::get<QueryColumns>(Columns);
  UnboundedSelect Out;
  Out.Tables = Read.Tables;
  Out.Complete = Read.Complete;
  Out.Ordered = Stmt["SelectStmt"].contains("sortClause");
  readSelectList(Stmt["SelectStmt"], Out);
  for (const ColumnUse &Use : Read.Uses)
    if (Use.Role == ColumnRole::Filter && Use.Equality)
      Out.Fixed.push_back(Use);
  forEachJsonNode(Stmt, [&](const std::string &Kind, const json &Node) {
    if (Kind == "ParamRef")
      Out.HighestParameter = std::max(Out.HighestParameter, Node.value("number", 0));
  });
  return Out;
}

std::optional<std::string> withLimit(const std::string &Sql, const std::string &Clause,
                                     size_t &At) {
  size_t End = Sql.size();
  auto TrimSpace = [&] {
    while (End > 0 && std::isspace(static_cast<unsigned char>(Sql[End - 1])))
      --End;
  };
  TrimSpace();
  if (End > 0 && Sql[End - 1] == ';') {
    --End;
    TrimSpace();
  }
  std::string Limited = Sql.substr(0, End) + Clause + Sql.substr(End);
  // The same statement but for the limit: the clause did not land in a
  // comment or string, and bounds this SELECT. Everything before it keeps
  // its location, so the trees compare as they are.
  std::variant<json, std::string> Before = onlyStatement(Sql), After = onlyStatement(Limited);
  if (!std::holds_alternative<json>(Before) || !std::holds_alternative<json>(After))
    return std::nullopt;
  json Old = std::get<json>(Before), New = std::get<json>(After);
  if (!Old.contains("SelectStmt") || !New.contains("SelectStmt") ||
      !New["SelectStmt"].contains("limitCount") || Old["SelectStmt"].contains("limitCount"))
    return std::nullopt;
  for (const char *Key : {"limitCount", "limitOption"}) {
    Old["SelectStmt"].erase(Key);
    New["SelectStmt"].erase(Key);
  }
  if (Old != New)
    return std::nullopt;
  At = End;
  return Limited;
}

} // namespace async_tidy
