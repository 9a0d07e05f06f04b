// The {fmt} formatters print what a reader would write.
#include <govnews/document.hpp>
#include <govnews/fmt.hpp>

#include "catch.hpp"

TEST_CASE("fmt prints officials, targets, meetings, projects and amounts", "[fmt]") {
    const std::string page = "# 标题\n\n本报讯 3月5日,东湖区重点项目推进会召开。区委书记、区长林志远出席会议并讲话。"
                             "确保一季度完成投资45亿元以上。力争滨江科技产业园6月底前竣工。\n";
    const govnews::document doc = govnews::parse(page);
    REQUIRE(doc.articles.size() == 1);
    const auto& a = doc.articles[0];
    REQUIRE(a.officials.size() == 1);
    CHECK(fmt::format("{}", a.officials[0]) == "区委书记、区长林志远 (出席, 讲话)");
    REQUIRE(a.targets.size() == 1);
    CHECK(fmt::format("{}", a.targets[0]) == "投资 >= 4500000000 元 by XXXX-03-31 (确保)");
    REQUIRE(a.meetings.size() == 1);
    CHECK(fmt::format("{}", a.meetings[0]) == "东湖区重点项目推进会 [XXXX-03-05]");
    REQUIRE(a.projects.size() == 1);
    CHECK(fmt::format("{}", a.projects[0]) == "滨江科技产业园 [园] 竣工");
    govnews::amount_parser{}.scan("3-5亿元", [](const govnews::amount& x) { CHECK(fmt::format("{}", x) == "300000000-500000000 元"); });
    CHECK(fmt::format("{}", govnews::date{2022, 5, 30}) == "2022-05-30");
}
