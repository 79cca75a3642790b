// Upstream: lewissbaker/cppcoro, commit 391215262bd40d68ac6534810164131f5f9eb148
//   (master HEAD, 2022-08-31; last code change a87e97fe, 2020-07-06; the
//   project has no release tags)
// Mirrors:  include/cppcoro/async_generator.hpp
//
// There is no 'for co_await' in C++20; iterate as upstream documents:
//   for (auto it = co_await gen.begin(); it != gen.end(); co_await ++it) ...
// begin() and iterator::operator++() return awaitables; end() is an iterator.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
// NOTE: upstream is written against <experimental/coroutine>
// (std::experimental::coroutine_handle); this shape uses C++20 <coroutine>.
#ifndef CPPCORO_ASYNC_GENERATOR_HPP_INCLUDED
#define CPPCORO_ASYNC_GENERATOR_HPP_INCLUDED

#include <coroutine>
#include <cstddef>
#include <exception>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace cppcoro
{
	template<typename T>
	class async_generator;

	namespace detail
	{
		template<typename T>
		class async_generator_iterator;
		class async_generator_yield_operation;
		class async_generator_advance_operation;

		class async_generator_promise_base
		{
		public:
			async_generator_promise_base() noexcept {}

			async_generator_promise_base(const async_generator_promise_base& other) = delete;
			async_generator_promise_base& operator=(const async_generator_promise_base& other) = delete;

			std::suspend_always initial_suspend() const noexcept { return {}; }

			async_generator_yield_operation final_suspend() noexcept;

			void unhandled_exception() noexcept { m_exception = std::current_exception(); }

			void return_void() noexcept {}

			bool finished() const noexcept { return m_currentValue == nullptr; }

			void rethrow_if_unhandled_exception()
			{
				if (m_exception) std::rethrow_exception(std::move(m_exception));
			}

		protected:
			async_generator_yield_operation internal_yield_value() noexcept;

			void* m_currentValue = nullptr;

		private:
			friend class async_generator_yield_operation;
			friend class async_generator_advance_operation;

			std::exception_ptr m_exception;
			std::coroutine_handle<> m_consumerCoroutine;
		};

		class async_generator_yield_operation final
		{
		public:
			async_generator_yield_operation(std::coroutine_handle<> consumer) noexcept
				: m_consumer(consumer)
			{}

			bool await_ready() const noexcept { return false; }

			std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept
			{
				return m_consumer ? m_consumer : std::noop_coroutine();
			}

			void await_resume() noexcept {}

		private:
			std::coroutine_handle<> m_consumer;
		};

		inline async_generator_yield_operation async_generator_promise_base::final_suspend() noexcept
		{
			m_currentValue = nullptr;
			return internal_yield_value();
		}

		inline async_generator_yield_operation async_generator_promise_base::internal_yield_value() noexcept
		{
			return async_generator_yield_operation{ m_consumerCoroutine };
		}

		class async_generator_advance_operation
		{
		protected:
			async_generator_advance_operation(std::nullptr_t) noexcept
				: m_promise(nullptr)
				, m_producerCoroutine(nullptr)
			{}

			async_generator_advance_operation(
				async_generator_promise_base& promise,
				std::coroutine_handle<> producerCoroutine) noexcept
				: m_promise(std::addressof(promise))
				, m_producerCoroutine(producerCoroutine)
			{}

		public:
			bool await_ready() const noexcept { return false; }

			std::coroutine_handle<> await_suspend(std::coroutine_handle<> consumerCoroutine) noexcept
			{
				if (m_promise == nullptr) return consumerCoroutine;
				m_promise->m_consumerCoroutine = consumerCoroutine;
				return m_producerCoroutine;
			}

		protected:
			async_generator_promise_base* m_promise;
			std::coroutine_handle<> m_producerCoroutine;
		};

		template<typename T>
		class async_generator_promise final : public async_generator_promise_base
		{
			using value_type = std::remove_reference_t<T>;

		public:
			async_generator_promise() noexcept = default;

			async_generator<T> get_return_object() noexcept;

			async_generator_yield_operation yield_value(value_type& value) noexcept
			{
				m_currentValue = static_cast<void*>(std::addressof(value));
				return internal_yield_value();
			}

			async_generator_yield_operation yield_value(value_type&& value) noexcept
			{
				return yield_value(value);
			}

			T& value() const noexcept { return *static_cast<T*>(m_currentValue); }
		};

		template<typename T>
		class async_generator_increment_operation final : public async_generator_advance_operation
		{
		public:
			async_generator_increment_operation(async_generator_iterator<T>& iterator) noexcept;

			async_generator_iterator<T>& await_resume();

		private:
			async_generator_iterator<T>& m_iterator;
		};

		template<typename T>
		class async_generator_iterator final
		{
			using promise_type = async_generator_promise<T>;
			using handle_type = std::coroutine_handle<promise_type>;

		public:
			using iterator_category = std::input_iterator_tag;
			using difference_type = std::ptrdiff_t;
			using value_type = std::remove_reference_t<T>;
			using reference = std::add_lvalue_reference_t<T>;
			using pointer = std::add_pointer_t<value_type>;

			async_generator_iterator(std::nullptr_t) noexcept : m_coroutine(nullptr) {}

			async_generator_iterator(handle_type coroutine) noexcept : m_coroutine(coroutine) {}

			async_generator_increment_operation<T> operator++() noexcept
			{
				return async_generator_increment_operation<T>{ *this };
			}

			reference operator*() const noexcept { return m_coroutine.promise().value(); }

			bool operator==(const async_generator_iterator& other) const noexcept
			{
				return m_coroutine == other.m_coroutine;
			}

			bool operator!=(const async_generator_iterator& other) const noexcept
			{
				return !(*this == other);
			}

		private:
			friend class async_generator_increment_operation<T>;

			handle_type m_coroutine;
		};

		template<typename T>
		async_generator_increment_operation<T>::async_generator_increment_operation(
			async_generator_iterator<T>& iterator) noexcept
			: async_generator_advance_operation(iterator.m_coroutine.promise(), iterator.m_coroutine)
			, m_iterator(iterator)
		{}

		template<typename T>
		async_generator_iterator<T>& async_generator_increment_operation<T>::await_resume()
		{
			if (m_promise->finished())
			{
				m_iterator = async_generator_iterator<T>{ nullptr };
				m_promise->rethrow_if_unhandled_exception();
			}
			return m_iterator;
		}

		template<typename T>
		class async_generator_begin_operation final : public async_generator_advance_operation
		{
			using promise_type = async_generator_promise<T>;
			using handle_type = std::coroutine_handle<promise_type>;

		public:
			async_generator_begin_operation(std::nullptr_t) noexcept
				: async_generator_advance_operation(nullptr)
			{}

			async_generator_begin_operation(handle_type producerCoroutine) noexcept
				: async_generator_advance_operation(producerCoroutine.promise(), producerCoroutine)
			{}

			async_generator_iterator<T> await_resume()
			{
				if (m_promise == nullptr) return async_generator_iterator<T>{ nullptr };
				if (m_promise->finished())
				{
					m_promise->rethrow_if_unhandled_exception();
					return async_generator_iterator<T>{ nullptr };
				}
				return async_generator_iterator<T>{ handle_type::from_promise(*static_cast<promise_type*>(m_promise)) };
			}
		};
	}

	template<typename T>
	class [[nodiscard]] async_generator
	{
	public:
		using promise_type = detail::async_generator_promise<T>;
		using iterator = detail::async_generator_iterator<T>;

		async_generator() noexcept : m_coroutine(nullptr) {}

		explicit async_generator(promise_type& promise) noexcept
			: m_coroutine(std::coroutine_handle<promise_type>::from_promise(promise))
		{}

		async_generator(async_generator&& other) noexcept
			: m_coroutine(std::exchange(other.m_coroutine, nullptr))
		{}

		async_generator(const async_generator& other) = delete;
		async_generator& operator=(const async_generator& other) = delete;

		~async_generator()
		{
			if (m_coroutine) m_coroutine.destroy();
		}

		async_generator& operator=(async_generator&& other) noexcept
		{
			async_generator temp(std::move(other));
			swap(temp);
			return *this;
		}

		auto begin() noexcept
		{
			if (!m_coroutine) return detail::async_generator_begin_operation<T>{ nullptr };
			return detail::async_generator_begin_operation<T>{ m_coroutine };
		}

		auto end() noexcept { return iterator{ nullptr }; }

		void swap(async_generator& other) noexcept
		{
			using std::swap;
			swap(m_coroutine, other.m_coroutine);
		}

	private:
		std::coroutine_handle<promise_type> m_coroutine;
	};

	template<typename T>
	void swap(async_generator<T>& a, async_generator<T>& b) noexcept
	{
		a.swap(b);
	}

	namespace detail
	{
		template<typename T>
		async_generator<T> async_generator_promise<T>::get_return_object() noexcept
		{
			return async_generator<T>{ *this };
		}
	}
}

#endif
