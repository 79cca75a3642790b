//===--- RaiiRewriter.cpp - A leaked handle put under std::unique_ptr -----===//

#include "RaiiRewriter.h"
#include "BodyWalker.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace async_tidy {

namespace {

/// The mentions of one variable in a body, and whether any is in a lambda.
struct MentionCollector : RecursiveASTVisitor<MentionCollector> {
  const VarDecl *Var;
  std::vector<const DeclRefExpr *> Mentions;
  bool InLambda = false;
  bool HasGoto = false;
  unsigned LambdaDepth = 0;

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    ++LambdaDepth;
    bool Result = RecursiveASTVisitor::TraverseLambdaExpr(Lambda);
    --LambdaDepth;
    return Result;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() == Var) {
      Mentions.push_back(Ref);
      InLambda |= LambdaDepth > 0;
    }
    return true;
  }
  bool VisitGotoStmt(GotoStmt *) { return !(HasGoto = true); }
  bool VisitIndirectGotoStmt(IndirectGotoStmt *) { return !(HasGoto = true); }
};

/// The parent of `S` past parentheses and implicit nodes.
const Stmt *userOf(const Stmt *S, const ParentMap &Parents) {
  const Stmt *P = Parents.getParent(S);
  while (P && isa<ParenExpr, ImplicitCastExpr, ExprWithCleanups>(P))
    P = Parents.getParent(P);
  return P;
}

/// Whether `E` stands as a statement of its own (its value unused).
bool isStatement(const Expr *E, const ParentMap &Parents) {
  const Stmt *Child = E;
  const Stmt *User = Parents.getParent(E);
  if (isa_and_nonnull<ExprWithCleanups>(User))
    User = Parents.getParent(Child = User);
  return isStatementPosition(Child, User);
}

bool isFileRange(SourceRange Range, const SourceManager &SM) {
  return Range.getBegin().isFileID() && Range.getEnd().isFileID() &&
         SM.getFileID(Range.getBegin()) == SM.getFileID(Range.getEnd());
}

/// The declaration of the handle when it is the plain shape: one variable,
/// initialised by the acquisition (through casts only), that no `case`
/// label jumps over.
const DeclStmt *plainDeclaration(const ResourceLeak &Leak, const ParentMap &Parents) {
  const Expr *Init = Leak.Handle->getInit();
  const auto *Decl = dyn_cast_or_null<DeclStmt>(Parents.getParent(Init));
  if (!Decl || !Decl->isSingleDecl())
    return nullptr;
  const Stmt *Enclosing = Parents.getParent(Decl);
  if (!Enclosing || isa<SwitchCase>(Enclosing) ||
      (isa<CompoundStmt>(Enclosing) && isa_and_nonnull<SwitchStmt>(Parents.getParent(Enclosing))))
    return nullptr;
  const Expr *Acquirer = Init;
  while (Acquirer != Leak.Acquirer) {
    const Expr *Inner = Acquirer->IgnoreParenImpCasts();
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Inner))
      Inner = Cast->getSubExpr();
    if (Inner == Acquirer)
      return nullptr; // The initialiser does more than acquire.
    Acquirer = Inner;
  }
  return Decl;
}

} // namespace

