//===--- PostgresQuery.cpp - SQL read by PostgreSQL's own parser ----------===//

#include "PostgresQuery.h"

#include "ParseTree.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <optional>

namespace async_tidy {

using nlohmann::json;

namespace {

/// `"a"."b"` for a ColumnRef of names; none for `*` or other fields. The
/// parse tree holds each name as PostgreSQL resolves it (unquoted names
/// folded to lower case), so quoting every part names exactly that column,
/// also `"userId"` or a keyword such as `"order"`.
std::optional<std::string> columnName(const json &ColumnRef) {
  std::string Name;
  for (const json &Field : ColumnRef.value("fields", json::array())) {
    if (!Field.contains("String"))
      return std::nullopt;
    Name +=
        (Name.empty() ? "" : ".") + quotedIdentifier(Field["String"].value("sval", std::string()));
  }
  return Name.empty() ? std::nullopt : std::optional<std::string>(Name);
}

struct KeyPredicate {
  std::string Column;
  int ParamLocation = 0;
};

/// `<column> = $1` (either way round), directly or as one conjunct of a
/// top-level AND; a predicate under OR or NOT filters other rows too.
std::optional<KeyPredicate> keyPredicate(const json &Where) {
  if (Where.contains("BoolExpr")) {
    const json &Bool = Where["BoolExpr"];
    if (Bool.value("boolop", std::string()) != "AND_EXPR")
      return std::nullopt;
    for (const json &Arg : Bool.value("args", json::array()))
      if (std::optional<KeyPredicate> Found = keyPredicate(Arg))
        return Found;
    return std::nullopt;
  }
  if (!Where.contains("A_Expr"))
    return std::nullopt;
  const json &Expr = Where["A_Expr"];
  const json &Name = Expr.value("name", json::array());
  if (Expr.value("kind", std::string()) != "AEXPR_OP" || Name.size() != 1 ||
      Name[0].value("String", json::object()).value("sval", std::string()) != "=")
    return std::nullopt;
  for (const auto &[ColumnSide, ParamSide] : {std::pair{"lexpr", "rexpr"}, {"rexpr", "lexpr"}}) {
    const json &Column = Expr.value(ColumnSide, json::object());
    const json &Param = Expr.value(ParamSide, json::object());
    if (!Column.contains("ColumnRef") || !Param.contains("ParamRef") ||
        Param["ParamRef"].value("number", 0) != 1)
      continue;
    if (std::optional<std::string> Text = columnName(Column["ColumnRef"]))
      return KeyPredicate{*Text, Param["ParamRef"].value("location", -1)};
  }
  return std::nullopt;
}

/// Why a SELECT's rows for several keys are not the union of its rows for
/// each key, if they are not.
std::optional<std::string> perKeyBlocker(const json &Select) {
  static const std::pair<const char *, const char *> Clauses[] = {
      {"limitCount", "it has a LIMIT, which would apply to all keys together"},
      {"limitOffset", "it has an OFFSET, which would apply to all keys together"},
      {"groupClause", "it groups rows, which would group the rows of all keys together"},
      {"havingClause", "it has a HAVING clause"},
      {"distinctClause", "it is DISTINCT across all keys' rows"},
      {"withClause", "it has a WITH clause"},
      {"lockingClause", "it locks rows"},
      {"intoClause", "it is SELECT INTO"},
      {"valuesLists", "it is a VALUES list"}};
  for (const auto &[Key, Why] : Clauses)
    if (Select.contains(Key))
      return std::string(Why);
  if (Select.value("op", std::string("SETOP_NONE")) != "SETOP_NONE")
    return std::string("it is a set operation (UNION, INTERSECT, EXCEPT)");
  // Any function may be an aggregate (a project defines its own), which
  // would fold the rows of all keys into one: the parse alone cannot tell.
  std::optional<std::string> Why;
  forEachJsonNode(Select.value("targetList", json::array()),
                  [&](const std::string &Kind, const json &) {
                    if (Kind == "SubLink")
                      Why = "its select list has a subquery";
                    else if (Kind == "FuncCall" && !Why)
                      Why = "its select list calls a function, which may aggregate the rows of all "
                            "keys";
                  });
  return Why;
}

/// The offset of the top-level FROM keyword: the last `from` word before
/// the first FROM item (the select list has no subquery, so no other FROM
/// stands between them).
std::optional<size_t> fromKeyword(const std::string &Sql, size_t FirstItem) {
  for (size_t I = std::min(FirstItem, Sql.size()); I >= 4; --I) {
    size_t Start = I - 4;
    bool Word = (Start == 0 || !std::isalnum(static_cast<unsigned char>(Sql[Start - 1]))) &&
                (I == Sql.size() || !std::isalnum(static_cast<unsigned char>(Sql[I])));
    if (!Word)
      continue;
    std::string Lower;
    for (size_t J = Start; J < I; ++J)
      Lower += static_cast<char>(std::tolower(static_cast<unsigned char>(Sql[J])));
    if (Lower == "from")
      return Start;
  }
  return std::nullopt;
}

} // namespace

std::variant<KeyedSelect, std::string> batchKeyedSelect(const std::string &Sql) {
  std::variant<json, std::string> Tree = parseTree(Sql);
  if (const std::string *Error = std::get_if<std::string>(&Tree))
    return *Error;
  const json &Statements = std::get<json>(Tree).value("stmts", json::array());
  if (Statements.size() != 1 || !Statements[0].value("stmt", json::object()).contains("SelectStmt"))
    return std::string("the query is not one SELECT");
  const json &Select = Statements[0]["stmt"]["SelectStmt"];
  if (std::optional<std::string> Why = perKeyBlocker(Select))
    return "the query's rows for all keys are not its rows for each key: " + *Why;
  int Params = 0;
  int HighestParam = 0;
  forEachJsonNode(Select, [&](const std::string &Kind, const json &Node) {
    if (Kind == "ParamRef") {
      ++Params;
      HighestParam = std::max(HighestParam, Node.value("number", 0));
    }
  });
  if (Params != 1 || HighestParam != 1)
    return std::string("the query takes other parameters than the key's $1, or $1 twice");
  std::optional<KeyPredicate> Key = keyPredicate(Select.value("whereClause", json::object()));
  if (!Key || Key->ParamLocation < 0)
    return std::string("its WHERE clause does not select rows by '<column> = $1' (alone or in "
                       "an AND)");
  const json &From = Select.value("fromClause", json::array());
  std::optional<size_t> FromAt;
  if (!From.empty() && From[0].contains("RangeVar"))
    FromAt = fromKeyword(Sql, From[0]["RangeVar"].value("location", 0));
  if (!FromAt)
    return std::string("its FROM clause is not a table");
  size_t Param = static_cast<size_t>(Key->ParamLocation);
  if (Sql.compare(Param, 2, "$1") != 0 || *FromAt > Param)
    return std::string("the query's text does not match its parse");
  KeyedSelect Out;
  Out.Column = Key->Column;
  // The key column goes right after the select list's last character,
  // unless a comment may stand between them (`name -- shown\nFROM`): then
  // right before FROM, where a `--` comment has ended.
  std::string Head = Sql.substr(0, *FromAt);
  const json &Targets = Select.value("targetList", json::array());
  size_t LastTarget =
      Targets.empty() ? 0 : Targets.back().value("ResTarget", json::object()).value("location", 0);
  bool Comment = Head.find("--", LastTarget) != std::string::npos ||
                 Head.find("/*", LastTarget) != std::string::npos;
  std::string Trailing;
  while (!Comment && !Head.empty() && std::isspace(static_cast<unsigned char>(Head.back()))) {
    Trailing.insert(Trailing.begin(), Head.back());
    Head.pop_back();
  }
  Out.Batched = Head + ", " + Key->Column + " AS " + KeyAlias + (Comment ? " " : Trailing) +
                Sql.substr(*FromAt, Param - *FromAt) + "ANY($1)" + Sql.substr(Param + 2);
  return Out;
}

} // namespace async_tidy
