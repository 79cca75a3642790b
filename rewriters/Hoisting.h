//===--- Hoisting.h - Whether a call can run before its statement ---------===//
//
// Some fixes must write statements around a call: Drogon's offload switches
// the whole coroutine to the pool and back, which is statements, not an
// expression. When the call stands inside a larger expression
// (`if (!db.has(name))`, `resp["x"] = db.get()`, `co_return f(db.get())`),
// the call moves before its statement into a variable, and the statement
// reads the variable. That keeps what the statement does only when C++
// would have run the call first anyway: what C++ may evaluate before the
// call has no effect and reads nothing the call names, and the call is not
// evaluated conditionally (`&&`, `?:`) or repeatedly (a loop condition). A
// `switch` body gets no new variables: its labels would jump over them.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_HOISTING_H
#define ASYNC_TIDY_REWRITERS_HOISTING_H

#include "BodyWalker.h"

#include <string>
#include <variant>

namespace async_tidy {

/// The statement, directly in a block, before which the call can run; or
/// why it cannot run earlier than where it stands.
std::variant<const clang::Stmt *, std::string> statementToHoistBefore(const CallSite &Site);

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_HOISTING_H
