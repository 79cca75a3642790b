//===--- AccessPaths.h - Which object an expression reads or changes ------===//
//
// The await-dependency analysis compares what two awaits touch by the
// objects at the root of their access paths: `session.conn->socket` and
// `*session.conn` both touch `session`; members of `*this` are separate
// objects (`this->cache_`), and so is each variable. A root is a
// declaration (a variable, a member of `*this`, a function) or ThisRoot.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_ACCESSPATHS_H
#define ASYNC_TIDY_ANALYSIS_ACCESSPATHS_H

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

/// Stands for `*this` among the roots.
extern const clang::Decl *const ThisRoot;

/// How messages name a root ("this", "conn").
std::string rootName(const clang::Decl *Root);

/// `E` without implicit nodes and parentheses (the written expression).
const clang::Expr *withoutImplicit(const clang::Expr *E);

/// The object `E` names, through std::move / std::forward and casts to an
/// rvalue reference: a DeclRefExpr to a variable (or parameter), or a
/// MemberExpr of a field; null otherwise.
const clang::Expr *namedObject(const clang::Expr *E);

/// Whether `E` is a variable, or a member of one or of `this`: reading it
/// twice reads the same thing, with no call in between.
bool isPlainVariable(const clang::Expr *E);

/// One step from an expression towards the object it is part of: the base
/// of a member access or subscript, the operand of `*` / `&`, the object
/// of an overloaded `*`, `->` or `[]`; null for anything else.
const clang::Expr *enclosingObject(const clang::Expr *E);

/// The variable (or member of `*this`) whose storage `E` denotes or points
/// into, seen through references and pointers to locals, structured
/// bindings, member accesses and const accessors (`p.get()`); null when
/// unknown (a call's result).
const clang::Decl *rootOf(const clang::Expr *E);

/// Whether `E` is `*this` or anything reached from it: members, and what
/// members point to (a client's socket held by a shared_ptr is the
/// client's state for concurrency: two writes on it conflict).
bool isReachedFromThis(const clang::Expr *E);

/// `E` through implicit conversions, parentheses, temporaries, functional
/// casts and the construction of an object from its one argument (a
/// `std::string` from a literal): the value as written.
const clang::Expr *withoutConversions(const clang::Expr *E);

/// The object type a std::shared_ptr or std::unique_ptr (possibly a
/// reference to one) points to.
std::optional<clang::QualType> smartPointee(clang::QualType T);

/// The type of the object `E` denotes or points to (through a raw pointer,
/// std::shared_ptr or std::unique_ptr), without qualifiers.
clang::QualType objectType(const clang::Expr *E);

/// Whether a parameter of this type lets the callee change its argument: a
/// reference, pointer or smart pointer to non-const (an rvalue reference
/// too: the callee may move from it).
bool mayChangeArgument(clang::QualType Param);

/// The receiver of a call: the object of a member call, else a first
/// argument passed by non-const lvalue reference or pointer
/// (`async_read(sock, ..)`, `PQexec(conn, ..)`).
const clang::Expr *receiverOf(const clang::CallExpr *Call);

/// The first template argument of `T` when `T` is a specialization of one
/// of `Templates` (`std::shared_ptr<Client>` -> `Client`).
std::optional<clang::QualType> firstTypeArgument(clang::QualType T,
                                                 const std::vector<std::string> &Templates);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_ACCESSPATHS_H
