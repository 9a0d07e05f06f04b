// Text layer: validation, normalization with its offset map, sentences and clauses, lexicons.
#include <govnews/detail/bytes.hpp>
#include <govnews/lexicon.hpp>
#include <govnews/lexicon_index.hpp>
#include <govnews/lexicon_set.hpp>
#include <govnews/lexicons/posts.hpp>
#include <govnews/lexicons/targets.hpp>
#include <govnews/normalize.hpp>
#include <govnews/number.hpp>
#include <govnews/segment.hpp>
#include <govnews/source.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

using namespace govnews;
using namespace std::string_literals;

TEST_CASE("valid UTF-8 passes and a BOM is skipped", "[source]") {
    const std::string s = "\xEF\xBB\xBF本报讯";
    const source src = validate(s);
    REQUIRE(src.ok() == true);
    CHECK(src.bom == 3);
    CHECK(src.text() == "本报讯");
    CHECK(validate("").ok());
}

TEST_CASE("bad input is reported with its kind and byte offset", "[source]") {
    SECTION("one invalid byte in the middle") {
        const std::string s = "管城\xFF区";
        const source src = validate(s);
        REQUIRE(src.error);
        CHECK(src.error->code == source_errc::invalid_utf8);
        CHECK(src.error->offset == 6);
        CHECK(src.error->message() == "invalid UTF-8 at byte 6");
    }
    SECTION("overlong encoding and a lone surrogate") {
        CHECK(validate("a\xC0\xAF").error->offset == 1);
        CHECK(validate("ab\xED\xA0\x80").error->code == source_errc::invalid_utf8);
        CHECK(validate("ab\xED\xA0\x80").error->offset == 2);
    }
    SECTION("a sequence cut at the end") {
        const source src = validate("区长\xE5\xBC");
        REQUIRE(src.error);
        CHECK(src.error->code == source_errc::truncated_utf8);
        CHECK(src.error->offset == 6);
    }
    SECTION("GBK text") {
        // 管城区召开会议 in GBK
        const std::string gbk = "\xB9\xDC\xB3\xC7\xC7\xF8\xD5\xD9\xBF\xAA\xBB\xE1\xD2\xE9";
        const source src = validate(gbk);
        REQUIRE(src.error);
        CHECK(src.error->code == source_errc::gbk);
        CHECK(src.error->offset == 0);
    }
    SECTION("UTF-16 with and without BOM") {
        const std::string le_bom = "\xFF\xFE\x21\x4E\x00\x4E"s;
        CHECK(validate(le_bom).error->code == source_errc::utf16);
        std::string le;
        for (char c : std::string("hello world, this is text")) { le.push_back(c); le.push_back('\0'); }
        CHECK(validate(le).error->code == source_errc::utf16);
    }
    SECTION("NUL bytes and binary data") {
        const std::string nul = "本报讯\0记者"s;
        const source src = validate(nul);
        REQUIRE(src.error);
        CHECK(src.error->code == source_errc::nul_bytes);
        CHECK(src.error->offset == 9);
        std::string bin;
        for (int i = 0; i < 256; ++i) bin.push_back(static_cast<char>(i % 32));
        CHECK(validate(bin).error->code == source_errc::binary);
    }
    SECTION("lenient mode keeps going past bad bytes") {
        const std::string s = "管城\xFF区长";
        const source src = validate(s);
        CHECK_FALSE(usable(src, validation::strict));
        CHECK(usable(src, validation::lenient));
        const normalized_text nt = normalize(src);
        CHECK(nt.text() == "管城\xEF\xBF\xBD区长");
        CHECK(nt.original_span(9, 15) == byte_span{7, 13});
        CHECK_FALSE(usable(validate("\xFF\xFE\x21\x4E"s), validation::lenient));
    }
}

TEST_CASE("normalization folds full-width forms and keeps a map to the original", "[normalize]") {
    const std::string s = "投资５９９．６亿元，同比增长１２％。";
    const normalized_text nt = normalize(validate(s));
    CHECK(nt.text() == "投资599.6亿元,同比增长12%。");
    // "599.6" in the normalized text maps back to "５９９．６" (5 characters × 3 bytes)
    const auto b = nt.text().find("599.6");
    CHECK(nt.original_span(b, b + 5) == byte_span{6, 21});
    // a copied run maps byte for byte
    const auto y = nt.text().find("亿元");
    CHECK(nt.original_span(y, y + 6) == byte_span{21, 27});
    // the ideographic space becomes a space
    CHECK(normalize(validate("记者\xE3\x80\x80张三")).text() == "记者 张三");
}

TEST_CASE("hard line wraps inside a paragraph are joined (a page set 16 characters wide)", "[normalize]") {
    // the shape of a column page: every line about the same width, words cut anywhere
    const std::string s =
        " 本报讯 1月28日上午，省市“三个一\n"
        "批”项目建设活动举行后，全区高度重\n"
        "视、迅速行动，当天下午立即召开专题会\n"
        "议，研究全区重点项目建设和招商引资工\n"
        "作。1月30日上午，区委书记王某某赴重\n"
        "点项目建设一线实地督导，强调要全面贯\n"
        "彻落实市委、市政府“重抓项目、强化招\n"
        "商、狠抓平台、狠抓保障”工作要求，以\n"
        "“开局即决战、起步即冲刺”的竞进姿态\n"
        "纲举目张抓工作，开足马力拼经济，全\n"
        "力以赴推动各项工作落实，确保开门红。\n"
        "记者 李某 通讯员 赵某 文/图\n";
    const normalized_text nt = normalize(validate(s));
    CHECK(nt.wrap_width() > 0);
    const std::string_view t = nt.text();
    CHECK(t.find("“三个一批”项目") != std::string_view::npos);
    CHECK(t.find("召开专题会议,") != std::string_view::npos);
    CHECK(t.find("确保开门红。\n记者 李某") != std::string_view::npos);
    // the joined word maps back across the line break: "一批" spans the newline in the original
    const auto p = t.find("一批");
    const auto span = nt.original_span(p, p + 6);
    CHECK(s.substr(span.begin, span.end - span.begin) == "一\n批");
}

