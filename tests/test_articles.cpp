// Articles: stories on a page, titles, datelines and bylines, on small pages of our own.
#include <govnews/article.hpp>
#include <govnews/normalize.hpp>

#include <string>
#include <vector>

#include "catch.hpp"

using namespace govnews;

namespace {

struct page {
    normalized_text text;
    std::vector<article> articles;
};

page parse_page(const std::string& s, int year = 0) {
    page p{normalize(validate(s)), {}};
    p.articles = article_parser{}.parse(p.text.text(), article_options{year});
    return p;
}

std::vector<std::string> strs(const std::vector<std::string_view>& v) { return {v.begin(), v.end()}; }

}  // namespace

TEST_CASE("markdown headings: # is the headline, ## the subheadline; stories split at datelines", "[article]") {
    const auto p = parse_page(
        "# 乘势而上开新局\n\n## 东湖区召开2023年度工作推进会\n\n"
        "本报讯 3月2日,东湖区2023年度工作推进会召开。区委书记王建国出席会议并讲话。\n"
        "记者 李明  \n通讯员 周兰 文/图\n\n"
        "## 区领导调研春耕工作\n\n本报讯 3月4日上午,区长陈立新调研春耕。\n"
        "记者 李明 通讯员 周兰\n");
    REQUIRE(p.articles.size() == 2);
    const article& a = p.articles[0];
    CHECK(a.headline == "乘势而上开新局");
    CHECK(a.subheadlines == std::vector<std::string>{"东湖区召开2023年度工作推进会"});
    REQUIRE(a.date);
    CHECK(a.date->iso() == "2023-03-02");
    CHECK(strs(a.reporters) == std::vector<std::string>{"李明"});
    CHECK(strs(a.correspondents) == std::vector<std::string>{"周兰"});
    CHECK(a.photo);
    const article& b = p.articles[1];
    CHECK(b.headline == "区领导调研春耕工作");
    CHECK(b.subheadlines.empty());
    CHECK(b.date->iso() == "2023-03-04");
    CHECK_FALSE(b.photo);
}

TEST_CASE("a line is a title unless prose marks say otherwise: two commas, a full stop inside, a trailing colon", "[article]") {
    // full-width and ASCII marks alike (the parser may be given text that is not normalized)
    const article_parser ap;
    const auto ls = ap.classify("区委召开会议\n第一，加强领导，压实责任\n会议指出；要加强领导;压实责任\n会议强调。要加强领导\n"
                                "会议要求：\n一是加强领导，压实责任\n会议强调,压实责任、\n");
    using kind = article_parser::line_kind;
    REQUIRE(ls.size() == 7);
    CHECK(ls[0].kind == kind::title);
    CHECK(ls[1].kind == kind::body);   // ，twice
    CHECK(ls[2].kind == kind::body);   // ；and ;
    CHECK(ls[3].kind == kind::body);   // 。inside
    CHECK(ls[4].kind == kind::body);   // ends with ：
    CHECK(ls[5].kind == kind::title);  // one comma
    CHECK(ls[6].kind == kind::body);   // ends with 、
}

TEST_CASE("plain titles: the factual line is a kicker or subtitle, the slogan the headline", "[article]") {
    const auto p = parse_page(
        "\n\n东湖区召开经济运行分析会\n\n稳字当头 进中求好\n\n"
        "本报讯 4月8日,东湖区召开经济运行分析会。\n\n记者 张华\n\n"
        "走出去招商 引进来共赢 签约超百亿!东湖区开门迎客\n\n"
        "本报讯 4月9日,东湖区举行招商推介会。\n\n记者 张华 实习生 孙悦\n");
    REQUIRE(p.articles.size() == 2);
    CHECK(p.articles[0].headline == "稳字当头 进中求好");
    CHECK(p.articles[0].subheadlines == std::vector<std::string>{"东湖区召开经济运行分析会"});
    CHECK(p.articles[1].headline == "签约超百亿!东湖区开门迎客");
    CHECK(p.articles[1].subheadlines == std::vector<std::string>{"走出去招商 引进来共赢"});
    CHECK(strs(p.articles[1].interns) == std::vector<std::string>{"孙悦"});
}

TEST_CASE("a title printed over two lines is one title; a couplet keeps its space", "[article]") {
    const auto p = parse_page(
        "提升老城区 对外知名度和影响力\n\n区领导调研老城区建设工作\n\n本报讯 近日,区长调研老城区。\n记者 张华\n");
    REQUIRE(p.articles.size() == 1);
    CHECK(p.articles[0].headline == "提升老城区对外知名度和影响力");
    CHECK_FALSE(p.articles[0].date);  // 近日: no date
    const auto q = parse_page("敢于争先 善于创新\n\n本报讯 5月1日,区里开会。\n记者 张华\n", 2022);
    CHECK(q.articles[0].headline == "敢于争先 善于创新");
}

