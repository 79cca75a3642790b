//===--- QueryColumns.cpp - Which columns a query filters, joins, sorts by -===//

#include "QueryColumns.h"

#include "ParseTree.h"
#include "TableKey.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace async_tidy {

using nlohmann::json;

namespace {

/// Whether `Node` holds any of `Kinds` anywhere below it.
bool contains(const json &Node, std::initializer_list<const char *> Kinds) {
  if (Node.is_object()) {
    for (const auto &[Key, Value] : Node.items()) {
      for (const char *Kind : Kinds)
        if (Key == Kind)
          return true;
      if (contains(Value, Kinds))
        return true;
    }
  } else if (Node.is_array()) {
    for (const json &Item : Node)
      if (contains(Item, Kinds))
        return true;
  }
  return false;
}

class Reader {
public:
  /// Why the query is not read, or none.
  std::optional<std::string> read(const json &Statement) {
    if (Statement.contains("SelectStmt"))
      return select(Statement["SelectStmt"]);
    if (Statement.contains("UpdateStmt"))
      return writer(Statement["UpdateStmt"]);
    if (Statement.contains("DeleteStmt"))
      return writer(Statement["DeleteStmt"]);
    return "not a SELECT, UPDATE or DELETE";
  }

  QueryColumns Result;

private:
  std::optional<std::string> select(const json &Select) {
    if (Select.value("op", std::string("SETOP_NONE")) != "SETOP_NONE")
      return "a set operation (UNION, INTERSECT, EXCEPT)";
    if (Select.contains("withClause") || contains(Select, {"SubLink", "RangeSubselect"}))
      return "a WITH clause or a subquery";
    for (const json &Item : Select.value("fromClause", json::array()))
      if (std::optional<std::string> Why = fromItem(Item))
        return Why;
    conjuncts(Select.value("whereClause", json()), /*InJoin=*/false);
    conditions(Select.value("whereClause", json()));
    for (const json &Join : Joins)
      conjuncts(Join, /*InJoin=*/true);
    Result.Limited = Select.contains("limitCount");
    for (const json &Sort : Select.value("sortClause", json::array()))
      if (Sort.contains("SortBy") && Sort["SortBy"].contains("node"))
        if (const json &Node = Sort["SortBy"]["node"]; Node.contains("ColumnRef"))
          use(Node["ColumnRef"], ColumnRole::Sort);
    return std::nullopt;
  }

  std::optional<std::string> writer(const json &Stmt) {
    if (Stmt.contains("withClause") || contains(Stmt, {"SubLink", "RangeSubselect"}))
      return "a WITH clause or a subquery";
    addTable(Stmt.value("relation", json::object()));
    // UPDATE ... FROM, DELETE ... USING: more tables.
    for (const char *More : {"fromClause", "usingClause"})
      for (const json &Item : Stmt.value(More, json::array()))
        if (std::optional<std::string> Why = fromItem(Item))
          return Why;
    conjuncts(Stmt.value("whereClause", json()), /*InJoin=*/false);
    conditions(Stmt.value("whereClause", json()));
    return std::nullopt;
  }

  /// Files each conjunct of the WHERE under the one table all its columns
  /// belong to.
  void conditions(const json &Where) {
    for (const json &Conjunct : conjunctsOf(Where)) {
      std::set<std::string> Tables;
      bool Told = true;
      forEachJsonNode(Conjunct, [&](const std::string &Kind, const json &Node) {
        if (Kind != "ColumnRef")
          return;
        auto Resolved = resolve(Node, /*CountsAgainstCompleteness=*/false);
        Told &= Resolved.has_value();
        if (Resolved)
          Tables.insert(Resolved->first);
      });
      if (Told && Tables.size() == 1)
        Result.Conditions[*Tables.begin()].push_back(predicateShape(Conjunct));
    }
  }

  std::optional<std::string> fromItem(const json &Item) {
    if (Item.contains("RangeVar")) {
      addTable(Item["RangeVar"]);
      return std::nullopt;
    }
    if (Item.contains("JoinExpr")) {
      const json &Join = Item["JoinExpr"];
      for (const char *Side : {"larg", "rarg"})
        if (std::optional<std::string> Why = fromItem(Join.value(Side, json::object())))
          return Why;
      if (Join.contains("quals"))
        Joins.push_back(Join["quals"]);
      if (Join.contains("usingClause"))
        return "a join with USING";
      return std::nullopt;
    }
    return "a FROM item that is no table";
  }

  void addTable(const json &RangeVar) {
    std::string Key = tableKey(RangeVar);
    Result.Tables.push_back(Key);
    std::string Alias = RangeVar.value("alias", json::object()).value("aliasname", std::string());
    ByName[Alias.empty() ? RangeVar.value("relname", std::string()) : Alias] = Key;
    if (Alias.empty() && Key != RangeVar.value("relname", std::string()))
      ByName[Key] = Key;
  }

