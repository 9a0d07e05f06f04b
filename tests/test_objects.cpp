// Object parsers: officials, meetings, targets and projects, on small texts of our own.
#include <govnews/document.hpp>

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace govnews;

namespace {

// One story without layout around it: the whole text is its body.
struct story {
    normalized_text text;
    article a;
};

// Results are views into the normalized text (as in a document, which owns it): the stories
// of a test run are kept alive here, at stable addresses.
const story& make_story(const std::string& body) {
    static std::deque<story> arena;
    arena.push_back({normalize(validate(body)), {}});
    story& s = arena.back();
    s.a = as_article(s.text.text());
    return s;
}

std::vector<official> officials_of(const std::string& body) {
    const story& s = make_story(body);
    return official_parser{}.parse(s.text.text(), s.a.paragraphs);
}

const official* find(const std::vector<official>& v, std::string_view name) {
    auto it = std::find_if(v.begin(), v.end(), [&](const official& o) { return o.name == name; });
    return it == v.end() ? nullptr : &*it;
}

std::vector<std::string> strs(const std::vector<std::string_view>& v) { return {v.begin(), v.end()}; }

}  // namespace

TEST_CASE("officials: stacked titles, the name's end fixed by what follows", "[official]") {
    const auto v = officials_of("区委副书记、区长刘德华出席会议并讲话。常务副区长马小明主持会议。");
    REQUIRE(v.size() == 2);
    const official* a = find(v, "刘德华");
    REQUIRE(a);
    CHECK(strs(a->titles) == std::vector<std::string>{"区委副书记", "区长"});
    CHECK_FALSE(a->organization);
    CHECK(strs(a->roles) == std::vector<std::string>{"出席", "讲话"});
    const official* b = find(v, "马小明");
    REQUIRE(b);
    CHECK(strs(b->titles) == std::vector<std::string>{"常务副区长"});
    CHECK(strs(b->roles) == std::vector<std::string>{"主持"});
}

TEST_CASE("officials: two-character names, and a name glued to its verb", "[official]") {
    const auto v = officials_of("市委书记王强对全市工作提出要求。区人大常委会主任魏建国主持要求,要抓落实。");
    REQUIRE(find(v, "王强"));
    REQUIRE(find(v, "魏建国"));
    CHECK(v.size() == 2);
}

TEST_CASE("officials: the body named before the titles", "[official]") {
    const auto v = officials_of(
        "会上,东湖区统计局党组书记、局长李秀兰汇报经济运行情况。星河集团高级副总裁周凯,华中建设有限公司总经理孙立成做代表发言。"
        "区人大常委会党组书记、主任高明主持会议。管城区委书记赵刚出席。");
    const official* a = find(v, "李秀兰");
    REQUIRE(a);
    CHECK(a->organization == std::string_view("东湖区统计局"));
    CHECK(strs(a->titles) == std::vector<std::string>{"党组书记", "局长"});
    CHECK(find(v, "周凯")->organization == std::string_view("星河集团"));
    CHECK(strs(find(v, "周凯")->titles) == std::vector<std::string>{"高级副总裁"});
    CHECK(find(v, "孙立成")->organization == std::string_view("华中建设有限公司"));
    CHECK(find(v, "高明")->organization == std::string_view("区人大常委会"));
    REQUIRE(find(v, "赵刚"));
    CHECK_FALSE(find(v, "赵刚")->organization);  // the own party committee is no outside body
    CHECK(strs(find(v, "赵刚")->titles) == std::vector<std::string>{"区委书记"});
}

TEST_CASE("officials: lists, later mentions, and what is not a name", "[official]") {
    const auto v = officials_of(
        "区委书记张三丰,区长李四海,副区长王五等参加调研。张三丰强调,要抓好落实。"
        "市统计局相关负责人一行到区里调研。区委书记和区长出席。区长同志讲话。");
    REQUIRE(v.size() == 3);
    const official* a = find(v, "张三丰");
    REQUIRE(a);
    CHECK(a->mentions.size() == 2);
    CHECK(std::find(a->roles.begin(), a->roles.end(), "强调") != a->roles.end());
    CHECK(find(v, "李四海"));
    CHECK(find(v, "王五"));
}

TEST_CASE("officials: names listed after one title share it; a department head keeps both posts", "[official]") {
    const auto v = officials_of("副区长张德明、李秋实出席会议。区委常委、宣传部部长赵晓光主持。");
    REQUIRE(find(v, "张德明"));
    REQUIRE(find(v, "李秋实"));
    CHECK(strs(find(v, "李秋实")->titles) == std::vector<std::string>{"副区长"});
    const official* z = find(v, "赵晓光");
    REQUIRE(z);
    CHECK(strs(z->titles) == std::vector<std::string>{"区委常委", "宣传部部长"});
    CHECK_FALSE(z->organization);
}