TEST_CASE("a paragraph cut by a page break is joined; finished paragraphs and titles are not", "[normalize]") {
    const std::string s =
        "# 奋力冲刺\n\n"
        "要持之以恒优环境。围绕“减、免、缓、退”4个到位,成立领导小组和工作专班,降低市场主体获益成\n\n\n\n"
        "本。要抓好“万人助万企”工作。\n\n"
        "区领导调研督导防汛工作\n\n"
        "本报讯 5月31日上午,区长调研。\n";
    const normalized_text nt = normalize(validate(s));
    const std::string_view t = nt.text();
    CHECK(t.find("获益成本。要抓好") != std::string_view::npos);
    CHECK(t.find("# 奋力冲刺\n") == 0);
    CHECK(t.find("工作。\n\n区领导调研督导防汛工作\n\n本报讯") != std::string_view::npos);
    const auto p = t.find("成本");
    const auto span = nt.original_span(p, p + 6);
    CHECK(s.substr(span.begin, 3) == "成");
    CHECK(s.substr(span.end - 3, 3) == "本");
    CHECK(span.end - span.begin == 3 + 4 + 3);  // 成, four newlines, 本
}

TEST_CASE("the offset map is monotone and every span lands inside the input", "[normalize]") {
    const std::string s = govnews_test::slurp(govnews_test::shared("seeds/003_6f00693fcc861c81.txt"));
    REQUIRE_FALSE(s.empty());
    const normalized_text nt = normalize(validate(s));
    std::size_t last = 0;
    for (std::size_t i = 0; i <= nt.text().size(); ++i) {
        const std::size_t o = nt.map().begin_of(i);
        REQUIRE(o >= last);
        REQUIRE(o <= s.size());
        last = o;
    }
    CHECK(nt.map().pieces() < nt.text().size() / 4);  // pieces per fold or join, not per character
}

// Every byte of normalized text maps to the byte it was copied from, or to the full-width form
// or ideographic space it was folded from (line ends and spaces aside, which joins make).
TEST_CASE("the offset map points every byte at its origin", "[normalize]") {
    std::size_t folds = 0, copies = 0;
    for (const auto& f : govnews_test::files_in(govnews_test::shared("seeds"))) {
        const std::string s = govnews_test::slurp(f);
        const normalized_text nt = normalize(validate(s));
        const std::string_view t = nt.text();
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] == '\n' || t[i] == ' ') continue;
            const std::size_t o = nt.map().begin_of(i);
            REQUIRE(o < s.size());
            if (s[o] == t[i]) { ++copies; continue; }
            const auto u = [&](std::size_t k) { return static_cast<unsigned char>(s[o + k]); };
            REQUIRE(o + 3 <= s.size());
            const unsigned folded = u(1) == 0xBC ? u(2) - 0x60u : u(2) - 0x20u;
            CHECK(u(0) == 0xEF);
            CHECK(folded == static_cast<unsigned char>(t[i]));
            ++folds;
        }
    }
    CHECK(folds > 100);  // the seeds' full-width punctuation
    CHECK(copies > 30000);
}

TEST_CASE("sentences end at 。！？ but not inside quotes; clauses split at commas", "[segment]") {
    const std::string t = "他说:“要抓项目。要稳投资。”会议强调,要加快进度!好吗?";
    std::vector<std::string_view> ss;
    for (const auto& s : sentences(t)) ss.push_back(s.text);
    REQUIRE(ss.size() == 3);
    CHECK(ss[0] == "他说:“要抓项目。要稳投资。”");
    CHECK(ss[1] == "会议强调,要加快进度!");
    CHECK(ss[2] == "好吗?");
    std::vector<std::string_view> cs;
    for (const auto& c : clauses("确保全年签约项目不少于30个,签约资金300亿元以上;《关于A,B的通知》发布。")) cs.push_back(c.text);
    REQUIRE(cs.size() == 3);
    CHECK(cs[0] == "确保全年签约项目不少于30个,");
    CHECK(cs[1] == "签约资金300亿元以上;");
    CHECK(cs[2] == "《关于A,B的通知》发布。");
    std::vector<std::string_view> ps;
    for (const auto& c : phrases("“要抓项目,稳投资”")) ps.push_back(c.text);
    CHECK(ps.size() == 2);
    // a quote that never closes holds cuts back for a while, not for the rest of the text
    std::string stray = "他说:“";
    for (int i = 0; i < 2000; ++i) stray += "要抓项目。";
    std::size_t n = 0, longest = 0;
    for (const auto& s : sentences(stray)) { ++n; longest = std::max(longest, s.text.size()); }
    CHECK(n > 1500);
    CHECK(longest < 3100);
}

