//===--- LoopLevelVisitor.h - A visitor that stays at one loop level ------===//
//
// What one iteration of a loop runs at its own level, and what a block runs
// outside loops, leave out nested loops (a level of their own), lambdas
// (run elsewhere, or not at all) and local classes (functions of their
// own). Visitors of those derive from this one instead of skipping each.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_LOOPLEVELVISITOR_H
#define ASYNC_TIDY_ANALYSIS_LOOPLEVELVISITOR_H

#include "clang/AST/RecursiveASTVisitor.h"

namespace async_tidy {

template <class Derived> class LoopLevelVisitor : public clang::RecursiveASTVisitor<Derived> {
public:
  bool TraverseForStmt(clang::ForStmt *) { return true; }
  bool TraverseCXXForRangeStmt(clang::CXXForRangeStmt *) { return true; }
  bool TraverseWhileStmt(clang::WhileStmt *) { return true; }
  bool TraverseDoStmt(clang::DoStmt *) { return true; }
  bool TraverseLambdaExpr(clang::LambdaExpr *) { return true; }
  bool TraverseCXXRecordDecl(clang::CXXRecordDecl *) { return true; }
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_LOOPLEVELVISITOR_H
