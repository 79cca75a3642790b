//===--- ApiIndex.cpp - The catalog resolved against one translation unit -===//

#include "ApiIndex.h"
#include "QualifiedNames.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace async_tidy {

const FunctionDecl *calleeOf(const Expr *Call) {
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    return CE->getDirectCallee();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return Construct->getConstructor();
  return nullptr;
}

llvm::SmallVector<const Expr *, 4> writtenArguments(const Expr *Call) {
  llvm::SmallVector<const Expr *, 4> Args;
  auto Add = [&](const Expr *Arg) {
    if (!isa<CXXDefaultArgExpr>(Arg))
      Args.push_back(Arg);
  };
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    // A member operator's first argument is its object.
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
    unsigned First = Method && Method->isInstance() ? 1 : 0;
    for (unsigned I = First; I < Op->getNumArgs(); ++I)
      Add(Op->getArg(I));
  } else if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    for (const Expr *Arg : CE->arguments())
      Add(Arg);
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call)) {
    for (const Expr *Arg : Construct->arguments())
      Add(Arg);
  }
  return Args;
}

//===----------------------------------------------------------------------===//
// NameResolver
//===----------------------------------------------------------------------===//

namespace {

/// The class a lookup result names, looking through aliases. Sets
/// `Specialization` when an alias names one class template specialization.
const CXXRecordDecl *classNamedBy(const NamedDecl *D, const CXXRecordDecl *&Specialization) {
  if (const auto *Shadow = dyn_cast<UsingShadowDecl>(D))
    D = Shadow->getTargetDecl();
  if (const auto *Template = dyn_cast<ClassTemplateDecl>(D))
    return Template->getTemplatedDecl();
  if (const auto *Alias = dyn_cast<TypeAliasTemplateDecl>(D))
    D = Alias->getTemplatedDecl();
  if (const auto *Typedef = dyn_cast<TypedefNameDecl>(D)) {
    QualType Underlying = Typedef->getUnderlyingType().getCanonicalType();
    if (const auto *Spec =
            dyn_cast_or_null<ClassTemplateSpecializationDecl>(Underlying->getAsCXXRecordDecl())) {
      Specialization = Spec;
      return Spec;
    }
    if (const auto *TST = Underlying->getAs<TemplateSpecializationType>())
      if (const auto *TD =
              dyn_cast_or_null<ClassTemplateDecl>(TST->getTemplateName().getAsTemplateDecl()))
        return TD->getTemplatedDecl();
    return Underlying->getAsCXXRecordDecl();
  }
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
    return RD;
  return nullptr;
}

/// The class template pattern of a specialization, for looking up members
/// that a specialization has not instantiated.
const CXXRecordDecl *patternOf(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    if (!Spec->isExplicitSpecialization())
      return Spec->getSpecializedTemplate()->getTemplatedDecl();
  return RD;
}

const CXXRecordDecl *definitionOrSelf(const CXXRecordDecl *RD) {
  if (const CXXRecordDecl *Def = RD->getDefinition())
    return Def;
  return RD;
}

/// The classes `RD` derives from directly, dependent bases included (for
/// lookups in class template patterns).
llvm::SmallVector<const CXXRecordDecl *, 2> basesOf(const CXXRecordDecl *RD) {
  llvm::SmallVector<const CXXRecordDecl *, 2> Out;
  if (!RD->hasDefinition())
    return Out;
  for (const CXXBaseSpecifier &Base : RD->getDefinition()->bases()) {
    QualType T = Base.getType();
    if (const CXXRecordDecl *BaseRD = T->getAsCXXRecordDecl()) {
      Out.push_back(BaseRD);
    } else if (const auto *TST = T->getAs<TemplateSpecializationType>()) {
      if (const auto *TD =
              dyn_cast_or_null<ClassTemplateDecl>(TST->getTemplateName().getAsTemplateDecl()))
        Out.push_back(TD->getTemplatedDecl());
    }
  }
  return Out;
}

/// Members named `Name` of `RD` or, if it has none, of its bases (nearest
/// first). Depth-bounded: catalog classes have shallow hierarchies.
DeclContextLookupResult lookupMember(const CXXRecordDecl *RD, DeclarationName Name,
                                     unsigned Depth = 0) {
  for (const CXXRecordDecl *Where : {definitionOrSelf(RD), patternOf(RD)}) {
    DeclContextLookupResult Found = Where->lookup(Name);
    if (!Found.empty())
      return Found;
  }
  if (Depth > 8)
    return {};
  for (const CXXRecordDecl *Base : basesOf(patternOf(definitionOrSelf(RD)))) {
    DeclContextLookupResult Found = lookupMember(Base, Name, Depth + 1);
    if (!Found.empty())
      return Found;
  }
  return {};
}

} // namespace