// The splitter jumps to the next byte that can start one of its marks; a model that reads every
// character must cut at the same places, for each kind of unit, in raw and normalized text.
namespace {
template <class Cut>
std::vector<std::pair<std::size_t, std::size_t>> split_by_characters(std::string_view t, Cut cut, bool quotes) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t pos = 0;
    for (;;) {
        while (pos < t.size() && (t[pos] == '\n' || t[pos] == ' ' || t[pos] == '\t')) ++pos;
        if (pos >= t.size()) return out;
        const std::size_t b = pos;
        std::size_t p = pos, quote_at = 0;
        int depth = 0;
        char32_t prev = 0;
        while (p < t.size() && t[p] != '\n') {
            const auto d = detail::decode(t, p);
            p += d.len;
            const char32_t before = prev;
            prev = d.cp;
            if (quotes && detail::opens_quote(d.cp)) {
                if (depth++ == 0) quote_at = p;
                continue;
            }
            if (depth > 0 && p - quote_at > 3000) depth = 0;
            if (quotes && detail::closes_quote(d.cp)) {
                if (depth > 0) --depth;
                if (depth == 0 && cut(before)) break;
                continue;
            }
            if (depth == 0 && cut(d.cp)) {
                while (p < t.size()) {
                    const auto q = detail::decode(t, p);
                    if (!detail::closes_quote(q.cp) && !cut(q.cp)) break;
                    p += q.len;
                }
                break;
            }
        }
        out.emplace_back(b, p);
        pos = p;
    }
}
template <class Units>
std::vector<std::pair<std::size_t, std::size_t>> spans_of(const Units& units) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const auto& u : units) out.emplace_back(u.begin, u.end);
    return out;
}
}  // namespace

TEST_CASE("the splitters cut where reading every character cuts", "[segment]") {
    std::vector<std::string> texts = {"他说:“要抓项目。要稳投资。”会议强调,要加快进度!好吗?", "《关于A,B的通知》发布。”", "“", "a\n\nb"};
    for (const char* dir : {"corpus/local", "corpus/reports"})
        for (const auto& f : govnews_test::files_in(govnews_test::shared(dir))) {
            texts.push_back(govnews_test::slurp(f));
            texts.emplace_back(normalize(validate(texts.back())).text());
        }
    std::size_t units = 0;
    for (const std::string& t : texts) {
        const auto s = split_by_characters(t, detail::sentence_cut{}, true);
        CHECK(spans_of(sentences(t)) == s);
        CHECK(spans_of(clauses(t)) == split_by_characters(t, detail::clause_cut{}, true));
        CHECK(spans_of(phrases(t)) == split_by_characters(t, detail::clause_cut{}, false));
        CHECK(spans_of(lines(t)) == split_by_characters(t, detail::line_cut{}, true));
        units += s.size();
    }
    CHECK(units > 10000);
}

TEST_CASE("lexicon: longest match, all prefixes, run-time extension, cheap copies", "[lexicon]") {
    lexicon lex{{"书记", 1}, {"区委书记", 2}, {"区长", 3}};
    CHECK(lex.longest("区委书记张三", 0).length == 12);
    CHECK(lex.longest("区委书记张三", 0).value == 2u);
    CHECK_FALSE(lex.longest("区委书记张三", 3));
    CHECK(lex.longest("区委书记张三", 6).value == 1u);
    std::vector<std::size_t> lens;
    lex.for_each_prefix("区委书记", 0, [&](std::size_t n, std::uint32_t) { lens.push_back(n); });
    CHECK(lens == std::vector<std::size_t>{12});
    lexicon copy = lex;
    copy.insert("副区长", 4);
    CHECK(copy.contains("副区长"));
    CHECK_FALSE(lex.contains("副区长"));  // the original is untouched
    CHECK(copy.size() == 4);
    copy.erase("区长");
    CHECK_FALSE(copy.contains("区长"));
    std::vector<std::pair<std::size_t, std::size_t>> hits;
    lex.scan("区委书记、区长张三", [&](std::size_t p, std::size_t n, std::uint32_t) { hits.emplace_back(p, n); });
    CHECK(hits == std::vector<std::pair<std::size_t, std::size_t>>{{0, 12}, {15, 6}});
    CHECK(lex.longest_ending_at("东湖区委书记", 18).length == 12);  // 区委书记 ends there
    CHECK(lex.longest_ending_at("东湖区委书记", 18, 2).length == 6); // only two characters back: 书记
    CHECK_FALSE(lex.longest_ending_at("书记处", 9));
    {
        // the lengths a word ending with a character can have: eight characters and more share one
        lexicon longer;
        longer.insert("十届人大常委会", 1);          // seven characters
        longer.insert("第十届人大常委会", 2);        // eight
        longer.insert("区第十届人大常委会", 3);      // nine
        longer.insert("东湖区第十届人大常委会", 4);  // eleven
        const std::string_view t = "东湖区第十届人大常委会";
        CHECK(longer.longest_ending_at(t, t.size(), 7).value == 1u);
        CHECK(longer.longest_ending_at(t, t.size(), 8).value == 2u);
        CHECK(longer.longest_ending_at(t, t.size(), 10).value == 3u);
        CHECK(longer.longest_ending_at(t, t.size(), 11).value == 4u);
        CHECK_FALSE(longer.longest_ending_at(t, t.size(), 6));
        CHECK_FALSE(longer.longest_ending_at(t, t.size() - 3, 11));  // 常委: no word ends there
    }
    CHECK(lex.find("区长") != nullptr);
    CHECK(*lex.find("区长") == 3u);
    CHECK(lex.find("区") == nullptr);
}

