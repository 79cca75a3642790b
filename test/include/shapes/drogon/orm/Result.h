// Upstream: drogonframework/drogon, tag v1.9.1
//   (commit 637046189653ea22e6c4b13d7f47023170fa01b1)
// Mirrors:  orm_lib/inc/drogon/orm/Result.h (subset) and ResultIterator.h
//           (ConstResultIterator, what a range-for uses)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <drogon/orm/Row.h>

#include <cstddef>
#include <memory>

namespace drogon
{
namespace orm
{
class ResultImpl;
using ResultImplPtr = std::shared_ptr<ResultImpl>;

// drogon/orm/ResultIterator.h: a random-access iterator that is itself a
// Row; only what a range-for needs is shaped here.
class ConstResultIterator : protected Row
{
  public:
    using pointer = const Row *;
    using reference = const Row &;

    reference operator*()
    {
        return *this;
    }
    ConstResultIterator &operator++();
    bool operator==(const ConstResultIterator &other) const;
    bool operator!=(const ConstResultIterator &other) const;
};

/// Result set containing data returned by a query or command.
class Result
{
  public:
    explicit Result(ResultImplPtr ptr) : resultPtr_(std::move(ptr)) {}
    Result(const Result &r) noexcept = default;
    Result(Result &&) noexcept = default;
    Result &operator=(const Result &r) noexcept = default;
    Result &operator=(Result &&) noexcept = default;

    using DifferenceType = long;
    using SizeType = size_t;
    using Reference = Row;
    using RowSizeType = unsigned long;
    using FieldSizeType = unsigned long;

    using value_type = Row;
    using size_type = SizeType;
    using difference_type = DifferenceType;
    using reference = Reference;
    using const_reference = const Reference;

    using ConstIterator = ConstResultIterator;
    using Iterator = ConstIterator;
    using iterator = Iterator;
    using const_iterator = ConstIterator;

    ConstIterator begin() const noexcept;
    ConstIterator end() const noexcept;

    SizeType size() const noexcept { return resultPtr_ ? 1 : 0; }
    bool empty() const noexcept { return size() == 0; }

    Reference front() const noexcept;
    Reference back() const noexcept;
    Reference operator[](SizeType index) const noexcept;
    Reference at(SizeType index) const;

    /// Number of columns in result.
    RowSizeType columns() const noexcept;

    /// Number of rows affected by INSERT/UPDATE/DELETE.
    SizeType affectedRows() const noexcept { return 0; }

    /// Auto-increment key of the last INSERT (MySQL, Sqlite3).
    unsigned long long insertId() const noexcept { return 0; }

  private:
    ResultImplPtr resultPtr_;
};
}  // namespace orm
}  // namespace drogon
