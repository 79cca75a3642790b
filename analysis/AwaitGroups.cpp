//===--- AwaitGroups.cpp - Runs of independent awaits in one block --------===//
//
// A block's statements are read in order. An await joins the current run
// when it depends on none of its members (AwaitDependency.cpp); statements
// between members are allowed when they act on nothing outside themselves
// (local declarations from pure expressions). Anything else ends the run.
//
//===----------------------------------------------------------------------===//

#include "AccessPaths.h"
#include "AwaitDependency.h"
#include "QualifiedNames.h"

#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Whether a call inside an intervening statement may have effects outside
/// it: anything but constructors, constexpr functions, const members and a
/// few standard value functions.
bool mayHaveSideEffects(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return true;
  if (Callee->isConstexpr())
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee)) {
    std::string Class = catalogName(Method->getParent());
    if (Class == "std::basic_ostream" || Class == "std::basic_istream")
      return true;
    return !Method->isConst();
  }
  static const char *Pure[] = {
      "std::move",       "std::forward",    "std::to_string", "std::min",
      "std::max",        "std::size",       "std::data",      "std::operator+",
      "std::operator==", "std::operator!=", "std::operator<"};
  return !llvm::is_contained(Pure, catalogName(Callee));
}

/// Finds, in a declaration between two awaits, what would keep them apart:
/// a use of what the run's awaits produce, a call with side effects, an
/// await or a lambda.
class InterveningScan : public RecursiveASTVisitor<InterveningScan> {
public:
  InterveningScan(const llvm::SmallPtrSetImpl<const Decl *> &Produced,
                  const AwaitDependencyAnalysis &Analysis)
      : Produced(Produced), Analysis(Analysis) {}

  std::optional<Dependency> Found;

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const Decl *Root = rootOf(Ref); Root && Produced.contains(Root))
      Found = between("uses '" + rootName(Root) + "'");
    return !Found;
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (mayHaveSideEffects(Call))
      Found = between("calls a function with side effects");
    return !Found;
  }
  /// An await that returns at once (the current executor) is a value.
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (Analysis.isQueryAwait(Await))
      return true;
    Found = between("awaits inside a larger expression");
    return false;
  }
  bool VisitLambdaExpr(LambdaExpr *) {
    Found = between("creates a lambda");
    return false;
  }

  static Dependency between(const std::string &What) {
    return Dependency{DependencyRule::InterveningStatement, "a statement between them " + What};
  }

private:
  const llvm::SmallPtrSetImpl<const Decl *> &Produced;
  const AwaitDependencyAnalysis &Analysis;
};

} // namespace

std::optional<Dependency>
AwaitDependencyAnalysis::interveningBlocks(const Stmt *S, const AwaitGroup &Group) const {
  const auto *Decls = dyn_cast<DeclStmt>(S);
  if (!Decls && !isa<NullStmt>(S))
    return InterveningScan::between("may act outside itself or leave the block");
  llvm::SmallPtrSet<const Decl *, 8> Produced;
  for (const AwaitStatement &M : Group.Members) {
    AwaitEffects Fx = effectsOf(M);
    Produced.insert(Fx.Writes.begin(), Fx.Writes.end());
  }
  InterveningScan Scanner(Produced, *this);
  if (Decls)
    for (const Decl *D : Decls->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var || Var->isStaticLocal())
        return InterveningScan::between("declares something other than a local");
      Scanner.TraverseDecl(const_cast<VarDecl *>(Var));
      if (Scanner.Found)
        return Scanner.Found;
    }
  return std::nullopt;
}

/// Reads a block's statements in order and cuts them into runs.
class AwaitDependencyAnalysis::GroupBuilder {
public:
  GroupBuilder(const AwaitDependencyAnalysis &Analysis, unsigned MinGroupSize,
               std::vector<DependentPair> *Rejected)
      : Analysis(Analysis), MinGroupSize(std::max(MinGroupSize, 2u)), Rejected(Rejected) {}

