// Real text: the local-news corpus, the People's Daily NER set, the work reports and the seeds.
#include <govnews/document.hpp>
#include <govnews/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <dirent.h>
#include <set>
#include <string>
#include <vector>

#include "catch.hpp"
#include "invariants.hpp"
#include "support.hpp"

using namespace govnews;
using govnews_test::shared;
using govnews_test::slurp;
using govnews_test::files_in;

namespace {

void check_spans(const std::string& input, const document& doc) {
    const std::string why = govnews_test::violation(input, doc);
    CHECK(why == "");
}

}  // namespace

TEST_CASE("every local news page parses, with at least one article when it has text", "[corpus]") {
    const auto files = files_in(shared("corpus/local"));
    REQUIRE(files.size() >= 80);
    const pipeline p;
    for (const auto& f : files) {
        INFO(f);
        const std::string s = slurp(f);
        const document doc = p.parse(s);
        REQUIRE_FALSE(doc.error);
        const bool has_text = std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) > ' '; });
        if (has_text) CHECK_FALSE(doc.articles.empty());
        check_spans(s, doc);
    }
}

TEST_CASE("seed pages: spans hold, and a second run gives the same output", "[corpus]") {
    const pipeline p;
    for (const auto& f : files_in(shared("seeds"))) {
        INFO(f);
        const std::string s = slurp(f);
        const document a = p.parse(s), b = p.parse(s);
        check_spans(s, a);
        CHECK(to_json(a).dump() == to_json(b).dump());
    }
}

namespace {

struct ner_sentence {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> persons;  // byte ranges
};

std::vector<ner_sentence> read_ner(const std::string& path) {
    std::vector<ner_sentence> out;
    const std::string s = slurp(path);
    ner_sentence cur;
    std::size_t pos = 0;
    bool in_per = false;
    auto close = [&] {
        if (!cur.text.empty()) out.push_back(cur);
        cur = {};
        in_per = false;
    };
    while (pos < s.size()) {
        std::size_t e = s.find('\n', pos);
        if (e == std::string::npos) e = s.size();
        const std::string line = s.substr(pos, e - pos);
        pos = e + 1;
        if (line.empty() || line == "\r") { close(); continue; }
        const std::size_t sp = line.find(' ');
        if (sp == std::string::npos) continue;
        const std::string ch = line.substr(0, sp), tag = line.substr(sp + 1, line.find_first_of("\r", sp + 1) - sp - 1);
        const std::size_t at = cur.text.size();
        cur.text += ch;
        if (tag == "B-PER") { cur.persons.push_back({at, cur.text.size()}); in_per = true; }
        else if (tag == "I-PER" && in_per) cur.persons.back().second = cur.text.size();
        else in_per = false;
    }
    close();
    return out;
}

}  // namespace

TEST_CASE("People's Daily NER set: precision of names, recall after post titles", "[corpus][ner]") {
    static constexpr std::string_view titles[] = {"总书记", "书记", "主席", "总理", "副总理", "部长", "省长", "市长", "县长", "区长",
                                                 "主任", "局长", "委员", "秘书长", "大使", "司令员", "政委", "院长", "董事长",
                                                 "总经理", "厂长", "校长", "常委", "州长", "镇长", "乡长", "行长", "检察长", "会长",
                                                 "理事长", "社长", "所长", "处长", "厅长", "司长"};
    const official_parser parser;
    std::size_t extracted = 0, correct = 0, anchored = 0, found = 0;
    for (const char* f : {"corpus/ner/example.dev", "corpus/ner/example.test"}) {
        const auto sents = read_ner(shared(f));
        REQUIRE_FALSE(sents.empty());
        for (const auto& s : sents) {
            const normalized_text nt = normalize(validate(s.text));
            const std::string_view t = nt.text();
            const std::vector<text_range> paras{{0, t.size(), t}};
            const auto offs = parser.parse(t, paras);
            std::set<std::string> gold, names;
            for (const auto& [b, e] : s.persons) gold.insert(s.text.substr(b, e - b));
            for (const auto& o : offs) {
                ++extracted;
                names.insert(std::string(o.name));
                if (gold.count(std::string(o.name))) ++correct;
            }
            for (const auto& [b, e] : s.persons) {
                const std::string_view before = std::string_view(s.text).substr(0, b);
                const bool after_title = std::any_of(std::begin(titles), std::end(titles), [&](std::string_view w) { return detail::ends_at(before, before.size(), w); });
                if (!after_title) continue;
                ++anchored;
                if (names.count(s.text.substr(b, e - b))) ++found;
            }
        }
    }
    const double precision = extracted ? double(correct) / double(extracted) : 0.0;
    const double recall = anchored ? double(found) / double(anchored) : 0.0;
    std::printf("NER: precision %.3f (%zu of %zu names), recall after titles %.3f (%zu of %zu)\n", precision, correct, extracted,
                recall, found, anchored);
    CHECK(anchored >= 260);  // 261 as the issue counts; the last sentence of a file may lack its blank line
    CHECK(precision >= 0.95);
    CHECK(recall >= 0.85);
}

TEST_CASE("work reports: hand-checked targets", "[corpus][target]") {
    struct expected { const char* file; const char* indicator; const char* value; const char* unit; bound b; };
    const expected cases[] = {
        {"01_national-2021_wikisource.txt", "国内生产总值增长", "6", "%", bound::at_least},
        {"01_national-2021_wikisource.txt", "城镇新增就业", "11000000", "人", bound::at_least},
        {"01_national-2021_wikisource.txt", "城镇调查失业率", "5.5", "%", bound::about},
        {"01_national-2021_wikisource.txt", "居民消费价格涨幅", "3", "%", bound::about},
        {"02_national-2022_wikisource.txt", "国内生产总值增长", "5.5", "%", bound::about},
        {"03_national-2023_wikisource.txt", "城镇新增就业", "12000000", "人", bound::about},
        {"06_province-henan-2025.txt", "规上工业增加值增长", "7", "%", bound::about},
        {"06_province-henan-2025.txt", "一般公共预算收入增长", "4", "%", bound::about},
        {"06_province-henan-2025.txt", "城镇新增就业", "1100000", "人", bound::at_least},
        {"06_province-henan-2025.txt", "粮食产量", "130000000000", "斤", bound::at_least},
        {"06_province-henan-2025.txt", "社会消费品零售总额增长", "6", "%", bound::about},
    };
    const target_parser parser;
    for (const auto& c : cases) {
        INFO(c.file << " " << c.indicator);
        const std::string s = slurp(shared(std::string("corpus/reports/excerpts/") + c.file));
        REQUIRE_FALSE(s.empty());
        const normalized_text nt = normalize(validate(s));
        const auto ts = parser.parse(nt.text(), period_options{0});
        const bool hit = std::any_of(ts.begin(), ts.end(), [&](const target& t) {
            return t.kind == target_kind::amount && t.indicator == c.indicator && t.value && t.value->to_string() == c.value &&
                   t.unit == c.unit && t.bound == c.b;
        });
        CHECK(hit);
    }
}
