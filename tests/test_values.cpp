// Value parsers: numbers, amounts, dates and periods, table-driven.
#include <govnews/amount.hpp>
#include <govnews/date.hpp>
#include <govnews/lexicon_index.hpp>
#include <govnews/lexicon_set.hpp>
#include <govnews/number.hpp>

#include <string>
#include <type_traits>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

using namespace govnews;

namespace {

struct amount_case {
    const char* text;
    const char* value;  // decimal text of the (low) value
    const char* unit;
    bound b;
    const char* high = nullptr;  // for ranges
};

std::vector<amount> amounts_in(std::string_view s) {
    std::vector<amount> v;
    amount_parser{}.scan(s, [&](const amount& a) { v.push_back(a); });
    return v;
}

}  // namespace

TEST_CASE("amounts: Arabic, Chinese, mixed, percentages, ranges and bounds", "[amount]") {
    const amount_case cases[] = {
        {"投资599.6亿元", "59960000000", "元", bound::exact},
        {"５９９．６亿元", "59960000000", "元", bound::exact},
        {"1.2万人", "12000", "人", bound::exact},
        {"3万2千元", "32000", "元", bound::exact},
        {"1,234,567元", "1234567", "元", bound::exact},
        {"12,000,000元", "12000000", "元", bound::exact},
        {"0.5亿元", "50000000", "元", bound::exact},
        {"300亿元以上", "30000000000", "元", bound::at_least},
        {"不少于30个", "30", "个", bound::at_least},
        {"至少2家", "2", "家", bound::at_least},
        {"超过100户", "100", "户", bound::at_least},
        {"突破1000亿元", "100000000000", "元", bound::at_least},
        {"不超过5%", "5", "%", bound::at_most},
        {"5%以内", "5", "%", bound::at_most},
        {"3%以下", "3", "%", bound::at_most},
        {"约300亿元", "30000000000", "元", bound::about},
        {"近300位", "300", "位", bound::about},
        {"6%左右", "6", "%", bound::about},
        {"5.5%左右", "5.5", "%", bound::about},
        {"十余个", "10", "个", bound::at_least},
        {"二十多条", "20", "条", bound::at_least},
        {"300多家", "300", "家", bound::at_least},
        {"百余家", "100", "家", bound::at_least},
        {"两条道路", "2", "条", bound::exact},
        {"二十三个", "23", "个", bound::exact},
        {"一百零五户", "105", "户", bound::exact},
        {"三千五百亩", "3500", "亩", bound::exact},
        {"壹佰贰拾元", "120", "元", bound::exact},
        {"叁仟万元", "30000000", "元", bound::exact},
        {"五千万元", "50000000", "元", bound::exact},
        {"一亿二千万元", "120000000", "元", bound::exact},
        {"十二个", "12", "个", bound::exact},
        {"两千户", "2000", "户", bound::exact},
        {"50%", "50", "%", bound::exact},
        {"百分之五十", "50", "%", bound::exact},
        {"百分之3.5", "3.5", "%", bound::exact},
        {"5个百分点", "5", "个百分点", bound::exact},
        {"0.3个百分点", "0.3", "个百分点", bound::exact},
        {"3至5个", "3", "个", bound::range, "5"},
        {"3-5亿元", "300000000", "元", bound::range, "500000000"},
        {"10万—20万元", "100000", "元", bound::range, "200000"},
        {"3~5家", "3", "家", bound::range, "5"},
        {"1.3万亿斤以上", "1300000000000", "斤", bound::at_least},
        {"1100万人以上", "11000000", "人", bound::at_least},
        {"60亿元以上", "6000000000", "元", bound::at_least},
        {"2宗", "2", "宗", bound::exact},
        {"7个地块", "7", "个", bound::exact},
        {"13条道路", "13", "条", bound::exact},
        {"1家", "1", "家", bound::exact},
        {"200万平方米", "2000000", "平方米", bound::exact},
        {"35公里", "35", "公里", bound::exact},
        {"4.5万吨", "45000", "吨", bound::exact},
        {"3000亩", "3000", "亩", bound::exact},
        {"8个深化", "8", "个", bound::exact},
        {"6项工作", "6", "项", bound::exact},
        {"1.5倍", "1.5", "倍", bound::exact},
        {"6个月", "6", "个月", bound::exact},
        {"200余人", "200", "人", bound::at_least},
        {"逾千家", "1000", "家", bound::at_least},
        {"不低于90%", "90", "%", bound::at_least},
        {"总额约300亿", "30000000000", "", bound::about},
        {"100万千瓦", "1000000", "千瓦", bound::exact},
        {"4个到位", "4", "个", bound::exact},
        {"99999999亿元", "9999999900000000", "元", bound::exact},
        {"1.23亿元", "123000000", "元", bound::exact},
        {"0.05%", "0.05", "%", bound::exact},
        {"五个一批", "5", "个", bound::exact},
        {"三万二千元", "32000", "元", bound::exact},
        {"十万元", "100000", "元", bound::exact},
        {"千万元", "10000000", "元", bound::exact},
        {"36条", "36", "条", bound::exact},
        {"251个区级重点项目", "251", "个", bound::exact},
        {"24个", "24", "个", bound::exact},
        {"80%以上", "80", "%", bound::at_least},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto v = amounts_in(c.text);
        REQUIRE(v.size() == 1);
        CHECK(v[0].value.to_string() == c.value);
        CHECK(v[0].unit == c.unit);
        CHECK(v[0].bound == c.b);
        if (c.high) CHECK(v[0].high.to_string() == c.high);
    }
}