std::optional<std::vector<FixItHint>>
RaiiRewriter::mentionEdits(const ResourceLeak &Leak,
                           const std::vector<const DeclRefExpr *> &Mentions,
                           const ParentMap &Parents, std::string &ReleaseFunction) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const ResourcePair &Resource = *Leak.What.Resource;
  std::string Name = Leak.Handle->getNameAsString();
  std::vector<FixItHint> Edits;
  for (const DeclRefExpr *Ref : Mentions) {
    // A mention spelled as an argument of a function-like macro that is the
    // call itself (curl's `#define curl_easy_setopt(h, o, p)
    // curl_easy_setopt(h, o, p)`) is edited where it is spelled.
    SourceLocation RefLoc = Ref->getLocation();
    if (RefLoc.isMacroID() && SM.isMacroArgExpansion(RefLoc))
      RefLoc = SM.getSpellingLoc(RefLoc);
    if (!RefLoc.isFileID())
      return std::nullopt;
    const Stmt *User = userOf(Ref, Parents);
    switch (classifyHandleUse(*Ref, Resource, Model, Parents)) {
    case HandleUse::Release: {
      const auto *Release = cast<Expr>(User);
      if (!isStatement(Release, Parents) || !isFileRange(Release->getSourceRange(), SM))
        return std::nullopt;
      if (const auto *Call = dyn_cast<CallExpr>(Release)) {
        std::string Callee = Call->getDirectCallee()->getNameAsString();
        if (Call->getNumArgs() != 1 || (!ReleaseFunction.empty() && ReleaseFunction != Callee))
          return std::nullopt;
        ReleaseFunction = Callee;
      }
      Edits.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Release->getSourceRange()), Name + ".reset()"));
      break;
    }
    case HandleUse::Borrow:
    case HandleUse::Test:
      if (isa_and_nonnull<MemberExpr>(User))
        break; // `h->x` reads through unique_ptr::operator-> alike.
      Edits.push_back(FixItHint::CreateInsertion(
          Lexer::getLocForEndOfToken(RefLoc, 0, SM, Ctx.getLangOpts()), ".get()"));
      break;
    case HandleUse::Overwrite:
    case HandleUse::Escape:
      return std::nullopt;
    }
  }
  return Edits;
}

std::optional<std::vector<FixItHint>>
RaiiRewriter::objectDeclaration(const ResourceLeak &Leak, SourceLocation DeclBegin) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  const VarDecl *Handle = Leak.Handle;
  const auto *New = cast<CXXNewExpr>(Leak.Acquirer);
  if (New->getInitializationStyle() == CXXNewInitializationStyle::Braces ||
      !New->getAllocatedTypeSourceInfo() || Handle->getInit()->IgnoreParenImpCasts() != New)
    return std::nullopt;
  std::string Type =
      Lexer::getSourceText(CharSourceRange::getTokenRange(
                               New->getAllocatedTypeSourceInfo()->getTypeLoc().getSourceRange()),
                           SM, LangOpts)
          .str();
  if (Type.empty())
    return std::nullopt;
  QualType Pointee = Handle->getType()->getPointeeType();
  bool SameType = Ctx.hasSameType(Pointee, New->getAllocatedType());
  std::string Prefix =
      (SameType ? "auto "
                : "std::unique_ptr<" + Pointee.getAsString(PrintingPolicy(LangOpts)) + "> ") +
      Handle->getNameAsString() + " = std::make_unique<" + Type + ">(";
  if (New->getInitializationStyle() != CXXNewInitializationStyle::Parens)
    return std::vector<FixItHint>{FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(DeclBegin, New->getEndLoc()), Prefix + ")")};
  SourceRange Parens = New->getDirectInitRange();
  if (!isFileRange(Parens, SM))
    return std::nullopt;
  return std::vector<FixItHint>{FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(DeclBegin, Parens.getBegin()), Prefix)};
}

std::optional<std::vector<FixItHint>>
RaiiRewriter::handleDeclaration(const ResourceLeak &Leak, SourceLocation DeclBegin,
                                std::string ReleaseFunction) const {
  if (ReleaseFunction.empty()) {
    // Never released in the function: the catalog's release function,
    // when this translation unit declares it.
    for (llvm::StringRef Candidate : Leak.What.Resource->Release)
      if (ReleaseFunction.empty() && Names.isDeclared(Candidate.ltrim(':')))
        ReleaseFunction = Candidate.ltrim(':').str();
    if (ReleaseFunction.empty())
      return std::nullopt;
  }
  const Expr *Init = Leak.Handle->getInit();
  QualType Pointee = Leak.Handle->getType()->getPointeeType();
  return std::vector<FixItHint>{
      FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(DeclBegin, Init->getBeginLoc()),
          "std::unique_ptr<" + Pointee.getAsString(PrintingPolicy(Ctx.getLangOpts())) +
              ", decltype(&" + ReleaseFunction + ")> " + Leak.Handle->getNameAsString() + "("),
      FixItHint::CreateInsertion(Lexer::getLocForEndOfToken(Init->getEndLoc(), 0,
                                                            Ctx.getSourceManager(),
                                                            Ctx.getLangOpts()),
                                 ", &" + ReleaseFunction + ")")};
}

