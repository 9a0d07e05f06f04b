// The timeline: identity, order, undated records, changes of post, targets over time; and the
// seed pages' 区委书记 across three years.
#include <govnews/document.hpp>
#include <govnews/fmt.hpp>
#include <govnews/json.hpp>
#include <govnews/timeline.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

using namespace govnews;

namespace {

document page(const std::string& text, int year, const std::string& source) {
    document_options o;
    o.year = year;
    o.source = source;
    return pipeline{}.parse(text, o);
}

std::vector<const person*> named(const timeline& t, std::string_view name) {
    std::vector<const person*> v;
    for (const auto& p : t.people) if (p.name == name) v.push_back(&p);
    return v;
}
void named(timeline&&, std::string_view) = delete;  // the pointers would dangle

const std::string donghu_2022 = "# 东湖区召开项目推进会\n\n本报讯 3月5日,东湖区委书记林志远主持召开项目推进会。"
                                "东湖区委副书记、区长王海出席。确保一季度完成投资45亿元以上。\n";
const std::string donghu_2023 = "# 东湖区召开经济工作会议\n\n本报讯 1月10日,东湖区委书记王海主持召开经济工作会议。"
                                "会议要求,确保全年完成投资200亿元以上。\n";
const std::string xishan_2022 = "# 西山区召开安全生产会议\n\n本报讯 6月1日,西山区委书记王海主持召开安全生产会议。\n";
const std::string donghu_undated = "# 王海调研重点项目\n\n本报讯 近日,东湖区委副书记、区长王海到重点项目调研。\n";
const std::string nameless_a = "# 会议召开\n\n本报讯 4月2日,区长李明出席会议。\n";
const std::string nameless_b = "# 会议召开\n\n本报讯 5月2日,区长李明出席会议。\n";

}  // namespace

TEST_CASE("timeline: one name in one government is one person, in another government another", "[timeline]") {
    timeline_builder b;
    b.add(page(donghu_2022, 2022, "a"));
    b.add(page(xishan_2022, 2022, "c"));
    b.add(page(donghu_2023, 2023, "b"));
    const timeline t = b.build();
    const auto wang = named(t, "王海");
    REQUIRE(wang.size() == 2);
    const auto donghu = std::find_if(wang.begin(), wang.end(), [](const person* p) { return p->body == "东湖区"; });
    const auto xishan = std::find_if(wang.begin(), wang.end(), [](const person* p) { return p->body == "西山区"; });
    REQUIRE(donghu != wang.end());
    REQUIRE(xishan != wang.end());
    CHECK((*donghu)->records.size() == 2);
    CHECK((*xishan)->records.size() == 1);
    CHECK((*xishan)->stretches.at(0).post == "区委书记");
}

TEST_CASE("timeline: records in date order whatever the order added; a change of post", "[timeline]") {
    timeline_builder b;
    b.add(page(donghu_2023, 2023, "b"));  // the later page first
    b.add(page(donghu_2022, 2022, "a"));
    const timeline t = b.build();
    const auto wang = named(t, "王海");
    REQUIRE(wang.size() == 1);
    const person& p = *wang[0];
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].date->iso() == "2022-03-05");
    CHECK(p.records[0].source == "a");
    CHECK(p.records[0].titles == std::vector<std::string>{"区委副书记", "区长"});
    CHECK(p.records[1].date->iso() == "2023-01-10");
    REQUIRE(p.stretches.size() == 2);
    CHECK(p.stretches[0].post == "区委副书记、区长");
    CHECK(p.stretches[1].post == "区委书记");
    REQUIRE(p.changes.size() == 1);
    CHECK(p.changes[0].from == "区委副书记、区长");
    CHECK(p.changes[0].to == "区委书记");
    CHECK(p.changes[0].last_seen.iso() == "2022-03-05");
    CHECK(p.changes[0].first_seen.iso() == "2023-01-10");
    // the record points back into its input
    const auto& sp = p.records[0].spans.at(0);
    CHECK(donghu_2022.substr(sp.begin, sp.end - sp.begin) == "王海");
}

