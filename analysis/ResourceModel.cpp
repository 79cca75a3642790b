//===--- ResourceModel.cpp - What a call does to a resource handle --------===//

#include "ResourceModel.h"
#include "FunctionSummarizer.h"
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

void ResourceModel::setWrappers(const SummarySet *Own, const SummarySet *Loaded) {
  OwnWrappers = Own;
  LoadedWrappers = Loaded;
  WrapperNames.clear();
  ThrowingNames.clear();
  for (const SummarySet *Set : {Own, Loaded})
    if (Set)
      for (const auto &[Usr, F] : Set->Functions) {
        llvm::StringRef Name = llvm::StringRef(F.Name).rsplit("::").second.empty()
                                   ? llvm::StringRef(F.Name)
                                   : llvm::StringRef(F.Name).rsplit("::").second;
        if (F.Resolved.Acquires || !F.Resolved.Releases.empty() || !F.Resolved.Borrows.empty())
          WrapperNames.insert(Name);
        if (F.Resolved.MayThrow == Tristate::Yes)
          ThrowingNames.insert(Name);
      }
}

bool ResourceModel::mayThrow(const FunctionDecl &Callee) const {
  if (!Callee.getIdentifier() || !ThrowingNames.contains(Callee.getName()))
    return false;
  const FunctionSummary *F = summaryOf(Callee);
  return F && F->Resolved.MayThrow == Tristate::Yes;
}

const FunctionSummary *ResourceModel::wrapperSummary(const FunctionDecl &Callee) const {
  if (!Callee.getIdentifier() || !WrapperNames.contains(Callee.getName()))
    return nullptr;
  return summaryOf(Callee);
}

const FunctionSummary *ResourceModel::summaryOf(const FunctionDecl &Callee) const {
  std::string Usr = usrOf(&Callee);
  const FunctionSummary *F = OwnWrappers ? OwnWrappers->find(Usr) : nullptr;
  return F ? F : LoadedWrappers ? LoadedWrappers->find(Usr) : nullptr;
}

const ResourcePair *ResourceModel::pairNamed(llvm::StringRef Resource) const {
  // Summaries name the resource ("PGresult"); the ACQUIRES annotation names
  // its release ("PQclear").
  for (const ResourcePair &R : Cat.Resources)
    if (R.Resource == Resource || llvm::is_contained(R.Release, Resource))
      return &R;
  return nullptr;
}

std::optional<Acquisition> ResourceModel::acquisition(const CallExpr &Call) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return std::nullopt;
  if (!AcquiringNames.contains(Callee->getName())) {
    const FunctionSummary *Wrapper = wrapperSummary(*Callee);
    if (!Wrapper || !Wrapper->Resolved.Acquires)
      return std::nullopt;
    const ResourcePair *R = pairNamed(Wrapper->Resolved.Acquires->Kind);
    if (!R)
      return std::nullopt;
    return Acquisition{R, displayName(*Callee), std::nullopt, &*Wrapper->Resolved.Acquires};
  }
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
  if (isClientObject(R))
    return false;
  if (anyNameMatches(R.Release, Callee))
    return true;
  const FunctionSummary *Wrapper = wrapperSummary(Callee);
  if (!Wrapper)
    return false;
  return llvm::any_of(Wrapper->Resolved.Releases,
                      [&R](const auto &Released) { return Released.second == R.Resource; });
}

const ResourcePair *ResourceModel::releasedResource(const FunctionDecl &Callee) const {
  for (const ResourcePair &R : Cat.Resources)
    if (releases(R, Callee))
      return &R;
  return nullptr;
}

bool ResourceModel::borrows(const ResourcePair &R, const FunctionDecl &Callee) const {
  if (anyNameMatches(R.Borrowers, Callee))
    return !releases(R, Callee);
  // A project function that only reads the handle (by any parameter: one
  // that also takes a handle of the same resource to keep is rare).
  const FunctionSummary *Wrapper = wrapperSummary(Callee);
  return Wrapper && !releases(R, Callee) &&
         llvm::any_of(Wrapper->Resolved.Borrows,
                      [&R](const auto &Borrowed) { return Borrowed.second == R.Resource; });
}

bool ResourceModel::reassigns(const ResourcePair &R, const FunctionDecl &Callee) const {
  return anyNameMatches(R.Reassign, Callee);
}

bool ResourceModel::parsesOptions(const FunctionDecl &Callee) const {
  return anyNameMatches(Cat.OptionParsers, Callee);
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
