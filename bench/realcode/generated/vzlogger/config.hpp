#ifndef _config_hpp_in_
#define _config_hpp_in_
#define PACKAGE "vzlogger"
#define PACKAGE_BUGREPORT "https://github.com/volkszaehler/vzlogger/issues"
#define PACKAGE_NAME "vzlogger"
#define PACKAGE_STRING "vzlogger 0.8.9"
#define PACKAGE_TARNAME "vzlogger"
#define PACKAGE_URL "https://github.com/volkszaehler/vzlogger"
#define PACKAGE_VERSION "0.8.9"
#define HAVE_OPENSSL 1
#define WITH_OPENSSL 1
#define VERSION "0.8.9"
#define HAVE_CPP_REGEX 1
#endif
