//===--- SourceEdits.h - Small pieces every rewriter needs ----------------===//
//
// Catalog templates (`{token}`, `{arg0}`), the source text of expressions,
// and the two questions every rewrite that adds a `co_await` asks: may a
// `co_await` go here at all, and does the new expression need parentheses.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_SOURCEEDITS_H
#define ASYNC_TIDY_REWRITERS_SOURCEEDITS_H

#include "BodyWalker.h"
#include "Catalog.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>

namespace async_tidy {

/// Replaces each `{name}` (letters, digits, `_`) in `Template` by
/// `Values[name]`; other braces stay as written. None when a placeholder
/// has no value (the catalog asked for something we lack).
std::optional<std::string> expandTemplate(llvm::StringRef Template,
                                          const llvm::StringMap<std::string> &Values);

/// Whether `Template` mentions `{name}`.
bool mentionsPlaceholder(llvm::StringRef Template, llvm::StringRef Name);

/// The text of `E` as written in the file; none when it is not one
/// contiguous piece of a file (parts of it come from a macro body).
std::optional<std::string> fileText(const clang::Expr *E, const clang::ASTContext &Ctx);

/// Why a `co_await` may not be inserted at this call, or none when it may:
/// not inside a lambda (not a coroutine), a catch handler (ill-formed), a
/// static initializer (ill-formed), nor while a lock guard is alive (the new
/// suspension point would hold the lock across it).
std::optional<std::string> awaitInsertionBlocker(const CallSite &Site);

/// Whether `co_await <call>` must be parenthesised where the call stands
/// (it is the object of `.`, `->`, `[]`, a call, or a postfix operator).
bool awaitNeedsParentheses(const CallSite &Site);

/// Whether the call's value is discarded (an expression statement, a
/// `(void)` cast, the left of a comma).
bool isValueDiscarded(const CallSite &Site);

/// Whitespace before `Offset` on its line of `Buffer`, or none when code
/// precedes it there.
std::optional<std::string> indentationBefore(llvm::StringRef Buffer, unsigned Offset);

/// The names declared anywhere in a function (parameters, locals, bindings),
/// so that names a fix introduces do not collide.
llvm::StringSet<> namesDeclaredIn(const clang::FunctionDecl &Function);

/// The names the fixes of one translation unit have given in each
/// function, on top of the names it declares: two fixes applied in one run
/// (two loops, two groups of awaits) never declare the same name twice.
class GivenNames {
public:
  /// The names taken in `Function`; a rewriter adds the names it gives.
  llvm::StringSet<> &in(const clang::FunctionDecl &Function);

private:
  llvm::DenseMap<const clang::FunctionDecl *, llvm::StringSet<>> Names;
};

/// `Base`, or `Base2`, `Base3`, ... : the first name not in `Taken`, which
/// it then holds.
std::string freshName(const std::string &Base, llvm::StringSet<> &Taken);

/// The headers among `Candidates` whose declaration `Text` names and the
/// translation unit does not declare yet.
std::vector<HeaderNeed> headersNeededFor(const std::string &Text,
                                         const std::vector<HeaderNeed> &Candidates,
                                         llvm::function_ref<bool(llvm::StringRef)> IsDeclared);

/// The file range of a statement including its `;`, as offsets; none in a
/// macro.
std::optional<std::pair<unsigned, unsigned>> statementOffsets(const clang::Stmt *S,
                                                              const clang::ASTContext &Ctx);

/// An edit removing a statement (`Range`, from statementOffsets), with its
/// line when it stands alone on it. The removal runs from the end of the
/// previous line to the end of the statement's line (not from line start to
/// the next line start): clang's fix-it merging widens a removal that ends
/// before a space.
clang::FixItHint removeStatement(std::pair<unsigned, unsigned> Range, clang::FileID File,
                                 llvm::StringRef Buffer, const clang::SourceManager &SM);

/// removeStatement for `S`; none when it is in a macro.
std::optional<clang::FixItHint> statementRemoval(const clang::Stmt *S,
                                                 const clang::ASTContext &Ctx);

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_SOURCEEDITS_H