TEST_CASE("officials: a body bound to the last post stays with it; bodies keep 经 and 以 inside", "[official]") {
    const auto v = officials_of("全国供销合作总社党组成员、理事会副主任王立群一行调研。东湖经济研究会会长高志远表示,要抓好落实。");
    const official* a = find(v, "王立群");
    REQUIRE(a);
    CHECK(strs(a->titles) == std::vector<std::string>{"党组成员", "理事会副主任"});
    CHECK(a->organization == std::string_view("全国供销合作总社"));
    REQUIRE(find(v, "高志远"));
    CHECK(find(v, "高志远")->organization == std::string_view("东湖经济研究会"));
}

TEST_CASE("officials: byline names are excluded; lexicons extend without editing govnews", "[official]") {
    const story& s = make_story("区长钱多多出席。");
    const std::vector<std::string_view> byline{"钱多多"};
    CHECK(official_parser{}.parse(s.text.text(), s.a.paragraphs, byline).empty());
    // a post the defaults do not know
    const story& t = make_story("首席数据官林一帆介绍情况。");
    CHECK(official_parser{}.parse(t.text.text(), t.a.paragraphs).empty());
    official_lexicons lex = official_lexicons::defaults();
    lex.posts.insert("首席数据官", 1);
    const auto v = official_parser{lex}.parse(t.text.text(), t.a.paragraphs);
    REQUIRE(v.size() == 1);
    CHECK(v[0].name == "林一帆");
}

namespace {

std::vector<meeting> meetings_of(const std::string& body, std::vector<official>* offs = nullptr) {
    const story& s = make_story(body);
    const auto o = official_parser{}.parse(s.text.text(), s.a.paragraphs);
    if (offs) *offs = o;
    return meeting_parser{}.parse(s.text.text(), s.a, o, date_context{2022, 0, 0, 0});
}

std::vector<std::string> names(const std::vector<meeting>& v) {
    std::vector<std::string> r;
    for (const auto& m : v) r.emplace_back(m.name);
    return r;
}

}  // namespace

TEST_CASE("meetings: …召开 and 召开…, with date and chair", "[meeting]") {
    const auto v = meetings_of("5月30日,东湖区2021年度综合考评工作总结表彰暨2022年冲刺“双过半”工作推进会召开。区长刘德华出席会议并讲话。");
    REQUIRE(names(v) == std::vector<std::string>{"东湖区2021年度综合考评工作总结表彰暨2022年冲刺“双过半”工作推进会"});
    CHECK(v[0].date->iso() == "2022-05-30");
    CHECK_FALSE(v[0].chair);
    CHECK(strs(v[0].attendees) == std::vector<std::string>{"刘德华"});
    const auto w = meetings_of("近日,东湖区人大常委会召开工作务虚会。区人大常委会主任高明主持会议并讲话。");
    REQUIRE(names(w) == std::vector<std::string>{"工作务虚会"});
    CHECK(w[0].chair == std::string_view("高明"));
    const auto x = meetings_of("会议由区委常委、常务副区长马小明主持。当天下午立即召开专题会议,研究工作。");
    REQUIRE(names(x) == std::vector<std::string>{"专题会议"});
    CHECK(x[0].chair == std::string_view("马小明"));
}

TEST_CASE("meetings: signing ceremonies and plenary sessions; speakers and participants", "[meeting]") {
    const auto v = meetings_of(
        "2月25日,东湖区招商推介会暨项目签约仪式举行。会上,区市场监管局、东大街街道作典型发言,区工信局作表态发言。"
        "全区县处级领导干部、公安分局局长等参加会议。");
    REQUIRE(names(v) == std::vector<std::string>{"东湖区招商推介会暨项目签约仪式"});
    CHECK(strs(v[0].speakers) == std::vector<std::string>{"区市场监管局", "东大街街道", "区工信局"});
    CHECK(strs(v[0].participants) == std::vector<std::string>{"全区县处级领导干部", "公安分局局长"});
    const auto w = meetings_of("近日,东湖区第十六届人民政府第五次全体(扩大)会议召开。");
    CHECK(names(w) == std::vector<std::string>{"东湖区第十六届人民政府第五次全体(扩大)会议"});
}

TEST_CASE("meetings: tours, cited meetings and bare heads are not meetings", "[meeting]") {
    CHECK(meetings_of("区委书记刘德华到企业调研督导,走访察看生产车间。").empty());
    CHECK(meetings_of("会议贯彻落实全市经济运行分析会议精神,传达省委全会部署要求。").empty());
    CHECK(meetings_of("随后召开推进会,通报考核情况。").empty());
    CHECK(meetings_of("“三个一批”项目建设活动举行后,全区迅速行动。").empty());
}

