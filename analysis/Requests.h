//===--- Requests.h - What a request asks, and what changes its answer ----===//
//
// async-redundant-request (issue 17) lists the requests a coroutine makes
// (the catalog's database, LLM and HTTP calls, awaited or synchronous) and
// asks of each whether asking it again asks the same: its arguments and
// receiver stay the same (RequestInputs.h) and it only reads (a SELECT
// PostgreSQL's parser reads as repeatable, sql/QueryEffects.h; an HTTP
// call the catalog marks read_only; an LLM request). And of code between
// two runs: may it change the answer (a write to a table the query reads,
// a request that is not read-only, code the analysis cannot name), or wait
// (a timer: asking again after a pause asks whether the answer changed)?
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_REQUESTS_H
#define ASYNC_TIDY_ANALYSIS_REQUESTS_H

#include "ApiIndex.h"
#include "BodyWalker.h"
#include "CallChains.h"
#include "IterationLoops.h"
#include "QueryEffects.h"
#include "RequestInputs.h"
#include "SummaryFacts.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <optional>

namespace async_tidy {

/// One request a coroutine makes, and what asking it again would ask.
struct Request {
  const clang::CallExpr *Call = nullptr;
  const clang::FunctionDecl *Callee = nullptr;
  const IoCall *Entry = nullptr;
  /// The call's enclosing statements, outermost first.
  std::vector<const clang::Stmt *> Ancestors;
  /// The `co_await` of the call; null for a synchronous request.
  const clang::CoawaitExpr *Await = nullptr;
  /// The object it works on (AccessPaths' receiverOf, down to its
  /// variable or member of `*this`); null for none.
  const clang::Decl *ReceiverRoot = nullptr;
  /// The variables its arguments read (RequestInputs' stableInputs).
  Variables Inputs;
  /// Asking again asks the same question and changes nothing: stable
  /// arguments and receiver, and a request that only reads.
  bool AsksTheSame = false;
  /// For a database query: the tables it reads.
  std::vector<std::string> Tables;

  /// What gives the request's result: its `co_await`, or the call.
  const clang::Expr *requestExpr() const {
    return Await ? static_cast<const clang::Expr *>(Await) : Call;
  }
};

/// The object a receiver denotes: a variable or parameter (not a reference
/// declared in the body, which may be bound to another object each time),
/// or a member of `*this`, seen through `*` and `->`; null when it is
/// anything else (a call's result).
const clang::Decl *receiverObject(const clang::Expr *E);

/// The analysis of one translation unit's requests.
class RequestAnalysis {
public:
  RequestAnalysis(clang::ASTContext &Ctx, const ApiIndex &Index, SummaryFacts &Summaries,
                  std::function<bool(clang::SourceLocation)> IsProjectCode, const Catalog &Cat);

  const WalkPolicy &policy() const { return Policy; }
  /// Starts a coroutine: the variables' aliases are looked up in `Body`.
  void startCoroutine(const clang::Stmt &Body);
  /// The request `Site` makes, if it is one (not a call that only makes a
  /// task, not through a cache, not in a lambda).
  std::optional<Request> requestAt(const CallSite &Site);
  /// Whether a call in `Region` (but `Skip`) may change what `R` answers.
  bool mayChangeAnswer(const Request &R, const clang::Stmt *Region, const clang::Expr *Skip);
  /// A loop that polls (its exit reads what it awaited), may stop early,
  /// awaits its own input, or waits between rounds: its rounds are meant
  /// to ask again.
  bool asksAgainOnPurpose(const IterationLoop &Loop);
  /// Whether code in `S` waits: a catalogued timer, sleep or executor
  /// switch, a blocking sleep, or a helper of the project that waits, a few
  /// helpers deep.
  bool waitsIn(const clang::Stmt *S, unsigned Depth = 3);
  /// Whether a variable of the coroutine has another name
  /// (aliasedVariables).
  bool isAliasedHere(const clang::VarDecl *V);
  bool isRequest(const clang::CallExpr &Call) const { return Index.ioCall(&Call) != nullptr; }
  bool isLoopAlgorithm(const clang::FunctionDecl *Callee) const {
    return isNamed(LoopAlgorithmNames, Callee);
  }

private:
  bool isNamed(const llvm::StringSet<> &Names, const clang::FunctionDecl *Callee) const {
    return Callee && Names.contains(Index.nameOf(Callee));
  }
  bool isProjectHelper(const CallSite &Site) const;
  bool makesTask(const clang::FunctionDecl &Callee) const;
  bool isCache(clang::QualType Type) const;
  std::optional<QueryEffects> effectsOf(const clang::CallExpr &Call, const IoCall &Entry) const;
  bool changesAnswerOf(const Request &R, const CallSite &Site);
  bool waits(const clang::CallExpr &Call, unsigned Depth);
  bool helperWaits(const clang::FunctionDecl &Callee, unsigned Depth);
  bool usesClient(const CallSite &Site, const clang::Decl *Root) const;
  bool runsUnknownCode(const CallSite &Site);

  clang::ASTContext &Ctx;
  const ApiIndex &Index;
  SummaryFacts &Summaries;
  std::function<bool(clang::SourceLocation)> IsProjectCode;
  WalkPolicy Policy;
  CallChainSearch<IoCall> Chains;
  llvm::StringSet<> CacheTypes, OrderingNames, LoopInputNames, LoopAlgorithmNames, TaskTypes;
  llvm::DenseMap<const clang::FunctionDecl *, bool> WaitingHelpers;
  /// The body of the coroutine being checked, and its aliased variables
  /// (found on the first question, in one walk).
  const clang::Stmt *Body = nullptr;
  std::optional<llvm::SmallPtrSet<const clang::VarDecl *, 8>> Aliased;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_REQUESTS_H
