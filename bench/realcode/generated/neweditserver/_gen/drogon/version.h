#pragma once
#define MAJOR 1
#define MINOR 9
#define PATCH 13
#define DROGON_VERSION "1.9.13"
#define DROGON_VERSION_SHA1 "4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f"
