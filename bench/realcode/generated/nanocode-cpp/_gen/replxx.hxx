// API-shape stub of replxx (AmokHuginnsson/replxx, fetched by the project's
// CMake FetchContent at configure time): only what nanocode-cpp calls.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace replxx {
class Replxx {
public:
  struct Completion {
    Completion(char const *text) : text_(text) {}
    Completion(std::string const &text) : text_(text) {}
    std::string text_;
  };
  using completions_t = std::vector<Completion>;
  using completion_callback_t =
      std::function<completions_t(std::string const &input, int &contextLen)>;
  Replxx();
  ~Replxx();
  void install_window_change_handler();
  void set_completion_callback(completion_callback_t const &fn);
  char const *input(std::string const &prompt);
  void history_add(std::string const &line);
};
} // namespace replxx
