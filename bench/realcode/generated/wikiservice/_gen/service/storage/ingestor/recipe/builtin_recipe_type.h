// Stands for the configure_file output of
// src/service/storage/ingestor/recipe/builtin_recipe_type.h.in, which
// substitutes the repository's builtin/minecraft/recipe_type/*.json. The
// analysis needs only the declarations, so the values are empty objects
// (hand-written; no upstream data is copied).
#pragma once

#include <nlohmann/json.hpp>

namespace recipe_type::builtin {
    inline nlohmann::json crafting = nlohmann::json::object();
    inline nlohmann::json smelting = nlohmann::json::object();
    inline nlohmann::json blasting = nlohmann::json::object();
    inline nlohmann::json campfireCooking = nlohmann::json::object();
    inline nlohmann::json smoking = nlohmann::json::object();
    inline nlohmann::json stonecutting = nlohmann::json::object();
    inline nlohmann::json smithingTransform = nlohmann::json::object();
}