  void add(const Stmt *S) {
    std::optional<AwaitStatement> Await = Analysis.asAwaitStatement(S);
    // Awaits that are no operation of their own: ignored ones, queries
    // that return at once (a statement between members, when pure), and
    // joins of work that started before (the end of the run).
    if (!Await || Analysis.isIgnored(*Await) || Analysis.isQuery(*Await))
      return addOther(S);
    if (std::optional<Dependency> Join = Analysis.joinsStartedWork(*Await))
      return endRunAt(*Await, *Join);
    // A coroutine that never waits may still change what the run reads:
    // it ends the run like a statement with effects would.
    if (std::optional<Dependency> Idle = Analysis.neverWaits(*Await))
      return endRunAt(*Await, *Idle);
    addAwait(*Await);
  }

  std::vector<AwaitGroup> finish() {
    flush();
    return std::move(Out);
  }

private:
  void addAwait(const AwaitStatement &Await) {
    std::optional<Dependency> Why = whyApart(Await);
    if (Analysis.isSynchronization(Await))
      HeldLock = Await;
    if (Current.Members.empty() || Why) {
      if (Rejected && Why)
        Rejected->push_back({Current.Members.back(), Await, *Why});
      else if (Rejected && EndedBy && LastMember)
        Rejected->push_back({*LastMember, Await, *EndedBy});
      flush();
      EndedBy.reset();
    } else {
      Current.Intervening.insert(Current.Intervening.end(), Pending.begin(), Pending.end());
      Pending.clear();
    }
    Current.Members.push_back(Await);
  }

  /// A statement that is not an await: kept between members when it acts
  /// on nothing outside itself, else the end of the run.
  void addOther(const Stmt *S) {
    if (!Current.Members.empty()) {
      std::optional<Dependency> Blocks = Analysis.interveningBlocks(S, Current);
      if (!Blocks) {
        Pending.push_back(S);
        return;
      }
      EndedBy = Blocks;
    }
    flush();
  }

  /// An await that joins work started before ends the run, and says why
  /// it is not grouped.
  void endRunAt(const AwaitStatement &Join, const Dependency &Why) {
    if (Rejected)
      Rejected->push_back({std::nullopt, Join, Why});
    flush();
    EndedBy.reset();
  }

  /// Why `Await` cannot join the current run, if it cannot.
  std::optional<Dependency> whyApart(const AwaitStatement &Await) const {
    for (const AwaitStatement &Member : Current.Members)
      if (std::optional<Dependency> Why = Analysis.dependency(Member, Await))
        return Why;
    if (Current.Members.empty())
      return std::nullopt;
    // The lock the block took, if any: the awaits after it are a critical
    // section (they touch what it protects) and keep their order.
    if (HeldLock)
      return Dependency{DependencyRule::CriticalSection,
                        "both run while the lock taken by '" +
                            Analysis.describeSynchronization(*HeldLock) + "' is held"};
    // A later await must not read what an intervening statement declares:
    // the combined await comes before those statements.
    AwaitEffects Fx = Analysis.effectsOf(Await);
    for (const Stmt *I : Pending)
      if (const auto *Decls = dyn_cast<DeclStmt>(I))
        for (const Decl *D : Decls->decls())
          if (Fx.Reads.contains(D->getCanonicalDecl()))
            return Dependency{DependencyRule::InterveningStatement,
                              "it reads '" + cast<NamedDecl>(D)->getNameAsString() +
                                  "', declared between them"};
    return std::nullopt;
  }

  void flush() {
    if (Current.Members.size() >= MinGroupSize)
      Out.push_back(Current);
    if (!Current.Members.empty())
      LastMember = Current.Members.back();
    Current = AwaitGroup();
    Pending.clear();
  }

  const AwaitDependencyAnalysis &Analysis;
  unsigned MinGroupSize;
  std::vector<DependentPair> *Rejected;
  std::vector<AwaitGroup> Out;
  AwaitGroup Current;
  std::vector<const Stmt *> Pending; ///< Statements since the last member.
  std::optional<Dependency> EndedBy; ///< Why the previous run ended, if by a statement.
  std::optional<AwaitStatement> LastMember;
  std::optional<AwaitStatement> HeldLock;
};

std::vector<AwaitGroup>
AwaitDependencyAnalysis::groups(const CompoundStmt *Block, unsigned MinGroupSize,
                                std::vector<DependentPair> *Rejected) const {
  GroupBuilder Builder(*this, MinGroupSize, Rejected);
  for (const Stmt *S : Block->body())
    Builder.add(S);
  return Builder.finish();
}

} // namespace async_tidy