namespace {

std::vector<target> targets_of(const std::string& body, int year = 2022) {
    const story& s = make_story(body);
    return target_parser{}.parse(s.text.text(), s.a, period_options{year});
}

std::vector<target> amounts_only(const std::vector<target>& v) {
    std::vector<target> r;
    for (const auto& t : v) if (t.kind == target_kind::amount) r.push_back(t);
    return r;
}

}  // namespace

TEST_CASE("targets: intent, value, bound, period and deadline", "[target]") {
    const auto v = amounts_only(targets_of("要保障连续施工,确保完成全年投资599.6亿元;确保全年签约项目不少于30个,签约资金300亿元以上。"));
    REQUIRE(v.size() == 3);
    CHECK(v[0].indicator == "投资");
    CHECK(v[0].value->to_string() == "59960000000");
    CHECK(v[0].unit == "元");
    CHECK(v[0].bound == bound::exact);
    CHECK(v[0].period == std::string_view("全年"));
    CHECK(v[0].deadline->iso() == "2022-12-31");
    CHECK(v[0].commitment == std::string_view("确保"));
    CHECK(v[1].indicator == "签约项目");
    CHECK(v[1].bound == bound::at_least);
    CHECK(v[2].indicator == "签约资金");
    CHECK(v[2].commitment == std::string_view("确保"));  // shared with the clause before
    CHECK(v[2].period == std::string_view("全年"));
}

TEST_CASE("targets: a bound before a list applies to each item; qualifiers stay in the indicator", "[target]") {
    const auto v = amounts_only(targets_of("全区将至少引进1家百亿级头部企业、2个10亿元以上高质量项目、3个5亿元以上主导产业链项目。"));
    REQUIRE(v.size() == 3);
    CHECK(v[0].value->to_string() == "1");
    CHECK(v[0].unit == "家");
    CHECK(v[0].indicator == "百亿级头部企业");
    CHECK(v[1].indicator == "10亿元以上高质量项目");
    CHECK(v[2].value->to_string() == "3");
    for (const auto& t : v) {
        CHECK(t.bound == bound::at_least);
        CHECK(t.commitment == std::string_view("将"));
        CHECK_FALSE(t.period);
    }
}

TEST_CASE("targets: the predicate and deadline in the next clause; restated deadlines", "[target]") {
    const auto v = amounts_only(targets_of(
        "全力做好东一路、西二路等两条道路改造收尾工作,确保3月底前竣工;3月底前要启动南三路等10条道路,确保年底前完工。", 2021));
    REQUIRE(v.size() == 3);
    CHECK(v[0].value->to_string() == "2");
    CHECK(v[0].unit == "条");
    CHECK(v[0].indicator == "道路");
    CHECK(v[0].deadline->iso() == "2021-03-31");
    CHECK(v[0].commitment == std::string_view("确保"));
    CHECK(v[1].value->to_string() == "10");
    CHECK(v[1].commitment == std::string_view("要"));
    CHECK(v[2].value->to_string() == "10");
    CHECK(v[2].deadline->iso() == "2021-12-31");
    CHECK(v[2].commitment == std::string_view("确保"));
    const auto w = amounts_only(targets_of("确保联审联批事项一季度完成50%以上,力争4月底前全部完成。", 2021));
    REQUIRE(w.size() == 2);
    CHECK(w[1].value->to_string() == "100");
    CHECK(w[1].unit == "%");
    CHECK(w[1].deadline->iso() == "2021-04-30");
    // a clause that names its own subject sets that subject's deadline, not the figure's
    const auto x = amounts_only(targets_of("确保一季度完成投资45亿元以上,力争滨江科技产业园6月底前竣工。", 2022));
    REQUIRE(x.size() == 1);
    CHECK(x[0].deadline->iso() == "2022-03-31");
}

TEST_CASE("targets: results and scope totals are not goals", "[target]") {
    CHECK(amounts_only(targets_of("签约仪式举行,近300位企业代表参加,签约总额约300亿元。")).empty());
    CHECK(amounts_only(targets_of("签约项目共24个,会前签约32个。")).empty());
    CHECK(amounts_only(targets_of("围绕今年谋划的40个省市重点项目、251个区级重点项目,压实责任。")).empty());
    CHECK(amounts_only(targets_of("今年一季度全区地区生产总值同比增长12%。")).empty());
    CHECK(amounts_only(targets_of("紧盯尚未完成的99个小区,主要涉及4个办事处,要确保3月底前完成。")).empty());
    CHECK(amounts_only(targets_of("加大“东湖36条”政策宣传力度,确保见效。")).empty());
}

