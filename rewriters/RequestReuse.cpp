//===--- RequestReuse.cpp - Making a repeated request once ----------------===//

#include "RequestReuse.h"

#include "SourceEdits.h"

#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Whether `Name` names one declaration in `Function`: moved or reused, it
/// cannot be shadowed by, or shadow, another.
bool isUniqueName(const VarDecl &Var, const FunctionDecl &Function) {
  unsigned Count = 0;
  for (const ParmVarDecl *Param : Function.parameters())
    Count += Param->getName() == Var.getName();
  forEachNode(Function.getBody(), [&](const Stmt *S) {
    if (const auto *Decl = dyn_cast<DeclStmt>(S))
      for (const clang::Decl *D : Decl->decls())
        if (const auto *Named = dyn_cast<NamedDecl>(D))
          Count += Named->getName() == Var.getName();
  });
  return Count == 1;
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
    return FixPlan::none("another variable of the function is named '" + Var.getName().str() + "'");
  const SourceManager &SM = Ctx.getSourceManager();
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
  if (std::optional<std::string> Why = whyNotShared(First))
    return FixPlan::none(*Why);
  if (First.getType()->isReferenceType() || !isCopyable(First.getType()))
    return FixPlan::none("the first result cannot be copied");
  if (!isUniqueName(First, Function))
    return FixPlan::none("another variable of the function is named '" + First.getName().str() +
                         "'");
  CharSourceRange Range = CharSourceRange::getTokenRange(Repeat.getSourceRange());
  if (Repeat.getBeginLoc().isMacroID() || Repeat.getEndLoc().isMacroID())
    return FixPlan::none("the request is written in a macro");
  return FixPlan::unsafe({FixItHint::CreateReplacement(Range, First.getName())}, {},
                         "reuse the first result (an answer that changed in between is no "
                         "longer seen)");
}

} // namespace async_tidy