// The scanning loop filters positions by their bytes (one or two characters hashed), and words
// that open with a three-byte character are found by hash, not by the trie: all of it must agree
// with a naive search for every word at every position, over real text and mixed scripts.
namespace {

using hit = std::tuple<std::size_t, std::size_t, std::uint32_t>;

// Every occurrence of every word, by start then length: a lookup of each length at each character.
// Words match whole characters: a word cut inside a character (a lone lead byte) matches only
// where the text is cut too.
std::vector<hit> naive_all(const lexicon& lex, std::string_view v) {
    std::set<std::size_t> lengths;
    std::map<std::string, std::uint32_t, std::less<>> words;
    for (const auto& [w, x] : lex.words()) { lengths.insert(w.size()); words.emplace(w, x); }
    std::vector<hit> out;
    for (std::size_t p = 0; p < v.size(); p += detail::seq_len(static_cast<unsigned char>(v[p])))
        for (std::size_t n : lengths) {
            if (n > v.size() - p) break;
            const auto it = words.find(v.substr(p, n));
            const bool whole = p + n == v.size() || (static_cast<unsigned char>(v[p + n]) & 0xC0) != 0x80;
            if (it != words.end() && whole) out.emplace_back(p, n, it->second);
        }
    return out;
}

// The corpus and text that exercise every path of the scanning loop.
std::vector<std::string> scan_texts() {
    std::vector<std::string> texts = {"", "要", "中", "中A中国人民5G·A\xF0\x9F\x98\x80要将", "中国人民政府将在5G·A领域", "\xE4\xB8", "中\xE4\xB8",
                                      "区委书记、区长张三,副区长李四", "A5G中国人民", "人民人民币中国中国人"};
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/local"))) texts.emplace_back(normalize(validate(govnews_test::slurp(f))).text());
    return texts;
}

}  // namespace

TEST_CASE("lexicon scans agree with a naive search at every position", "[lexicon]") {
    lexicon posts;
    posts.insert_all(lexicons::posts, 1);
    // one-character words, a cut lead byte, words that go on with ASCII, four-byte characters
    lexicon mixed{{"要", 1}, {"将", 2}, {"5G", 3}, {"A", 4}, {"·", 5}, {"中A", 6}, {"中国", 7}, {"中国人民", 8}, {"\xF0\x9F\x98\x80", 9}};
    lexicon cut{{"\xE4\xB8", 1}, {"人民", 2}, {"人民币", 3}, {"中国人", 4}};
    lexicon plan, states;
    plan.insert_all(lexicons::plan_markers, 1);
    states.insert_all(lexicons::end_states, 1);
    const std::vector<std::string> texts = scan_texts();
    // A lexicon large enough for the largest filter tables (they grow with the words): pieces of
    // two and three characters of the corpus itself, so many of them match.
    lexicon large = [&] {
        std::vector<std::pair<std::string, std::uint32_t>> words;
        for (const std::string& t : texts)
            for (std::size_t p = 0, i = 0; p < t.size() && words.size() < 4000; p += detail::seq_len(static_cast<unsigned char>(t[p])), ++i)
                if (i % 5 == 0)
                    for (std::size_t n : {6, 9})
                        if (p + n <= t.size() && detail::count_chars(std::string_view(t).substr(p, n)) == n / 3)
                            words.emplace_back(t.substr(p, n), static_cast<std::uint32_t>(words.size() % 7 + 1));
        return lexicon::from(words);
    }();
    REQUIRE(large.size() > 2048);
    std::size_t checked = 0;
    for (const lexicon* lex : {&posts, &mixed, &cut, &plan, &states, &large}) {
        for (const std::string& t : texts) {
            const std::string_view v = t;
            const std::vector<hit> want_all = naive_all(*lex, v);
            std::vector<hit> scan, want_scan, starts, want_starts, all, prefixes, longest;
            lex->scan(v, [&](std::size_t p, std::size_t n, std::uint32_t x) { scan.emplace_back(p, n, x); });
            lex->scan_starts(v, [&](std::size_t p, std::size_t n, std::uint32_t x) { starts.emplace_back(p, n, x); });
            lex->scan_all(v, [&](std::size_t p, std::size_t n, std::uint32_t x) { all.emplace_back(p, n, x); });
            for (std::size_t i = 0, resume = 0; i < want_all.size(); ++i) {
                const auto [p, n, x] = want_all[i];
                if (i + 1 < want_all.size() && std::get<0>(want_all[i + 1]) == p) continue;  // the longest at p is the last
                want_starts.emplace_back(p, n, x);
                if (p >= resume) { want_scan.emplace_back(p, n, x); resume = p + n; }
            }
            for (std::size_t p = 0; p < v.size(); p += detail::seq_len(static_cast<unsigned char>(v[p]))) {
                if (const auto m = lex->longest(v, p)) longest.emplace_back(p, m.length, m.value);
                lex->for_each_prefix(v, p, [&](std::size_t n, std::uint32_t x) { prefixes.emplace_back(p, n, x); });
            }
            // a search backwards from every character end: the longest word ending there
            std::map<std::size_t, hit> longest_to;  // by end: the longest word of at most four characters
            for (const hit& h : want_all) {
                const auto [p, n, x] = h;
                if (detail::count_chars(v.substr(p, n)) > 4) continue;
                const auto it = longest_to.find(p + n);
                if (it == longest_to.end() || std::get<1>(it->second) < n) longest_to[p + n] = h;
            }
            std::vector<hit> ending, want_ending;
            for (std::size_t e = 0; e <= v.size(); e += e < v.size() ? detail::seq_len(static_cast<unsigned char>(v[e])) : 1) {
                if (const auto m = lex->longest_ending_at(v, e, 4)) ending.emplace_back(e - m.length, m.length, m.value);
                if (const auto it = longest_to.find(e); it != longest_to.end()) want_ending.push_back(it->second);
            }
            CHECK(ending == want_ending);
            CHECK(all == want_all);
            CHECK(prefixes == want_all);
            CHECK(scan == want_scan);
            CHECK(starts == want_starts);
            CHECK(longest == want_starts);
            const auto first = lex->first(v);
            CHECK(static_cast<bool>(first) == !want_scan.empty());
            if (first) CHECK(first.pos == std::get<0>(want_scan.front()));
            checked += want_all.size();
        }
    }
    CHECK(checked > 1000);  // the corpus was read
    for (const lexicon* lex : {&posts, &mixed, &cut})
        for (const auto& [w, x] : lex->words()) {
            REQUIRE(lex->find(w) != nullptr);
            CHECK(*lex->find(w) == x);
            CHECK(lex->contains(w));
        }
    CHECK(cut.find("\xE4") == nullptr);
    CHECK(mixed.find("中国人") == nullptr);

    // Several lexicons in one pass: each member's own leftmost-longest scan, and which occur.
    const lexicon_set set{&plan, &states, &mixed};
    const lexicon* members[] = {&plan, &states, &mixed};
    for (const std::string& t : texts) {
        std::vector<std::vector<std::pair<std::size_t, std::size_t>>> got(3), want(3);
        set.scan(t, [&](std::size_t m, std::size_t p, std::size_t n) { got[m].emplace_back(p, n); });
        std::uint32_t present = 0;
        for (std::size_t m = 0; m < 3; ++m) {
            members[m]->scan(t, [&](std::size_t p, std::size_t n, std::uint32_t) { want[m].emplace_back(p, n); });
            if (!want[m].empty()) present |= 1u << m;
        }
        CHECK(got == want);
        CHECK(set.present(t) == present);
    }
}