  /// The table and column a ColumnRef names; none when not told, which
  /// makes the query's columns incomplete when `CountsAgainstCompleteness`.
  std::optional<std::pair<std::string, std::string>>
  resolve(const json &ColumnRef, bool CountsAgainstCompleteness = true) {
    std::vector<std::string> Names;
    for (const json &Field : ColumnRef.value("fields", json::array())) {
      if (!Field.contains("String"))
        return std::nullopt; // `*`
      Names.push_back(Field["String"].value("sval", std::string()));
    }
    if (Names.size() == 1) {
      if (Result.Tables.size() == 1)
        return std::make_pair(Result.Tables.front(), Names[0]);
      Result.Complete &= !CountsAgainstCompleteness;
      return std::nullopt;
    }
    std::string Qualifier = Names.size() == 2 ? Names[0] : Names[0] + "." + Names[1];
    auto It = ByName.find(Qualifier);
    if (It == ByName.end()) {
      Result.Complete &= !CountsAgainstCompleteness;
      return std::nullopt;
    }
    return std::make_pair(It->second, Names.back());
  }

  void use(const json &ColumnRef, ColumnRole Role, bool Equality = false) {
    if (auto Resolved = resolve(ColumnRef))
      Result.Uses.push_back(
          {Resolved->first, Resolved->second, Role, Equality, ColumnRef.value("location", 0)});
  }

  /// The conjuncts of a top-level AND (or the one predicate).
  void conjuncts(const json &Predicate, bool InJoin) {
    if (Predicate.is_null())
      return;
    if (Predicate.contains("BoolExpr")) {
      const json &Bool = Predicate["BoolExpr"];
      if (Bool.value("boolop", std::string()) == "AND_EXPR")
        for (const json &Arg : Bool.value("args", json::array()))
          conjuncts(Arg, InJoin);
      return; // OR, NOT: no definite filter
    }
    if (Predicate.contains("A_Expr"))
      comparison(Predicate["A_Expr"]);
  }

  void comparison(const json &Expr) {
    static const std::initializer_list<const char *> Ordering = {"=", "<", ">", "<=", ">="};
    std::string Kind = Expr.value("kind", std::string());
    std::string Operator;
    for (const json &Name : Expr.value("name", json::array()))
      if (Name.contains("String"))
        Operator = Name["String"].value("sval", std::string());
    bool Indexable = (Kind == "AEXPR_IN" && Operator == "=") || // not NOT IN
                     Kind == "AEXPR_BETWEEN" || (Kind == "AEXPR_OP_ANY" && Operator == "=") ||
                     (Kind == "AEXPR_OP" &&
                      std::find(Ordering.begin(), Ordering.end(), Operator) != Ordering.end());
    if (!Indexable)
      return;
    bool Equality = Operator == "=" && Kind != "AEXPR_BETWEEN";
    const json &Left = Expr.value("lexpr", json()), &Right = Expr.value("rexpr", json());
    bool LeftColumn = Left.contains("ColumnRef"), RightColumn = Right.contains("ColumnRef");
    if (LeftColumn && RightColumn) {
      // Two columns of one table (`attempts = max_attempts`) are no join.
      auto A = resolve(Left["ColumnRef"]), B = resolve(Right["ColumnRef"]);
      if (A && B && A->first != B->first && Kind == "AEXPR_OP" && Operator == "=") {
        use(Left["ColumnRef"], ColumnRole::Join);
        use(Right["ColumnRef"], ColumnRole::Join);
      }
    } else if (LeftColumn && !contains(Right, {"ColumnRef"})) {
      use(Left["ColumnRef"], ColumnRole::Filter, Equality);
    } else if (RightColumn && !contains(Left, {"ColumnRef"}) && Kind == "AEXPR_OP") {
      use(Right["ColumnRef"], ColumnRole::Filter, Equality);
    }
  }

  std::map<std::string, std::string> ByName; ///< Alias or name -> table key.
  std::vector<json> Joins;                   ///< ON conditions.
};

} // namespace

std::variant<QueryColumns, std::string> queryColumnsOf(const json &Statement) {
  Reader R;
  if (std::optional<std::string> Why = R.read(Statement))
    return *Why;
  return std::move(R.Result);
}

std::variant<QueryColumns, std::string> queryColumns(const std::string &Sql) {
  std::variant<json, std::string> Statement = onlyStatement(Sql);
  if (const std::string *Why = std::get_if<std::string>(&Statement))
    return *Why;
  return queryColumnsOf(std::get<json>(Statement));
}

} // namespace async_tidy
