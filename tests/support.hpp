// Helpers shared by the test files: reading the shared corpus and seeds.
#pragma once
#include <algorithm>
#include <dirent.h>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef GOVNEWS_SHARED_DIR
#define GOVNEWS_SHARED_DIR "../shared"
#endif

namespace govnews_test {

inline std::string shared(const std::string& rel) { return std::string(GOVNEWS_SHARED_DIR) + "/" + rel; }

inline std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

// The .txt files of a directory, sorted.
inline std::vector<std::string> files_in(const std::string& dir) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            const std::string n = e->d_name;
            if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) out.push_back(dir + "/" + n);
        }
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace govnews_test