TEST_CASE("599.6亿 is exact: no binary floating point drift", "[amount]") {
    const auto v = amounts_in("599.6亿元");
    REQUIRE(v.size() == 1);
    CHECK(v[0].value.to_integer() == std::int64_t{59960000000});
    CHECK(v[0].value == decimal{5996, 7});
    const auto w = amounts_in("9999999999999999元");
    REQUIRE(w.size() == 1);
    CHECK(w[0].value.to_integer() == std::int64_t{9999999999999999});
}

TEST_CASE("words that only look like numbers stay words", "[amount]") {
    // each of these is taken from real government news; none holds a quantity
    const char* words[] = {
        "统一", "一起", "一律", "一体化", "一线", "两会", "三夏", "四挂钩", "六街六片区", "一网通办", "万人助万企",
        "十四五", "一季度", "十三五", "一岗双责", "千方百计", "一四四", "四零", "六最", "一月一晾晒", "一季一通报",
        "一脑赋城", "一网治城", "一码通城", "一端惠城", "三减一增", "两院", "一件事", "一事件", "第一时间", "百人观察团",
        "万众一心", "一批项目", "一定", "一方面", "七步联动", "五强", "三牛精神", "三标", "二分之一", "第十六届",
        "第五次", "一把手", "一站式", "一盘棋", "百花齐放", "万家灯火", "十全十美", "三心二意", "一心一意",
        "2022年", "5月30日", "1~4月", "125计划", "13710直办平台", "7-ELEVEN", "二〇二二年", "一年来",
    };
    for (const char* w : words) {
        INFO(w);
        CHECK(amounts_in(w).empty());
    }
}

TEST_CASE("bad input never throws and gives no match", "[amount]") {
    CHECK(amounts_in("99999999999999999999亿元").empty());               // overflow
    CHECK(amounts_in("9999999999999999999999999999999999999999亿").empty());  // 40 digits
    CHECK(amounts_in("亿").empty());
    CHECK(amounts_in("亿元").empty());
    CHECK(amounts_in("").empty());
    CHECK(amounts_in(std::string_view("599\xE4\xBA", 5)).empty());  // cut inside a character
    CHECK_FALSE(parse_number("", 0));
    CHECK_FALSE(parse_number("abc", 0));
    CHECK_FALSE(parse_number("十四五", 0));
    CHECK(parse_number("二〇二二", 0)->value.to_string() == "2022");
    CHECK(parse_number("1,000", 0)->value.to_string() == "1000");
    CHECK(parse_number("1,00", 0)->value.to_string() == "1");
}

namespace {

struct date_case {
    const char* text;
    const char* iso;
    int year;  // reference
};

}  // namespace

