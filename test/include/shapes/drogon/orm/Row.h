// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  orm_lib/inc/drogon/orm/Row.h (subset)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/orm/Field.h>

#include <cstddef>
#include <string>

namespace drogon
{
namespace orm
{
class Row
{
  public:
    using SizeType = size_t;
    using Reference = Field;

    Reference operator[](SizeType index) const noexcept;
    Reference operator[](int index) const noexcept;
    Reference operator[](const char columnName[]) const;
    Reference operator[](const std::string &columnName) const;

    Reference at(SizeType index) const;
    Reference at(const char columnName[]) const;
    Reference at(const std::string &columnName) const;

    SizeType size() const;
};
}  // namespace orm
}  // namespace drogon