// An index of a story answers for any piece of it what the lexicons' own scans answer; text it
// does not cover and lexicons it does not hold are scanned directly.
TEST_CASE("a lexicon index reads every member as its own scan does", "[lexicon]") {
    lexicon posts, plan, states;
    posts.insert_all(lexicons::posts, 1);
    plan.insert_all(lexicons::plan_markers, 1);
    states.insert_all(lexicons::end_states, 1);
    lexicon mixed{{"要", 1}, {"将", 2}, {"5G", 3}, {"中A", 6}, {"中国", 7}, {"中国人民", 8}};
    basic_lexicon<std::string_view> heads{{"项目", "项目"}, {"产业园", "园"}, {"中心", "中心"}, {"工程", "工程"}};
    const lexicon_set goals{&plan, &states, &mixed};
    const lexicon_set people{&posts, &mixed};  // mixed again: one member of the union
    const lexicon_set place{&heads};
    const lexicon_set all = lexicon_set::union_of({&goals, &people, &place});
    CHECK(all.size() == 5);
    CHECK(all.bit_of(mixed) == 2);
    CHECK(all.bit_of(posts) == 3);
    CHECK(all.bit_of(heads) == 4);

    lexicon_index idx;
    std::size_t pieces = 0, hits = 0;
    // told no units, the sentences, the clauses, or units out of order (then no table is kept):
    // the answers are the same
    for (const int units : {0, 1, 2, 3})
    for (const std::string& t : scan_texts()) {
        std::vector<text_piece> told;
        if (units == 1 || units == 3) for (const auto& s : sentences(t)) told.push_back(s);
        if (units == 2) for (const auto& c : clauses(t)) told.push_back(c);
        if (units == 3) std::reverse(told.begin(), told.end());
        if (units) idx.assign(all, t, told);
        else idx.assign(all, t);
        hits += idx.hits().size();
        const lexicon_reader<std::uint32_t> rposts(posts, idx), rmixed(mixed, idx);
        const lexicon_reader<std::string_view> rheads(heads, idx);
        const lexicon_set_reader rgoals(goals, idx);
        // sentences, clauses, and windows that cut words at both ends
        std::vector<std::string_view> views{t};
        for (const auto& s : sentences(t)) views.push_back(s.text);
        for (const auto& c : clauses(t)) views.push_back(c.text);
        const std::string_view v = t;
        for (std::size_t b = 0, k = 0; b < v.size(); b += detail::seq_len(static_cast<unsigned char>(v[b])), ++k) {
            if (k % 97) continue;
            std::size_t e = b;
            for (int c = 0; c < 7 && e < v.size(); ++c) e += detail::seq_len(static_cast<unsigned char>(v[e]));
            views.push_back(v.substr(b, e - b));
        }
        for (std::string_view s : views) {
            REQUIRE(idx.covers(s));
            ++pieces;
            for (const auto* r : {&rposts, &rmixed}) {
                const lexicon& lex = r == &rposts ? posts : mixed;
                std::vector<hit> got, want;
                r->scan(s, [&](std::size_t p, std::size_t n, std::uint32_t x) { got.emplace_back(p, n, x); });
                lex.scan(s, [&](std::size_t p, std::size_t n, std::uint32_t x) { want.emplace_back(p, n, x); });
                CHECK(got == want);
                got.clear();
                want.clear();
                r->scan_starts(s, [&](std::size_t p, std::size_t n, std::uint32_t x) { got.emplace_back(p, n, x); });
                lex.scan_starts(s, [&](std::size_t p, std::size_t n, std::uint32_t x) { want.emplace_back(p, n, x); });
                CHECK(got == want);
                const auto a = r->first(s), b = lex.first(s);
                CHECK((static_cast<bool>(a) == static_cast<bool>(b) && a.pos == b.pos && a.m.length == b.m.length));
            }
            std::vector<std::tuple<std::size_t, std::size_t, std::string_view>> got_h, want_h;
            rheads.scan_starts(s, [&](std::size_t p, std::size_t n, std::string_view k) { got_h.emplace_back(p, n, k); });
            heads.scan_starts(s, [&](std::size_t p, std::size_t n, std::string_view k) { want_h.emplace_back(p, n, k); });
            CHECK(got_h == want_h);
            CHECK(rgoals.present(s) == goals.present(s));
            CHECK(rgoals.any(s) == goals.any(s));
            std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> got_g, want_g;
            rgoals.scan(s, [&](std::size_t m, std::size_t p, std::size_t n) { got_g.emplace_back(p, m, n); });
            goals.scan(s, [&](std::size_t m, std::size_t p, std::size_t n) { want_g.emplace_back(p, m, n); });
            std::sort(got_g.begin(), got_g.end());
            std::sort(want_g.begin(), want_g.end());
            CHECK(got_g == want_g);
        }
    }
    CHECK(pieces > 1000);
    CHECK(hits > 1000);

    // A copy is not covered, an edited lexicon is not held: both read by their own scans.
    const std::string text = "区委书记、区长张三要求确保完成项目";
    idx.assign(all, text);
    const std::string copy = text;
    CHECK_FALSE(idx.covers(copy));
    CHECK(idx.covers(std::string_view(text).substr(3, 6)));
    lexicon edited = posts;
    edited.insert("张三", 1);
    CHECK(idx.bit_of(edited) == -1);
    std::vector<hit> got, want;
    lexicon_reader<std::uint32_t>(edited, idx).scan(text, [&](std::size_t p, std::size_t n, std::uint32_t x) { got.emplace_back(p, n, x); });
    edited.scan(text, [&](std::size_t p, std::size_t n, std::uint32_t x) { want.emplace_back(p, n, x); });
    CHECK(got == want);
    CHECK(got.size() == 3);  // 书记, 区长, 张三
    CHECK(lexicon_reader<std::uint32_t>(posts, idx).first(copy).pos == posts.first(copy).pos);
    CHECK(posts.first(copy).pos == 6);
    CHECK(lexicon_index{}.covers(text) == false);

    // A union keeps 32 members; the ones past it are left to their own scans.
    std::vector<lexicon> many(40);
    std::vector<lexicon_set> singles;
    for (std::size_t i = 0; i < many.size(); ++i) many[i].insert("词" + std::to_string(i), 1);
    for (const auto& l : many) singles.push_back(lexicon_set{&l});
    lexicon_set big;
    for (const auto& s : singles) big = lexicon_set::union_of({&big, &s});
    CHECK(big.size() == 32);
    CHECK(big.bit_of(many[31]) == 31);
    CHECK(big.bit_of(many[32]) == -1);
    const std::string words = "词31词32";
    idx.assign(big, words);
    std::size_t found = 0;
    lexicon_reader<std::uint32_t>(many[32], idx).scan(words, [&](std::size_t p, std::size_t, std::uint32_t) { found += p; });
    CHECK(found == 5);
}

