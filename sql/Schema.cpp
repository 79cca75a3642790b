//===--- Schema.cpp - The tables a project's .sql files define ------------===//

#include "Schema.h"

#include "ParseTree.h"
#include "TableKey.h"

#include <nlohmann/json.hpp>

extern "C" {
#include <pg_query.h>
}

#include <algorithm>
#include <cctype>
#include <optional>

namespace async_tidy {

using nlohmann::json;

bool Table::hasIndexLeadingWith(const std::string &Column,
                                const std::vector<std::string> &QueryConditions) const {
  auto Restated = [&](const TableIndex &I) {
    return std::all_of(I.Condition.begin(), I.Condition.end(), [&](const std::string &C) {
      return std::find(QueryConditions.begin(), QueryConditions.end(), C) != QueryConditions.end();
    });
  };
  return std::any_of(Indexes.begin(), Indexes.end(), [&](const TableIndex &I) {
    return (!I.Partial || Restated(I)) && !I.Columns.empty() && I.Columns.front() == Column;
  });
}

bool Table::isUniquelyKeyedBy(const std::vector<std::string> &Fixed) const {
  return std::any_of(Indexes.begin(), Indexes.end(), [&](const TableIndex &I) {
    return I.Unique && !I.Partial && !I.Columns.empty() &&
           std::all_of(I.Columns.begin(), I.Columns.end(), [&](const std::string &C) {
             return std::find(Fixed.begin(), Fixed.end(), C) != Fixed.end();
           });
  });
}

namespace {

std::string lower(std::string Text) {
  for (char &C : Text)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Text;
}

/// The statements of `Sql`, each as pg_query's parse tree; none for one
/// the parser rejects (counted in `Rejected`). Split by PostgreSQL's
/// scanner first, so that one statement of another dialect does not hide
/// the rest of the file.
std::vector<json> statementsOf(const std::string &Sql, unsigned &Rejected,
                               std::vector<std::string> &Unread) {
  std::vector<json> Statements;
  PgQuerySplitResult Split = pg_query_split_with_scanner(Sql.c_str());
  for (int I = 0; !Split.error && I < Split.n_stmts; ++I) {
    std::string Text = Sql.substr(Split.stmts[I]->stmt_location, Split.stmts[I]->stmt_len);
    PgQueryParseResult Parsed = pg_query_parse(Text.c_str());
    json Tree = Parsed.error ? json() : json::parse(Parsed.parse_tree, nullptr, false);
    if (!Tree.is_object()) { // rejected, or not UTF-8 in its strings
      ++Rejected;
      Unread.push_back(Text);
    } else {
      for (json &Statement : Tree.value("stmts", json::array())) {
        if (!Statement.contains("stmt"))
          continue;
        if (Statement["stmt"].contains("DoStmt"))
          Unread.push_back(Text);
        Statements.push_back(std::move(Statement["stmt"]));
      }
    }
    pg_query_free_parse_result(Parsed);
  }
  pg_query_free_split_result(Split);
  return Statements;
}

/// The same for a qualified name given as a list of strings (DROP).
std::string qualifiedKey(const json &Items) {
  std::vector<std::string> Parts;
  for (const json &Item : Items)
    if (Item.contains("String"))
      Parts.push_back(Item["String"].value("sval", std::string()));
  if (Parts.empty())
    return "";
  if (Parts.size() == 1 || Parts[Parts.size() - 2] == "public")
    return Parts.back();
  return Parts[Parts.size() - 2] + "." + Parts.back();
}

std::vector<std::string> stringList(const json &Items) {
  std::vector<std::string> Out;
  for (const json &Item : Items)
    if (Item.contains("String"))
      Out.push_back(Item["String"].value("sval", std::string()));
  return Out;
}

/// The index a PRIMARY KEY or UNIQUE constraint creates; none for other
/// constraints (CHECK, FOREIGN KEY, NOT NULL: PostgreSQL indexes none).
std::optional<TableIndex> constraintIndex(const json &Constraint,
                                          const std::string &OnColumn = "") {
  std::string Type = Constraint.value("contype", std::string());
  if (Type == "CONSTR_EXCLUSION") { // an index on the excluded columns
    TableIndex Index;
    Index.Name = Constraint.value("conname", std::string());
    for (const json &Exclusion : Constraint.value("exclusions", json::array()))
      for (const json &Item : Exclusion.value("List", json::object()).value("items", json::array()))
        if (Item.contains("IndexElem") && Item["IndexElem"].contains("name"))
          Index.Columns.push_back(Item["IndexElem"]["name"].get<std::string>());
    return Index;
  }
  if (Type != "CONSTR_PRIMARY" && Type != "CONSTR_UNIQUE")
    return std::nullopt;
  TableIndex Index;
  Index.Name = Constraint.value("conname", std::string());
  Index.Unique = true;
  Index.Columns = OnColumn.empty() ? stringList(Constraint.value("keys", json::array()))
                                   : std::vector<std::string>{OnColumn};
  return Index;
}

/// Records whether `Column` is of type boolean, from its ColumnDef.
void setColumnType(Table &T, const std::string &Column, const json &ColumnDef) {
  // `boolean` and `bool` both parse to pg_catalog.bool.
  const json &TypeNames = ColumnDef.value("typeName", json::object()).value("names", json::array());
  if (!TypeNames.empty() &&
      TypeNames.back().value("String", json::object()).value("sval", std::string()) == "bool")
    T.BooleanColumns.insert(Column);
  else
    T.BooleanColumns.erase(Column);
}

void addColumn(Table &T, const json &ColumnDef) {
  std::string Name = ColumnDef.value("colname", std::string());
  T.Columns.push_back(Name);
  setColumnType(T, Name, ColumnDef);
  for (const json &C : ColumnDef.value("constraints", json::array()))
    if (C.contains("Constraint"))
      if (std::optional<TableIndex> Index = constraintIndex(C["Constraint"], Name))
        T.Indexes.push_back(std::move(*Index));
}

void createTable(std::map<std::string, Table> &Tables, std::set<std::string> &Uncertain,
                 const json &Stmt) {
  std::string Key = tableKey(Stmt.value("relation", json::object()));
  if (Stmt.value("if_not_exists", false) && Tables.count(Key))
    return;
  // Its indexes come from another table: not followed.
  bool Copied = Stmt.contains("partbound") || !Stmt.value("inhRelations", json::array()).empty();
  for (const json &Element : Stmt.value("tableElts", json::array()))
    Copied |= Element.contains("TableLikeClause");
  if (Copied) {
    Tables.erase(Key);
    Uncertain.insert(Stmt.value("relation", json::object()).value("relname", std::string()));
    return;
  }
  Table T;
  for (const json &Element : Stmt.value("tableElts", json::array())) {
    if (Element.contains("ColumnDef"))
      addColumn(T, Element["ColumnDef"]);
    else if (Element.contains("Constraint"))
      if (std::optional<TableIndex> Index = constraintIndex(Element["Constraint"]))
        T.Indexes.push_back(std::move(*Index));
  }
  Tables[Key] = std::move(T);
}

void createIndex(std::map<std::string, Table> &Tables, std::set<std::string> &Uncertain,
                 const json &Stmt) {
  auto It = Tables.find(tableKey(Stmt.value("relation", json::object())));
  if (It == Tables.end()) { // a table created where the reader did not see it
    Uncertain.insert(Stmt.value("relation", json::object()).value("relname", std::string()));
    return;
  }
  TableIndex Index;
  Index.Name = Stmt.value("idxname", std::string());
  Index.Unique = Stmt.value("unique", false);
  Index.Partial = Stmt.contains("whereClause");
  for (const json &Conjunct : conjunctsOf(Stmt.value("whereClause", json())))
    Index.Condition.push_back(predicateShape(Conjunct));
  for (const json &Param : Stmt.value("indexParams", json::array())) {
    const json &Element = Param.value("IndexElem", json::object());
    std::string Column = Element.value("name", std::string());
    // `((col))` is the column itself.
    const json &Expr = Element.value("expr", json::object());
    if (Column.empty() && Expr.contains("ColumnRef")) {
      const json &Fields = Expr["ColumnRef"].value("fields", json::array());
      if (Fields.size() == 1 && Fields[0].contains("String"))
        Column = Fields[0]["String"].value("sval", std::string());
    }
    if (Column.empty())
      break; // an expression: the columns after it do not lead
    Index.Columns.push_back(Column);
  }
  It->second.Indexes.push_back(std::move(Index));
}

void dropColumn(Table &T, const std::string &Column) {
  T.Columns.erase(std::remove(T.Columns.begin(), T.Columns.end(), Column), T.Columns.end());
  T.BooleanColumns.erase(Column);
  // PostgreSQL drops the indexes that use the column with it.
  T.Indexes.erase(std::remove_if(T.Indexes.begin(), T.Indexes.end(),
                                 [&](const TableIndex &I) {
                                   return std::find(I.Columns.begin(), I.Columns.end(), Column) !=
                                          I.Columns.end();
                                 }),
                  T.Indexes.end());
}

void alterTable(std::map<std::string, Table> &Tables, std::set<std::string> &Uncertain,
                const json &Stmt) {
  auto It = Tables.find(tableKey(Stmt.value("relation", json::object())));
  if (It == Tables.end()) {
    Uncertain.insert(Stmt.value("relation", json::object()).value("relname", std::string()));
    return;
  }
  for (const json &Command : Stmt.value("cmds", json::array())) {
    const json &Cmd = Command.value("AlterTableCmd", json::object());
    std::string Type = Cmd.value("subtype", std::string());
    const json &Def = Cmd.value("def", json::object());
    if (Type == "AT_AddColumn" && Def.contains("ColumnDef"))
      addColumn(It->second, Def["ColumnDef"]);
    else if (Type == "AT_DropColumn")
      dropColumn(It->second, Cmd.value("name", std::string()));
    else if (Type == "AT_AlterColumnType" && Def.contains("ColumnDef"))
      setColumnType(It->second, Cmd.value("name", std::string()), Def["ColumnDef"]);
    else if (Type == "AT_AddConstraint" && Def.contains("Constraint"))
      if (std::optional<TableIndex> Index = constraintIndex(Def["Constraint"]))
        It->second.Indexes.push_back(std::move(*Index));
  }
}

void rename(std::map<std::string, Table> &Tables, const json &Stmt) {
  std::string Key = tableKey(Stmt.value("relation", json::object()));
  auto It = Tables.find(Key);
  if (It == Tables.end())
    return;
  std::string Type = Stmt.value("renameType", std::string());
  std::string New = Stmt.value("newname", std::string());
  if (Type == "OBJECT_TABLE") {
    std::string Schema = Key.find('.') == std::string::npos ? "" : Key.substr(0, Key.find('.'));
    Table Moved = std::move(It->second);
    Tables.erase(It);
    Tables[Schema.empty() ? New : Schema + "." + New] = std::move(Moved);
  } else if (Type == "OBJECT_COLUMN") {
    std::string Old = Stmt.value("subname", std::string());
    std::replace(It->second.Columns.begin(), It->second.Columns.end(), Old, New);
    if (It->second.BooleanColumns.erase(Old))
      It->second.BooleanColumns.insert(New);
    for (TableIndex &Index : It->second.Indexes)
      std::replace(Index.Columns.begin(), Index.Columns.end(), Old, New);
  }
}

void drop(std::map<std::string, Table> &Tables, const json &Stmt) {
  std::string Type = Stmt.value("removeType", std::string());
  for (const json &Object : Stmt.value("objects", json::array())) {
    std::string Key =
        qualifiedKey(Object.value("List", json::object()).value("items", json::array()));
    if (Type == "OBJECT_TABLE") {
      Tables.erase(Key);
    } else if (Type == "OBJECT_INDEX") {
      std::string Name = Key.substr(Key.rfind('.') == std::string::npos ? 0 : Key.rfind('.') + 1);
      for (auto &[TableName, T] : Tables)
        T.Indexes.erase(std::remove_if(T.Indexes.begin(), T.Indexes.end(),
                                       [&](const TableIndex &I) { return I.Name == Name; }),
                        T.Indexes.end());
    }
  }
}

} // namespace

/// `Bytes` as UTF-8 (see applyFile).
static std::string asUtf8(const std::string &Bytes) {
  auto At = [&](size_t I) { return static_cast<unsigned char>(Bytes[I]); };
  if (Bytes.size() >= 3 && At(0) == 0xEF && At(1) == 0xBB && At(2) == 0xBF)
    return Bytes.substr(3);
  bool Little = Bytes.size() >= 2 && At(0) == 0xFF && At(1) == 0xFE;
  bool Big = Bytes.size() >= 2 && At(0) == 0xFE && At(1) == 0xFF;
  if (!Little && !Big)
    return Bytes;
  auto Unit = [&](size_t I) -> unsigned {
    return Little ? At(I) | At(I + 1) << 8 : At(I) << 8 | At(I + 1);
  };
  std::string Out;
  for (size_t I = 2; I + 1 < Bytes.size(); I += 2) {
    unsigned Code = Unit(I);
    if (Code >= 0xD800 && Code < 0xDC00 && I + 3 < Bytes.size()) { // a surrogate pair
      Code = 0x10000 + ((Code - 0xD800) << 10) + (Unit(I + 2) - 0xDC00);
      I += 2;
    }
    if (Code < 0x80) {
      Out += static_cast<char>(Code);
    } else if (Code < 0x800) {
      Out += static_cast<char>(0xC0 | Code >> 6);
      Out += static_cast<char>(0x80 | (Code & 0x3F));
    } else if (Code < 0x10000) {
      Out += static_cast<char>(0xE0 | Code >> 12);
      Out += static_cast<char>(0x80 | (Code >> 6 & 0x3F));
      Out += static_cast<char>(0x80 | (Code & 0x3F));
    } else {
      Out += static_cast<char>(0xF0 | Code >> 18);
      Out += static_cast<char>(0x80 | (Code >> 12 & 0x3F));
      Out += static_cast<char>(0x80 | (Code >> 6 & 0x3F));
      Out += static_cast<char>(0x80 | (Code & 0x3F));
    }
  }
  return Out;
}

void Schema::applyFile(const std::string &Bytes) {
  std::string Text = asUtf8(Bytes);
  // The down part of a migration file undoes the up part: not run.
  std::string Lower = lower(Text);
  for (const char *Marker : {"-- +goose down", "-- migrate:down"}) {
    size_t At = Lower.find(Marker);
    if (At != std::string::npos) {
      Text.resize(At);
      Lower.resize(At);
    }
  }
  apply(Text);
}

void Schema::apply(const std::string &Sql) {
  unsigned RejectedHere = 0;
  std::vector<json> Parsed = statementsOf(Sql, RejectedHere, Unread);
  Rejected += RejectedHere;
  Statements += Parsed.size() + RejectedHere;
  for (const json &Statement : Parsed) {
    if (Statement.contains("CreateStmt"))
      createTable(Tables, Uncertain, Statement["CreateStmt"]);
    else if (Statement.contains("IndexStmt"))
      createIndex(Tables, Uncertain, Statement["IndexStmt"]);
    else if (Statement.contains("AlterTableStmt"))
      alterTable(Tables, Uncertain, Statement["AlterTableStmt"]);
    else if (Statement.contains("RenameStmt"))
      rename(Tables, Statement["RenameStmt"]);
    else if (Statement.contains("DropStmt"))
      drop(Tables, Statement["DropStmt"]);
  }
}

bool Schema::isUncertain(const std::string &PlainName) const {
  if (Uncertain.count(PlainName))
    return true;
  auto IsWordChar = [](char C) { return std::isalnum(static_cast<unsigned char>(C)) || C == '_'; };
  for (const std::string &Text : Unread) {
    std::string Lower = lower(Text);
    for (size_t At = Lower.find(PlainName); At != std::string::npos;
         At = Lower.find(PlainName, At + 1)) {
      size_t End = At + PlainName.size();
      if ((At == 0 || !IsWordChar(Lower[At - 1])) &&
          (End == Lower.size() || !IsWordChar(Lower[End])))
        return true;
    }
  }
  return false;
}

const Table *Schema::table(const std::string &Name) const {
  std::string Key = Name.rfind("public.", 0) == 0 ? Name.substr(7) : Name;
  auto It = Tables.find(Key);
  if (It == Tables.end() || isUncertain(Key.substr(Key.rfind('.') + 1)))
    return nullptr;
  return &It->second;
}

} // namespace async_tidy
