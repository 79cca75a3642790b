//===--- AstTestSupport.h - ASTs from snippets for the analysis tests -----===//
//
// The snippets bring their own minimal <coroutine> (no standard library is
// needed), and a macro that declares a coroutine task type in any namespace,
// so framework detection can be tested without the frameworks' headers.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TEST_ASTTESTSUPPORT_H
#define ASYNC_TIDY_TEST_ASTTESTSUPPORT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace async_tidy::test {

inline const char *CoroutinePrelude = R"cpp(
namespace std {
template <class R, class... Args> struct coroutine_traits {
  using promise_type = typename R::promise_type;
};
template <class P = void> struct coroutine_handle;
template <> struct coroutine_handle<void> {
  static coroutine_handle from_address(void *);
  void *address() const;
};
template <class P> struct coroutine_handle : coroutine_handle<> {
  static coroutine_handle from_address(void *);
  static coroutine_handle from_promise(P &);
};
struct suspend_always {
  bool await_ready() noexcept { return false; }
  void await_suspend(coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};
}
template <class T> struct test_promise_result { void return_value(T); };
template <> struct test_promise_result<void> { void return_void(); };
#define DECLARE_TASK(NS, NAME)                                               \
  namespace NS {                                                             \
  template <class T = void, class... Extra> struct NAME {                    \
    struct promise_type : test_promise_result<T> {                           \
      NAME get_return_object();                                              \
      std::suspend_always initial_suspend() noexcept;                        \
      std::suspend_always final_suspend() noexcept;                          \
      void unhandled_exception();                                            \
      std::suspend_always yield_value(int);                                  \
    };                                                                       \
    bool await_ready();                                                      \
    void await_suspend(std::coroutine_handle<>);                             \
    T await_resume();                                                        \
  };                                                                         \
  }
)cpp";

inline std::unique_ptr<clang::ASTUnit> buildAST(const std::string &Code, bool WithPrelude = true) {
  std::unique_ptr<clang::ASTUnit> AST = clang::tooling::buildASTFromCodeWithArgs(
      (WithPrelude ? std::string(CoroutinePrelude) : std::string()) + Code,
      {"-std=c++20", "-fsyntax-only", "-Wno-everything"}, "input.cc");
  EXPECT_TRUE(AST) << "snippet does not parse";
  EXPECT_FALSE(AST->getDiagnostics().hasErrorOccurred()) << "snippet has errors:\n" << Code;
  return AST;
}

/// The definition of the function or method named `Name` (first found).
inline const clang::FunctionDecl *findFunction(clang::ASTContext &Ctx, llvm::StringRef Name) {
  struct Finder : clang::RecursiveASTVisitor<Finder> {
    llvm::StringRef Name;
    const clang::FunctionDecl *Found = nullptr;
    bool shouldVisitTemplateInstantiations() const { return true; }
    bool VisitFunctionDecl(clang::FunctionDecl *FD) {
      if (!Found && FD->isThisDeclarationADefinition() && FD->getNameAsString() == Name)
        Found = FD;
      return true;
    }
  } F;
  F.Name = Name;
  F.TraverseDecl(Ctx.getTranslationUnitDecl());
  EXPECT_NE(F.Found, nullptr) << "no function " << Name.str();
  return F.Found;
}

} // namespace async_tidy::test

#endif // ASYNC_TIDY_TEST_ASTTESTSUPPORT_H
