//===--- AwaitableStart.cpp - When an awaitable's work starts -------------===//

#include "AwaitableStart.h"
#include "QualifiedNames.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {

const char *workStartName(WorkStart Start) {
  switch (Start) {
  case WorkStart::Lazy:
    return "lazy";
  case WorkStart::Eager:
    return "eager";
  case WorkStart::Unknown:
    return "unknown";
  }
  return "unknown";
}

AwaitableStartModel::AwaitableStartModel(const std::vector<std::string> &Lazy,
                                         const std::vector<std::string> &Eager) {
  for (const std::string &Name : Lazy)
    LazyTypes.insert(Name);
  for (const std::string &Name : Eager)
    EagerTypes.insert(Name);
}

namespace {

/// Where the members of `RD` are declared: its definition; for a
/// specialization that was never completed, or a member class of one that
/// was never instantiated (a promise_type), its pattern.
const CXXRecordDecl *withMembers(const CXXRecordDecl *RD) {
  if (!RD)
    return nullptr;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
      Spec && !Spec->hasDefinition())
    return Spec->getSpecializedTemplate()->getTemplatedDecl();
  if (RD->hasDefinition())
    return RD->getDefinition();
  // A member class of a specialization (its promise_type) is instantiated
  // only when a coroutine needs it.
  if (const CXXRecordDecl *Pattern = RD->getInstantiatedFromMemberClass())
    return Pattern->hasDefinition() ? Pattern->getDefinition() : Pattern;
  return RD;
}

/// The class behind `T`, where its members are declared.
const CXXRecordDecl *classOf(QualType T) {
  return withMembers(T.getNonReferenceType()->getAsCXXRecordDecl());
}

/// A member named `Name` of `RD` or its bases.
const NamedDecl *findMember(const CXXRecordDecl *RD, llvm::StringRef Name, unsigned Depth = 0) {
  if (!RD || Depth > 8)
    return nullptr;
  IdentifierInfo &Id = RD->getASTContext().Idents.get(Name);
  for (const NamedDecl *D : RD->lookup(&Id))
    return D;
  if (!RD->hasDefinition())
    return nullptr;
  for (const CXXBaseSpecifier &Base : RD->getDefinition()->bases())
    if (const NamedDecl *D = findMember(classOf(Base.getType()), Name, Depth + 1))
      return D;
  return nullptr;
}

/// The promise type a coroutine returning `Awaitable` gets (its nested
/// promise_type, as std::coroutine_traits' primary template finds it).
const CXXRecordDecl *promiseOf(const CXXRecordDecl *Awaitable) {
  const NamedDecl *Member = findMember(Awaitable, "promise_type");
  if (const auto *Alias = dyn_cast_or_null<TypedefNameDecl>(Member))
    return classOf(Alias->getUnderlyingType());
  return withMembers(dyn_cast_or_null<CXXRecordDecl>(Member));
}

/// The value `await_ready` always returns, when its body says so in one
/// return statement of a constant.
std::optional<bool> constantAwaitReady(const CXXRecordDecl *Awaiter) {
  const auto *Ready = dyn_cast_or_null<CXXMethodDecl>(findMember(Awaiter, "await_ready"));
  const FunctionDecl *Definition = nullptr;
  if (!Ready || !Ready->isConstexpr() || !Ready->hasBody(Definition))
    return std::nullopt;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Definition->getBody());
  const auto *Return =
      Body && Body->size() == 1 ? dyn_cast<ReturnStmt>(Body->body_front()) : nullptr;
  const Expr *Value = Return ? Return->getRetValue() : nullptr;
  bool Result = false;
  if (!Value || Value->isValueDependent() ||
      !Value->EvaluateAsBooleanCondition(Result, Ready->getASTContext()))
    return std::nullopt;
  return Result;
}

} // namespace

bool AwaitableStartModel::isAlwaysReady(QualType T) {
  return constantAwaitReady(classOf(T)) == std::optional<bool>(true);
}

WorkStart AwaitableStartModel::fromCatalog(QualType T) const {
  std::string Name = catalogNameOfType(T.getNonReferenceType());
  if (LazyTypes.contains(Name))
    return WorkStart::Lazy;
  if (EagerTypes.contains(Name))
    return WorkStart::Eager;
  return WorkStart::Unknown;
}

WorkStart AwaitableStartModel::fromPromise(const CXXRecordDecl &Promise) const {
  const auto *Initial = dyn_cast_or_null<CXXMethodDecl>(findMember(&Promise, "initial_suspend"));
  if (!Initial)
    return WorkStart::Unknown;
  QualType Awaiter = Initial->getReturnType();
  std::string Name = catalogNameOfType(Awaiter.getNonReferenceType());
  if (Name == "std::suspend_always")
    return WorkStart::Lazy;
  if (Name == "std::suspend_never" || isAlwaysReady(Awaiter))
    return WorkStart::Eager;
  return fromCatalog(Awaiter);
}

WorkStart AwaitableStartModel::startOf(QualType T) const {
  T = T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  auto [It, New] = Cache.try_emplace(T.getTypePtr(), WorkStart::Unknown);
  if (!New)
    return It->second;
  WorkStart Start = WorkStart::Unknown;
  if (const CXXRecordDecl *Promise = promiseOf(classOf(T)))
    Start = fromPromise(*Promise);
  if (Start == WorkStart::Unknown)
    Start = fromCatalog(T);
  return It->second = Start;
}

} // namespace async_tidy
