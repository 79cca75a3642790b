/* -*- C -*- */
#ifndef LIBNAGIOS_snprintf_h__
#define LIBNAGIOS_snprintf_h__
#define HAVE_SNPRINTF 1
#undef NEED_VA_LIST
#endif
