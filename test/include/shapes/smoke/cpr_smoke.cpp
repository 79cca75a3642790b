// Smoke test for the cpr API-shape headers (test/include/shapes/cpr).
// Check: clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -Werror
//          -isystem test/include/shapes test/include/shapes/smoke/cpr_smoke.cpp
// (Syntax-only: Session members defined in cpr's session.cpp are declared
// but not defined.)
#include <cpr/cpr.h>

#include <cppcoro/task.hpp>  // a coroutine context that calls blocking cpr APIs

#include <chrono>
#include <string>
#include <type_traits>

using namespace std::chrono_literals;

static_assert(std::is_same_v<cpr::AsyncResponse, cpr::AsyncWrapper<cpr::Response>>);
static_assert(std::is_same_v<decltype(cpr::Get(cpr::Url{"http://x"})), cpr::Response>);
static_assert(std::is_same_v<decltype(cpr::GetAsync(cpr::Url{"http://x"})), cpr::AsyncResponse>);
static_assert(std::is_same_v<decltype(std::declval<cpr::AsyncResponse&>().get()), cpr::Response>);
static_assert(std::is_same_v<decltype(cpr::Response::status_code), long>);
static_assert(std::is_same_v<decltype(cpr::Response::text), std::string>);

cppcoro::task<long> fetch(std::string base) {
  // Blocking HTTP inside a coroutine (what an analyzer should flag).
  cpr::Response r = cpr::Get(cpr::Url{base + "/items"},
                             cpr::Parameters{{"page", "1"}, {"limit", "10"}},
                             cpr::Header{{"Accept", "application/json"}},
                             cpr::Timeout{1000});
  cpr::Response p = cpr::Post(cpr::Url{base + "/items"}, cpr::Body{"{\"a\":1}"},
                              cpr::Header{{"Content-Type", "application/json"}});
  cpr::Response u = cpr::Put(cpr::Url{base}, cpr::Body{std::string("x")});
  cpr::Response d = cpr::Delete(cpr::Url{base});
  cpr::Response pa = cpr::Patch(cpr::Url{base}, cpr::Body{"y"});
  cpr::Response h = cpr::Head(cpr::Url{base});
  cpr::Response o = cpr::Options(cpr::Url{base}, cpr::Timeout{2s});
  cpr::Response none = cpr::Get(cpr::Url{base});

  // Async forms return cpr::AsyncResponse; .get()/.wait() block.
  cpr::AsyncResponse fut = cpr::GetAsync(cpr::Url{base}, cpr::Timeout{std::chrono::milliseconds(50)});
  cpr::AsyncResponse pfut = cpr::PostAsync(cpr::Url{base}, cpr::Body{"z"});
  cpr::AsyncResponse others[] = {cpr::PutAsync(cpr::Url{base}), cpr::DeleteAsync(cpr::Url{base}),
                                 cpr::PatchAsync(cpr::Url{base}), cpr::HeadAsync(cpr::Url{base}),
                                 cpr::OptionsAsync(cpr::Url{base})};
  fut.wait();
  (void)fut.wait_for(10ms);
  cpr::Response fr = fut.get();
  cpr::Response pr = pfut.get();
  for (auto& a : others) (void)a.valid();

  auto cbf = cpr::GetCallback([](const cpr::Response& resp) { return resp.status_code; }, cpr::Url{base});
  long fromCallback = cbf.get();

  cpr::Session session;
  session.SetUrl(cpr::Url{base});
  session.SetParameters(cpr::Parameters{{"q", "1"}});
  session.SetHeader(cpr::Header{{"X", "y"}});
  session.SetTimeout(cpr::Timeout{500});
  session.SetBody(cpr::Body{"b"});
  cpr::Response sr = session.Get();
  cpr::Response spr = session.Post();
  cpr::AsyncResponse sa = session.GetAsync();

  if (r.error || r.error.code != cpr::ErrorCode::OK) co_return -1;
  co_return r.status_code + p.status_code + u.status_code + d.status_code + pa.status_code +
      h.status_code + o.status_code + none.status_code + fr.status_code + pr.status_code +
      fromCallback + sr.status_code + spr.status_code + sa.get().status_code +
      static_cast<long>(r.text.size() + r.url.str().size() + r.header.size()) +
      static_cast<long>(r.elapsed);
}

int main() {
  auto t = fetch("http://localhost");
  (void)t;
}
