//===--- RedundantRequestCheck.h - async-redundant-request ----------------===//
//
// Finds database queries, LLM and HTTP requests that repeat work in a
// coroutine:
//   (a) a request in a loop that asks the same on every iteration: its
//       arguments and receiver do not change in the loop, and nothing in
//       the loop changes its answer (unsafe fix: make it before the loop);
//   (b) the same request twice, with the same arguments and nothing in
//       between that changes its answer (unsafe fix: reuse the first
//       result);
//   (c) several LLM requests that each embed the same input in different
//       instructions (a note suggests one structured request; no fix).
// A request repeats work only when asking again asks the same: a database
// query whose SQL PostgreSQL's parser reads as a plain SELECT
// (sql/QueryEffects.h), an HTTP request the catalog marks `read_only`, or
// an LLM request. Requests through a cache (the catalog's `cache_types`,
// the CacheTypes option) are not repeated work.
//
// Docs: docs/checks/async-redundant-request.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_REDUNDANTREQUESTCHECK_H
#define ASYNC_TIDY_CHECKS_REDUNDANTREQUESTCHECK_H

#include "CoroutineCheckBase.h"

namespace async_tidy {

struct IterationLoop;
struct PromptParts;
struct Request;

class RedundantRequestCheck : public CoroutineCheckBase {
public:
  RedundantRequestCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void adjustCatalog(Catalog &Cat) const override;

private:
  struct Analyses;
  std::unique_ptr<UnitState> makeUnitState(CoroutineUnit &Unit) override;
  void checkCoroutine(const Coroutine &C) override;

  /// (a): the request asks the same on every iteration of its loop.
  void checkLoopInvariant(const Request &R, const Coroutine &C);
  /// (a)'s fix: the request's own declaration moved before the loop.
  FixPlan loopFixPlan(const Request &R, const IterationLoop &Loop, size_t BodyAt,
                      const Coroutine &C);
  /// (b): a later request asks what an earlier one asked.
  void checkRepeats(llvm::ArrayRef<Request> Requests, const Coroutine &C);
  /// Where two requests written alike stand in the innermost block that
  /// holds both.
  struct RepeatPlace {
    const clang::CompoundStmt *Block;
    const clang::Stmt *FirstStatement;
    const clang::Stmt *SecondStatement;
    /// The second's enclosing statements from SecondStatement down.
    llvm::ArrayRef<const clang::Stmt *> SecondChain;
    /// The statements after FirstStatement, up to SecondStatement.
    std::vector<const clang::Stmt *> Between;
  };
  /// Where they stand, when the first runs whenever the block does and the
  /// second is not repeated by a loop of its own.
  std::optional<RepeatPlace> repeatPlace(const Request &First, const Request &Second) const;
  /// Whether the second asks what the first asked: no retry, and nothing
  /// from the first on waits or changes the question or the answer.
  bool asksTheSameAgain(const Request &First, const Request &Second, const RepeatPlace &P);
  void reportRepeat(const Request &First, const Request &Second, const RepeatPlace &P,
                    const Coroutine &C);
  /// (c): LLM requests that embed one input in different instructions.
  void checkSharedInput(llvm::ArrayRef<Request> Requests, const Coroutine &C);
  /// Whether requests that could be one (in source order) are separate
  /// questions: all run on one path, nothing between them may end the
  /// coroutine or reads an answer, and none reads what another answered.
  bool areSeparateQuestions(llvm::ArrayRef<const Request *> Group,
                            llvm::ArrayRef<const PromptParts *> Parts, const Coroutine &C);

  Option<std::string> CacheTypes{*this, "CacheTypes", ""};
  Option<std::string> DatabaseFunctions{*this, "DatabaseFunctions", ""};
  Option<std::string> LlmFunctions{*this, "LlmFunctions", ""};
  Option<unsigned> MinLlmRequests{*this, "MinLlmRequests", 2U};
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_REDUNDANTREQUESTCHECK_H
