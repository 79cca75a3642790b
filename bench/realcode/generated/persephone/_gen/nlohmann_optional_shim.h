// Hand-written for the async-tidy corpus (not upstream code): persephone
// builds against nlohmann/json 3.11.3 fetched by CMake, which converts
// std::optional<T> to and from json; Debian 12 ships 3.11.2, which does not.
// This adds the same conversion so the sources parse unchanged.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>

namespace nlohmann {
template <typename T> struct adl_serializer<std::optional<T>> {
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
