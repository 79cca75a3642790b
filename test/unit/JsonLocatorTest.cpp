//===--- JsonLocatorTest.cpp - Positions of values in JSON text -----------===//

#include "JsonLocator.h"

#include <gtest/gtest.h>

using namespace async_tidy;

namespace {

std::pair<unsigned, unsigned> at(const std::string &Text, const JsonPath &Path) {
  TextPosition P = locateJsonValue(Text, Path);
  return {P.Line, P.Column};
}

TEST(JsonLocator, FindsNestedValues) {
  std::string Text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": true}\n}";
  EXPECT_EQ(at(Text, {}), std::make_pair(1u, 1u));
  EXPECT_EQ(at(Text, {std::string("a")}), std::make_pair(2u, 8u));
  EXPECT_EQ(at(Text, {std::string("a"), std::size_t(1)}), std::make_pair(2u, 12u));
  EXPECT_EQ(at(Text, {std::string("a"), std::size_t(1), std::string("b")}),
            std::make_pair(2u, 18u));
  EXPECT_EQ(at(Text, {std::string("c"), std::string("d")}), std::make_pair(3u, 14u));
}

TEST(JsonLocator, SkipsStringsWithBracesQuotesAndEscapes) {
  std::string Text = R"({"x": "a}\"]{", "y": ["[", "{"], "z": 5})";
  EXPECT_EQ(at(Text, {std::string("z")}), std::make_pair(1u, 39u));
}

TEST(JsonLocator, MissingKeyPointsAtTheEnclosingObject) {
  std::string Text = "{\"list\": [\n  {\"kind\": \"wait\"}\n]}";
  EXPECT_EQ(at(Text, {std::string("list"), std::size_t(0), std::string("name")}),
            std::make_pair(2u, 3u));
  EXPECT_EQ(at(Text, {std::string("list"), std::size_t(4)}), std::make_pair(1u, 10u));
}

TEST(JsonLocator, FormatsPaths) {
  EXPECT_EQ(formatJsonPath({std::string("a"), std::size_t(2), std::string("b")}), "a[2].b");
  EXPECT_EQ(formatJsonPath({}), "<document>");
  EXPECT_EQ(positionOfOffset("ab\ncd", 4).Column, 2u);
}

} // namespace