TEST_CASE("dates, stated and relative", "[date]") {
    const date_case cases[] = {
        {"2022年5月30日", "2022-05-30", 0},
        {"5月30日", "2022-05-30", 2022},
        {"5月30日", "XXXX-05-30", 0},
        {"5月30日上午", "2021-05-30", 2021},
        {"2022年5月", "2022-05", 0},
        {"2022-05-30", "2022-05-30", 0},
        {"2022/5/30", "2022-05-30", 0},
        {"二〇二二年五月三十日", "2022-05-30", 0},
        {"五月三十日", "XXXX-05-30", 0},
        {"12月31日", "2023-12-31", 2023},
        {"2月29日", "2024-02-29", 2024},
        {"1月1日晚", "2020-01-01", 2020},
        {"6月3日", "2022-06-03", 2022},
        {"今年", "2022", 2022},
        {"去年", "2021", 2022},
        {"明年", "2023", 2022},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto m = parse_date(c.text, 0, date_context{c.year, 0, 0, 0});
        REQUIRE(m);
        CHECK(m->value.iso() == c.iso);
    }
    const auto am = parse_date("5月30日上午", 0, {});
    CHECK(am->part == day_part::morning);
    CHECK(am->value.year_stated == false);
    CHECK(am->value.month_stated);
    const auto today = parse_date("今天", 0, date_context{2022, 5, 30, 0});
    CHECK(today->value.iso() == "2022-05-30");
    CHECK(today->relative);
    CHECK(parse_date("昨日", 0, date_context{2022, 3, 1, 0})->value.iso() == "2022-02-28");
    CHECK(parse_date("上月", 0, date_context{2022, 1, 5, 0})->value.iso() == "2021-12");
    CHECK(parse_date("本月", 0, date_context{2022, 1, 5, 0})->value.iso() == "2022-01");
    CHECK(parse_date("近日", 0, {})->no_date);
    CHECK(parse_date("日前", 0, {})->no_date);
    // a bare day takes the month last seen
    const auto d = parse_date("10日上午", 0, date_context{0, 0, 0, 5});
    REQUIRE(d);
    CHECK(d->value.iso() == "XXXX-05-10");
    CHECK_FALSE(d->value.month_stated);
    CHECK_FALSE(parse_date("10日", 0, {}));  // no month known: no date
    CHECK_FALSE(parse_date("2月30日", 0, date_context{2021, 0, 0, 0}));
    CHECK_FALSE(parse_date("13月1日", 0, {}));
    CHECK_FALSE(parse_date("2022年", 0, {}));
    CHECK_FALSE(parse_date("", 0, {}));
    // every word a date may open with is read where it stands (parse_date first asks whether the
    // character can open a date at all), and so are dates in full-width digits and numerals
    for (const char* w : {"近日", "日前", "近期", "前不久", "不久前", "最近", "今天", "今日", "昨天", "昨日", "前天", "明天", "前年",
                          "２０２２年５月３０日", "二〇二二年五月三十日", "十月一日"}) {
        INFO(w);
        CHECK(parse_date(std::string("据悉") + w, 6, date_context{2022, 5, 30, 5}));
    }
    CHECK_FALSE(parse_date("据悉今天", 3, {}));  // 悉 opens no date
}

TEST_CASE("scan_dates reads bare days against the month before them", "[date]") {
    std::vector<std::string> got;
    scan_dates("为贯彻落实5月9日会议精神,10日上午,区委书记调研。", date_context{2023, 0, 0, 0},
               [&](const date_match& m) { got.push_back(m.value.iso()); });
    CHECK(got == std::vector<std::string>{"2023-05-09", "2023-05-10"});
}

