//===--- BlockingReachability.cpp - Helpers that block, through calls -----===//

#include "BlockingReachability.h"
#include "SqlText.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace async_tidy {

BlockingReachability::BlockingReachability(
    const ApiIndex &Index, ASTContext &Ctx, const WalkPolicy &Policy,
    std::function<bool(const BlockingFunction &)> Reportable,
    std::function<bool(const FunctionDecl *)> IsIgnoredHelper,
    std::function<bool(SourceLocation)> IsProjectCode, SummaryFacts &Summaries)
    : Index(Index), Reportable(std::move(Reportable)), IsIgnoredHelper(std::move(IsIgnoredHelper)),
      IsProjectCode(std::move(IsProjectCode)), Summaries(Summaries),
      Search(
          Ctx, Policy,
          [this](const CallSite &Site) -> const BlockingFunction * {
            const BlockingFunction *Entry = directlyBlocking(Site.Call);
            // Non-transitive entries count only where a coroutine calls them.
            return Entry && Entry->Transitive ? Entry : nullptr;
          },
          [this](const CallSite &Site) { return isFollowableHelper(Site.Call, Site.Callee); }) {}

bool BlockingReachability::isMemoryPath(const Expr *Arg) const {
  // `"/proc/self/stat"`, also through a std::string or path made from it.
  const StringLiteral *Path = literalArgument(Arg);
  if (!Path || Path->getCharByteWidth() != 1)
    return false;
  return llvm::any_of(Index.catalog().InMemoryPaths, [Path](const std::string &Prefix) {
    return Path->getString().starts_with(Prefix);
  });
}

bool BlockingReachability::opensMemoryFile(const Expr *Open) const {
  auto Arguments = writtenArguments(Open);
  return !Arguments.empty() && isMemoryPath(Arguments.front());
}

namespace {
/// Whether `Var` is assigned (`f = fopen(...)`) or re-opened
/// (`in.open(...)`) anywhere in `S`: then it may hold another file.
bool isReassigned(const Stmt *S, const VarDecl *Var) {
  if (!S)
    return false;
  auto Names = [Var](const Expr *E) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
    return Ref && Ref->getDecl() == Var;
  };
  if (const auto *Assign = dyn_cast<BinaryOperator>(S))
    if (Assign->isAssignmentOp() && Names(Assign->getLHS()))
      return true;
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(S))
    if (Operator->getOperator() == OO_Equal && Names(Operator->getArg(0)))
      return true;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S))
    if (const CXXMethodDecl *Method = Member->getMethodDecl())
      if (Method->getIdentifier() && Method->getName() == "open" &&
          Names(Member->getImplicitObjectArgument()))
        return true;
  return llvm::any_of(S->children(), [Var](const Stmt *Child) { return isReassigned(Child, Var); });
}
} // namespace

bool BlockingReachability::holdsMemoryFile(const Expr *Operand) const {
  const auto *Ref =
      dyn_cast_or_null<DeclRefExpr>(Operand ? Operand->IgnoreParenImpCasts() : nullptr);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->isLocalVarDecl() || !Var->getInit())
    return false;
  // Opened by a catalogued file call on an in-memory path, and never made
  // to hold another file.
  const Expr *Init = Var->getInit()->IgnoreImplicit();
  const BlockingFunction *Open = Index.blockingFunction(Init);
  if (!Open || Open->Kind != BlockingKind::File || !opensMemoryFile(Init))
    return false;
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  return Function && !isReassigned(Function->getBody(), Var);
}

bool BlockingReachability::readsMemoryFile(const Expr *Call) const {
  if (opensMemoryFile(Call))
    return true;
  // `fgets(buf, n, f)`, `in >> token`, `in.close()` on a FILE* or stream
  // opened from such a path.
  llvm::SmallVector<const Expr *, 4> Operands = writtenArguments(Call);
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Operands.push_back(Member->getImplicitObjectArgument());
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call))
    Operands.append(Operator->arg_begin(), Operator->arg_end());
  return llvm::any_of(Operands, [this](const Expr *Operand) { return holdsMemoryFile(Operand); });
}

const BlockingFunction *BlockingReachability::directlyBlocking(const Expr *Call) const {
  const BlockingFunction *Entry = Index.blockingFunction(Call);
  if (!Entry)
    if (const FunctionDecl *Callee = calleeOf(Call))
      Entry = Summaries.blockingEntry(*Callee);
  if (!Entry || !Reportable(*Entry))
    return nullptr;
  // `std::ifstream("/proc/self/status")`: procfs is made up from memory.
  if (Entry->Kind == BlockingKind::File && readsMemoryFile(Call))
    return nullptr;
  return Entry;
}

bool BlockingReachability::isFollowableHelper(const Expr *Call, const FunctionDecl *Callee) const {
  if (!isProjectHelperCall(Call, Callee, /*EnterCoroutines=*/false, IsProjectCode))
    return false;
  const FunctionDecl *Definition = nullptr;
  Callee->hasBody(Definition);
  return !IsIgnoredHelper(Definition) && !SummaryFacts::isNonblocking(*Definition);
}

const BlockingChain *BlockingReachability::chainThrough(const FunctionDecl *Helper,
                                                        unsigned MaxHelpers) {
  return Search.chainThrough(Helper, MaxHelpers);
}

} // namespace async_tidy