FixPlan RaiiRewriter::releaseDiscarded(const ResourceLeak &Leak,
                                       const FunctionDecl &Function) const {
  const auto *Call = dyn_cast<CallExpr>(Leak.Acquirer);
  const Stmt *Body = Function.getBody();
  // The release must be harmless when the acquisition failed (fclose(NULL)
  // is not), and the call must make a new handle (curl_slist_append(list,
  // s) returns `list` itself when it is not null).
  const ResourcePair &Resource = *Leak.What.Resource;
  if (!Resource.ReleaseTakesNull || llvm::is_contained(Resource.Reassign, Leak.What.Function))
    return FixPlan::silent();
  if (Leak.Handle || Leak.What.OutParam || !Call || !Body || Function.isTemplateInstantiation() ||
      Function.isDependentContext() || !isFileRange(Call->getSourceRange(), Ctx.getSourceManager()))
    return FixPlan::silent();
  // Only a result nobody reads: `PQexec(conn, "BEGIN");` or a `(void)` cast
  // of it. A result used as a temporary (`PQgetvalue(PQexec(...), 0, 0)`)
  // must outlive that use, and gets no fix.
  ParentMap Parents(const_cast<Stmt *>(Body));
  const Expr *Value = Call;
  if (const auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(
          Parents.getParentIgnoreParenImpCasts(const_cast<CallExpr *>(Call)));
      Cast && Cast->getType()->isVoidType())
    Value = Cast;
  if (!isStatement(Value, Parents))
    return FixPlan::silent();
  std::string Release = llvm::StringRef(Leak.What.Resource->Release.front()).ltrim(':').str();
  if (!Names.isDeclared(Release))
    return FixPlan::silent();
  return FixPlan::safe({FixItHint::CreateInsertion(Call->getBeginLoc(), Release + "("),
                        FixItHint::CreateInsertion(
                            Lexer::getLocForEndOfToken(Call->getEndLoc(), 0, Ctx.getSourceManager(),
                                                       Ctx.getLangOpts()),
                            ")")},
                       {});
}

FixPlan RaiiRewriter::rewrite(const ResourceLeak &Leak, const FunctionDecl &Function) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const VarDecl *Handle = Leak.Handle;
  if (!Ctx.getLangOpts().CPlusPlus14 || !Handle || Leak.What.OutParam || isa<ParmVarDecl>(Handle) ||
      !Handle->getType()->isPointerType() || Handle->getType().isConstQualified() ||
      Function.isTemplateInstantiation() || Function.isDependentContext() ||
      Function.getTemplateInstantiationPattern())
    return FixPlan::silent();
  const Stmt *Body = Function.getBody();
  if (!Body || !Handle->getInit())
    return FixPlan::silent();
  ParentMap Parents(const_cast<Stmt *>(Body));
  const DeclStmt *Decl = plainDeclaration(Leak, Parents);
  if (!Decl)
    return FixPlan::silent();

  MentionCollector Collector;
  Collector.Var = Handle;
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  if (Collector.InLambda || Collector.HasGoto)
    return FixPlan::silent();
  std::string ReleaseFunction;
  std::optional<std::vector<FixItHint>> Edits =
      mentionEdits(Leak, Collector.Mentions, Parents, ReleaseFunction);
  if (!Edits)
    return FixPlan::silent();

  // The declaration is rewritten around the initialiser, which stays as
  // written: edits inside it (another handle's `.get()`) compose.
  SourceLocation DeclBegin = Decl->getBeginLoc();
  if (!isFileRange(SourceRange(DeclBegin, Handle->getEndLoc()), SM) ||
      !isFileRange(Handle->getInit()->getSourceRange(), SM))
    return FixPlan::silent();
  std::optional<std::vector<FixItHint>> Declaration =
      Model.isClientObject(*Leak.What.Resource)
          ? objectDeclaration(Leak, DeclBegin)
          : handleDeclaration(Leak, DeclBegin, ReleaseFunction);
  if (!Declaration)
    return FixPlan::silent();
  Edits->insert(Edits->begin(), Declaration->begin(), Declaration->end());
  return FixPlan::safe(std::move(*Edits), {HeaderNeed{"<memory>", "std::unique_ptr"}});
}

} // namespace async_tidy