TEST_CASE("timeline: undated records stay, marked undated, and move no date", "[timeline]") {
    timeline_builder b;
    b.add(page(donghu_undated, 0, "u"));
    b.add(page(donghu_2022, 2022, "a"));
    b.add(page(donghu_2023, 2023, "b"));
    const timeline t = b.build();
    const auto wang = named(t, "王海");
    REQUIRE(wang.size() == 1);
    const person& p = *wang[0];
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[2].source == "u");
    CHECK_FALSE(p.records[2].date);
    REQUIRE(p.stretches.size() == 2);
    CHECK(p.stretches[0].first->iso() == "2022-03-05");
    CHECK(p.stretches[0].last->iso() == "2022-03-05");
    CHECK(p.stretches[0].dated == 1);
    CHECK(p.stretches[0].undated == 1);
    CHECK(p.changes.size() == 1);
    // a page whose year is unknown is undated too
    timeline_builder c;
    c.add(page(donghu_2022, 0, "no year"));
    const timeline tc = c.build();  // named() points into it
    const auto only = named(tc, "王海");
    REQUIRE(only.size() == 1);
    CHECK_FALSE(only[0]->records[0].date);
    CHECK_FALSE(only[0]->stretches[0].first);
}

TEST_CASE("timeline: a body nobody names is never merged across documents", "[timeline]") {
    timeline_builder b;
    b.add(page(nameless_a, 2022, "a"));
    b.add(page(nameless_b, 2022, "b"));
    const timeline t = b.build();
    const auto li = named(t, "李明");
    REQUIRE(li.size() == 2);
    CHECK(li[0]->body.empty());
    CHECK(li[1]->body.empty());
}

TEST_CASE("timeline: governments named two ways are one; bodies named relative to them are theirs", "[timeline]") {
    const government_finder g;
    CHECK(g.canonical("东湖回族区") == "东湖区");
    CHECK(g.canonical("长阳土家族自治县") == "长阳县");
    CHECK(g.home("会议由东湖回族区委副书记主持。随后,东湖区委常委出席。区政府、区委相关负责人参加。市政府有关部门……") == "东湖区");
    CHECK(g.home("全区上下要贯彻落实区委部署。") == "");
    CHECK(g.level_of("常务副区长") == "区");
    CHECK(g.level_of("局长") == "");
    timeline_builder b;
    b.add(page("# 标题\n\n本报讯 3月5日,东湖回族区人大常委会主任赵丽出席。东湖区委书记林志远讲话。\n", 2022, "x"));
    b.add(page("# 标题\n\n本报讯 4月5日,东湖区人大常委会主任赵丽出席。\n", 2022, "y"));
    const timeline t = b.build();
    const auto zhao = named(t, "赵丽");
    REQUIRE(zhao.size() == 1);
    CHECK(zhao[0]->records.size() == 2);
}

TEST_CASE("timeline: targets of one government and indicator across documents, in date order", "[timeline]") {
    timeline_builder b;
    b.add(page(donghu_2023, 2023, "b"));
    b.add(page(donghu_2022, 2022, "a"));
    const timeline t = b.build();
    const auto s = std::find_if(t.targets.begin(), t.targets.end(), [](const target_series& x) { return x.indicator == "投资"; });
    REQUIRE(s != t.targets.end());
    CHECK(s->government == "东湖区");
    REQUIRE(s->points.size() == 2);
    CHECK(s->points[0].period == std::string("一季度"));
    CHECK(s->points[0].deadline->iso() == "2022-03-31");
    CHECK(s->points[1].period == std::string("全年"));
    CHECK(s->points[1].value->to_string() == "20000000000");
}

TEST_CASE("timeline: the seed pages give 张艳敏's three posts in order", "[timeline][corpus]") {
    timeline_builder b;
    const pipeline p;
    for (const auto& f : govnews_test::files_in(govnews_test::shared("seeds"))) {
        document_options o;
        o.source = f;
        b.add(p.parse(govnews_test::slurp(f), o));
    }
    const timeline t = b.build();
    const auto zhang = named(t, "张艳敏");
    REQUIRE(zhang.size() == 1);
    const person& z = *zhang[0];
    REQUIRE(z.stretches.size() == 3);
    CHECK(z.stretches[0].post == "区委副书记、区长");
    CHECK(z.stretches[0].first->year == 2021);
    CHECK(z.stretches[1].post == "区委书记、区长");
    CHECK(z.stretches[1].first->year == 2022);
    CHECK(z.stretches[1].last->year == 2022);
    CHECK(z.stretches[2].post == "区委书记");
    CHECK(z.stretches[2].first->year == 2023);
    CHECK(z.stretches[2].undated >= 1);  // the page whose year is unknown
    REQUIRE(z.changes.size() == 2);
    CHECK(z.changes[1].to == "区委书记");
    // JSON and back
    const json j = t;
    const auto back = j.get<timeline>();
    CHECK(json(back) == j);
    CHECK(fmt::format("{:j}", t) == j.dump());
}
