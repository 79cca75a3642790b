// configure_file output of src/service/storage/ingestor/recipe/builtin_recipe_type.h.in
// (builtin/minecraft/recipe_type/*.json substituted, as src/service/CMakeLists.txt does)
#pragma once

#include <nlohmann/json.hpp>

namespace recipe_type::builtin {
    nlohmann::json crafting = R"({
  "background": "gui/recipe/crafting_shaped",
  "inputSlots": {
    "1": {"x": 16, "y": 16},
    "2": {"x": 52, "y": 16},
    "3": {"x": 88, "y": 16},
    "4": {"x": 16, "y": 52},
    "5": {"x": 52, "y": 52},
    "6": {"x": 88, "y": 52},
    "7": {"x": 16, "y": 88},
    "8": {"x": 52, "y": 88},
    "9": {"x": 88, "y": 88}
  },
  "outputSlots": {
    "1": {"x": 204, "y": 52}
  }
})"_json;
    nlohmann::json smelting = R"({
  "background": "gui/recipe/smelting",
  "inputSlots": {
    "1": {"x": 14, "y": 14}
  },
  "outputSlots": {
    "1": {"x": 134, "y": 50}
  }
})"_json;
    nlohmann::json blasting = R"({
  "background": "gui/recipe/blasting",
  "inputSlots": {
    "1": {"x": 14, "y": 14}
  },
  "outputSlots": {
    "1": {"x": 143, "y": 50}
  }
})"_json;
    nlohmann::json campfireCooking = R"({
  "background": "gui/recipe/campfire_cooking",
  "inputSlots": {
    "1": {"x": 14, "y": 29}
  },
  "outputSlots": {
    "1": {"x": 134, "y": 50}
  }
})"_json;
    nlohmann::json smoking = R"({
  "background": "gui/recipe/smoking",
  "inputSlots": {
    "1": {"x": 14, "y": 14}
  },
  "outputSlots": {
    "1": {"x": 134, "y": 50}
  }
})"_json;
    nlohmann::json stonecutting = R"({
  "background": "gui/recipe/stonecutting",
  "inputSlots": {
    "1": {"x": 16, "y": 50}
  },
  "outputSlots": {
    "1": {"x": 134, "y": 50}
  }
})"_json;
    nlohmann::json smithingTransform = R"({
  "background": "gui/recipe/smithing",
  "inputSlots": {
    "1": {"x": 16, "y": 50},
    "2": {"x": 52, "y": 50},
    "3": {"x": 88, "y": 50}
  },
  "outputSlots": {
    "1": {"x": 206, "y": 50}
  }
})"_json;
}