//===--- ResourceModel.cpp - What a call does to a resource handle --------===//

#include "ResourceModel.h"
#include "QualifiedNames.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace async_tidy {

namespace {
bool anyNameMatches(const std::vector<std::string> &Names, const FunctionDecl &Callee) {
  for (const std::string &Name : Names)
    if (ResourceModel::nameMatches(Name, Callee))
      return true;
  return false;
}

/// Finds `delete this` in a class's member functions.
struct DeleteThisFinder : RecursiveASTVisitor<DeleteThisFinder> {
  bool Found = false;
  bool VisitCXXDeleteExpr(CXXDeleteExpr *Delete) {
    if (isa<CXXThisExpr>(Delete->getArgument()->IgnoreParenImpCasts()))
      Found = true;
    return !Found;
  }
};
} // namespace

ResourceModel::ResourceModel(const Catalog &Cat, const std::vector<std::string> &ClientTypes)
    : Cat(Cat) {
  for (const std::string &Pattern : ClientTypes)
    ClientTypePatterns.emplace_back("^(" + Pattern + ")$");
  ClientObject.Resource = "client";
  ClientObject.Release = {"delete"};
  for (const std::string &Name : acquiringFunctionNames())
    AcquiringNames.insert(llvm::StringRef(Name).rsplit("::").second.empty()
                              ? Name
                              : llvm::StringRef(Name).rsplit("::").second);
}

bool ResourceModel::nameMatches(llvm::StringRef Name, const FunctionDecl &Callee) {
  // `::f`: the global function f, whatever its linkage.
  if (Name.consume_front("::"))
    return catalogName(&Callee) == Name;
  bool IsCName = !Name.contains("::");
  if (IsCName && Callee.getASTContext().getLangOpts().CPlusPlus && !Callee.isExternC())
    return false;
  std::string Actual = IsCName ? Callee.getNameAsString() : catalogName(&Callee);
  if (Name.ends_with("*"))
    return llvm::StringRef(Actual).starts_with(Name.drop_back());
  return Actual == Name;
}

std::optional<Acquisition> ResourceModel::acquisition(const CallExpr &Call) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || !AcquiringNames.contains(Callee->getName()))
    return std::nullopt;
  for (const ResourcePair &R : Cat.Resources) {
    if (anyNameMatches(R.Acquire, *Callee))
      return Acquisition{&R, Callee->getNameAsString(), std::nullopt};
    for (const auto &[Name, Index] : R.AcquireOutParam)
      if (nameMatches(Name, *Callee) && Index < Call.getNumArgs())
        return Acquisition{&R, Callee->getNameAsString(), Index};
  }
  return std::nullopt;
}

std::optional<Acquisition> ResourceModel::acquisition(const CXXNewExpr &New) const {
  if (New.isArray() || New.getNumPlacementArgs() > 0)
    return std::nullopt;
  const CXXRecordDecl *Class = New.getAllocatedType()->getAsCXXRecordDecl();
  if (!Class || !Class->getIdentifier())
    return std::nullopt;
  for (const llvm::Regex &Pattern : ClientTypePatterns)
    if (Pattern.match(Class->getName()))
      return Acquisition{&ClientObject, "new", std::nullopt};
  return std::nullopt;
}

bool ResourceModel::releases(const ResourcePair &R, const FunctionDecl &Callee) const {
  return !isClientObject(R) && anyNameMatches(R.Release, Callee);
}

bool ResourceModel::borrows(const ResourcePair &R, const FunctionDecl &Callee) const {
  return anyNameMatches(R.Borrowers, Callee) && !releases(R, Callee);
}

bool ResourceModel::reassigns(const ResourcePair &R, const FunctionDecl &Callee) const {
  return anyNameMatches(R.Reassign, Callee);
}

bool ResourceModel::ownsItself(const CXXRecordDecl &Class) const {
  const CXXRecordDecl *Def = Class.getDefinition();
  if (!Def)
    return true; // Unknown: assume it may, which only ever hides a report.
  auto [It, Inserted] = OwnsItselfCache.try_emplace(Def, false);
  if (!Inserted)
    return It->second;
  bool Owns = false;
  Def->forallBases([&](const CXXRecordDecl *Base) {
    if (catalogName(Base) == "std::enable_shared_from_this")
      Owns = true;
    return !Owns;
  });
  for (const CXXMethodDecl *Method : Def->methods()) {
    if (Owns)
      break;
    if (const FunctionDecl *Body = nullptr; Method->hasBody(Body) && Body->getBody()) {
      DeleteThisFinder Finder;
      Finder.TraverseStmt(Body->getBody());
      Owns = Finder.Found;
    }
  }
  return OwnsItselfCache[Def] = Owns;
}

std::vector<std::string> ResourceModel::acquiringFunctionNames() const {
  std::vector<std::string> Names;
  for (const ResourcePair &R : Cat.Resources) {
    for (const std::string &Name : R.Acquire)
      Names.push_back(Name);
    for (const auto &Entry : R.AcquireOutParam)
      Names.push_back(Entry.first);
  }
  return Names;
}

} // namespace async_tidy
