// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  orm_lib/inc/drogon/orm/Exception.h (DrogonDbException only)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <exception>

namespace drogon
{
namespace orm
{
/// Base class for all exceptions specific to the ORM (not derived from
/// std::exception; use base()).
class DrogonDbException
{
  public:
    virtual ~DrogonDbException() noexcept {}

    virtual const std::exception &base() const noexcept
    {
        static std::exception except;
        return except;
    }
};
}  // namespace orm
}  // namespace drogon
