// One pipeline shared by eight threads gives what one thread gives: parsers hold no mutable state.
// Each thread keeps its own workspace across the pages it parses, as govnews-extract does: what a
// page leaves in the buffers must not change the next page's result.
#include <govnews/document.hpp>
#include <govnews/json.hpp>

#include <atomic>
#include <dirent.h>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

TEST_CASE("parsing the corpus on 8 threads with shared parsers and a workspace each matches one thread", "[threads]") {
    std::vector<std::string> pages;
    const std::string dir = govnews_test::shared("corpus/local");
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d))
            if (std::string(e->d_name).size() > 4) pages.push_back(govnews_test::slurp(dir + "/" + e->d_name));
        closedir(d);
    }
    REQUIRE(pages.size() >= 80);
    const govnews::pipeline shared_pipeline;
    std::vector<std::string> expected;
    for (const auto& p : pages) expected.push_back(govnews::to_json(shared_pipeline.parse(p)).dump());
    std::vector<std::string> got(pages.size());
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < 8; ++t)
        workers.emplace_back([&] {
            govnews::pipeline::workspace ws;
            for (std::size_t i = next++; i < pages.size(); i = next++) got[i] = govnews::to_json(shared_pipeline.parse(pages[i], {}, ws)).dump();
        });
    for (auto& w : workers) w.join();
    for (std::size_t i = 0; i < pages.size(); ++i) CHECK(got[i] == expected[i]);
}
