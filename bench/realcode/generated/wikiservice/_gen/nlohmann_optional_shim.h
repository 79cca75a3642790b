// Hand-written for the async-tidy corpus (not upstream code), the same shim
// as persephone's: WikiService builds against nlohmann/json 3.12.0 fetched by
// CPM, which converts std::optional<T> to and from json; Debian 12 ships
// 3.11.2, which does not.
// This adds the same conversion so the sources parse unchanged.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>

namespace nlohmann {
// Not for std::optional<json> itself: there the serializer would make a json
// convertible to optional<json> twice (3.12 excludes it the same way).
template <typename T>
  requires(!detail::is_basic_json<T>::value)
struct adl_serializer<std::optional<T>> {
  template <typename BasicJsonType>
  static void to_json(BasicJsonType &j, const std::optional<T> &opt) {
    if (opt.has_value()) {
      j = *opt;
    } else {
      j = nullptr;
    }
  }
  template <typename BasicJsonType>
  static void from_json(const BasicJsonType &j, std::optional<T> &opt) {
    if (j.is_null()) {
      opt = std::nullopt;
    } else {
      opt = j.template get<T>();
    }
  }
};
} // namespace nlohmann
