// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  orm_lib/inc/drogon/orm/Field.h (subset)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

namespace drogon
{
namespace orm
{
class Field
{
  public:
    const char *name() const;
    bool isNull() const;

    /// Convert the field value to T.
    template <typename T>
    T as() const
    {
        return T{};
    }
};
}  // namespace orm
}  // namespace drogon
