//===--- ApiIndex.h - The catalog resolved against one translation unit ---===//
//
// Catalog names are resolved once per translation unit through the AST's own
// name lookup, so that aliases and inherited members mean what the compiler
// means: `pqxx::connection` (an alias of one specialization of
// `basic_connection_base`) matches that specialization's constructors only,
// and `pqxx::work::exec` is `pqxx::transaction_base::exec`. A call is then
// matched by its callee's catalog name (cached per declaration) and the
// entry's constraints (parameters, receiver type, argument count).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_APIINDEX_H
#define ASYNC_TIDY_ANALYSIS_APIINDEX_H

#include "Catalog.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace async_tidy {

/// The callee of a call or construction, or null (calls through pointers).
const clang::FunctionDecl *calleeOf(const clang::Expr *Call);

/// The arguments the user wrote (defaulted ones left out); for member calls
/// the implicit object is not an argument.
llvm::SmallVector<const clang::Expr *, 4> writtenArguments(const clang::Expr *Call);

/// Resolves a qualified name with the translation unit's name lookup.
class NameResolver {
public:
  explicit NameResolver(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  struct Resolution {
    /// The catalog name of what the name denotes (a function, or for
    /// `AsConstructor` the constructors of the named class).
    std::string CanonicalName;
    /// Set when the name reached a class through an alias of one class
    /// template specialization: only that specialization's members match.
    const clang::CXXRecordDecl *RequiredRecord = nullptr;
    const clang::NamedDecl *Found = nullptr;
  };

  /// Null when nothing of that name is declared in the translation unit.
  std::optional<Resolution> resolve(llvm::StringRef QualifiedName,
                                    bool AsConstructor = false) const;

  /// Whether the translation unit declares `QualifiedName` usably: any
  /// entity, and for a class (or an alias of one) its definition, so that
  /// code naming it compiles without a further include.
  bool isDeclared(llvm::StringRef QualifiedName) const;

private:
  /// Where a name is looked up: a namespace, or a class (with the class
  /// template specialization an alias named, if any).
  struct Scope {
    const clang::DeclContext *Context;
    const clang::CXXRecordDecl *Class;
    const clang::CXXRecordDecl *Specialization;
  };
  /// The name of one `::`-separated part; none when the translation unit
  /// never spells it.
  std::optional<clang::DeclarationName> declarationName(llvm::StringRef Part) const;
  clang::DeclContextLookupResult lookupIn(const Scope &Where, llvm::StringRef Part) const;
  /// The scope `a::b::` names; none when a part names no namespace or class.
  std::optional<Scope> scopeNamedBy(llvm::ArrayRef<llvm::StringRef> Qualifier) const;
  const clang::NamedDecl *entityNamed(const Scope &Where, llvm::StringRef Name) const;

  clang::ASTContext &Ctx;
};

class ApiIndex {
public:
  ApiIndex(const Catalog &Cat, clang::ASTContext &Ctx);

  /// The catalogued blocking function `Call` invokes, or null.
  const BlockingFunction *blockingFunction(const clang::Expr *Call) const;

  /// The catalogued database / LLM / HTTP call (or connection) `Call`
  /// makes, or null.
  const IoCall *ioCall(const clang::Expr *Call) const;

  /// Whether `Callee` runs a lambda argument before it returns.
  bool isInlineCaller(const clang::FunctionDecl *Callee) const;

  /// The catalog name of `D`, cached.
  llvm::StringRef nameOf(const clang::NamedDecl *D) const;

  const NameResolver &resolver() const { return Resolver; }
  const Catalog &catalog() const { return Cat; }

private:
  /// What a catalog name resolved to, for one entry.
  struct Candidate {
    const void *Entry;
    const clang::CXXRecordDecl *RequiredRecord;
    /// The catalog name had no `::`: it names a C function, so only
    /// functions with C language linkage match (a project's own global
    /// `send` or `poll` is not POSIX's).
    bool RequiresCLinkage;
  };
  using CandidateList = llvm::SmallVector<Candidate, 1>;
  using CandidateMap = llvm::StringMap<CandidateList>;

  void addName(CandidateMap &Map, llvm::StringRef Name, bool AsConstructor, const void *Entry);
  /// The candidates for `Call`'s callee whose name constraints it meets.
  llvm::SmallVector<const void *, 1> candidatesFor(const CandidateMap &Map, const clang::Expr *Call,
                                                   const clang::FunctionDecl *Callee) const;
  bool matches(const BlockingFunction &E, const clang::Expr *Call,
               const clang::FunctionDecl *Callee) const;

  const Catalog &Cat;
  clang::ASTContext &Ctx;
  NameResolver Resolver;
  CandidateMap BlockingByName;
  CandidateMap IoByName;
  llvm::StringSet<> InlineCallerNames;
  mutable llvm::DenseMap<const clang::NamedDecl *, std::string> NameCache;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_APIINDEX_H
