//===--- AwaitDependency.h - Which co_awaits could run concurrently -------===//
//
// For the statements of one compound statement, decides which `co_await`s
// are independent of each other: running them concurrently would compute
// the same values, because no later await reads what an earlier statement
// produces, they do not use one single-operation resource, no catalogued
// write conflicts with the other, nothing in between depends on them or
// leaves the block, and neither is a deliberate delay. Anything doubtful is
// dependent. docs/checks/async-serial-awaits.md lists every rule.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_AWAITDEPENDENCY_H
#define ASYNC_TIDY_ANALYSIS_AWAITDEPENDENCY_H

#include "ApiIndex.h"
#include "AwaitEffects.h"
#include "AwaitableStart.h"
#include "SchedulingAwaiters.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

/// Why a later await depends on an earlier one (the first rule that holds,
/// in this order).
enum class DependencyRule {
  Ordering,             ///< One of them is a timer, sleep, executor switch or lock.
  Guard,                ///< The earlier is a check that rejects by throwing.
  CriticalSection,      ///< Both follow a lock taken earlier in the block.
  SameReceiver,         ///< One single-operation object serves both.
  SharedResource,       ///< Their objects hold the same kind of such resource.
  ReadsEarlierResult,   ///< Reads what the earlier statement declares/writes.
  WriteConflict,        ///< A catalogued write and an access of one resource.
  ConflictingAccess,    ///< One writes what the other reads or writes.
  InterveningStatement, ///< A statement in between uses or ends the run.
  Doubtful,             ///< Something the analysis cannot see through.
  AlreadyStarted,       ///< The awaited object's work started when it was made.
  UnknownStart,         ///< Whether the awaited object's work started is unknown.
  NeverWaits,           ///< The awaited project coroutine waits for nothing.
};

const char *dependencyRuleName(DependencyRule Rule);

struct Dependency {
  DependencyRule Rule;
  std::string Detail; ///< e.g. "both use 'sock'".
};

/// The catalog knowledge the analysis uses.
struct DependencyPolicy {
  /// Receiver types that run several operations at once safely (a pool).
  std::vector<std::string> ConcurrencySafeTypes;
  /// Types that run one operation at a time (a socket, a connection).
  std::vector<std::string> SingleOperationTypes;
  /// Awaited calls that order what follows them (timers, sleeps,
  /// executor switches).
  std::vector<std::string> OrderingFunctions;
  /// Awaited objects (variables) and types that order the same way.
  std::vector<std::string> OrderingTypes;
  /// Awaited calls that take or release a lock, a semaphore or wait on a
  /// condition: they order what follows, and the awaits after a lock in
  /// the same block are a critical section whose order is kept.
  std::vector<std::string> SynchronizationFunctions;
  /// Awaited calls that take or release a lock guarding memory: they
  /// synchronize like the above, and wait for no I/O.
  std::vector<std::string> LockFunctions;
  /// Awaited objects of these types (events, latches) synchronize too.
  std::vector<std::string> SynchronizationTypes;
  /// When an awaitable's work starts, for those the promise type does not
  /// say (AwaitableStart.h).
  std::vector<std::string> LazyTypes, EagerTypes;
  /// Awaits that return at once: functions, variables or types.
  std::vector<std::string> QueryAwaitables;
  /// The catalog's `resume_schedulers`: an awaiter of the project that
  /// hands its coroutine to one orders what follows (SchedulingAwaiters).
  std::vector<std::string> ResumeSchedulers;
  /// Awaited calls never grouped (the IgnoredAwaitables option).
  std::vector<std::string> IgnoredAwaitables;
  /// Member functions the summaries (or annotations) say are safe to call
  /// concurrently on one object; null: none.
  std::function<bool(const clang::CXXMethodDecl &)> IsSafeMethod;
  /// Functions whose body is in another translation unit that the
  /// summaries say throw (Guards.cpp); null: none.
  std::function<bool(const clang::FunctionDecl &)> ThrowsElsewhere;
};

/// A run of independent awaits, with the statements between them that have
/// no effect outside themselves.
struct AwaitGroup {
  std::vector<AwaitStatement> Members;
  std::vector<const clang::Stmt *> Intervening;
};

/// A decision on an await that did not join a group: because of the await
/// before it, or (no Earlier) because of what it awaits. For explanations
/// and tests.
struct DependentPair {
  std::optional<AwaitStatement> Earlier;
  AwaitStatement Later;
  Dependency Why;
};

class AwaitDependencyAnalysis {
public:
  AwaitDependencyAnalysis(clang::ASTContext &Ctx, const ApiIndex &Index, DependencyPolicy Policy);

