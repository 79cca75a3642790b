//===--- ProjectSchema.h - The schema a `SchemaFiles` option names --------===//
//
// async-missing-index and async-unbounded-query read the project's schema
// from the same kind of option: .sql files or directories (every *.sql in
// one, in natural order: v2 before v10; down and undo migrations left
// out), separated by ';', relative to the .clang-tidy that sets them. Every
// translation unit of a run names the same files, so each set is read once
// per process.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_PROJECTSCHEMA_H
#define ASYNC_TIDY_CHECKS_PROJECTSCHEMA_H

#include "clang-tidy/ClangTidyCheck.h"

#include <string>

namespace async_tidy {

class Schema;

/// The schema `Value` (the option `Option`'s value) names for the file being
/// analysed; null when a file cannot be read (said once per process as a
/// configuration error).
const Schema *projectSchema(llvm::StringRef Option, const std::string &Value,
                            clang::tidy::ClangTidyContext *Context);

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_PROJECTSCHEMA_H
