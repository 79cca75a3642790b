// API-shape declarations of the cppzmq types buyer-backend uses (cppzmq is
// not installed here); written for parsing only.
#pragma once
#include <cerrno>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
extern "C" int zmq_errno(void);
namespace zmq {
enum class socket_type : int { pub = 1, sub = 2 };
enum class send_flags : int { none = 0, dontwait = 1, sndmore = 2 };
enum class recv_flags : int { none = 0, dontwait = 1 };
using send_result_t = std::optional<std::size_t>;
using recv_result_t = std::optional<std::size_t>;
namespace sockopt {
struct subscribe_t {};
inline constexpr subscribe_t subscribe{};
}  // namespace sockopt
class context_t {
 public:
  explicit context_t(int io_threads = 1);
};
class message_t {
 public:
  message_t();
  explicit message_t(std::string_view s);
  const void *data() const;
  std::size_t size() const;
  std::string to_string() const;
};
class socket_t {
 public:
  socket_t(context_t &ctx, socket_type type);
  void bind(const std::string &addr);
  void connect(const std::string &addr);
  void set(sockopt::subscribe_t, std::string_view value);
  send_result_t send(message_t &msg, send_flags flags = send_flags::none);
  recv_result_t recv(message_t &msg, recv_flags flags = recv_flags::none);
  void close();
};
}  // namespace zmq
