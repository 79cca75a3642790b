#ifndef _PMACCT_VERSION_H_
#define _PMACCT_VERSION_H_
#define PMACCT_VERSION	"1.7.10-git"
#endif
