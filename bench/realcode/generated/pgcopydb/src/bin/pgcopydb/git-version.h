#define GIT_VERSION "0.17"
