// Hand-written for the async-tidy corpus (not upstream code): beholder includes
// <CxxUrl/url.hpp>, the installed layout of chmike/CxxUrl. materialize.py puts that
// repository in _deps/chmike+CxxUrl/ (url.hpp at its root), so forward to it.
#pragma once
#include "../../_deps/chmike+CxxUrl/url.hpp"