TEST_CASE("dateline variants: the date that opens a clause, a month carried over, no 本报讯", "[article]") {
    SECTION("a cited date does not become the article's date") {
        const auto p = parse_page("区领导督导调研\n\n本报讯 为贯彻落实5月9日座谈会精神,10日上午,区委书记王建国督导调研。\n记者 张华\n");
        REQUIRE(p.articles.size() == 1);
        CHECK(p.articles[0].date->iso() == "XXXX-05-10");
    }
    SECTION("本报讯（记者 X） before the date") {
        const auto p = parse_page("区领导督导调研\n\n本报讯(记者 张华) 6月1日,区委书记王建国督导调研。\n", 2024);
        CHECK(p.articles[0].date->iso() == "2024-06-01");
    }
    SECTION("no dateline: the date in the first sentence") {
        const auto p = parse_page("区里召开会议\n\n7月3日,东湖区召开会议,研究防汛工作。\n");
        REQUIRE(p.articles.size() == 1);
        CHECK(p.articles[0].date->iso() == "XXXX-07-03");
    }
    SECTION("no dateline and 近日") {
        const auto p = parse_page("标题一行\n\n近日,东湖区召开会议。7月3日的会议也开了。\n");
        CHECK_FALSE(p.articles[0].date);
    }
    SECTION("the year comes from the page when not given") {
        const auto p = parse_page("总结2022年度工作\n\n本报讯 2月6日,区里总结2022年度工作,部署2023年工作。\n记者 张华\n");
        CHECK(p.articles[0].date->iso() == "2023-02-06");
    }
}

TEST_CASE("bylines: several names per role, wrapped over two lines, 摄 and 本报记者", "[article]") {
    const auto p = parse_page(
        "区里开会\n\n本报讯 5月1日,区里开会。\n\n记者 王一 李二 实习生 赵三\n通讯员 钱四、孙五 文/图\n\n"
        "另一篇稿件\n\n本报讯 5月2日,区里调研。\n\n本报记者 周六\n摄影 吴七\n");
    REQUIRE(p.articles.size() == 2);
    CHECK(strs(p.articles[0].reporters) == std::vector<std::string>{"王一", "李二"});
    CHECK(strs(p.articles[0].interns) == std::vector<std::string>{"赵三"});
    CHECK(strs(p.articles[0].correspondents) == std::vector<std::string>{"钱四", "孙五"});
    CHECK(p.articles[0].photo);
    CHECK(strs(p.articles[1].reporters) == std::vector<std::string>{"周六"});
    CHECK(strs(p.articles[1].photographers) == std::vector<std::string>{"吴七"});
    const auto q = parse_page("区里开会\n\n本报讯 5月1日,区里开会。\n记者 王一摄\n");
    CHECK(strs(q.articles[0].reporters) == std::vector<std::string>{"王一"});
    CHECK(q.articles[0].photo);
}

TEST_CASE("column layout: titles after the body go to the story that has none", "[article]") {
    const auto p = parse_page(
        "本报讯 1月5日上午,东湖区召开专题会议,研究重点项目建设工作。区委书记王建国出席。\n"
        "记者 张华\n\n"
        "项目建设比干劲 招商引资比实绩\n东湖区重点项目观摩推进会议召开\n\n"
        "会前,王建国带队观摩了重点项目。\n\n1月8日,东湖区重点项目观摩推进会议召开。\n记者 张华\n\n"
        "东湖区领导调研重点项目建设\n\n开局就是决战 起步就是冲刺\n");
    REQUIRE(p.articles.size() == 2);
    CHECK(p.articles[0].headline == "开局就是决战 起步就是冲刺");
    CHECK(p.articles[0].subheadlines == std::vector<std::string>{"东湖区领导调研重点项目建设"});
    CHECK(p.articles[0].date->iso() == "XXXX-01-05");
    CHECK(p.articles[1].headline == "项目建设比干劲 招商引资比实绩");
    CHECK(p.articles[1].date->iso() == "XXXX-01-08");
}

TEST_CASE("section headings inside a story do not split it; cross references are kept apart", "[article]") {
    const auto p = parse_page(
        "起步就要冲刺\n\n近日,东湖区政府全体会议召开。\n\n记者 张华\n\n"
        "紧盯重点,统筹推进\n\n会议要求全区紧盯重点项目建设。\n\n健全机制,狠抓落实\n\n会议强调健全机制。\n\n"
        "更多内容详见 N04~05\n");
    REQUIRE(p.articles.size() == 1);
    CHECK(p.articles[0].paragraphs.size() == 5);
    REQUIRE(p.articles[0].cross_references.size() == 1);
    CHECK(p.articles[0].cross_references[0].text == "更多内容详见 N04~05");
}

TEST_CASE("a title over a paragraph that opens with its date starts a story, with no byline before", "[article]") {
    const auto p = parse_page(
        "区领导调研防汛工作\n\n本报讯 6月1日,区长调研防汛工作。\n\n招商引资再发力\n\n6月3日,东湖区举行招商推介会。\n", 2024);
    REQUIRE(p.articles.size() == 2);
    CHECK(p.articles[1].headline == "招商引资再发力");
    CHECK(p.articles[1].date->iso() == "2024-06-03");
    // a chronicle (3月10日 …, no comma) stays one article
    const auto q = parse_page("城市大事记\n\n2010年\n\n3月10日 篮球邀请赛举行。\n\n2009年\n\n1月6日 人大常委会举行会议。\n");
    CHECK(q.articles.size() == 1);
}

TEST_CASE("no structure is one article; an empty page has none", "[article]") {
    CHECK(parse_page("").articles.empty());
    CHECK(parse_page("\n\n  \n").articles.empty());
    const auto p = parse_page("这是一段没有标题也没有电头的文字,讲的是城市建设。\n还有第二段。\n");
    REQUIRE(p.articles.size() == 1);
    CHECK(p.articles[0].paragraphs.size() == 2);
    CHECK(p.articles[0].headline.empty());
}
