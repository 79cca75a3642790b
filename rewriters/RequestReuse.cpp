//===--- RequestReuse.cpp - Making a repeated request once ----------------===//

#include "RequestReuse.h"

#include "RequestInputs.h"
#include "SourceEdits.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Whether `Var`'s name means `Var` wherever the function uses it: no other
/// declaration of the function has it (parameters, locals, structured
/// bindings), and the function names no member or global of that name,
/// which a moved declaration could hide.
bool isUniqueName(const VarDecl &Var, const FunctionDecl &Function) {
  if (Var.getName().empty())
    return false; // a structured binding's whole object has no name to reuse
  unsigned Count = 0;
  auto Counts = [&](const NamedDecl *D) {
    Count += D->getIdentifier() && D->getName() == Var.getName();
  };
  for (const ParmVarDecl *Param : Function.parameters())
    Counts(Param);
  bool NamesOther = false;
  forEachNode(
      Function.getBody(),
      [&](const Stmt *S) {
        if (const auto *Decl = dyn_cast<DeclStmt>(S))
          for (const clang::Decl *D : Decl->decls()) {
            if (const auto *Bindings = dyn_cast<DecompositionDecl>(D))
              for (const BindingDecl *Binding : Bindings->bindings())
                Counts(Binding);
            else if (const auto *Named = dyn_cast<NamedDecl>(D))
              Counts(Named);
          }
        const ValueDecl *Used = nullptr;
        if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
          Used = Ref->getDecl();
        else if (const auto *Member = dyn_cast<MemberExpr>(S))
          Used = Member->getMemberDecl();
        const auto *UsedVar = dyn_cast_or_null<VarDecl>(Used);
        bool Local = UsedVar && UsedVar->isLocalVarDeclOrParm();
        NamesOther = NamesOther ||
                     (Used && !Local && Used->getIdentifier() && Used->getName() == Var.getName());
      },
      /*EnterLambdas=*/true);
  return Count == 1 && !NamesOther;
}

/// Whether `S`, its types and unevaluated operands included, refers to a
/// declaration made inside `Region` (a type alias, the loop's element in a
/// `decltype`): moved out of `Region`, it would not compile.
bool refersInto(const Stmt &S, const Stmt &Region, const SourceManager &SM) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const Stmt *Region = nullptr;
    const SourceManager *SM = nullptr;
    bool Found = false;
    bool inside(const Decl *D) { return declaredWithin(*D, *Region, *SM); }
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      Found = Found || inside(Ref->getDecl());
      return true;
    }
    bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
      Found = Found || inside(TL.getTypedefNameDecl());
      return true;
    }
    bool VisitTagTypeLoc(TagTypeLoc TL) {
      Found = Found || inside(TL.getDecl());
      return true;
    }
  } F;
  F.Region = &Region;
  F.SM = &SM;
  F.TraverseStmt(const_cast<Stmt *>(&S));
  return F.Found;
}

/// Whether copying a `T` compiles: not a class whose copy constructor is
/// deleted or missing (a result that only moves).
bool isCopyable(QualType T) {
  const CXXRecordDecl *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return !T->isDependentType();
  if (Record->needsImplicitCopyConstructor())
    return !Record->defaultedCopyConstructorIsDeleted();
  return llvm::any_of(Record->ctors(), [](const CXXConstructorDecl *Ctor) {
    return Ctor->isCopyConstructor() && !Ctor->isDeleted();
  });
}

/// Why `Var` cannot stand for more than one request's result, if it
/// cannot: a pointer is a handle (a `PGresult *`) that the code releases
/// where it was made, which the analysis of changes does not see, so the
/// moved or reused handle could be read after its release.
std::optional<std::string> whyNotShared(const VarDecl &Var) {
  if (Var.getType()->isPointerType())
    return "'" + Var.getName().str() +
           "' is a handle: where the code releases it would have to change too";
  return std::nullopt;
}

} // namespace

const VarDecl *declaredFrom(const Stmt *Statement, const Expr *Request) {
  const auto *Decl = dyn_cast_or_null<DeclStmt>(Statement);
  if (!Decl || !Decl->isSingleDecl() || !Request)
    return nullptr;
  const auto *Var = dyn_cast<VarDecl>(Decl->getSingleDecl());
  const Expr *Init = Var && Var->getInit() ? Var->getInit()->IgnoreImplicit() : nullptr;
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init);
      Construct && Construct->getNumArgs() == 1 &&
      Construct->getConstructor()->isCopyOrMoveConstructor())
    Init = Construct->getArg(0)->IgnoreImplicit();
  return Init == Request->IgnoreImplicit() ? Var : nullptr;
}

FixPlan hoistBeforeLoop(const DeclStmt &Declaration, const VarDecl &Var, const Stmt &Loop,
                        const FunctionDecl &Function, ASTContext &Ctx) {
  if (std::optional<std::string> Why = whyNotShared(Var))
    return FixPlan::none(*Why);
  if (!isUniqueName(Var, Function))
    return FixPlan::none("another declaration the function uses is named '" + Var.getName().str() +
                         "'");
  const SourceManager &SM = Ctx.getSourceManager();
  if (refersInto(Declaration, Loop, SM))
    return FixPlan::none("the request's statement names something declared in the loop");
  std::optional<std::pair<unsigned, unsigned>> Range = statementOffsets(&Declaration, Ctx);
  std::optional<FixItHint> Removal = statementRemoval(&Declaration, Ctx);
  SourceLocation LoopStart = Loop.getBeginLoc();
  if (!Range || !Removal || LoopStart.isMacroID())
    return FixPlan::none("the request or its loop is written in a macro");
  FileID File = SM.getFileID(LoopStart);
  llvm::StringRef Buffer = SM.getBufferData(File);
  unsigned LoopOffset = SM.getFileOffset(LoopStart);
  std::optional<std::string> Indent = indentationBefore(Buffer, LoopOffset);
  if (!Indent)
    return FixPlan::none("code precedes the loop on its line");
  std::string Text = Buffer.substr(Range->first, Range->second - Range->first).str();
  return FixPlan::unsafe(
      {FixItHint::CreateInsertion(LoopStart, Text + "\n" + *Indent), *Removal}, {},
      "make the request once, before the loop (every iteration then sees the first answer, "
      "and the request runs even when the loop runs no iteration)");
}

FixPlan reuseFirstResult(const VarDecl &First, const Expr &Repeat, const FunctionDecl &Function,
                         ASTContext &Ctx) {
  if (First.getName().empty())
    return FixPlan::none("the first result is unpacked by a structured binding");
  if (std::optional<std::string> Why = whyNotShared(First))
    return FixPlan::none(*Why);
  if (First.getType()->isReferenceType() || !isCopyable(First.getType()))
    return FixPlan::none("the first result cannot be copied");
  if (!isUniqueName(First, Function))
    return FixPlan::none("another declaration the function uses is named '" +
                         First.getName().str() + "'");
  CharSourceRange Range = CharSourceRange::getTokenRange(Repeat.getSourceRange());
  if (Repeat.getBeginLoc().isMacroID() || Repeat.getEndLoc().isMacroID())
    return FixPlan::none("the request is written in a macro");
  return FixPlan::unsafe({FixItHint::CreateReplacement(Range, First.getName())}, {},
                         "reuse the first result (an answer that changed in between is no "
                         "longer seen)");
}

} // namespace async_tidy
