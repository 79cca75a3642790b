// Minimal stand-in for Botan 3's <botan/hex.h>.
#pragma once
#include <cstdint>
#include <span>
#include <string>
namespace Botan {
std::string hex_encode(std::span<const uint8_t> input, bool uppercase = true);
}  // namespace Botan