std::optional<DeclarationName> NameResolver::declarationName(llvm::StringRef Part) const {
  if (Part.consume_front("operator")) {
    Part = Part.trim();
    for (int K = OO_None + 1; K < NUM_OVERLOADED_OPERATORS; ++K) {
      auto Kind = static_cast<OverloadedOperatorKind>(K);
      if (Part == getOperatorSpelling(Kind))
        return Ctx.DeclarationNames.getCXXOperatorName(Kind);
    }
    return std::nullopt;
  }
  auto Ident = Ctx.Idents.find(Part);
  if (Ident == Ctx.Idents.end())
    return std::nullopt;
  return DeclarationName(Ident->getValue());
}

DeclContextLookupResult NameResolver::lookupIn(const Scope &Where, llvm::StringRef Part) const {
  std::optional<DeclarationName> Name = declarationName(Part);
  if (!Name)
    return {}; // Never spelt anywhere in the translation unit.
  if (Where.Class)
    return lookupMember(Where.Class, *Name);
  return Where.Context->lookup(*Name);
}

std::optional<NameResolver::Scope>
NameResolver::scopeNamedBy(llvm::ArrayRef<llvm::StringRef> Qualifier) const {
  Scope Where{Ctx.getTranslationUnitDecl(), nullptr, nullptr};
  for (llvm::StringRef Part : Qualifier) {
    DeclContextLookupResult Found = lookupIn(Where, Part);
    if (Found.empty())
      return std::nullopt;
    const NamedDecl *D = Found.front();
    if (const auto *Alias = dyn_cast<NamespaceAliasDecl>(D))
      D = Alias->getNamespace();
    if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
      Where = Scope{NS, nullptr, Where.Specialization};
      continue;
    }
    Where.Specialization = nullptr;
    Where.Class = classNamedBy(D, Where.Specialization);
    if (!Where.Class)
      return std::nullopt;
    Where.Class = definitionOrSelf(Where.Class);
  }
  return Where;
}

/// The entity itself, seen through using-declarations (`std::system` is
/// `using ::system;` in libstdc++); the UsingDecl is not an entity.
const NamedDecl *NameResolver::entityNamed(const Scope &Where, llvm::StringRef Name) const {
  for (const NamedDecl *Candidate : lookupIn(Where, Name)) {
    if (const auto *Shadow = dyn_cast<UsingShadowDecl>(Candidate))
      Candidate = Shadow->getTargetDecl();
    if (!isa<UsingDecl>(Candidate))
      return Candidate;
  }
  return nullptr;
}

