/* API-shape declarations of the libargon2 functions buyer-backend calls
   (Debian's libargon2-dev is not installed here); written for parsing only. */
#pragma once
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef enum Argon2_type { Argon2_d = 0, Argon2_i = 1, Argon2_id = 2 } argon2_type;
enum Argon2_ErrorCodes { ARGON2_OK = 0 };
size_t argon2_encodedlen(uint32_t t_cost, uint32_t m_cost, uint32_t parallelism,
                         uint32_t saltlen, uint32_t hashlen, argon2_type type);
int argon2id_hash_encoded(const uint32_t t_cost, const uint32_t m_cost, const uint32_t parallelism,
                          const void *pwd, const size_t pwdlen, const void *salt,
                          const size_t saltlen, const size_t hashlen, char *encoded,
                          const size_t encodedlen);
int argon2id_verify(const char *encoded, const void *pwd, const size_t pwdlen);
const char *argon2_error_message(int error_code);
#ifdef __cplusplus
}
#endif
