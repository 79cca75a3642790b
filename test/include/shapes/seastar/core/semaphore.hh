// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/semaphore.hh
//
// seastar::semaphore = basic_semaphore<semaphore_default_exception_factory>.
// `co_await sem.wait(n)` ... sem.signal(n); or `auto units = co_await get_units(sem, n);`
// (semaphore_units returns the units on destruction); with_semaphore(sem, n, func).
// try_wait(n) never blocks.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>
#include <cstddef>
#include <exception>
#include <optional>
#include <sys/types.h>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>
#include <seastar/core/timer.hh>

namespace seastar {

class abort_source;

struct semaphore_default_exception_factory {};
struct named_semaphore_exception_factory {};

template <typename ExceptionFactory, typename Clock = typename timer<>::clock>
class basic_semaphore : private ExceptionFactory {
public:
    using duration = typename timer<Clock>::duration;
    using clock = typename timer<Clock>::clock;
    using time_point = typename timer<Clock>::time_point;
    using exception_factory = ExceptionFactory;

    basic_semaphore(size_t count) noexcept : _count(count) {}
    basic_semaphore(const basic_semaphore&) = delete;

    future<> wait(size_t nr = 1) noexcept {
        _count -= nr;
        return make_ready_future<>();
    }
    future<> wait(time_point timeout, size_t nr = 1) noexcept {
        (void)timeout;
        return wait(nr);
    }
    future<> wait(abort_source& as, size_t nr = 1) noexcept {
        (void)as;
        return wait(nr);
    }
    future<> wait(duration timeout, size_t nr = 1) noexcept {
        (void)timeout;
        return wait(nr);
    }
    void signal(size_t nr = 1) noexcept { _count += nr; }
    void consume(size_t nr = 1) noexcept { _count -= nr; }
    bool try_wait(size_t nr = 1) noexcept {
        if (_count < static_cast<long>(nr)) return false;
        _count -= nr;
        return true;
    }
    size_t current() const noexcept { return _count > 0 ? static_cast<size_t>(_count) : 0; }
    ssize_t available_units() const noexcept { return _count; }
    size_t waiters() const noexcept { return 0; }
    void broken() noexcept {}

private:
    long _count;
};

template <typename ExceptionFactory, typename Clock = typename timer<>::clock>
class semaphore_units {
    basic_semaphore<ExceptionFactory, Clock>* _sem;
    size_t _n;

public:
    semaphore_units(basic_semaphore<ExceptionFactory, Clock>& sem, size_t n) noexcept : _sem(&sem), _n(n) {}
    semaphore_units(semaphore_units&& o) noexcept : _sem(o._sem), _n(std::exchange(o._n, 0)) {}
    semaphore_units(const semaphore_units&) = delete;
    ~semaphore_units() noexcept {
        if (_n) _sem->signal(_n);
    }
    size_t return_units(size_t units) {
        _n -= units;
        _sem->signal(units);
        return _n;
    }
    void return_all() noexcept {
        if (_n) _sem->signal(std::exchange(_n, 0));
    }
    size_t release() noexcept { return std::exchange(_n, 0); }
    size_t count() const noexcept { return _n; }
};

template <typename ExceptionFactory, typename Clock = typename timer<>::clock>
future<semaphore_units<ExceptionFactory, Clock>> get_units(basic_semaphore<ExceptionFactory, Clock>& sem,
                                                           size_t units) noexcept {
    (void)sem.wait(units);
    return make_ready_future<semaphore_units<ExceptionFactory, Clock>>(
        semaphore_units<ExceptionFactory, Clock>{sem, units});
}

template <typename ExceptionFactory, typename Clock = typename timer<>::clock>
std::optional<semaphore_units<ExceptionFactory, Clock>> try_get_units(basic_semaphore<ExceptionFactory, Clock>& sem,
                                                                      size_t units) noexcept {
    if (!sem.try_wait(units)) return std::nullopt;
    return std::make_optional<semaphore_units<ExceptionFactory, Clock>>(sem, units);
}

template <typename ExceptionFactory, typename Func, typename Clock = typename timer<>::clock>
inline futurize_t<std::invoke_result_t<Func>> with_semaphore(basic_semaphore<ExceptionFactory, Clock>& sem,
                                                             size_t units, Func&& func) noexcept {
    auto u = semaphore_units<ExceptionFactory, Clock>{sem, units};
    (void)sem.wait(units);
    return futurize_invoke(std::forward<Func>(func));
}

using semaphore = basic_semaphore<semaphore_default_exception_factory>;
using named_semaphore = basic_semaphore<named_semaphore_exception_factory>;

}  // namespace seastar
