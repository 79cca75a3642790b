// Upstream: lewissbaker/cppcoro, commit 391215262bd40d68ac6534810164131f5f9eb148
//   (master HEAD, 2022-08-31; last code change a87e97fe, 2020-07-06; the
//   project has no release tags)
// Mirrors:  include/cppcoro/detail/unwrap_reference.hpp
// API shape for tests: declarations match upstream; bodies are not the real implementation.
// NOTE: upstream is written against <experimental/coroutine>
// (std::experimental::coroutine_handle); this shape uses C++20 <coroutine>.
#ifndef CPPCORO_DETAIL_UNWRAP_REFERENCE_HPP_INCLUDED
#define CPPCORO_DETAIL_UNWRAP_REFERENCE_HPP_INCLUDED

#include <functional>

namespace cppcoro
{
	namespace detail
	{
		template<typename T>
		struct unwrap_reference { using type = T; };

		template<typename T>
		struct unwrap_reference<std::reference_wrapper<T>> { using type = T; };

		template<typename T>
		using unwrap_reference_t = typename unwrap_reference<T>::type;
	}
}

#endif
