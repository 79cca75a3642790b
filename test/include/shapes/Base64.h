// Upstream: jmont-dev/ollama-hpp, tag v0.9.5, include/Base64.h
//   (tomykaira's macaron::Base64). Declarations only.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include <string>

namespace macaron {
class Base64 {
 public:
  static std::string Encode(const std::string data);
  static std::string Decode(const std::string& input, std::string& out);
};
}  // namespace macaron
