// Upstream: lewissbaker/cppcoro, commit 391215262bd40d68ac6534810164131f5f9eb148
//   (master HEAD, 2022-08-31; last code change a87e97fe, 2020-07-06; the
//   project has no release tags)
// Mirrors:  include/cppcoro/detail/void_value.hpp
// API shape for tests: declarations match upstream; bodies are not the real implementation.
// NOTE: upstream is written against <experimental/coroutine>
// (std::experimental::coroutine_handle); this shape uses C++20 <coroutine>.
#ifndef CPPCORO_DETAIL_VOID_VALUE_HPP_INCLUDED
#define CPPCORO_DETAIL_VOID_VALUE_HPP_INCLUDED

namespace cppcoro
{
	namespace detail
	{
		struct void_value {};
	}
}

#endif
