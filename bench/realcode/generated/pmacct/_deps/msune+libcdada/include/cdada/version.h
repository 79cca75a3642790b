#ifndef __CDADA_VERSION_H__
#define __CDADA_VERSION_H__
#define CDADA_VERSION_MAJOR "0"
#define CDADA_VERSION_MINOR "6"
#define CDADA_VERSION_PATCH "0"
#define CDADA_VERSION "v0.6.0"
#define CDADA_BUILD ""
const char* cdada_get_ver();
const char* cdada_get_ver_maj();
const char* cdada_get_ver_min();
const char* cdada_get_ver_patch();
const char* cdada_get_build();
#endif
