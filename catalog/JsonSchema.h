//===--- JsonSchema.h - JSON objects described by a table of fields -------===//
//
// Each object type of the catalog document is described once, as a table of
// fields: the key, how the value is read (type-checked) into a member of the
// C++ struct, and how it is printed back. Reading, the "unknown field"
// errors (whose list of known fields is the table's keys) and printing all
// come from that one table, so a field cannot be readable but unprintable,
// or printed under a key the reader rejects.
//
// Reading stops at the first problem by throwing SchemaError, which
// parseCatalog turns into `file:line:col: field 'path': reason`.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CATALOG_JSONSCHEMA_H
#define ASYNC_TIDY_CATALOG_JSONSCHEMA_H

#include "Catalog.h"
#include "JsonLocator.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace async_tidy::json_schema {

using nlohmann::json;

/// The first problem found while reading.
struct SchemaError {
  JsonPath Path;
  std::string Message;
};

[[noreturn]] void fail(const JsonPath &Path, std::string Message);
JsonPath child(const JsonPath &Path, JsonPathStep Step);

enum class Presence {
  Optional, ///< May be absent: the struct's default stays.
  Required, ///< Must be present.
  NonEmpty, ///< Must be present and not "".
};

/// When a field is printed: when it differs from the struct's default (so
/// a printed document holds what was set), or always.
enum class Printing { WhenSet, Always };

//===--- Reading one value ------------------------------------------------===//

/// The value at `Key`, or null when the object has none.
const json *member(const json &Object, const char *Key);
std::string readString(const json &Object, const char *Key, const JsonPath &Path, Presence Need);
bool readBool(const json &Object, const char *Key, const JsonPath &Path, bool Default);
std::optional<unsigned> readCount(const json &Object, const char *Key, const JsonPath &Path);
/// A list of non-empty strings; where `AllowSingle`, one string is a list
/// of one (entry names).
std::vector<std::string> readStrings(const json &Object, const char *Key, const JsonPath &Path,
                                     Presence Need, bool AllowSingle);
/// The array at `Key`; an empty one when absent.
const json &readArray(const json &Object, const char *Key, const JsonPath &Path);

//===--- Fields and objects -----------------------------------------------===//

/// One field of struct `T`.
template <class T> struct Field {
  std::string Key;
  /// Reads the field of `Object` (at `Path`) into `Out`; also called when
  /// the key is absent, to insist on required fields.
  std::function<void(const json &Object, const JsonPath &Path, T &Out)> Read;
  /// Adds the field of `In` to `Object`, unless it is not to be printed.
  std::function<void(const T &In, json &Object)> Print;
};

/// A check of a field's value against the rest of the object read so far;
/// it calls fail() with the field's path.
template <class T> using FieldCheck = std::function<void(const T &Value, const JsonPath &Path)>;
/// The same type, in a parameter from which a template argument is not
/// deduced (so a lambda converts to it).
template <class T> struct NotDeduced {
  using Type = T;
};
template <class T> using CheckParameter = typename NotDeduced<FieldCheck<T>>::Type;

template <class T> struct ObjectSchema {
  explicit ObjectSchema(std::vector<Field<T>> Fields = {},
                        std::vector<std::string> IgnoredKeys = {}, FieldCheck<T> Check = nullptr)
      : Fields(std::move(Fields)), IgnoredKeys(std::move(IgnoredKeys)), Check(std::move(Check)) {}

  std::vector<Field<T>> Fields;
  /// Keys accepted and ignored ("$comment").
  std::vector<std::string> IgnoredKeys;
  /// Checks across fields, once all are read; called with the object's path.
  FieldCheck<T> Check;
};

/// Rejects anything but an object whose keys the schema knows.
void expectObject(const json &Object, const JsonPath &Path, const std::vector<std::string> &Known);

