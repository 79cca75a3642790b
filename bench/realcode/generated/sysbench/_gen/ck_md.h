/* ck_md.h as concurrency_kit's configure writes it on x86_64 Linux. */
#ifndef CK_MD_H
#define CK_MD_H
#ifndef CK_MD_CACHELINE
#define CK_MD_CACHELINE (64)
#endif
#ifndef CK_MD_PAGESIZE
#define CK_MD_PAGESIZE (4096)
#endif
#ifndef CK_MD_RTM_DISABLE
#define CK_MD_RTM_DISABLE
#endif
#ifndef CK_MD_LSE_DISABLE
#define CK_MD_LSE_DISABLE
#endif
#ifndef CK_MD_POINTER_PACK_DISABLE
#define CK_MD_POINTER_PACK_DISABLE
#endif
#ifndef CK_MD_VMA_BITS
#define CK_MD_VMA_BITS 48ULL
#endif
#ifndef CK_MD_TSO
#define CK_MD_TSO
#endif
#ifndef CK_PR_ENABLE_DOUBLE
#define CK_PR_ENABLE_DOUBLE
#endif
#define CK_VERSION "0.7.0"
#define CK_GIT_SHA ""
#endif