std::optional<NameResolver::Resolution> NameResolver::resolve(llvm::StringRef QualifiedName,
                                                              bool AsConstructor) const {
  llvm::SmallVector<llvm::StringRef, 6> Parts;
  QualifiedName.consume_front("::");
  QualifiedName.split(Parts, "::");
  // Every part but the last names a namespace or a class.
  std::optional<Scope> Where = scopeNamedBy(llvm::ArrayRef(Parts).drop_back());
  const NamedDecl *D = Where ? entityNamed(*Where, Parts.back()) : nullptr;
  if (!D)
    return std::nullopt;

  Resolution R;
  R.Found = D;
  if (AsConstructor) {
    const CXXRecordDecl *Spec = nullptr;
    const CXXRecordDecl *Constructed = classNamedBy(D, Spec);
    if (!Constructed)
      return std::nullopt;
    R.CanonicalName = catalogName(Constructed) + "::" + Constructed->getName().str();
    R.RequiredRecord = Spec ? Spec->getCanonicalDecl() : nullptr;
    return R;
  }
  if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
    D = Template->getTemplatedDecl();
  // A function object such as `std::ranges::for_each` is called through its
  // class's operator().
  if (const auto *Var = dyn_cast<VarDecl>(D))
    if (const CXXRecordDecl *RD = Var->getType().getNonReferenceType()->getAsCXXRecordDecl()) {
      R.CanonicalName = catalogName(RD) + "::operator()";
      return R;
    }
  R.CanonicalName = catalogName(D);
  // Members declared in the aliased specialization itself apply to it only;
  // members found in a base class apply wherever that base is.
  const CXXRecordDecl *Specialization = Where->Specialization;
  if (Specialization &&
      (D->getDeclContext() == Specialization || D->getDeclContext() == patternOf(Specialization)))
    R.RequiredRecord = Specialization->getCanonicalDecl();
  return R;
}

bool NameResolver::isDeclared(llvm::StringRef QualifiedName) const {
  std::optional<Resolution> R = resolve(QualifiedName);
  if (!R)
    return false;
  const CXXRecordDecl *Specialization = nullptr;
  if (const CXXRecordDecl *Class = classNamedBy(R->Found, Specialization)) {
    // A specialization is complete once its template is defined.
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
      Class = Spec->getSpecializedTemplate()->getTemplatedDecl();
    return Class->hasDefinition();
  }
  return true;
}

//===----------------------------------------------------------------------===//
// ApiIndex
//===----------------------------------------------------------------------===//

ApiIndex::ApiIndex(const Catalog &Cat, ASTContext &Ctx) : Cat(Cat), Ctx(Ctx), Resolver(Ctx) {
  for (const BlockingFunction &Entry : Cat.Blocking)
    for (const std::string &Name : Entry.Names)
      addName(BlockingByName, Name, Entry.Constructor, &Entry);
  for (const IoCall &Entry : Cat.IoCalls)
    for (const std::string &Name : Entry.Names)
      addName(IoByName, Name, Entry.Constructor, &Entry);
  for (const std::string &Name : Cat.InlineCallers) {
    InlineCallerNames.insert(Name);
    if (auto R = Resolver.resolve(Name))
      InlineCallerNames.insert(R->CanonicalName);
  }
}

void ApiIndex::addName(CandidateMap &Map, llvm::StringRef Name, bool AsConstructor,
                       const void *Entry) {
  bool RequiresCLinkage = !AsConstructor && !Name.contains("::");
  std::optional<NameResolver::Resolution> R = Resolver.resolve(Name, AsConstructor);
  if (!R) {
    // Not declared here: no call can reach it, but keep the literal name so
    // an unusual declaration (a macro-made one) still matches by spelling.
    std::string Literal = Name.starts_with("::") ? Name.drop_front(2).str() : Name.str();
    if (AsConstructor) {
      llvm::StringRef Last = Name.rsplit("::").second;
      Literal += "::" + (Last.empty() ? Name : Last).str();
    }
    Map[Literal].push_back({Entry, nullptr, RequiresCLinkage});
    return;
  }
  Map[R->CanonicalName].push_back({Entry, R->RequiredRecord, RequiresCLinkage});
}

llvm::StringRef ApiIndex::nameOf(const NamedDecl *D) const {
  D = cast<NamedDecl>(D->getCanonicalDecl());
  auto [It, Inserted] = NameCache.try_emplace(D);
  if (Inserted)
    It->second = catalogName(D);
  return It->second;
}

bool ApiIndex::isInlineCaller(const FunctionDecl *Callee) const {
  return InlineCallerNames.contains(nameOf(Callee));
}