// scan_dates tries parse_date only where a date can open (a digit, a numeral, 今 昨 上 …, not
// after a digit); it must find what trying at every such character finds.
TEST_CASE("scan_dates finds what parse_date finds at every position", "[date]") {
    std::vector<std::string> texts = {"今天昨天近日本月上月前天最近不久", "二〇二三年五月九日", "12日", "5月9日,10日", "去年明年"};
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/local"))) texts.push_back(govnews_test::slurp(f));
    std::size_t found = 0;
    for (const std::string& t : texts) {
        const std::string_view s = t;
        date_context ctx{2023, 0, 0, 0};
        std::vector<std::pair<std::size_t, std::size_t>> got, want;
        scan_dates(s, ctx, [&](const date_match& m) { got.emplace_back(m.begin, m.end); });
        for (std::size_t p = 0, dl = 0; p < s.size();) {
            const bool fresh = p == 0 || detail::digit_at(s, detail::prev_pos(s, p), dl) < 0;
            if (auto m = fresh ? parse_date(s, p, ctx) : std::nullopt) {
                if (m->value.month) ctx.last_month = m->value.month;
                want.emplace_back(m->begin, m->end);
                p = m->end;
            } else {
                p += detail::seq_len(static_cast<unsigned char>(s[p]));
            }
        }
        CHECK(got == want);
        found += want.size();
    }
    CHECK(found > 300);
}

TEST_CASE("the page year is the latest year written, not a goal horizon", "[date]") {
    CHECK(infer_year("2021年度综合考评工作总结表彰暨2022年冲刺“双过半”工作推进会") == 2022);
    CHECK(infer_year("到2035年基本实现现代化,2024年工作回顾") == 2024);
    CHECK(infer_year("5月11日,区里召开推进会") == 0);
    CHECK(infer_year("") == 0);
}

namespace {

struct period_case {
    const char* text;
    const char* last;   // deadline
    const char* first;  // start of the period
    grain g;
};

}  // namespace

TEST_CASE("periods are closed intervals with a grain", "[period]") {
    const period_case cases[] = {
        {"一季度", "2022-03-31", "2022-01-01", grain::quarter},
        {"第一季度", "2022-03-31", "2022-01-01", grain::quarter},
        {"二季度", "2022-06-30", "2022-04-01", grain::quarter},
        {"三季度", "2022-09-30", "2022-07-01", grain::quarter},
        {"第四季度", "2022-12-31", "2022-10-01", grain::quarter},
        {"1季度", "2022-03-31", "2022-01-01", grain::quarter},
        {"前三季度", "2022-09-30", "2022-01-01", grain::quarter},
        {"上半年", "2022-06-30", "2022-01-01", grain::half},
        {"下半年", "2022-12-31", "2022-07-01", grain::half},
        {"全年", "2022-12-31", "2022-01-01", grain::year},
        {"年内", "2022-12-31", "2022-01-01", grain::year},
        {"年底前", "2022-12-31", "2022-01-01", grain::year},
        {"年底", "2022-12-31", "2022-01-01", grain::year},
        {"3月底前", "2022-03-31", "2022-03-01", grain::month},
        {"4月底前", "2022-04-30", "2022-04-01", grain::month},
        {"2月底前", "2022-02-28", "2022-02-01", grain::month},
        {"6月底", "2022-06-30", "2022-06-01", grain::month},
        {"10月中旬", "2022-10-20", "2022-10-11", grain::xun},
        {"3月中旬前", "2022-03-20", "2022-03-11", grain::xun},
        {"5月上旬", "2022-05-10", "2022-05-01", grain::xun},
        {"9月下旬", "2022-09-30", "2022-09-21", grain::xun},
        {"2021年度", "2021-12-31", "2021-01-01", grain::year},
        {"2023年", "2023-12-31", "2023-01-01", grain::year},
        {"2023年底", "2023-12-31", "2023-01-01", grain::year},
        {"十四五", "2025-12-31", "2021-01-01", grain::five_year_plan},
        {"“十四五”期间", "2025-12-31", "2021-01-01", grain::five_year_plan},
        {"十三五时期", "2020-12-31", "2016-01-01", grain::five_year_plan},
        {"十五五", "2030-12-31", "2026-01-01", grain::five_year_plan},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto p = parse_period(c.text, 0, period_options{2022});
        REQUIRE(p);
        CHECK(p->text == c.text);
        CHECK(p->last.iso() == c.last);
        CHECK(p->first.iso() == c.first);
        CHECK(p->grain == c.g);
        CHECK(p->has_deadline);
    }
}

