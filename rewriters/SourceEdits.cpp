//===--- SourceEdits.cpp - Small pieces every rewriter needs --------------===//

#include "SourceEdits.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace async_tidy {

std::optional<std::string> expandTemplate(llvm::StringRef Template,
                                          const llvm::StringMap<std::string> &Values) {
  std::string Out;
  while (!Template.empty()) {
    std::size_t Open = Template.find('{');
    if (Open == llvm::StringRef::npos) {
      Out += Template;
      break;
    }
    std::size_t Close = Template.find('}', Open);
    if (Close == llvm::StringRef::npos)
      return std::nullopt;
    llvm::StringRef Name = Template.slice(Open + 1, Close);
    // Only `{name}` is a placeholder; other braces are C++ (a lambda body).
    if (Name.empty() || !llvm::all_of(Name, [](char C) { return isalnum(C) || C == '_'; })) {
      Out += Template.substr(0, Open + 1);
      Template = Template.substr(Open + 1);
      continue;
    }
    Out += Template.substr(0, Open);
    auto It = Values.find(Name);
    if (It == Values.end())
      return std::nullopt;
    Out += It->second;
    Template = Template.substr(Close + 1);
  }
  return Out;
}

bool mentionsPlaceholder(llvm::StringRef Template, llvm::StringRef Name) {
  return Template.contains(("{" + Name + "}").str());
}

std::optional<std::string> fileText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM, Ctx.getLangOpts());
  if (Range.isInvalid())
    return std::nullopt;
  bool Invalid = false;
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Ctx.getLangOpts(), &Invalid);
  if (Invalid)
    return std::nullopt;
  return Text.str();
}

std::optional<std::string> awaitInsertionBlocker(const CallSite &Site) {
  if (Site.InlineLambdaDepth > 0)
    return "it is inside a lambda, which is not a coroutine";
  if (Site.InCatchHandler)
    return "'co_await' is not allowed in a catch handler";
  if (Site.InStaticInitializer)
    return "'co_await' is not allowed in a static initializer";
  if (Site.HeldLock)
    return "'" + Site.HeldLock->getName().str() + "' would be held across the new suspension point";
  return std::nullopt;
}

bool awaitNeedsParentheses(const CallSite &Site) {
  const Stmt *Child = nullptr;
  const Stmt *Parent = semanticParent(Site.Ancestors, Site.Call, &Child, /*StopAtParens=*/true);
  if (!Parent)
    return false;
  if (isa<MemberExpr, ArraySubscriptExpr, CXXPseudoDestructorExpr>(Parent))
    return true;
  if (const auto *Unary = dyn_cast<UnaryOperator>(Parent))
    return Unary->isPostfix();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent)) {
    switch (Op->getOperator()) {
    case OO_Subscript:
    case OO_Call:
    case OO_Arrow:
    case OO_PlusPlus:
    case OO_MinusMinus:
      return Op->getNumArgs() > 0 && Op->getArg(0) == Child;
    default:
      return false;
    }
  }
  if (const auto *CE = dyn_cast<CallExpr>(Parent))
    return CE->getCallee() == Child;
  return false;
}

bool isValueDiscarded(const CallSite &Site) {
  const Stmt *Child = nullptr;
  const Stmt *Parent = semanticParent(Site.Ancestors, Site.Call, &Child);
  if (isStatementPosition(Child, Parent))
    return true;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Parent))
    return Cast->getType()->isVoidType();
  if (const auto *Binary = dyn_cast<BinaryOperator>(Parent))
    return Binary->isCommaOp() && Child == Binary->getLHS();
  return false;
}

std::vector<HeaderNeed> headersNeededFor(const std::string &Text,
                                         const std::vector<HeaderNeed> &Candidates,
                                         llvm::function_ref<bool(llvm::StringRef)> IsDeclared) {
  std::vector<HeaderNeed> Out;
  for (const HeaderNeed &H : Candidates)
    if (Text.find(H.Provides) != std::string::npos && !IsDeclared(H.Provides) &&
        std::find(Out.begin(), Out.end(), H) == Out.end())
      Out.push_back(H);
  return Out;
}

llvm::StringSet<> namesDeclaredIn(const FunctionDecl &Function) {
  struct Collector : RecursiveASTVisitor<Collector> {
    llvm::StringSet<> Names;
    bool VisitNamedDecl(NamedDecl *D) {
      if (D->getIdentifier())
        Names.insert(D->getName());
      return true;
    }
  } C;
  C.TraverseDecl(const_cast<FunctionDecl *>(&Function));
  return std::move(C.Names);
}

llvm::StringSet<> &GivenNames::in(const FunctionDecl &Function) {
  auto [It, Inserted] = Names.try_emplace(&Function);
  if (Inserted)
    It->second = namesDeclaredIn(Function);
  return It->second;
}

std::string freshName(const std::string &Base, llvm::StringSet<> &Taken) {
  std::string Name = Base;
  for (int I = 2; Taken.contains(Name); ++I)
    Name = Base + std::to_string(I);
  Taken.insert(Name);
  return Name;
}

std::optional<std::string> indentationBefore(llvm::StringRef Buffer, unsigned Offset) {
  unsigned Start = Offset;
  while (Start > 0 && (Buffer[Start - 1] == ' ' || Buffer[Start - 1] == '\t'))
    --Start;
  if (Start > 0 && Buffer[Start - 1] != '\n')
    return std::nullopt;
  return Buffer.substr(Start, Offset - Start).str();
}

std::optional<std::pair<unsigned, unsigned>> statementOffsets(const Stmt *S,
                                                              const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Begin = S->getBeginLoc(), End = S->getEndLoc();
  if (Begin.isMacroID() || End.isMacroID())
    return std::nullopt;
  SourceLocation AfterSemi;
  if (isa<DeclStmt>(S))
    AfterSemi = End.getLocWithOffset(1); // A DeclStmt ends at its `;`.
  else
    AfterSemi = Lexer::findLocationAfterToken(End, tok::semi, SM, Ctx.getLangOpts(), false);
  if (AfterSemi.isInvalid() || SM.getFileID(Begin) != SM.getFileID(AfterSemi))
    return std::nullopt;
  return std::make_pair(SM.getFileOffset(Begin), SM.getFileOffset(AfterSemi));
}

FixItHint removeStatement(std::pair<unsigned, unsigned> Range, FileID File, llvm::StringRef Buffer,
                          const SourceManager &SM) {
  unsigned Begin = Range.first, End = Range.second;
  if (std::optional<std::string> Indent = indentationBefore(Buffer, Begin)) {
    unsigned Rest = End;
    while (Rest < Buffer.size() && (Buffer[Rest] == ' ' || Buffer[Rest] == '\t'))
      ++Rest;
    unsigned LineStart = Begin - Indent->size();
    if (Rest < Buffer.size() && Buffer[Rest] == '\n' && LineStart > 0) {
      Begin = LineStart - 1;
      End = Rest;
    }
  }
  SourceLocation FileStart = SM.getLocForStartOfFile(File);
  return FixItHint::CreateRemoval(CharSourceRange::getCharRange(FileStart.getLocWithOffset(Begin),
                                                                FileStart.getLocWithOffset(End)));
}

std::optional<FixItHint> statementRemoval(const Stmt *S, const ASTContext &Ctx) {
  std::optional<std::pair<unsigned, unsigned>> Range = statementOffsets(S, Ctx);
  if (!Range)
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  FileID File = SM.getFileID(S->getBeginLoc());
  return removeStatement(*Range, File, SM.getBufferData(File), SM);
}

} // namespace async_tidy
