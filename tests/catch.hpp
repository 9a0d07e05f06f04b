// Catch2 v2 (Debian) and v3 alike: the tests include this header only.
#pragma once
#include <string>
#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#define GOVNEWS_CATCH3 1
namespace govnews_test {
inline auto contains(const std::string& s) { return Catch::Matchers::ContainsSubstring(s); }
}  // namespace govnews_test
#else
#include <catch2/catch.hpp>
namespace govnews_test {
inline auto contains(const std::string& s) { return Catch::Matchers::Contains(s); }
}  // namespace govnews_test
#endif
