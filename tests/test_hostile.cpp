// Hostile input through the whole pipeline: each case has its asserted outcome, in strict and
// in lenient mode, and the invariants of every parse hold (spans inside the input, span text
// equal to its field, the same output twice).
#include <govnews/document.hpp>
#include <govnews/json.hpp>

#include <cstdlib>
#include <string>

#include "catch.hpp"
#include "invariants.hpp"

using namespace govnews;
using namespace std::string_literals;

namespace {

const pipeline& shared_pipeline() {
    static const pipeline p;
    return p;
}

document parse_as(const std::string& bytes, validation mode) {
    document_options o;
    o.mode = mode;
    return shared_pipeline().parse(bytes, o);
}

// The invariants, and determinism: a second parse prints the same JSON.
void holds(const std::string& bytes, const document& doc) {
    CHECK(govnews_test::violation(bytes, doc) == "");
    const document again = shared_pipeline().parse(bytes, document_options{{}, 0, doc.error && !doc.articles.empty() ? validation::lenient : validation::strict, {}});
    CHECK(to_json(again).dump() == to_json(doc).dump());
}

struct bad_case {
    const char* what;
    std::string bytes;
    source_errc code;
    std::size_t offset;
    bool lenient_parses;  // lenient mode still gives the text's articles
};

// Size of the generated single line, in MB: 100 unless GOVNEWS_HOSTILE_LINE_MB says less
// (the sanitizer builds of CI run it smaller).
std::size_t line_mb() {
    if (const char* e = std::getenv("GOVNEWS_HOSTILE_LINE_MB")) return static_cast<std::size_t>(std::strtoul(e, nullptr, 10));
    return 100;
}

}  // namespace

TEST_CASE("hostile bytes: the kind and offset of the error, and what lenient mode keeps", "[hostile]") {
    const std::string story = "# 标题\n\n本报讯 3月5日,区委书记林志远出席会议。";
    std::string utf16;
    for (char c : "hello world, this is text in UTF-16 without a byte order mark"s) utf16.append({c, '\0'});
    std::string binary = "\x7F" "ELF\x02\x01\x01";
    for (int i = 0; i < 600; ++i) binary.push_back(static_cast<char>(i * 37 % 32));
    const bad_case cases[] = {
        {"an invalid byte", story + "\xFF" + "确保完成投资45亿元以上。\n", source_errc::invalid_utf8, story.size(), true},
        {"an overlong slash", story + "\xC0\xAF" + "\n", source_errc::invalid_utf8, story.size(), true},
        {"an overlong three-byte form", story + "\xE0\x80\xAF" + "\n", source_errc::invalid_utf8, story.size(), true},
        {"a lone surrogate", story + "\xED\xA0\x80" + "\n", source_errc::invalid_utf8, story.size(), true},
        {"a sequence cut at the end", story + "\xE5\xBC", source_errc::truncated_utf8, story.size(), true},
        {"GBK text", "\xB9\xDC\xB3\xC7\xC7\xF8\xD5\xD9\xBF\xAA\xBB\xE1\xD2\xE9\n", source_errc::gbk, 0, false},
        {"UTF-16 with a BOM", "\xFF\xFE\x21\x4E\x00\x4E\x0A\x00"s, source_errc::utf16, 0, false},
        {"UTF-16 without a BOM", utf16, source_errc::utf16, 0, false},
        {"a NUL byte", story + '\0' + "确保完成投资45亿元以上。\n", source_errc::nul_bytes, story.size(), true},
        {"a binary file", binary, source_errc::binary, 7, false},  // its first NUL
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const document strict = parse_as(c.bytes, validation::strict);
        REQUIRE(strict.error);
        CHECK(strict.error->code == c.code);
        CHECK(strict.error->offset == c.offset);
        CHECK(strict.articles.empty());
        const document lenient = parse_as(c.bytes, validation::lenient);
        REQUIRE(lenient.error);
        CHECK(lenient.error->code == c.code);
        if (c.lenient_parses) {
            REQUIRE(lenient.articles.size() == 1);
            REQUIRE(lenient.articles[0].officials.size() == 1);
            CHECK(lenient.articles[0].officials[0].name == "林志远");
            holds(c.bytes, lenient);
        } else {
            CHECK(lenient.articles.empty());
        }
    }
}

TEST_CASE("hostile text: empty, a huge line, a title a million times, 40-digit figures", "[hostile]") {
    SECTION("an empty file is not an error and has no articles") {
        const document d = parse_as("", validation::strict);
        CHECK_FALSE(d.error);
        CHECK(d.articles.empty());
        CHECK(to_json(d).dump() == R"({"source":"","articles":[]})");
        CHECK(parse_as("\xEF\xBB\xBF", validation::strict).articles.empty());
        CHECK(parse_as(" \n\n\t\n", validation::strict).articles.empty());
    }
    SECTION("a carriage return as the very last byte (fuzz finding: read one past the end)") {
        const std::string s = "# 标题\n\n本报讯 3月5日,区委书记林志远出席会议。\r";
        const std::string_view exact(s.data(), s.size());  // no terminator to lean on under ASan
        const document d = shared_pipeline().parse(exact);
        REQUIRE(d.articles.size() == 1);
        CHECK(d.articles[0].officials.size() == 1);
        CHECK(d.articles[0].span.end <= s.size());
        CHECK(normalizer{}(std::string_view("恁省第卜\r")).text() == "恁省第卜\n");  // a line break, as \n
    }
    SECTION("one line of 100 MB, generated here") {
        const std::string sentence = "会议强调,要进一步提高认识、加强领导,切实抓好各项工作落实。区委书记林志远出席会议并讲话。";
        std::string line;
        line.reserve(line_mb() << 20);
        while (line.size() + sentence.size() <= (line_mb() << 20)) line += sentence;
        const document d = parse_as(line, validation::strict);
        REQUIRE_FALSE(d.error);
        REQUIRE(d.articles.size() == 1);
        REQUIRE(d.articles[0].officials.size() == 1);
        CHECK(d.articles[0].officials[0].spans.size() == line.size() / sentence.size());
        CHECK(d.articles[0].span.end == line.size());
        CHECK(govnews_test::violation(line, d) == "");
    }
    SECTION("a title word a million times") {
        std::string s;
        for (int i = 0; i < 1000000; ++i) s += "区长";
        const document d = parse_as(s, validation::strict);
        REQUIRE_FALSE(d.error);
        for (const auto& a : d.articles) CHECK(a.officials.empty());
        CHECK(govnews_test::violation(s, d) == "");
    }
    SECTION("figures of 40 digits before 亿 are no figures, not wrong ones") {
        const std::string s = "# 标题\n\n确保完成投资9999999999999999999999999999999999999999亿元以上。"
                              "力争签约项目1234567890123456789012345678901234567890亿个。确保完成投资45亿元以上。\n";
        const document d = parse_as(s, validation::strict);
        REQUIRE(d.articles.size() == 1);
        REQUIRE(d.articles[0].targets.size() == 1);
        CHECK(d.articles[0].targets[0].value->to_string() == "4500000000");
        holds(s, d);
    }
}
