// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  orm_lib/inc/drogon/orm/SqlBinder.h (ClientType, Mode only; the
//           internal::SqlBinder stream API is not mirrored)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

namespace drogon
{
namespace orm
{
enum class ClientType
{
    PostgreSQL = 0,
    Mysql,
    Sqlite3
};

enum class Mode
{
    NonBlocking,
    Blocking
};
}  // namespace orm
}  // namespace drogon
