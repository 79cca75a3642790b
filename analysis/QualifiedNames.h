//===--- QualifiedNames.h - Names as the catalog spells them --------------===//
//
// The catalog names declarations the way users write them: `std::future::get`,
// `boost::asio::basic_stream_socket::read_some`. A declaration's catalog name
// is its qualified name without template arguments and without inline
// namespaces (`std::__1::`, `std::__cxx11::`, `std::_V2::`), so every
// specialization of a class template answers to the template's name.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_QUALIFIEDNAMES_H
#define ASYNC_TIDY_ANALYSIS_QUALIFIEDNAMES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <string>

namespace async_tidy {

/// `ns::Class::member` for `D`; constructors are `ns::Class::Class`.
/// Entities local to a function get a `(local)` component, which no catalog
/// name contains.
std::string catalogName(const clang::NamedDecl *D);

/// The catalog name of the namespace or class enclosing `D` ("" for the
/// global namespace).
std::string enclosingCatalogName(const clang::NamedDecl *D);

/// The catalog name of the class template or class behind `T` (looking
/// through aliases and sugar), or "" when `T` is not a class type.
std::string catalogNameOfType(clang::QualType T);

/// How messages name a function: `handle_chat`, `Session::run`; "" for a
/// lambda's call operator.
std::string displayName(const clang::FunctionDecl &FD);

/// "coroutine 'handle_chat'" or "coroutine lambda", for messages.
std::string describeCoroutine(const clang::FunctionDecl &FD);

/// How messages name a catalogued call: the constructed type as written
/// (`pqxx::connection`), the function object called (`blockingWait`), else
/// the callee's catalog name (`cpr::Get`).
std::string describeCall(const clang::Expr *Call, const clang::FunctionDecl *Callee);

/// How messages name a call of a project function: `load_profile`,
/// `Store::total`, or for a lambda the variable holding it.
std::string helperName(const clang::Expr *Call, const clang::FunctionDecl *Callee);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_QUALIFIEDNAMES_H