TEST_CASE("at_any is at() over each word of a list", "[bytes]") {
    static constexpr std::string_view words[] = {"至", "到", "-", "—", "——", "~", "万元", "万"};
    const std::string_view text = "3至5到6-7—8——9~10万11万元12亿，至";
    std::size_t found = 0;
    for (std::size_t p = 0; p <= text.size() + 1; ++p) {
        const bool want = std::any_of(std::begin(words), std::end(words), [&](std::string_view w) { return detail::at(text, p, w); });
        CHECK(detail::at_any(text, p, words) == want);
        found += want;
    }
    CHECK(found == 10);
    CHECK_FALSE(detail::at_any(std::string_view("万"), 0, std::vector<std::string>{"万元", "亿"}));
    CHECK(detail::at_any(std::string_view("x万元"), 1, std::vector<std::string>{"万元", "亿"}));
}

TEST_CASE("same_bytes compares every byte of every length", "[bytes]") {
    // lengths 0-24 (its loads overlap differently at each), a difference at each position
    const std::string a = "中国人民政府将在5G领域推进建设项目";
    std::size_t checked = 0;
    for (std::size_t n = 0; n <= 24; ++n) {
        std::string b = a;
        CHECK(detail::same_bytes(a.data(), b.data(), n));
        for (std::size_t i = 0; i < n; ++i) {
            b[i] = static_cast<char>(b[i] ^ 0x01);
            CHECK_FALSE(detail::same_bytes(a.data(), b.data(), n));
            b[i] = a[i];
            ++checked;
        }
        // a difference just past n is not read as one
        if (n < b.size()) b[n] = static_cast<char>(b[n] ^ 0x01);
        CHECK(detail::same_bytes(a.data(), b.data(), n));
    }
    CHECK(checked == 300);
}

