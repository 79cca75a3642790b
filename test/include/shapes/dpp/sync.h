// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.0.35 (commit ab0142be0199666bfdabc70b3b426ab7af5003db)
// Mirrors:  include/dpp/sync.h, which does NOT exist in v10.1.x (removed by commit 549abc80,
//           "refactor: remove dpp::sync", first released in v10.1.0).
// dpp::sync<T>(cluster*, F, args...) BLOCKS: it calls the callback-based REST method and then
// `return _f.get();` on a std::future ("Blocking calling thread until rest request is completed.").
// Only available when DPP_SHAPE_V10_0_SYNC is defined, to keep the v10.1.5 shape honest.
#pragma once

#ifdef DPP_SHAPE_V10_0_SYNC

#include <dpp/cluster.h>

#include <future>
#include <stdexcept>
#include <utility>
#include <variant>

namespace dpp {

template<typename T, class F, class... Ts> T sync(class cluster* c, F func, Ts&&... args) {
	std::promise<T> _p;
	std::future<T> _f = _p.get_future();
	(c ->* func)(std::forward<Ts>(args)..., [&_p](const auto& cc) {
		if (cc.is_error()) {
			_p.set_exception(std::make_exception_ptr(std::runtime_error(cc.get_error().message)));
		} else {
			_p.set_value(std::get<T>(cc.value));
		}
	});
	return _f.get();
}

} // namespace dpp

#endif // DPP_SHAPE_V10_0_SYNC
