#pragma once
#define TRANTOR_EXPORT __attribute__((visibility("default")))
#define TRANTOR_NO_EXPORT __attribute__((visibility("hidden")))
#define TRANTOR_DEPRECATED __attribute__((__deprecated__))
#define TRANTOR_DEPRECATED_EXPORT TRANTOR_EXPORT TRANTOR_DEPRECATED
#define TRANTOR_DEPRECATED_NO_EXPORT TRANTOR_NO_EXPORT TRANTOR_DEPRECATED