TEST_CASE("targets: a predicate makes a goal with a verb of intent or a period, a result without", "[target]") {
    // (outside a plan sentence, one with neither is not read for figures at all)
    const auto by_period = amounts_only(targets_of("一季度新增就业1200人。"));
    REQUIRE(by_period.size() == 1);
    CHECK(by_period[0].period == std::string_view("一季度"));
    CHECK_FALSE(by_period[0].commitment);
    const auto by_intent = amounts_only(targets_of("预计新增就业1200人。"));
    REQUIRE(by_intent.size() == 1);
    CHECK(by_intent[0].commitment == std::string_view("预计"));
    CHECK_FALSE(by_intent[0].period);
    CHECK(amounts_only(targets_of("新增就业1200人。")).empty());
    CHECK(amounts_only(targets_of("建成项目5个。")).empty());
}

TEST_CASE("targets: work-report style growth rates", "[target]") {
    const auto v = amounts_only(targets_of("今年发展主要预期目标是:地区生产总值增长6%左右;城镇新增就业1100万人以上,城镇调查失业率5.5%左右。"));
    REQUIRE(v.size() == 3);
    CHECK(v[0].indicator == "地区生产总值增长");
    CHECK(v[0].value->to_string() == "6");
    CHECK(v[0].bound == bound::about);
    CHECK(v[1].indicator == "城镇新增就业");
    CHECK(v[1].value->to_string() == "11000000");
    CHECK(v[1].unit == "人");
    CHECK(v[1].bound == bound::at_least);
}

TEST_CASE("slogans: milestones once per story, not when already reached", "[target]") {
    const auto v = targets_of("奋力冲刺“双过半、全年红”。确保开门红、奋进全年红。一季度顺利实现“半年红”。冲刺“双过半”。");
    std::vector<std::string> got;
    for (const auto& t : v) if (t.kind == target_kind::slogan) got.emplace_back(t.indicator);
    CHECK(got == std::vector<std::string>{"双过半", "全年红", "开门红"});
    CHECK(v[0].commitment == std::string_view("冲刺"));
    CHECK(v[2].commitment == std::string_view("确保"));
    const auto w = targets_of("为确保一季度各项指标实现开门红,要坚持依法统计。", 2021);
    REQUIRE(w.size() == 1);
    CHECK(w[0].period == std::string_view("一季度"));
    CHECK(w[0].deadline->iso() == "2021-03-31");
}

namespace {

std::vector<std::string> projects_of(const std::string& body) {
    const story& s = make_story(body);
    std::vector<std::string> r;
    for (const auto& p : project_parser{}.parse(s.text.text(), s.a)) r.emplace_back(p.name);
    return r;
}

}  // namespace

TEST_CASE("projects: heads, shared heads and lists", "[project]") {
    CHECK(projects_of("与会人员对青石里城市更新项目、粮油工业科技园、东湖体育中心等13个重点项目进行了现场观摩。") ==
          std::vector<std::string>{"青石里城市更新项目", "粮油工业科技园", "东湖体育中心"});
    CHECK(projects_of("全力做好东一路、西二路等两条道路改造收尾工作。") == std::vector<std::string>{"东一路", "西二路"});
    CHECK(projects_of("先后到北湖大桥、白沙河堤等防洪处理工程调研。") == std::vector<std::string>{"北湖大桥", "白沙河堤"});
    CHECK(projects_of("有序启动望江楼、两院(二期)、书院街北项目建设。") == std::vector<std::string>{"望江楼", "两院(二期)", "书院街北"});
    CHECK(projects_of("加快推进西城垣提升工程。") == std::vector<std::string>{"西城垣提升工程"});
    CHECK(projects_of("“三馆”项目具备开馆条件。") == std::vector<std::string>{"三馆"});
}

// Past a few names the story's names go into a hash set (grown twice here): each still once.
TEST_CASE("projects: a story naming many projects lists each once, in order", "[project]") {
    const char* const digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    std::string body;
    for (int round = 0; round < 2; ++round)  // every name twice
        for (int i = 0; i < 100; ++i) body += std::string("加快推进东") + digits[i / 10] + "湖" + digits[i % 10] + "路改造工程。";
    const auto got = projects_of(body);
    std::vector<std::string> distinct;
    for (const auto& g : got)
        if (std::find(distinct.begin(), distinct.end(), g) == distinct.end()) distinct.push_back(g);
    CHECK(got == distinct);
    CHECK(got.size() == 100);
}

TEST_CASE("projects: counts, generic heads, policies and zones are not projects", "[project]") {
    CHECK(projects_of("对13个重点项目进行观摩,推进251个区级重点项目。").empty());
    CHECK(projects_of("这是一项事关群众安全的民生工程,要抓好安置房建设。").empty());
    CHECK(projects_of("深入推进“三项工程 一项管理”工作,开展“万人助万企”活动。").empty());
    CHECK(projects_of("加快学校、道路、社区服务中心等基础配套设施建设。").empty());
    CHECK(projects_of("落实《全市高质量招商项目考核方案》。").empty());
}
