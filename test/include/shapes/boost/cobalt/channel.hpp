// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/channel.hpp (+ impl/channel.hpp)
// boost::cobalt::channel<T>: single-threaded ("exchange data between different coroutines on a
// single thread", doc/reference/channel.adoc:4). co_await ch.read() yields T;
// co_await ch.write(value) yields void; either suspends depending on the buffer size (limit 0
// = rendezvous). close(), is_open(). channel<void> (read()/write() without values) is not
// modelled. The trailing boost::source_location parameters are omitted.
// Shape: write never suspends; a pending read is resumed by the next write.
#ifndef BOOST_COBALT_CHANNEL_HPP
#define BOOST_COBALT_CHANNEL_HPP

#include <boost/cobalt/this_thread.hpp>
#include <boost/system/system_error.hpp>
#include <boost/asio/error.hpp>

#include <coroutine>
#include <cstddef>
#include <deque>
#include <type_traits>
#include <utility>

namespace boost::cobalt
{

template<typename T>
struct channel
{
  explicit
  channel(std::size_t limit = 0u,
          executor executor = this_thread::get_executor(),
          pmr::memory_resource * resource = this_thread::get_default_resource())
      : limit_(limit), executor_(std::move(executor)) {(void)resource;}
  channel(channel && rhs) noexcept = delete;
  channel & operator=(channel && lhs) noexcept = delete;

  using executor_type = executor;
  const executor_type & get_executor() {return executor_;}

  ~channel() = default;
  bool is_open() const {return !is_closed_;}
  void close() {is_closed_ = true;}

 private:
  std::size_t limit_;
  std::deque<T> buffer_;
  executor_type executor_;
  bool is_closed_{false};
  std::coroutine_handle<> reader_;

  struct read_op
  {
    channel * chn;
    bool await_ready() { return !chn->buffer_.empty(); }
    void await_suspend(std::coroutine_handle<> h) { chn->reader_ = h; }
    T await_resume()
    {
      if (chn->buffer_.empty())
        throw system::system_error(asio::error::broken_pipe);
      T v = std::move(chn->buffer_.front());
      chn->buffer_.pop_front();
      return v;
    }
    explicit operator bool() const {return chn && chn->is_open();}
  };

  struct write_op
  {
    channel * chn;
    T value;
    bool await_ready() { return true; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume()
    {
      if (chn->is_closed_)
        throw system::system_error(asio::error::broken_pipe);
      chn->buffer_.push_back(std::move(value));
      if (auto r = std::exchange(chn->reader_, nullptr))
        r.resume();
    }
    explicit operator bool() const {return chn && chn->is_open();}
  };

 public:
  read_op   read()  {return  read_op{this}; }
  write_op write(const T  && value) requires std::is_copy_constructible_v<T> {return write_op{this, value};}
  write_op write(const T  &  value) requires std::is_copy_constructible_v<T> {return write_op{this, value};}
  write_op write(      T &&  value) {return write_op{this, std::move(value)};}
  write_op write(      T  &  value) {return write_op{this, value};}
};

}

#endif //BOOST_COBALT_CHANNEL_HPP