  /// The statement as an await statement, if its value is one co_await.
  std::optional<AwaitStatement> asAwaitStatement(const clang::Stmt *S) const;

  /// Whether awaiting `S` returns at once (the current executor, a ready
  /// value): no operation, and no ordering either.
  bool isQuery(const AwaitStatement &S) const;
  bool isQueryAwait(const clang::CoawaitExpr *Await) const;

  /// Why `S`, awaiting an object made before, is no operation of its own:
  /// its work started when the object was made, or nothing says when.
  std::optional<Dependency> joinsStartedWork(const AwaitStatement &S) const;

  /// Why `S` is no operation of its own because the project coroutine it
  /// calls never waits for I/O or time. (NonWaitingCoroutines.cpp)
  std::optional<Dependency> neverWaits(const AwaitStatement &S) const;

  /// Why `Later` waits for `Earlier`: the earlier awaits a check of the
  /// project (a coroutine whose body throws to reject) for no value, and the
  /// later awaits something else. (Guards.cpp)
  std::optional<Dependency> guards(const AwaitStatement &Earlier,
                                   const AwaitStatement &Later) const;

  /// Why `Later` depends on `Earlier`, or none when they are independent.
  std::optional<Dependency> dependency(const AwaitStatement &Earlier,
                                       const AwaitStatement &Later) const;

  /// The groups of independent awaits in `Block` (in source order), each
  /// with at least `MinGroupSize` members. `Rejected` receives, when not
  /// null, why each await that ended a run could not join it.
  /// (AwaitGroups.cpp)
  std::vector<AwaitGroup> groups(const clang::CompoundStmt *Block, unsigned MinGroupSize,
                                 std::vector<DependentPair> *Rejected = nullptr) const;

private:
  class GroupBuilder;
  AwaitEffects effectsOf(const AwaitStatement &S) const;
  /// Why a statement between two awaits keeps them apart, if it does.
  std::optional<Dependency> interveningBlocks(const clang::Stmt *S, const AwaitGroup &Group) const;
  /// The rules in order, each on its own.
  std::optional<Dependency> receiverDependency(const AwaitEffects &E, const AwaitEffects &L) const;
  std::optional<Dependency> sqlDependency(const AwaitStatement &Earlier,
                                          const AwaitStatement &Later, const AwaitEffects &E,
                                          const AwaitEffects &L) const;
  bool isOrdering(const AwaitStatement &S) const;
  bool isSynchronization(const AwaitStatement &S) const;
  std::string describeSynchronization(const AwaitStatement &S) const;
  bool isIgnored(const AwaitStatement &S) const;
  bool isConcurrencySafe(clang::QualType T) const;
  bool isSingleOperation(clang::QualType T) const;
  bool coroutineNeverWaits(const clang::FunctionDecl &Callee, unsigned Depth) const;
  bool awaitNeverWaits(const clang::CoawaitExpr &Await, unsigned Depth) const;
  bool isLock(const clang::FunctionDecl &Callee) const;
  /// `DepthReached`: the search was cut short (too deep, or a recursion),
  /// so a "no" is not final.
  bool functionRejects(const clang::FunctionDecl &Callee, unsigned Depth, bool &DepthReached) const;

  /// The shared state a project function's body reads: mutable globals,
  /// and members of `*this`. (CalleeState.cpp)
  struct CalleeState {
    llvm::SmallPtrSet<const clang::Decl *, 4> Globals, Members;
  };
  const CalleeState &stateReadBy(const clang::FunctionDecl &Callee, unsigned Depth,
                                 bool &DepthReached) const;
  /// Adds to `Effects` the shared state the awaited call's body reads.
  void addStateReadByCallee(const AwaitStatement &S, AwaitEffects &Effects) const;

  clang::ASTContext &Ctx;
  const ApiIndex &Index;
  DependencyPolicy Policy;
  AwaitableStartModel Start;
  SchedulingAwaiters Scheduling;
  /// coroutineNeverWaits' answers, by definition.
  mutable llvm::DenseMap<const clang::FunctionDecl *, bool> NeverWaitsMemo;
  /// functionRejects' answers, by definition.
  mutable llvm::DenseMap<const clang::FunctionDecl *, bool> RejectsMemo;
  mutable llvm::SmallPtrSet<const clang::FunctionDecl *, 8> RejectsOpen;
  /// stateReadBy's answers, by definition; those cut short live apart.
  mutable llvm::DenseMap<const clang::FunctionDecl *, CalleeState> StateMemo;
  mutable std::deque<CalleeState> CutStates;
  mutable llvm::SmallPtrSet<const clang::FunctionDecl *, 8> StateOpen;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_AWAITDEPENDENCY_H
