// Minimal stand-in for Botan 3's <botan/auto_rng.h>.
#pragma once
#include <cstddef>
#include <cstdint>
namespace Botan {
class RandomNumberGenerator {
  public:
    virtual ~RandomNumberGenerator() = default;
    void randomize(uint8_t output[], size_t length);
};
class AutoSeeded_RNG final : public RandomNumberGenerator {
  public:
    AutoSeeded_RNG();
};
}  // namespace Botan
