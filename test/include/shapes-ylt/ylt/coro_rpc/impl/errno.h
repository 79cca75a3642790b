// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_rpc/impl/errno.h
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace coro_rpc {
enum class errc : uint16_t {
    ok,
    io_error,
    not_connected,
    timed_out,
    invalid_rpc_arguments,
    address_in_used,
    bad_address,
    open_error,
    listen_error,
    operation_canceled,
    rpc_throw_exception,
    function_not_registered,
    protocol_error,
    unknown_protocol_version,
    message_too_large,
    server_has_ran,
    invalid_rpc_result,
    serial_number_conflict,
};

inline constexpr std::string_view make_error_message(errc ec) noexcept {
    return ec == errc::ok ? "ok" : "error";
}

struct err_code {
public:
    errc ec;
    constexpr err_code() noexcept : ec(errc::ok) {}
    explicit constexpr err_code(uint16_t ec) noexcept : ec{ec} {};
    constexpr err_code(errc ec) noexcept : ec(ec) {};
    constexpr err_code& operator=(errc ec) noexcept {
        this->ec = ec;
        return *this;
    }
    constexpr err_code(const err_code& err_code) noexcept = default;
    constexpr err_code& operator=(const err_code& o) noexcept = default;
    constexpr operator errc() const noexcept { return ec; }
    constexpr operator bool() const noexcept { return static_cast<uint16_t>(ec); }
    constexpr explicit operator uint16_t() const noexcept { return static_cast<uint16_t>(ec); }
    constexpr uint16_t val() const noexcept { return static_cast<uint16_t>(ec); }
    constexpr std::string_view message() const noexcept { return make_error_message(ec); }
};

struct rpc_error {
    coro_rpc::err_code code;  //!< error code
    std::string msg;          //!< error message
    rpc_error() {}
    rpc_error(coro_rpc::err_code code, std::string_view msg) : code(code), msg(std::string{msg}) {}
    rpc_error(coro_rpc::err_code code) : code(code), msg(std::string{make_error_message(code)}) {}
    constexpr operator bool() const noexcept { return code; }
};
}  // namespace coro_rpc
