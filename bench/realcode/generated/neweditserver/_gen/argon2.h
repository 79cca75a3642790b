#pragma once
/* API-shape declarations of libargon2's public header (libargon2-dev is not
   installed here): only what the project uses. */
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef enum Argon2_type { Argon2_d = 0, Argon2_i = 1, Argon2_id = 2 } argon2_type;
typedef enum Argon2_version { ARGON2_VERSION_10 = 0x10, ARGON2_VERSION_13 = 0x13,
                              ARGON2_VERSION_NUMBER = ARGON2_VERSION_13 } argon2_version;
typedef enum Argon2_ErrorCodes { ARGON2_OK = 0, ARGON2_VERIFY_MISMATCH = -35 } argon2_error_codes;
int argon2_hash(const uint32_t t_cost, const uint32_t m_cost, const uint32_t parallelism,
                const void *pwd, const size_t pwdlen, const void *salt, const size_t saltlen,
                void *hash, const size_t hashlen, char *encoded, const size_t encodedlen,
                argon2_type type, const uint32_t version);
int argon2_verify(const char *encoded, const void *pwd, const size_t pwdlen, argon2_type type);
size_t argon2_encodedlen(uint32_t t_cost, uint32_t m_cost, uint32_t parallelism,
                         uint32_t saltlen, uint32_t hashlen, argon2_type type);
int argon2id_hash_encoded(const uint32_t t_cost, const uint32_t m_cost, const uint32_t parallelism,
                          const void *pwd, const size_t pwdlen, const void *salt, const size_t saltlen,
                          const size_t hashlen, char *encoded, const size_t encodedlen);
int argon2id_verify(const char *encoded, const void *pwd, const size_t pwdlen);
#ifdef __cplusplus
}
#endif
