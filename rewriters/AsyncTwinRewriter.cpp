//===--- AsyncTwinRewriter.cpp - A blocking call becomes its async twin ---===//

#include "AsyncTwinRewriter.h"
#include "QualifiedNames.h"
#include "SourceEdits.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace async_tidy {

const AsyncTwin *AsyncTwinRewriter::twinFor(const BlockingFunction &Entry,
                                            const FrameworkIdioms &Framework) {
  for (const AsyncTwin &Twin : Entry.Twins)
    if (std::find(Twin.Frameworks.begin(), Twin.Frameworks.end(), Framework.Id) !=
        Twin.Frameworks.end())
      return &Twin;
  return nullptr;
}

bool AsyncTwinRewriter::isErrorCodeOutArgument(const Expr *Arg, unsigned Index,
                                               const FunctionDecl *Callee,
                                               const FrameworkIdioms &Framework) const {
  if (Index >= Callee->getNumParams())
    return false;
  QualType Param = Callee->getParamDecl(Index)->getType();
  if (!Param->isLValueReferenceType() || Param.getNonReferenceType().isConstQualified())
    return false;
  std::string Name = catalogNameOfType(Arg->getType());
  return std::find(Framework.ErrorCodeTypes.begin(), Framework.ErrorCodeTypes.end(), Name) !=
         Framework.ErrorCodeTypes.end();
}

bool AsyncTwinRewriter::convertsWithoutLoss(QualType T, long long TicksPerSecond) const {
  const auto *Duration = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType().getCanonicalType()->getAsCXXRecordDecl());
  if (!Duration || catalogName(Duration) != "std::chrono::duration")
    return false;
  const TemplateArgumentList &Args = Duration->getTemplateArgs();
  if (Args.size() != 2 || !Args[0].getAsType()->isIntegralType(Ctx))
    return false;
  const auto *Ratio =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(Args[1].getAsType()->getAsCXXRecordDecl());
  if (!Ratio || Ratio->getTemplateArgs().size() != 2)
    return false;
  const TemplateArgument &Num = Ratio->getTemplateArgs()[0];
  const TemplateArgument &Den = Ratio->getTemplateArgs()[1];
  if (Num.getKind() != TemplateArgument::Integral || Den.getKind() != TemplateArgument::Integral)
    return false;
  // An integral duration converts implicitly to the target unit only when
  // its period is a whole number of the target's ticks.
  __int128 N = Num.getAsIntegral().getSExtValue();
  __int128 D = Den.getAsIntegral().getSExtValue();
  return D > 0 && (N * TicksPerSecond) % D == 0;
}

FixPlan AsyncTwinRewriter::rewrite(const CallSite &Site, const BlockingFunction &Entry,
                                   const FrameworkIdioms &Framework) const {
  const AsyncTwin *Twin = twinFor(Entry, Framework);
  if (!Twin)
    return FixPlan::silent();
  if (std::optional<std::string> Blocker = awaitInsertionBlocker(Site))
    return FixPlan::none(*Blocker,
                         Site.HeldLock ? Site.HeldLock->getLocation() : Site.Call->getBeginLoc());
  // Never edit inside a macro: the call must be written out in the file.
  SourceRange Range = Site.Call->getSourceRange();
  if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return FixPlan::silent();
  if (!Twin->SameResult && !isValueDiscarded(Site))
    return FixPlan::silent();

  llvm::SmallVector<const Expr *, 4> Args = writtenArguments(Site.Call);
  llvm::StringMap<std::string> Values;
  for (unsigned I = 0; I < Args.size(); ++I) {
    std::optional<std::string> Text = fileText(Args[I], Ctx);
    if (!Text)
      return FixPlan::silent();
    Values["arg" + std::to_string(I)] = *Text;
  }
  Values["token"] = Framework.CompletionToken;
  Values["executor"] = Framework.Executor;

  std::optional<Edits> Result =
      Twin->TwinForm == AsyncTwin::Form::Member || Twin->TwinForm == AsyncTwin::Form::Function
          ? rewriteCall(Site, *Twin, Framework, Args, Values)
          : replaceWholeCall(Site, *Twin, Framework, Args, Values);
  if (!Result)
    return FixPlan::silent();
  std::string AllText;
  for (const FixItHint &Edit : *Result)
    AllText += Edit.CodeToInsert + "\n";
  std::vector<HeaderNeed> Candidates = Framework.Headers;
  Candidates.insert(Candidates.end(), Twin->Headers.begin(), Twin->Headers.end());
  return FixPlan::safe(std::move(*Result),
                       headersNeededFor(AllText, Candidates, [&](llvm::StringRef Name) {
                         return Resolver.isDeclared(Name);
                       }));
}

