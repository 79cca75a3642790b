// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/lang/CustomizationPoint.h (FOLLY_DEFINE_CPO, cpo_t)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <type_traits>

//  FOLLY_DEFINE_CPO
//
//  Helper for portably defining customization-point objects (CPOs).
#define FOLLY_DEFINE_CPO(Type, Name) \
  namespace folly_cpo__ {            \
  inline constexpr Type Name{};      \
  }                                  \
  using namespace folly_cpo__;

namespace folly {

//  cpo_t<CPO>
//
//  Helper type-trait for obtaining the type of customisation point object.
template <const auto& Tag>
using cpo_t = std::decay_t<decltype(Tag)>;

} // namespace folly