namespace {

/// `double`, `std::shared_ptr<drogon::HttpRequest>`: the parameter type as
/// a catalog `parameters` pattern compares it.
std::string parameterTypeText(QualType T, const ASTContext &Ctx) {
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.FullyQualifiedName = true;
  return T.getNonReferenceType().getCanonicalType().getUnqualifiedType().getAsString(Policy);
}

bool parametersMatch(const std::vector<std::string> &Patterns, const FunctionDecl *Callee,
                     const ASTContext &Ctx) {
  bool Variadic = !Patterns.empty() && Patterns.back() == "...";
  std::size_t Fixed = Variadic ? Patterns.size() - 1 : Patterns.size();
  if (Callee->getNumParams() < Fixed || (!Variadic && Callee->getNumParams() != Fixed))
    return false;
  for (std::size_t I = 0; I < Fixed; ++I)
    if (Patterns[I] != "*" &&
        Patterns[I] != parameterTypeText(Callee->getParamDecl(I)->getType(), Ctx))
      return false;
  return true;
}

/// The object a member call runs on, or a free function's first argument.
const Expr *receiverOf(const Expr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    return CE->getNumArgs() > 0 ? CE->getArg(0) : nullptr;
  return nullptr;
}

bool isOrDerivesFrom(const CXXRecordDecl *RD, const std::vector<std::string> &Names,
                     unsigned Depth = 0) {
  if (!RD || Depth > 8)
    return false;
  std::string Name = catalogName(RD);
  if (std::find(Names.begin(), Names.end(), Name) != Names.end())
    return true;
  for (const CXXRecordDecl *Base : basesOf(RD))
    if (isOrDerivesFrom(Base, Names, Depth + 1))
      return true;
  return false;
}

} // namespace

llvm::SmallVector<const void *, 1> ApiIndex::candidatesFor(const CandidateMap &Map,
                                                           const Expr *Call,
                                                           const FunctionDecl *Callee) const {
  llvm::SmallVector<const void *, 1> Out;
  if (!Callee || Map.empty())
    return Out;
  auto It = Map.find(nameOf(Callee));
  if (It == Map.end())
    return Out;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    if (Ctor->isCopyOrMoveConstructor())
      return Out;
  for (const Candidate &C : It->second) {
    if (C.RequiresCLinkage && !Callee->isExternC())
      continue;
    if (C.RequiredRecord) {
      const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
      if (!Method || Method->getParent()->getCanonicalDecl() != C.RequiredRecord)
        continue;
    }
    Out.push_back(C.Entry);
  }
  return Out;
}

bool ApiIndex::matches(const BlockingFunction &E, const Expr *Call,
                       const FunctionDecl *Callee) const {
  if (E.MinArgs && writtenArguments(Call).size() < *E.MinArgs)
    return false;
  if (!E.Parameters.empty() && !parametersMatch(E.Parameters, Callee, Ctx))
    return false;
  if (!E.ObjectTypes.empty()) {
    const Expr *Receiver = receiverOf(Call);
    if (!Receiver)
      return false;
    QualType T = Receiver->IgnoreParenImpCasts()->getType();
    if (T->isPointerType())
      T = T->getPointeeType();
    if (!isOrDerivesFrom(T->getAsCXXRecordDecl(), E.ObjectTypes))
      return false;
  }
  return true;
}

const BlockingFunction *ApiIndex::blockingFunction(const Expr *Call) const {
  const FunctionDecl *Callee = calleeOf(Call);
  for (const void *Entry : candidatesFor(BlockingByName, Call, Callee))
    if (matches(*static_cast<const BlockingFunction *>(Entry), Call, Callee))
      return static_cast<const BlockingFunction *>(Entry);
  return nullptr;
}

const IoCall *ApiIndex::ioCall(const Expr *Call) const {
  auto Found = candidatesFor(IoByName, Call, calleeOf(Call));
  return Found.empty() ? nullptr : static_cast<const IoCall *>(Found.front());
}

} // namespace async_tidy
