//===--- JsonSchema.cpp - Reading one JSON value, type-checked -------------===//

#include "JsonSchema.h"

#include <algorithm>

namespace async_tidy::json_schema {

void fail(const JsonPath &Path, std::string Message) {
  throw SchemaError{Path, std::move(Message)};
}

JsonPath child(const JsonPath &Path, JsonPathStep Step) {
  JsonPath Out = Path;
  Out.push_back(std::move(Step));
  return Out;
}

const json *member(const json &Object, const char *Key) {
  auto It = Object.find(Key);
  return It == Object.end() ? nullptr : &*It;
}

namespace {
std::string got(const json &Value) { return std::string(", got ") + Value.type_name(); }

[[noreturn]] void missing(const JsonPath &Path, const char *Key) {
  fail(child(Path, Key), std::string("missing required field '") + Key + "'");
}
} // namespace

void expectObject(const json &Object, const JsonPath &Path, const std::vector<std::string> &Known) {
  if (!Object.is_object())
    fail(Path, "expected an object" + got(Object));
  for (const auto &Item : Object.items())
    if (std::find(Known.begin(), Known.end(), Item.key()) == Known.end())
      fail(child(Path, Item.key()), "unknown field '" + Item.key() +
                                        "' (known fields: " + joinNames(Known, ", ", ", ") + ")");
}

std::string readString(const json &Object, const char *Key, const JsonPath &Path, Presence Need) {
  const json *Value = member(Object, Key);
  if (!Value) {
    if (Need != Presence::Optional)
      missing(Path, Key);
    return {};
  }
  if (!Value->is_string())
    fail(child(Path, Key), "expected a string" + got(*Value));
  std::string Text = Value->get<std::string>();
  if (Need == Presence::NonEmpty && Text.empty())
    fail(child(Path, Key), "expected a non-empty string");
  return Text;
}

bool readBool(const json &Object, const char *Key, const JsonPath &Path, bool Default) {
  const json *Value = member(Object, Key);
  if (!Value)
    return Default;
  if (!Value->is_boolean())
    fail(child(Path, Key), "expected true or false" + got(*Value));
  return Value->get<bool>();
}

std::optional<unsigned> readCount(const json &Object, const char *Key, const JsonPath &Path) {
  const json *Value = member(Object, Key);
  if (!Value)
    return std::nullopt;
  if (!Value->is_number_unsigned() || Value->get<unsigned long long>() > 1000000)
    fail(child(Path, Key), std::string("expected a non-negative integer, got ") +
                               (Value->is_number() ? Value->dump() : Value->type_name()));
  return static_cast<unsigned>(Value->get<unsigned long long>());
}

std::vector<std::string> readStrings(const json &Object, const char *Key, const JsonPath &Path,
                                     Presence Need, bool AllowSingle) {
  const json *Value = member(Object, Key);
  JsonPath KeyPath = child(Path, Key);
  if (!Value) {
    if (Need != Presence::Optional)
      missing(Path, Key);
    return {};
  }
  std::vector<std::string> Out;
  if (AllowSingle && Value->is_string()) {
    Out.push_back(Value->get<std::string>());
  } else if (Value->is_array()) {
    for (std::size_t I = 0; I < Value->size(); ++I) {
      if (!(*Value)[I].is_string())
        fail(child(KeyPath, I), "expected a string" + got((*Value)[I]));
      Out.push_back((*Value)[I].get<std::string>());
    }
  } else {
    fail(KeyPath, std::string(AllowSingle ? "expected a string or an array of strings"
                                          : "expected an array of strings") +
                      got(*Value));
  }
  for (std::size_t I = 0; I < Out.size(); ++I)
    if (Out[I].empty())
      fail(Value->is_array() ? child(KeyPath, I) : KeyPath, "expected a non-empty string");
  if (Need != Presence::Optional && Out.empty())
    fail(KeyPath, "expected at least one entry");
  return Out;
}

const json &readArray(const json &Object, const char *Key, const JsonPath &Path) {
  static const json Empty = json::array();
  const json *Value = member(Object, Key);
  if (!Value)
    return Empty;
  if (!Value->is_array())
    fail(child(Path, Key), "expected an array" + got(*Value));
  return *Value;
}

} // namespace async_tidy::json_schema
