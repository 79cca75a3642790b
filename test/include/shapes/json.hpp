// Upstream: jmont-dev/ollama-hpp, tag v0.9.5 bundles nlohmann/json as
//   include/json.hpp. This shape forwards to the system <nlohmann/json.hpp>
//   (Debian package nlohmann-json3-dev).
#pragma once
#include <nlohmann/json.hpp>
