//===--- JsonLocator.cpp - Source positions of values in JSON text --------===//

#include "JsonLocator.h"

#include <cctype>
#include <cstring>

namespace async_tidy {

std::string formatJsonPath(const JsonPath &Path) {
  std::string Out;
  for (const JsonPathStep &Step : Path) {
    if (const auto *Key = std::get_if<std::string>(&Step)) {
      if (!Out.empty())
        Out += '.';
      Out += *Key;
    } else {
      Out += '[' + std::to_string(std::get<std::size_t>(Step)) + ']';
    }
  }
  return Out.empty() ? "<document>" : Out;
}

TextPosition positionOfOffset(const std::string &Text, std::size_t Offset) {
  TextPosition Pos;
  for (std::size_t I = 0; I < Offset && I < Text.size(); ++I) {
    if (Text[I] == '\n') {
      ++Pos.Line;
      Pos.Column = 1;
    } else {
      ++Pos.Column;
    }
  }
  return Pos;
}

namespace {

/// A forward-only scanner over valid JSON that can skip whole values.
class Scanner {
public:
  explicit Scanner(const std::string &Text) : Text(Text) {}

  std::size_t offset() const { return Pos; }

  void skipSpace() {
    while (Pos < Text.size() && std::isspace(static_cast<unsigned char>(Text[Pos])))
      ++Pos;
  }

  char peek() {
    skipSpace();
    return Pos < Text.size() ? Text[Pos] : '\0';
  }

  bool consume(char C) {
    if (peek() != C)
      return false;
    ++Pos;
    return true;
  }

  std::string readString() {
    std::string Out;
    if (!consume('"'))
      return Out;
    while (Pos < Text.size() && Text[Pos] != '"') {
      if (Text[Pos] == '\\' && Pos + 1 < Text.size()) {
        Out += Text[Pos + 1]; // Escapes never occur in catalog keys.
        Pos += 2;
        continue;
      }
      Out += Text[Pos++];
    }
    ++Pos; // Closing quote.
    return Out;
  }

  void skipValue() {
    char C = peek();
    if (C == '"') {
      readString();
    } else if (C == '{' || C == '[') {
      char Close = C == '{' ? '}' : ']';
      ++Pos;
      if (consume(Close))
        return;
      do {
        if (C == '{') {
          readString();
          consume(':');
        }
        skipValue();
      } while (consume(','));
      consume(Close);
    } else {
      while (Pos < Text.size() && !std::strchr(",]} \t\r\n", Text[Pos]))
        ++Pos;
    }
  }

private:
  const std::string &Text;
  std::size_t Pos = 0;
};

} // namespace

TextPosition locateJsonValue(const std::string &Text, const JsonPath &Path) {
  Scanner S(Text);
  S.skipSpace();
  std::size_t Found = S.offset();
  for (const JsonPathStep &Step : Path) {
    bool Entered = false;
    if (const auto *Key = std::get_if<std::string>(&Step)) {
      if (S.consume('{') && S.peek() != '}') {
        do {
          std::string Name = S.readString();
          S.consume(':');
          if (Name == *Key) {
            Entered = true;
            break;
          }
          S.skipValue();
        } while (S.consume(','));
      }
    } else {
      std::size_t Index = std::get<std::size_t>(Step);
      if (S.consume('[') && S.peek() != ']') {
        for (std::size_t I = 0;; ++I) {
          if (I == Index) {
            Entered = true;
            break;
          }
          S.skipValue();
          if (!S.consume(','))
            break;
        }
      }
    }
    if (!Entered)
      break;
    S.skipSpace();
    Found = S.offset();
  }
  return positionOfOffset(Text, Found);
}

} // namespace async_tidy
