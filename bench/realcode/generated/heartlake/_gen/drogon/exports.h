#pragma once
#define DROGON_EXPORT __attribute__((visibility("default")))
#define DROGON_NO_EXPORT __attribute__((visibility("hidden")))
#define DROGON_DEPRECATED __attribute__((__deprecated__))
#define DROGON_DEPRECATED_EXPORT DROGON_EXPORT DROGON_DEPRECATED
#define DROGON_DEPRECATED_NO_EXPORT DROGON_NO_EXPORT DROGON_DEPRECATED
