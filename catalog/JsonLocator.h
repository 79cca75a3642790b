//===--- JsonLocator.h - Source positions of values in JSON text ----------===//
//
// nlohmann/json 3.11 keeps no positions in parsed values, but a catalog error
// must name the line and column of the offending field. This scans the text
// once more along a path and returns where the value starts.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CATALOG_JSONLOCATOR_H
#define ASYNC_TIDY_CATALOG_JSONLOCATOR_H

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace async_tidy {

/// One step into a JSON document: an object key or an array index.
using JsonPathStep = std::variant<std::string, std::size_t>;
using JsonPath = std::vector<JsonPathStep>;

/// "blocking_functions[3].kind" for display.
std::string formatJsonPath(const JsonPath &Path);

struct TextPosition {
  unsigned Line = 1;
  unsigned Column = 1;
};

/// The 1-based line and column of byte `Offset` in `Text`.
TextPosition positionOfOffset(const std::string &Text, std::size_t Offset);

/// Where the value at `Path` starts in `Text` (which must be valid JSON).
/// When the path leaves the document (a missing key), the position of the
/// deepest value that exists on the path.
TextPosition locateJsonValue(const std::string &Text, const JsonPath &Path);

} // namespace async_tidy

#endif // ASYNC_TIDY_CATALOG_JSONLOCATOR_H