TEST_CASE("byte searches agree with the standard ones", "[bytes]") {
    std::string text;
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/local"))) text += govnews_test::slurp(f);
    REQUIRE(text.size() > 10000);
    const std::string_view v = text;
    for (std::string_view w : {"等", "全部", "“", "。", "a", "管理", "2", "不存在的词语", ""}) {
        for (std::size_t from : {std::size_t(0), std::size_t(1), std::size_t(17), v.size() / 2, v.size() - 3, v.size(), v.size() + 1}) {
            // every occurrence from `from` on, as std::string_view::find gives them
            std::size_t a = detail::find(v, w, from), b = v.find(w, from);
            for (int k = 0; k < 200 && b != std::string_view::npos; ++k) {
                REQUIRE(a == b);
                a = detail::find(v, w, b + 1);
                b = v.find(w, b + 1);
            }
            CHECK(a == b);
        }
    }
    // haystacks of sentence length: the last block overlaps the one before, its starts before
    // `from` dropped (a word found there, or a start read twice, fails here)
    std::size_t mismatches = 0, compared = 0;
    for (std::size_t at = 0; at + 64 < v.size(); at += 4099)
        for (std::size_t len = 0; len <= 64; ++len) {
            const std::string_view h = v.substr(at, len);
            for (std::string_view w : {"等", "全部", "。", "，", "的", "2"})
                for (std::size_t from = 0; from <= len; ++from) {
                    mismatches += detail::find(h, w, from) != h.find(w, from);
                    ++compared;
                }
        }
    CHECK(compared > 100000);
    CHECK(mismatches == 0);
    // short haystacks: the scalar tail
    CHECK(detail::find("ab", "b") == 1);
    CHECK(detail::find("ab", "abc") == std::string_view::npos);
    CHECK(detail::find("等等", "等", 1) == 3);
    const auto* u = reinterpret_cast<const unsigned char*>(v.data());
    for (std::size_t p = 0; p < v.size(); p += 997) {
        std::size_t want = p;
        while (want < v.size() && v[want] != '\n' && static_cast<unsigned char>(v[want]) != 0xE3) ++want;
        CHECK(detail::next_byte_of<'\n', 0xE3>(u, p, v.size()) == want);
        want = p;
        while (want < v.size() && !(v[want] >= '0' && v[want] <= '9') && static_cast<unsigned char>(v[want]) != 0xEF) ++want;
        CHECK(detail::next_digit_or(u, p, v.size(), 0xEF) == want);
        // a search that stops short of what it may read: the first digit before the stop, or the stop
        for (std::size_t len : {0, 1, 5, 15, 16, 17, 40}) {
            const std::size_t stop = std::min(v.size(), p + len);
            std::size_t digit = p;
            while (digit < stop && !(v[digit] >= '0' && v[digit] <= '9')) ++digit;
            REQUIRE(detail::next_digit_or(u, p, stop, '0', v.size()) == digit);
            REQUIRE(detail::next_digit_or(u, p, stop, '0', stop) == digit);
        }
    }
    // the splitters' mark search, against a byte loop, for units of every length up to past two
    // blocks (the last block of a search overlaps the one before it)
    const auto mark_at = [&](std::size_t q, std::size_t n, bool clause, bool quotes) {
        const unsigned char c = u[q];
        if (c == '\n' || c == '!' || c == '?' || (clause && (c == ',' || c == ';' || c == ':'))) return true;
        if (q + 2 >= n) return false;
        const unsigned char b = u[q + 1], d = u[q + 2];
        return (c == 0xEF && b == 0xBC) || (c == 0xE3 && b == 0x80 && (d == 0x82 || (quotes && (d & 0xF8) == 0x88))) ||
               (quotes && c == 0xE2 && b == 0x80 && (d & 0xFA) == 0x98);
    };
    std::size_t marks_seen = 0;
    for (std::size_t p = 0; p + 64 < v.size(); p += 331) {
        for (std::size_t len = 0; len <= 40; ++len) {
            const std::size_t n = p + len;
            for (int k = 0; k < 4; ++k) {
                const bool clause = k & 1, quotes = k & 2;
                std::size_t want = p;
                while (want < n && !mark_at(want, n, clause, quotes)) ++want;
                marks_seen += want < n;
                const std::size_t got = k == 0   ? detail::next_mark<false, false>(u, p, n)
                                        : k == 1 ? detail::next_mark<true, false>(u, p, n)
                                        : k == 2 ? detail::next_mark<false, true>(u, p, n)
                                                 : detail::next_mark<true, true>(u, p, n);
                REQUIRE(got == want);
            }
        }
    }
    CHECK(marks_seen > 1000);
    // the next character that can open a number, against decoding every character
    const auto& starts = detail::number_starts();
    for (std::size_t p = 0; p < v.size(); p += detail::seq_len(u[p])) {
        std::size_t want = p;
        while (want < v.size() && !starts[detail::decode(v, want).cp]) want += detail::seq_len(u[want]);
        REQUIRE(detail::next_in(u, p, v.size(), starts) == want);
    }
    CHECK(detail::next_in(u, 0, 0, starts) == 0);
    // characters counted by blocks of sixteen bytes (lane counts summed every 255 blocks), against
    // one byte at a time, over pieces of every length up to a few blocks and across 255 blocks
    const auto by_byte = [](std::string_view s) {
        std::size_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
    };
    for (std::size_t len = 0; len < 100; ++len) REQUIRE(detail::count_chars(v.substr(5, len)) == by_byte(v.substr(5, len)));
    for (std::size_t len : {std::size_t(16 * 255 - 1), std::size_t(16 * 255), std::size_t(16 * 255 + 17), std::size_t(10000)})
        CHECK(detail::count_chars(v.substr(1, len)) == by_byte(v.substr(1, len)));
    CHECK(detail::count_chars(std::string(5000, '\x80')) == 0);
    CHECK(detail::count_chars(v) == by_byte(v));
}

