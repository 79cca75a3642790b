// libc++ 19's std::variant operator< is not constrained, so glaze's
// write_json of tllf::ChatEntry::Content (a variant holding ImageByUrl)
// instantiates ImageByUrl < ImageByUrl, which libstdc++ 14 (the project's
// compiler) never asks for. A declaration (found by ADL) is enough to parse.
#pragma once
namespace tllf {
struct ImageByUrl;
bool operator<(const ImageByUrl &, const ImageByUrl &);
}  // namespace tllf