TEST_CASE("periods: unknown year, leap years, open ends and conventions", "[period]") {
    CHECK(parse_period("一季度", 0, {})->last.iso() == "XXXX-03-31");
    CHECK(parse_period("2月底前", 0, period_options{2024})->last.iso() == "2024-02-29");
    CHECK(parse_period("2月底前", 0, period_options{2021})->last.iso() == "2021-02-28");
    const auto spring = parse_period("春节前", 0, period_options{2022});
    REQUIRE(spring);
    CHECK(spring->text == "春节前");
    CHECK_FALSE(spring->has_deadline);
    CHECK(spring->grain == grain::open);
    CHECK_FALSE(parse_period("汛期前", 0, {})->has_deadline);
    CHECK_FALSE(parse_period("月底前", 0, {})->has_deadline);
    CHECK(parse_period("年底", 0, period_options{2022, year_end::november_30})->last.iso() == "2022-11-30");
    CHECK(parse_period("3月前", 0, period_options{2022})->last.iso() == "2022-02-28");
    CHECK_FALSE(parse_period("季度", 0, {}));
    CHECK_FALSE(parse_period("五季度", 0, {}));
    CHECK_FALSE(parse_period("", 0, {}));
    CHECK_FALSE(parse_period("近日", 0, {}));
}

// The amount scan skips runs of Chinese numerals that nothing an amount needs follows; it must
// find what parsing at every possible start finds.
TEST_CASE("the amount scan finds what parsing at every start finds", "[amount]") {
    std::vector<std::string> texts = {"三至五个", "十余家", "一是", "二百分之五十", "百分之三十", "三五个", "两万元", "三千米", "一‰", "五-6亿元", "三—五年", "一"};
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/reports"))) texts.push_back(govnews_test::slurp(f));
    const amount_parser am;
    std::size_t found = 0;
    for (const std::string& t : texts) {
        const std::string_view s = t;
        std::vector<std::pair<std::size_t, std::size_t>> got, want;
        am.scan(s, [&](const amount& a) { got.emplace_back(a.begin, a.end); });
        const auto numeral = [&](std::size_t p, std::size_t& len) {
            if (detail::digit_at(s, p, len) >= 0) return true;
            const auto d = detail::decode(s, p);
            len = d.len;
            return detail::is_cn_numeral(d.cp);
        };
        for (std::size_t p = 0, len = 0; p < s.size();) {
            if (!numeral(p, len) && !detail::at(s, p, "百分之")) { p += detail::seq_len(static_cast<unsigned char>(s[p])); continue; }
            if (auto a = am.parse(s, p)) {
                want.emplace_back(a->begin, a->end);
                p = a->end > p ? a->end : p + 1;
                continue;
            }
            while (p < s.size() && numeral(p, len)) p += len;  // the run is not read again from inside
        }
        CHECK(got == want);
        found += want.size();
    }
    CHECK(found > 1000);
}

