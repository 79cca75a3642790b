// Minimal stand-in for Botan 3's <botan/bcrypt.h> (Botan is not installed
// here): the declarations server/auth.h uses.
#pragma once
#include <botan/auto_rng.h>
#include <cstdint>
#include <string>
#include <string_view>
namespace Botan {
std::string generate_bcrypt(std::string_view password, RandomNumberGenerator &rng,
                            uint16_t work_factor = 12, char version = 'a');
bool check_bcrypt(std::string_view password, std::string_view hash);
}  // namespace Botan
