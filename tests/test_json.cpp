// JSON: every result type to JSON and back, and fmt's {:j} byte for byte equal to dump().
#include <govnews/document.hpp>
#include <govnews/fmt.hpp>
#include <govnews/json.hpp>
#include <govnews/json_text.hpp>

#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

using govnews::json;

TEST_CASE("seed pages: parse, to JSON, back to objects, to JSON again gives the same text", "[json]") {
    const govnews::pipeline p;
    const auto files = govnews_test::files_in(govnews_test::shared("seeds"));
    REQUIRE(files.size() == 5);
    for (const auto& f : files) {
        INFO(f);
        const std::string page = govnews_test::slurp(f);
        govnews::document_options opt;
        opt.source = f;
        const govnews::document doc = p.parse(page, opt);
        const std::string first = govnews::to_json(doc).dump();

        const json parsed = json::parse(first);
        const auto back = parsed.get<govnews::document>();  // views into `parsed`
        CHECK(back.source == f);
        REQUIRE(back.articles.size() == doc.articles.size());
        CHECK(govnews::to_json(back).dump() == first);

        // and per object, through the plain nlohmann::json as well
        for (const auto& a : doc.articles) {
            for (const auto& o : a.officials) {
                const nlohmann::json j = o;
                const auto o2 = j.get<govnews::official>();
                CHECK(o2.name == o.name);
                CHECK(o2.titles == o.titles);
                CHECK(o2.spans == o.spans);
                CHECK(nlohmann::json(o2) == j);
            }
            for (const auto& t : a.targets) {
                const json j = t;
                const auto t2 = j.get<govnews::target>();
                CHECK(t2.kind == t.kind);
                CHECK(t2.bound == t.bound);
                CHECK(t2.value.has_value() == t.value.has_value());
                if (t.value) CHECK(t2.value->to_string() == t.value->to_string());
                CHECK(t2.deadline == t.deadline);
                CHECK(json(t2).dump() == j.dump());
            }
        }
    }
}

TEST_CASE("from_json reports what it expected and what it got", "[json]") {
    CHECK_THROWS_WITH(json::parse(R"({"text":"x","kind":"amount","indicator":"","value":1,"unit":"","bound":"most","period":null,"deadline":null,"commitment":null,"span":[0,1]})")
                          .get<govnews::target>(),
                      govnews_test::contains("expected a known name, got \"most\""));
    CHECK_THROWS_WITH(json::parse(R"("2022/05/30")").get<govnews::date>(), govnews_test::contains("YYYY[-MM[-DD]]"));
    CHECK_THROWS(json::parse(R"({"name":"x"})").get<govnews::official>());  // missing keys
    const auto d = json::parse(R"("XXXX-05-30")").get<govnews::date>();
    CHECK(d == govnews::date{0, 5, 30});
    const auto v = json::parse("6.25").get<govnews::decimal>();
    CHECK(v.to_string() == "6.25");
    CHECK(json::parse("-0.5").get<govnews::decimal>().to_string() == "-0.5");
    // fuzz finding: 4.94 was written as 4.9399999999999995 and read back as another number
    const json x = govnews::decimal{494, -2};
    CHECK(x.dump() == "4.94");
    CHECK(json(x.get<govnews::decimal>()).dump() == "4.94");
    CHECK(govnews::decimal{123456789, -7}.to_double() == 12.3456789);
}

TEST_CASE("fmt {:j} prints what dump() prints, for every object of the seeds", "[json][fmt]") {
    const govnews::pipeline p;
    std::size_t objects = 0;
    for (const auto& f : govnews_test::files_in(govnews_test::shared("seeds"))) {
        govnews::document_options opt;
        opt.source = f;
        const govnews::document doc = p.parse(govnews_test::slurp(f), opt);
        CHECK(fmt::format("{:j}", doc) == govnews::to_json(doc).dump());
        for (const auto& a : doc.articles) {
            CHECK(fmt::format("{:j}", a) == json(a).dump());
            CHECK(fmt::format("{:j}", a.article) == json(a.article).dump());
            for (const auto& o : a.officials) CHECK(fmt::format("{:j}", o) == json(o).dump());
            for (const auto& m : a.meetings) CHECK(fmt::format("{:j}", m) == json(m).dump());
            for (const auto& t : a.targets) CHECK(fmt::format("{:j}", t) == json(t).dump());
            for (const auto& x : a.projects) CHECK(fmt::format("{:j}", x) == json(x).dump());
            objects += a.officials.size() + a.meetings.size() + a.targets.size() + a.projects.size();
        }
    }
    CHECK(objects > 90);
    // escaping as nlohmann escapes
    govnews::project q;
    q.name = "a\"b\\c\nd\x01";
    CHECK(fmt::format("{:j}", q) == json(q).dump());
    CHECK(fmt::format("{:j}", govnews::decimal{65, -1}) == "6.5");
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:x}"), q), fmt::format_error);
}

TEST_CASE("to_json_text writes what dump() prints, without a tree, over the seeds and the corpus", "[json]") {
    const govnews::pipeline p;
    std::size_t pages = 0;
    for (const char* dir : {"seeds", "corpus/local", "corpus/reports"})
        for (const auto& f : govnews_test::files_in(govnews_test::shared(dir))) {
            INFO(f);
            govnews::document_options opt;
            opt.source = f;
            const govnews::document doc = p.parse(govnews_test::slurp(f), opt);
            CHECK(govnews::to_json_text(doc) == govnews::to_json(doc).dump());
            ++pages;
        }
    CHECK(pages > 90);
    CHECK(govnews::to_json_text(govnews::decimal{-494, -2}) == "-4.94");
    CHECK(govnews::to_json_text(std::vector<govnews::byte_span>{{1, 2}}) == "[[1,2]]");
}