// The validator decides Chinese text by its bytes and asks utf8cpp about the rest: the first bad
// offset must be utf8cpp's on any input.
TEST_CASE("UTF-8 validation finds the first bad byte where utf8cpp does", "[source]") {
    std::string text;
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/local"))) text += govnews_test::slurp(f);
    REQUIRE(text.size() > 10000);
    const auto reference = [](const std::string& s) {
        return static_cast<std::size_t>(utf8::find_invalid(s.begin(), s.end()) - s.begin());
    };
    CHECK(detail::first_invalid(text) == text.size());
    std::uint32_t seed = 12345;
    const auto next = [&] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
    const char* bad[] = {"\x80", "\xC0\xAF", "\xED\xA0\x80", "\xE0\x80\xAF", "\xF4\x90\x80\x80", "\xF8", "\xE4\xB8", "\xEF\xBF\xBE", "\xC2\xA0", "\xF0\x9F\x98\x80"};
    for (int i = 0; i < 400; ++i) {
        std::string s = text.substr(next() % (text.size() - 200), 200);
        s.insert(next() % s.size(), bad[next() % (sizeof bad / sizeof *bad)]);
        if (i % 7 == 0) s.resize(s.size() - next() % 3);  // cut a sequence at the end
        CHECK(detail::first_invalid(s) == reference(s));
    }
    // Text made of pieces that sit at every offset of a sixteen-byte block: the block test must
    // pass ASCII and E1-EF characters at any phase and hand everything else to the long way.
    const char* pieces[] = {"a", "\n", "中", "，", "“", "\xE1\x80\x80", "\xEF\xBF\xBF", "\xEC\xBF\xBF", "\xEE\x80\x80", "\xED\x9F\xBF",
                            "\xE0\xA0\x80", "\xC3\xA9", "\xF0\x9F\x98\x80", "\x80", "\xBF", "\xED\xA0\x80", "\xE0\x80\xAF", "\xE4\xB8",
                            "\xE4", "\xF8", "\xC0\xAF", "\xE4\xB8\xE4"};
    std::size_t valid = 0, invalid = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string s;
        const bool clean = i % 2 == 0;  // half of them only valid pieces, so the bad byte comes late or never
        for (std::size_t k = 0, len = next() % 48; k < len; ++k) s += pieces[next() % (clean ? 12 : sizeof pieces / sizeof *pieces)];
        if (clean && i % 4 == 0) s += pieces[12 + next() % 10];
        const std::size_t want = reference(s);
        (want == s.size() ? valid : invalid)++;
        REQUIRE(detail::first_invalid(s) == want);
    }
    CHECK(valid > 500);
    CHECK(invalid > 1000);
}

// A source known to be valid takes the byte-level paths (measure, copy up to the next foldable
// lead byte); text of unknown validity the character-level ones. Both must agree.
TEST_CASE("normalization of validated input equals the character-by-character path", "[normalize]") {
    std::vector<std::string> texts = {"ＡＢＣ，你好。\n\n第二段　全角空格", "\xE1\x84\x80\xE1\x80\x80 wide and narrow\n"};
    // every character around the folded ranges (U+FF01-U+FF5E, U+3000), at every phase of a block
    for (std::size_t phase = 0; phase < 3; ++phase) {
        std::string forms(phase, 'a');
        for (char32_t c = 0xFEF0; c <= 0xFF70; ++c) {
            char buf[4];
            forms.append(buf, detail::encode(c, buf));
            if (c % 5 == 0) forms += "文";
            if (c % 11 == 0) forms += "\xE3\x80\x80\xE3\x80\x81\xE3\x80\x82\xE3\x80\x90";
        }
        texts.push_back(forms);
    }
    // Lines past 640 bytes are read only to their first comma, their counts a lower bound: on a
    // page wrapped 40 columns wide, paragraphs of one line of 250 characters cut by page breaks,
    // one with its only comma past byte 640 (it joins what follows the break: a paragraph with a
    // comma, long enough), one with none (it does not), and one followed by a line (wide enough
    // to be wrapped, it joins it)
    std::string wrapped;
    for (int i = 0; i < 12; ++i) wrapped += std::string(i == 0 ? "　　" : "") + "区委书记在项目建设一线实地督导强调要全面贯彻\n";
    std::string late_comma, no_comma;
    for (int i = 0; i < 250; ++i) late_comma += i == 230 ? "，" : "建";
    for (int i = 0; i < 250; ++i) no_comma += "设";
    texts.push_back(wrapped + "\n" + late_comma + "\n\n\n继续写完。\n\n" + no_comma + "\n\n\n另起一段。\n" + wrapped + no_comma + "\n紧接一行。\n");
    {
        const normalized_text nt = normalize(validate(texts.back()));
        CHECK(nt.wrap_width() > 0);
        CHECK(nt.text().find("建建建继续写完。") != std::string_view::npos);
        CHECK(nt.text().find("设设设\n\n另起一段。") != std::string_view::npos);
        CHECK(nt.text().find("设设设紧接一行。") != std::string_view::npos);
    }
    for (const char* dir : {"corpus/local", "corpus/reports", "seeds"})
        for (const auto& f : govnews_test::files_in(govnews_test::shared(dir))) texts.push_back(govnews_test::slurp(f));
    REQUIRE(texts.size() > 20);
    for (const std::string& t : texts) {
        const source src = validate(t);
        REQUIRE(src.ok());
        REQUIRE(src.bom == 0);
        const normalized_text fast = normalizer()(src), slow = normalizer()(std::string_view(t));
        CHECK(fast.text() == slow.text());
        CHECK(fast.wrap_width() == slow.wrap_width());
        CHECK(fast.map().pieces() == slow.map().pieces());
        for (std::size_t p = 0; p < fast.text().size(); p += 101) CHECK(fast.original_span(p, p + 1) == slow.original_span(p, p + 1));
    }
}