// A story's index holds the numerals of its text; the scan that reads them from there (and
// searches only for ASCII digits) finds what the scan on its own finds, over the whole text and
// over pieces of it.
TEST_CASE("the amount scan reads numerals from a story's index as it finds them itself", "[amount]") {
    std::vector<std::string> texts = {"１２亿元和3.5万元", "第３季度完成二百分之五十", "三至五个项目、十余家企业", "一", "", "12", "百分之三十以上"};
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/reports"))) texts.push_back(govnews_test::slurp(f));
    const amount_parser am;
    const lexicon_set numerals{&am.numerals()};
    std::size_t found = 0, pieces = 0;
    for (const std::string& t : texts) {
        const std::string_view s = t;
        const lexicon_index idx(numerals, s);
        REQUIRE(idx.bit_of(am.numerals()) >= 0);
        const auto spans = [&](std::string_view piece, bool indexed) {
            std::vector<std::pair<std::size_t, std::size_t>> v;
            const auto keep = [&](const amount& a) { v.emplace_back(a.begin, a.end); };
            if (indexed) am.scan(piece, idx, keep);
            else am.scan(piece, keep);
            return v;
        };
        const auto whole = spans(s, true);
        CHECK(whole == spans(s, false));
        found += whole.size();
        // pieces that open and close anywhere, inside characters too
        for (std::size_t b = 0; b < s.size(); b += 97 + b % 13) {
            const std::string_view piece = s.substr(b, 40 + b % 211);
            REQUIRE(idx.covers(piece));
            CHECK(spans(piece, true) == spans(piece, false));
            ++pieces;
        }
    }
    CHECK(found > 1000);
    CHECK(pieces > 1000);
    // an index keeps a pointer to its set: one made from a temporary set does not compile
    static_assert(!std::is_constructible_v<lexicon_index, lexicon_set, std::string_view>);
    static_assert(std::is_constructible_v<lexicon_index, const lexicon_set&, std::string_view>);
    // an index without the numerals: the scan searches for them itself
    const lexicon other{{"项目", 1}};
    const std::string t = "建设三个项目";
    const lexicon_set others{&other};
    const lexicon_index none(others, t);
    std::vector<std::size_t> got;
    am.scan(std::string_view(t), none, [&](const amount& a) { got.push_back(a.begin); });
    CHECK(got == std::vector<std::size_t>{6});
}

// scan_periods tries parse_period only where a period can open; it must find what trying at
// every character finds, over the corpus and over the words it rules positions in and out by.
TEST_CASE("scan_periods finds what parse_period finds at every position", "[period]") {
    std::vector<std::string> texts = {"十四五", "“十四五”期间", "二十四五", "一二三四五六七八九十年", "第一季度末前三季度", "2021年底3月前",
                                      "月底前年中上半年下半年全年", "第前三季度", "春节后汛期前国庆节前元旦前入冬前", "3万月", "十月1日", "第",
                                      "年", "二〇二二年度"};
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/reports"))) texts.push_back(govnews_test::slurp(f));
    std::size_t found = 0;
    for (const std::string& t : texts) {
        const std::string_view s = t;
        const period_options o{2023, year_end::december_31};
        std::vector<std::pair<std::size_t, std::size_t>> got, want;
        scan_periods(s, o, [&](const period& r) { got.emplace_back(r.begin, r.end); });
        for (std::size_t p = 0; p < s.size();) {
            if (auto r = parse_period(s, p, o)) {
                want.emplace_back(r->begin, r->end);
                p = r->end > p ? r->end : p + 1;
            } else {
                p += detail::seq_len(static_cast<unsigned char>(s[p]));
            }
        }
        CHECK(got == want);
        found += want.size();
    }
    CHECK(found > 200);
}

// The targets parser scans a clause for its period only when the clause holds a period anchor:
// that is safe only while every period parse_period reads at any position holds one.
TEST_CASE("every period holds one of period_anchors", "[period]") {
    std::vector<std::string> texts = {"十四五", "“十四五”期间", "十五五末", "第一季度末前三季度", "2021年底3月前", "2021年度", "3月份",
                                      "月底前年中上半年下半年全年年内年末以前", "今年本年度", "春节后汛期前国庆节前元旦前入冬前汛前",
                                      "二〇二二年一季度", "6月上旬中旬下旬", "前三季度"};
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/reports"))) texts.push_back(govnews_test::slurp(f));
    for (const auto& f : govnews_test::files_in(govnews_test::shared("corpus/local"))) texts.push_back(govnews_test::slurp(f));
    const auto anchored = [](std::string_view t) {
        for (std::string_view a : period_anchors)
            if (t.find(a) != std::string_view::npos) return true;
        return false;
    };
    std::size_t periods = 0;
    std::vector<std::string> unanchored;
    for (const std::string& t : texts) {
        const std::string_view s = t;
        for (std::size_t p = 0; p < s.size(); p += detail::seq_len(static_cast<unsigned char>(s[p]))) {
            const auto r = parse_period(s, p, period_options{2023, year_end::december_31});
            if (!r) continue;
            ++periods;
            if (!anchored(r->text)) unanchored.emplace_back(r->text);
        }
    }
    CHECK(unanchored.empty());
    CHECK(periods > 500);
}

