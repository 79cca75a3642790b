//===--- RaiiRewriter.h - A leaked handle put under std::unique_ptr -------===//
//
// Turns a local handle that leaks on some path into a `std::unique_ptr` that
// releases it at scope exit, while every release the code already makes
// stays where it is (as `.reset()`): paths that released before release at
// the same point, and only the leaking paths gain a release. So built, the
// fix changes nothing but the leak.
//
//   CURL *curl = curl_easy_init();      std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>
//                                           curl(curl_easy_init(), &curl_easy_cleanup);
//   curl_easy_perform(curl);        →   curl_easy_perform(curl.get());
//   curl_easy_cleanup(curl);            curl.reset();
//
//   Client *c = new Client(a);      →   auto c = std::make_unique<Client>(a);
//   delete c;                           c.reset();
//
// Only for the plain shape: the acquisition initialises a local pointer in a
// declaration of its own, and every mention of the variable is a borrowing
// call argument, a test, a member access or a release statement of one
// release function. Anything else (out-parameters, assignments, escapes,
// macros, lambdas, `goto`, declarations a `case` label jumps over, template
// instantiations) gets no fix.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_RAIIREWRITER_H
#define ASYNC_TIDY_REWRITERS_RAIIREWRITER_H

#include "ApiIndex.h"
#include "FixPlan.h"
#include "ResourceFlow.h"

namespace clang {
class ParentMap;
} // namespace clang

namespace async_tidy {

class RaiiRewriter {
public:
  RaiiRewriter(clang::ASTContext &Ctx, const ResourceModel &Model, const NameResolver &Names)
      : Ctx(Ctx), Model(Model), Names(Names) {}

  /// A safe plan for `Leak` in `Function`, or no fix (and nothing to say)
  /// for another shape.
  FixPlan rewrite(const ResourceLeak &Leak, const clang::FunctionDecl &Function) const;
  /// For a result that is discarded (`PQexec(conn, "BEGIN");`): a safe plan
  /// that releases it on the spot, `PQclear(PQexec(conn, "BEGIN"));`. C
  /// and C++ alike; only for a release that takes a null handle (catalog
  /// `release_takes_null`) and a call that makes a new handle.
  FixPlan releaseDiscarded(const ResourceLeak &Leak, const clang::FunctionDecl &Function) const;

private:
  /// The edits at every mention of the handle: releases become `.reset()`,
  /// borrows `.get()`; `ReleaseFunction` receives the release used.
  std::optional<std::vector<clang::FixItHint>>
  mentionEdits(const ResourceLeak &Leak, const std::vector<const clang::DeclRefExpr *> &Mentions,
               const clang::ParentMap &Parents, std::string &ReleaseFunction) const;
  /// `auto c = std::make_unique<Client>(a);` for `Client *c = new Client(a);`.
  std::optional<std::vector<clang::FixItHint>>
  objectDeclaration(const ResourceLeak &Leak, clang::SourceLocation DeclBegin) const;
  /// `std::unique_ptr<CURL, decltype(&release)> h(acquire(), &release);`.
  std::optional<std::vector<clang::FixItHint>> handleDeclaration(const ResourceLeak &Leak,
                                                                 clang::SourceLocation DeclBegin,
                                                                 std::string ReleaseFunction) const;

  clang::ASTContext &Ctx;
  const ResourceModel &Model;
  const NameResolver &Names;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_RAIIREWRITER_H