std::optional<AsyncTwinRewriter::Edits> AsyncTwinRewriter::replaceWholeCall(
    const CallSite &Site, const AsyncTwin &Twin, const FrameworkIdioms &Framework,
    llvm::ArrayRef<const Expr *> Args, llvm::StringMap<std::string> &Values) const {
  // Every argument must reappear, or its evaluation would be dropped.
  for (unsigned I = 0; I < Args.size(); ++I)
    if (!mentionsPlaceholder(Twin.Target, "arg" + std::to_string(I)))
      return std::nullopt;

  std::optional<std::string> Awaited;
  if (Twin.TwinForm == AsyncTwin::Form::Sleep) {
    if (Framework.Sleep.empty())
      return std::nullopt;
    std::optional<long long> Ticks = sleepDurationTicksPerSecond(Framework.SleepDuration);
    if (Ticks && Twin.DurationArg &&
        (*Twin.DurationArg >= Args.size() ||
         !convertsWithoutLoss(Args[*Twin.DurationArg]->getType(), *Ticks)))
      return std::nullopt;
    std::optional<std::string> Duration = expandTemplate(Twin.Target, Values);
    if (!Duration)
      return std::nullopt;
    Values["duration"] = *Duration;
    Awaited = expandTemplate(Framework.Sleep, Values);
  } else {
    Awaited = expandTemplate(Twin.Target, Values);
  }
  if (!Awaited)
    return std::nullopt;

  std::string Text = "co_await " + *Awaited;
  if (awaitNeedsParentheses(Site))
    Text = "(" + Text + ")";
  return Edits{FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Site.Call->getSourceRange()), Text)};
}

std::optional<AsyncTwinRewriter::Edits>
AsyncTwinRewriter::calleeEdits(const CallSite &Site, const CallExpr &Call, const AsyncTwin &Twin,
                               const std::string &Await) const {
  SourceLocation CallBegin = Call.getBeginLoc();
  if (Twin.TwinForm == AsyncTwin::Form::Member) {
    const auto *Member = dyn_cast<MemberExpr>(Call.getCallee()->IgnoreParens());
    if (!Member || Member->hasExplicitTemplateArgs() || Member->getMemberLoc().isMacroID())
      return std::nullopt;
    CharSourceRange Name = CharSourceRange::getTokenRange(Member->getMemberLoc());
    // An implicit `this->`: the name is where the call begins.
    if (Member->getMemberLoc() == CallBegin)
      return Edits{FixItHint::CreateReplacement(Name, Await + Twin.Target)};
    return Edits{FixItHint::CreateInsertion(CallBegin, Await),
                 FixItHint::CreateReplacement(Name, Twin.Target)};
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Call.getCallee()->IgnoreParenImpCasts());
  if (!Ref || Ref->hasExplicitTemplateArgs() || Ref->getBeginLoc() != CallBegin)
    return std::nullopt;
  // Fully qualified: a `using` that made the blocking function visible need
  // not make its twin visible.
  std::string Qualified = enclosingCatalogName(Site.Callee);
  Qualified = (Qualified.empty() ? "" : Qualified + "::") + Twin.Target;
  return Edits{FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Ref->getSourceRange()),
                                            Await + Qualified)};
}

std::optional<FixItHint> AsyncTwinRewriter::tokenEdit(const CallSite &Site, const CallExpr &Call,
                                                      const FrameworkIdioms &Framework,
                                                      llvm::ArrayRef<const Expr *> Args,
                                                      llvm::StringMap<std::string> &Values) const {
  if (Framework.CompletionToken.empty())
    return std::nullopt;
  const Expr *Last = Args.empty() ? nullptr : Args.back();
  if (!Last || !isErrorCodeOutArgument(Last, Args.size() - 1, Site.Callee, Framework))
    return FixItHint::CreateInsertion(Call.getRParenLoc(),
                                      (Args.empty() ? "" : ", ") + Framework.CompletionToken);
  // The synchronous overload reported errors through `ec`; the twin
  // reports them there too instead of throwing.
  if (Framework.ErrorToken.empty())
    return std::nullopt;
  llvm::StringMap<std::string> ErrorValues;
  ErrorValues["token"] = Framework.CompletionToken;
  ErrorValues["ec"] = Values["arg" + std::to_string(Args.size() - 1)];
  std::optional<std::string> Token = expandTemplate(Framework.ErrorToken, ErrorValues);
  if (!Token)
    return std::nullopt;
  return FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Last->getSourceRange()),
                                      *Token);
}

std::optional<AsyncTwinRewriter::Edits>
AsyncTwinRewriter::rewriteCall(const CallSite &Site, const AsyncTwin &Twin,
                               const FrameworkIdioms &Framework, llvm::ArrayRef<const Expr *> Args,
                               llvm::StringMap<std::string> &Values) const {
  const auto *Call = dyn_cast<CallExpr>(Site.Call);
  if (!Call || Call->getRParenLoc().isMacroID())
    return std::nullopt;
  bool Parens = awaitNeedsParentheses(Site);
  // The callee: `obj.f` -> `obj.Target`, `ns::f` -> `ns::Target`.
  std::optional<Edits> R = calleeEdits(Site, *Call, Twin, Parens ? "(co_await " : "co_await ");
  if (!R)
    return std::nullopt;
  if (Twin.AppendToken) {
    std::optional<FixItHint> Token = tokenEdit(Site, *Call, Framework, Args, Values);
    if (!Token)
      return std::nullopt;
    R->push_back(*Token);
  }
  if (Parens)
    R->push_back(FixItHint::CreateInsertion(
        Lexer::getLocForEndOfToken(Call->getEndLoc(), 0, Ctx.getSourceManager(), Ctx.getLangOpts()),
        ")"));
  return R;
}

} // namespace async_tidy