TEST_CASE("every figure and time word of the seed pages", "[seeds]") {
    struct seed_amount { const char* text; const char* value; const char* unit; bound b; };
    const seed_amount amounts[] = {
        {"确保完成全年投资599.6亿元", "59960000000", "元", bound::exact},
        {"确保全年签约项目不少于30个", "30", "个", bound::at_least},
        {"签约资金300亿元以上", "30000000000", "元", bound::at_least},
        {"围绕今年谋划的40个省市重点项目", "40", "个", bound::exact},
        {"251个区级重点项目", "251", "个", bound::exact},
        {"围绕郑州市5大主题板块", "5", "大", bound::exact},
        {"7个系列促销活动", "7", "个", bound::exact},
        {"签约总额约300亿元", "30000000000", "元", bound::about},
        {"签约项目共24个", "24", "个", bound::exact},
        {"会前签约32个", "32", "个", bound::exact},
        {"近300位企业代表", "300", "位", bound::about},
        {"等13个重点项目", "13", "个", bound::exact},
        {"7家单位作发言", "7", "家", bound::exact},
        {"力争一季度完成投资60亿元以上", "6000000000", "元", bound::at_least},
        {"联审联批事项一季度完成50%以上", "50", "%", bound::at_least},
        {"至少引进1家百亿级头部企业", "1", "家", bound::exact},
        {"等两条道路改造", "2", "条", bound::exact},
        {"尚未完成的99个小区", "99", "个", bound::exact},
        {"推进23条断头路打通工程", "23", "条", bound::exact},
        {"等26个项目", "26", "个", bound::exact},
        {"遗址公园33个生态建设项目", "33", "个", bound::exact},
        {"2宗土地供应出让", "2", "宗", bound::exact},
        {"等18个项目落地投产", "18", "个", bound::exact},
        {"4个办事处", "4", "个", bound::exact},
        {"“四个到位”", "4", "个", bound::exact},
    };
    for (const auto& c : amounts) {
        INFO(c.text);
        const auto v = amounts_in(c.text);
        REQUIRE_FALSE(v.empty());
        CHECK(v[0].value.to_string() == c.value);
        CHECK(v[0].unit == c.unit);
        CHECK(v[0].bound == c.b);
    }
    // the qualifier inside an indicator is read as its own figure; the target parser folds it in
    const auto q = amounts_in("2个10亿元以上高质量项目");
    REQUIRE(q.size() == 2);
    CHECK(q[1].value.to_string() == "1000000000");
    CHECK(q[1].bound == bound::at_least);

    struct seed_date { const char* text; const char* iso; int year; };
    const seed_date dates[] = {
        {"5月30日", "2022-05-30", 2022}, {"5月31日上午", "2022-05-31", 2022}, {"6月3日", "2022-06-03", 2022},
        {"5月11日", "XXXX-05-11", 0},    {"5月9日下午", "XXXX-05-09", 0},     {"2月25日", "2021-02-25", 2021},
        {"2月24日上午", "2021-02-24", 2021}, {"1月28日上午", "2023-01-28", 2023}, {"1月30日上午", "2023-01-30", 2023},
        {"2月6日", "2023-02-06", 2023},
    };
    for (const auto& c : dates) {
        INFO(c.text);
        CHECK(parse_date(c.text, 0, date_context{c.year, 0, 0, 0})->value.iso() == c.iso);
    }
    struct seed_period { const char* text; const char* last; };
    const seed_period periods[] = {
        {"全年", "2021-12-31"}, {"一季度", "2021-03-31"}, {"二季度", "2021-06-30"}, {"4月底前", "2021-04-30"},
        {"3月底前", "2021-03-31"}, {"3月中旬前", "2021-03-20"}, {"上半年", "2021-06-30"}, {"年底前", "2021-12-31"},
        {"下半年", "2021-12-31"}, {"2月底前", "2021-02-28"}, {"2021年度", "2021-12-31"},
    };
    for (const auto& c : periods) {
        INFO(c.text);
        CHECK(parse_period(c.text, 0, period_options{2021})->last.iso() == c.last);
    }
}