template <class T>
T readObject(const ObjectSchema<T> &Schema, const json &Object, const JsonPath &Path) {
  std::vector<std::string> Known;
  for (const Field<T> &F : Schema.Fields)
    Known.push_back(F.Key);
  Known.insert(Known.end(), Schema.IgnoredKeys.begin(), Schema.IgnoredKeys.end());
  expectObject(Object, Path, Known);
  T Out;
  for (const Field<T> &F : Schema.Fields)
    F.Read(Object, Path, Out);
  if (Schema.Check)
    Schema.Check(Out, Path);
  return Out;
}

template <class T> json printObject(const ObjectSchema<T> &Schema, const T &In) {
  json Out = json::object();
  for (const Field<T> &F : Schema.Fields)
    F.Print(In, Out);
  return Out;
}

//===--- Field builders ---------------------------------------------------===//

/// Whether a value differs from its default; a list, whether it has items.
template <class V> bool differs(const V &Value, const V &Default) { return !(Value == Default); }
template <class U> bool differs(const std::vector<U> &Value, const std::vector<U> &) {
  return !Value.empty();
}

/// Whether member `M` of `In` differs from a default-constructed `T`'s.
template <class T, class V> bool isSet(const T &In, V T::*M) {
  static const T Defaults{};
  return differs(In.*M, Defaults.*M);
}

template <class T, class V>
std::function<void(const T &, json &)> printer(const char *Key, V T::*M, Printing When,
                                               std::function<json(const V &)> ToJson) {
  std::string K = Key;
  return [K, M, When, ToJson](const T &In, json &Out) {
    if (When == Printing::Always || isSet(In, M))
      Out[K] = ToJson(In.*M);
  };
}

inline Printing printingFor(Presence Need, Printing When) {
  return Need == Presence::Optional ? When : Printing::Always;
}

/// A string. `Check` runs on a value that was present (and, for an
/// optional field, not empty).
template <class T>
Field<T> text(const char *Key, std::string T::*M, Presence Need = Presence::Optional,
              CheckParameter<T> Check = nullptr, Printing When = Printing::WhenSet) {
  std::string K = Key;
  return {K,
          [K, M, Need, Check](const json &Object, const JsonPath &Path, T &Out) {
            if (Need == Presence::Optional && !member(Object, K.c_str()))
              return;
            Out.*M = readString(Object, K.c_str(), Path, Need);
            if (Check && (Need != Presence::Optional || !(Out.*M).empty()))
              Check(Out, child(Path, K));
          },
          printer<T, std::string>(Key, M, printingFor(Need, When),
                                  [](const std::string &V) { return json(V); })};
}

/// The check that a template contains a placeholder.
template <class T>
FieldCheck<T> mustContain(std::string T::*M, std::string Placeholder, std::string Message) {
  return [M, Placeholder, Message](const T &Value, const JsonPath &Path) {
    if ((Value.*M).find(Placeholder) == std::string::npos)
      fail(Path, Message);
  };
}

/// A list of strings; `NameOrList` also takes (and prints) one string.
enum class ListForm { List, NameOrList };

template <class T>
Field<T> names(const char *Key, std::vector<std::string> T::*M, Presence Need = Presence::Optional,
               ListForm Form = ListForm::List, Printing When = Printing::WhenSet) {
  std::string K = Key;
  bool Single = Form == ListForm::NameOrList;
  return {K,
          [K, M, Need, Single](const json &Object, const JsonPath &Path, T &Out) {
            Out.*M = readStrings(Object, K.c_str(), Path, Need, Single);
          },
          printer<T, std::vector<std::string>>(
              Key, M, printingFor(Need, When), [Single](const std::vector<std::string> &V) {
                return Single && V.size() == 1 ? json(V.front()) : json(V);
              })};
}

template <class T> Field<T> flag(const char *Key, bool T::*M) {
  std::string K = Key;
  return {K,
          [K, M](const json &Object, const JsonPath &Path, T &Out) {
            Out.*M = readBool(Object, K.c_str(), Path, Out.*M);
          },
          printer<T, bool>(Key, M, Printing::WhenSet, [](const bool &V) { return json(V); })};
}

