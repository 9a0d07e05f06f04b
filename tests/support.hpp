// Helpers shared by the test files: reading the shared corpus and seeds.
#pragma once
#include <fstream>
#include <iterator>
#include <string>

#ifndef GOVNEWS_SHARED_DIR
#define GOVNEWS_SHARED_DIR "../shared"
#endif

namespace govnews_test {

inline std::string shared(const std::string& rel) { return std::string(GOVNEWS_SHARED_DIR) + "/" + rel; }

inline std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

}  // namespace govnews_test
