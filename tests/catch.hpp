// Catch2 v2 (Debian) and v3 alike: the tests include this header only.
#pragma once
#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#define GOVNEWS_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif
