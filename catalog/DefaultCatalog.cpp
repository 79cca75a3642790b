//===--- DefaultCatalog.cpp - The catalog embedded at build time ----------===//

#include "Catalog.h"

#include <cstdio>
#include <cstdlib>

// Generated from catalog/default-catalog.json by catalog/EmbedCatalog.cpp,
// which refuses to embed a document that does not validate.
extern const char AsyncTidyDefaultCatalogJson[];

namespace async_tidy {

const std::string &defaultCatalogText() {
  static const std::string Text = AsyncTidyDefaultCatalogJson;
  return Text;
}

const Catalog &defaultCatalog() {
  static const Catalog Default = [] {
    CatalogParseResult Parsed = parseCatalog(defaultCatalogText(), "<default catalog>");
    if (!Parsed.Value) {
      // Unreachable: the build embeds only a document that validates.
      std::fprintf(stderr, "async-tidy: %s\n", Parsed.Error->format().c_str());
      std::abort();
    }
    return std::move(*Parsed.Value);
  }();
  return Default;
}

} // namespace async_tidy