template <class T>
Field<T> count(const char *Key, std::optional<unsigned> T::*M, CheckParameter<T> Check = nullptr) {
  std::string K = Key;
  return {
      K,
      [K, M, Check](const json &Object, const JsonPath &Path, T &Out) {
        Out.*M = readCount(Object, K.c_str(), Path);
        if (Check && Out.*M)
          Check(Out, child(Path, K));
      },
      printer<T, std::optional<unsigned>>(
          Key, M, Printing::WhenSet, [](const std::optional<unsigned> &V) { return json(*V); })};
}

/// The error for a spelling that is not one of `Spellings`: with a noun,
/// `unknown <noun> 'x' (expected one of: a, b)`; without, `expected "a" or
/// "b", got 'x'`.
template <class E>
std::string unknownSpelling(const std::vector<Spelling<E>> &Spellings, const std::string &Got,
                            const char *Noun) {
  std::vector<std::string> Names;
  for (const Spelling<E> &S : Spellings)
    Names.push_back(S.Name);
  if (Noun)
    return "unknown " + std::string(Noun) + " '" + Got +
           "' (expected one of: " + joinNames(Names, ", ", ", ") + ")";
  for (std::string &Name : Names)
    Name = "\"" + Name + "\"";
  return "expected " + joinNames(Names, ", ", " or ") + ", got '" + Got + "'";
}

/// One of a fixed set of spellings, stored as the value it spells.
template <class T, class E>
Field<T> choice(const char *Key, E T::*M, const std::vector<Spelling<E>> &Spellings,
                Presence Need = Presence::Optional, const char *Noun = nullptr,
                Printing When = Printing::WhenSet) {
  std::string K = Key;
  return {K,
          [K, M, &Spellings, Need, Noun](const json &Object, const JsonPath &Path, T &Out) {
            if (Need == Presence::Optional && !member(Object, K.c_str()))
              return;
            std::string Name = readString(Object, K.c_str(), Path, Need);
            for (const Spelling<E> &S : Spellings)
              if (S.Name == Name) {
                Out.*M = S.Value;
                return;
              }
            fail(child(Path, K), unknownSpelling(Spellings, Name, Noun));
          },
          printer<T, E>(Key, M, printingFor(Need, When),
                        [&Spellings](const E &V) { return json(spellingOf(Spellings, V)); })};
}

/// An array of objects of `Schema`.
template <class T, class U>
Field<T> objects(const char *Key, std::vector<U> T::*M, const ObjectSchema<U> &Schema,
                 Printing When = Printing::WhenSet) {
  std::string K = Key;
  return {K,
          [K, M, &Schema](const json &Object, const JsonPath &Path, T &Out) {
            const json &Items = readArray(Object, K.c_str(), Path);
            for (std::size_t I = 0; I < Items.size(); ++I)
              (Out.*M).push_back(readObject(Schema, Items[I], child(child(Path, K), I)));
          },
          printer<T, std::vector<U>>(Key, M, When, [&Schema](const std::vector<U> &V) {
            json Array = json::array();
            for (const U &Item : V)
              Array.push_back(printObject(Schema, Item));
            return Array;
          })};
}

/// An optional object of `Schema`.
template <class T, class U>
Field<T> object(const char *Key, std::optional<U> T::*M, const ObjectSchema<U> &Schema) {
  std::string K = Key;
  return {K,
          [K, M, &Schema](const json &Object, const JsonPath &Path, T &Out) {
            if (const json *Value = member(Object, K.c_str()))
              Out.*M = readObject(Schema, *Value, child(Path, K));
          },
          [K, M, &Schema](const T &In, json &Out) {
            if (In.*M)
              Out[K] = printObject(Schema, *(In.*M));
          }};
}

} // namespace async_tidy::json_schema

#endif // ASYNC_TIDY_CATALOG_JSONSCHEMA_H
