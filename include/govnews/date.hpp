// Value parsers, part 3: dates and periods. 2022年5月30日, 5月30日上午, 30日, 今年, 昨日;
// 近日 and 日前 say "no date" explicitly. Periods are closed intervals with a grain:
// 一季度, 上半年, 全年, 年底前, 3月底前, 10月中旬, 十四五, 2021年度; 春节前 keeps its raw text.
// Every result records which parts were stated and which were inferred; an unknown year stays 0.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "detail/bytes.hpp"
#include "detail/utf8.hpp"
#include "number.hpp"

namespace govnews {

struct date {
    int year = 0, month = 0, day = 0;  // 0 = unknown
    bool year_stated = false, month_stated = false, day_stated = false;

    bool known() const noexcept { return month != 0 || year != 0; }
    // 2022-05-30, XXXX-05-30, 2022-05, 2022
    std::string iso() const {
        std::string y = year ? std::to_string(year) : std::string("XXXX");
        if (y.size() < 4) y = std::string(4 - y.size(), '0').append(y);
        if (!month) return y;
        std::string s = y;
        s.push_back('-');
        s.append(two(month));
        if (day) { s.push_back('-'); s.append(two(day)); }
        return s;
    }
    friend bool operator==(const date& a, const date& b) noexcept { return a.year == b.year && a.month == b.month && a.day == b.day; }
    friend bool operator!=(const date& a, const date& b) noexcept { return !(a == b); }

private:
    static std::string two(int v) {
        std::string s(1, static_cast<char>('0' + v / 10 % 10));
        s.push_back(static_cast<char>('0' + v % 10));
        return s;
    }
};

constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int days_in_month(int y, int m) noexcept {
    constexpr int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && y && is_leap(y) ? 29 : (m >= 1 && m <= 12 ? d[m - 1] : 0);
}

enum class day_part { none, early_morning, morning, noon, afternoon, evening };

struct date_match {
    date value;
    day_part part = day_part::none;
    bool no_date = false;        // 近日, 日前: the text says when only vaguely
    bool relative = false;       // 今天, 昨日, 今年 …: resolved against the reference
    std::size_t begin = 0, end = 0;
    std::string_view text;
};

// What dates are read against: the reference date (year 0 = unknown) and the month last seen,
// for a bare day (10日上午 after 5月9日).
struct date_context {
    int year = 0, month = 0, day = 0;
    int last_month = 0;
};

enum class grain { day, xun, month, quarter, half, year, five_year_plan, open };

struct period {
    std::string_view text;   // as written: 全年, 一季度, 3月底前
    date first, last;        // closed interval; last is the deadline
    govnews::grain grain = grain::open;
    bool has_deadline = false;  // false for 春节前, 汛期前
    std::size_t begin = 0, end = 0;
};

namespace detail {

// A small number (month, day, quarter) at pos: Arabic or Chinese; returns value and end.
inline std::optional<std::pair<int, std::size_t>> small_number(std::string_view s, std::size_t pos, int max) {
    if (pos >= s.size()) return std::nullopt;
    std::size_t dl = 0;
    if (digit_at(s, pos, dl) >= 0) {
        int v = 0;
        std::size_t p = pos;
        int d;
        while (p < s.size() && (d = digit_at(s, p, dl)) >= 0 && p - pos < 12) { v = v * 10 + d; p += dl; if (v > 100000) return std::nullopt; }
        if (v < 0 || v > max) return std::nullopt;
        return std::make_pair(v, p);
    }
    const auto c = decode(s, pos).cp;
    if (!cn_numerals()[c]) return std::nullopt;  // a load, not a switch: most characters asked are none
    auto n = parse_chinese(s, pos);
    if (!n || n->value.exponent != 0 || n->value.mantissa > max || n->value.mantissa < 0) return std::nullopt;
    return std::make_pair(static_cast<int>(n->value.mantissa), n->end);
}

inline std::optional<std::pair<int, std::size_t>> year_at(std::string_view s, std::size_t pos) {
    std::size_t dl = 0, p = pos;
    int v = 0, n = 0, d;
    while (p < s.size() && (d = digit_at(s, p, dl)) >= 0) { v = v * 10 + d; p += dl; if (++n > 4) return std::nullopt; }
    if (n == 4 && v >= 1900 && v <= 2200) return std::make_pair(v, p);
    if (n == 0) {
        const auto c = decode(s, pos).cp;
        if (cn_digit(c) < 0) return std::nullopt;
        auto m = parse_chinese(s, pos);  // 二〇二二
        if (m && m->end - m->begin == 12 && m->value.mantissa >= 1900 && m->value.mantissa <= 2200)
            return std::make_pair(static_cast<int>(m->value.mantissa), m->end);
    }
    return std::nullopt;
}

inline day_part part_at(std::string_view s, std::size_t& p) {
    struct w { std::string_view t; day_part d; };
    static constexpr w words[] = {{"凌晨", day_part::early_morning}, {"上午", day_part::morning}, {"早上", day_part::morning},
                                  {"中午", day_part::noon}, {"下午", day_part::afternoon}, {"晚上", day_part::evening},
                                  {"傍晚", day_part::evening}, {"晚", day_part::evening}};
    for (const auto& x : words)
        if (at(s, p, x.t)) { p += x.t.size(); return x.d; }
    return day_part::none;
}

inline date shift_days(date d, int delta) {
    if (!d.year || !d.month || !d.day) return date{};
    d.day += delta;
    while (d.day < 1) { if (--d.month < 1) { d.month = 12; --d.year; } d.day += days_in_month(d.year, d.month); }
    while (d.day > days_in_month(d.year, d.month)) { d.day -= days_in_month(d.year, d.month); if (++d.month > 12) { d.month = 1; ++d.year; } }
    return d;
}

// Characters a date can start with: digits, numerals, the words of relative dates (今天, 上月).
inline const bmp_set& date_starters() {
    static const bmp_set s([](char32_t c) {
        switch (c) {
            case U'今': case U'昨': case U'近': case U'日': case U'去': case U'明': case U'本': case U'上': case U'前': case U'最': case U'不':
                return true;
            default:
                return is_cn_numeral(c) || is_digit_char(c);
        }
    });
    return s;
}
}  // namespace detail

// Parses the date that starts exactly at pos. Unknown parts stay 0; nothing is guessed.
inline std::optional<date_match> parse_date(std::string_view s, std::size_t pos, const date_context& ctx = {}) {
    using detail::at;
    // every date below opens with one of the starters: most text is ruled out by one look-up
    if (pos >= s.size() || !detail::date_starters()[detail::decode(s, pos).cp]) return std::nullopt;
    date_match m;
    m.begin = pos;
    std::size_t p = pos;
    date& d = m.value;
    // vague: no date
    static constexpr std::string_view vague[] = {"近日", "日前", "近期", "前不久", "不久前", "最近"};
    for (auto v : vague)
        if (at(s, p, v)) { m.no_date = true; m.end = p + v.size(); m.text = s.substr(pos, m.end - pos); return m; }
    struct rel { std::string_view t; int days; bool day; int years; int months; };
    static constexpr rel rels[] = {{"今天", 0, true, 0, 0},  {"今日", 0, true, 0, 0},  {"昨天", -1, true, 0, 0},
                                   {"昨日", -1, true, 0, 0}, {"前天", -2, true, 0, 0}, {"明天", 1, true, 0, 0},
                                   {"今年", 0, false, 0, 0}, {"去年", 0, false, -1, 0}, {"明年", 0, false, 1, 0},
                                   {"前年", 0, false, -2, 0}, {"本月", 0, false, 0, 0}, {"上月", 0, false, 0, -1}};
    for (const auto& r : rels) {
        if (!at(s, p, r.t)) continue;
        m.relative = true;
        p += r.t.size();
        if (r.day) {
            date ref{ctx.year, ctx.month, ctx.day};
            d = detail::shift_days(ref, r.days);
        } else if (r.t == "本月" || r.t == "上月") {
            d.year = ctx.year;
            d.month = ctx.month;
            if (r.months && d.month) { if (--d.month < 1) { d.month = 12; if (d.year) --d.year; } }
        } else {
            d.year = ctx.year ? ctx.year + r.years : 0;
        }
        m.part = detail::part_at(s, p);
        m.end = p;
        m.text = s.substr(pos, p - pos);
        return m;
    }
    // ISO-like: 2022-05-30, 2022/5/30, 2022.05.30
    if (auto y = detail::year_at(s, p); y && y->second < s.size() && (s[y->second] == '-' || s[y->second] == '/' || s[y->second] == '.')) {
        const char sep = s[y->second];
        auto mo = detail::small_number(s, y->second + 1, 12);
        if (mo && mo->first >= 1 && mo->second < s.size() && s[mo->second] == sep) {
            auto dd = detail::small_number(s, mo->second + 1, 31);
            if (dd && dd->first >= 1 && dd->first <= days_in_month(y->first, mo->first)) {
                d = {y->first, mo->first, dd->first, true, true, true};
                m.end = dd->second;
                m.text = s.substr(pos, m.end - pos);
                return m;
            }
        }
    }
    if (auto y = detail::year_at(s, p); y && at(s, y->second, "年") && !at(s, y->second, "年度")) {
        d.year = y->first;
        d.year_stated = true;
        p = y->second + 3;
    }
    if (auto mo = detail::small_number(s, p, 12); mo && mo->first >= 1 && at(s, mo->second, "月") &&
                                                  !at(s, mo->second, "月底") && !at(s, mo->second, "月中旬") &&
                                                  !at(s, mo->second, "月上旬") && !at(s, mo->second, "月下旬") &&
                                                  !at(s, mo->second, "月末")) {
        d.month = mo->first;
        d.month_stated = true;
        p = mo->second + 3;
    }
    if (auto dd = detail::small_number(s, p, 31); dd && dd->first >= 1 && (at(s, dd->second, "日") || at(s, dd->second, "号"))) {
        const int month = d.month ? d.month : ctx.last_month;
        const int y = d.year ? d.year : ctx.year ? ctx.year : 2000;  // 2000: a leap year allows 2月29日
        if (month && dd->first > days_in_month(y, month)) return std::nullopt;  // 2月30日 is no date
        if (month) {
            if (!d.month) d.month = month;  // inferred from the month last seen
            d.day = dd->first;
            d.day_stated = true;
            p = dd->second + 3;
        }
    }
    if (!d.month_stated && !d.day_stated) {
        if (!d.year_stated) return std::nullopt;
        // a bare year (2022年) is a period, not a date
        return std::nullopt;
    }
    if (!d.year_stated) d.year = ctx.year;  // inferred (0 when unknown)
    m.part = detail::part_at(s, p);
    m.end = p;
    m.text = s.substr(pos, p - pos);
    return m;
}

// Calls f(const date_match&) for each date in s; a bare day takes the month last seen.
template <class F>
void scan_dates(std::string_view s, date_context ctx, F&& f) {
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const auto& starters = detail::date_starters();
    std::size_t p = 0;
    while (p < s.size()) {
        p = detail::next_in(u, p, s.size(), starters);  // a digit, a numeral or a relative date word
        if (p >= s.size()) break;
        std::size_t dl = 0;
        const bool fresh = p == 0 || !(detail::digit_at(s, detail::prev_pos(s, p), dl) >= 0);
        if (fresh) {
            if (auto m = parse_date(s, p, ctx)) {
                if (m->value.month) ctx.last_month = m->value.month;
                f(*m);
                p = m->end;
                continue;
            }
        }
        p += detail::seq_len(u[p]);
    }
}

// The year a page is about, from the text alone: the latest year written as 20XX年 that is not
// a goal horizon (到2025年, 至2035年); 0 when the page names no year.
inline int infer_year(std::string_view s) {
    int best = 0;
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t p = 0; p < s.size();) {
        // only an ASCII digit or EF (full-width digits) can start a year; no continuation byte is either
        if (u[p] - unsigned('0') > 9u && u[p] != 0xEF) {
            p = detail::next_digit_or(u, p + 1, s.size(), 0xEF);
            continue;
        }
        if (u[p] != 0xEF) {
            // a run of ASCII digits that is not four long holds no year (one that a full-width
            // digit may continue is read character by character below)
            std::size_t q = p + 1;
            while (q < s.size() && u[q] - unsigned('0') <= 9u) ++q;
            if (q - p != 4 && (q == s.size() || u[q] != 0xEF)) {
                p = q;
                continue;
            }
        }
        std::size_t dl = 0;
        if (detail::digit_at(s, p, dl) >= 0 && (p == 0 || detail::digit_at(s, detail::prev_pos(s, p), dl) < 0)) {
            auto y = detail::year_at(s, p);
            if (y && detail::at(s, y->second, "年")) {
                const bool horizon = detail::ends_at(s, p, "到") || detail::ends_at(s, p, "至") || detail::ends_at(s, p, "-") ||
                                     detail::ends_at(s, p, "—") || detail::ends_at(s, p, "~") || detail::ends_at(s, p, "截至");
                if (!horizon && y->first > best && y->first >= 1949 && y->first <= 2100) best = y->first;
                p = y->second;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(s[p]);
        p += c < 0x80 ? 1 : detail::seq_len(c);
    }
    return best;
}

// How 年底 is read: the last day of the year (default) or the last day of November.
enum class year_end { december_31, november_30 };

struct period_options {
    int year = 0;  // reference year; 0 = unknown
    govnews::year_end year_end = year_end::december_31;
};

// Every period parse_period reads holds one of these characters: 年 (years, halves, 年底),
// 季 (quarters), 月 (months), 五 (the five-year plans) and the open words' 节 汛 庆 旦 冬. A text
// without any holds no period: a reader that knows a clause's words need not scan it.
inline constexpr std::string_view period_anchors[] = {"年", "季", "月", "五", "节", "汛", "庆", "旦", "冬"};

// Parses the period that starts exactly at pos.
inline std::optional<period> parse_period(std::string_view s, std::size_t pos, const period_options& o = {}) {
    using detail::at;
    period r;
    r.begin = pos;
    std::size_t p = pos;
    int year = o.year;
    bool year_stated = false;
    auto finish = [&](grain g, int m1, int d1, int m2, int d2) {
        r.grain = g;
        r.first = {year, m1, d1, year_stated, true, true};
        r.last = {year, m2, d2 ? d2 : days_in_month(year, m2), year_stated, true, true};
        r.has_deadline = true;
        r.end = p;
        r.text = s.substr(pos, p - pos);
        return r;
    };
    // five-year plans: 十四五, “十四五”期间, 十四五时期
    {
        std::size_t q = p;
        const bool quoted = at(s, q, "“");
        if (quoted) q += 3;
        static constexpr std::pair<std::string_view, int> plans[] = {{"十一五", 11}, {"十二五", 12}, {"十三五", 13},
                                                                   {"十四五", 14}, {"十五五", 15}, {"十六五", 16}};
        for (const auto& [w, n] : plans) {
            if (!at(s, q, w)) continue;
            q += w.size();
            if (quoted && at(s, q, "”")) q += 3;
            if (at(s, q, "期间") || at(s, q, "时期") || at(s, q, "末")) q += 6;
            else if (at(s, q, "规划")) { /* 十四五规划: the period is the plan's */ }
            p = q;
            const int start = 1981 + 5 * (n - 6);
            r.grain = grain::five_year_plan;
            r.first = {start, 1, 1, false, false, false};
            r.last = {start + 4, 12, 31, false, false, false};
            r.has_deadline = true;
            r.end = p;
            r.text = s.substr(pos, p - pos);
            return r;
        }
    }
    if (auto y = detail::year_at(s, p); y && at(s, y->second, "年")) {
        year = y->first;
        year_stated = true;
        p = y->second + 3;
        if (at(s, p, "度")) p += 3;
        else if (at(s, p, "底") || at(s, p, "末")) p -= 3;  // 2021年底: read 年底 below
        // 2021年 alone or 2021年度: the year; 2021年底 etc. continue below
        if (!at(s, p, "年底") && !at(s, p, "年末") && !at(s, p, "一季度") && !at(s, p, "上半年") && !at(s, p, "下半年") &&
            !at(s, p, "第") && !(detail::small_number(s, p, 12) && !at(s, p, "年"))) {
            return finish(grain::year, 1, 1, 12, 31);
        }
    }
    // quarters: 一季度, 第一季度, 1季度, 一季度末
    {
        std::size_t q = p;
        if (at(s, q, "第")) q += 3;
        if (at(s, q, "前三季度")) { p = q + 12; return finish(grain::quarter, 1, 1, 9, 30); }
        if (auto n = detail::small_number(s, q, 4); n && n->first >= 1 && at(s, n->second, "季度")) {
            p = n->second + 6;
            if (at(s, p, "末")) p += 3;
            const int qn = n->first;
            return finish(grain::quarter, qn * 3 - 2, 1, qn * 3, 0);
        }
    }
    struct fixed { std::string_view t; grain g; int m1, m2; };
    static constexpr fixed fixed_words[] = {{"上半年", grain::half, 1, 6}, {"下半年", grain::half, 7, 12},
                                            {"全年", grain::year, 1, 12},   {"年内", grain::year, 1, 12},
                                            {"年底前", grain::year, 1, 12}, {"年底", grain::year, 1, 12},
                                            {"年末", grain::year, 1, 12},   {"今年", grain::year, 1, 12},
                                            {"本年度", grain::year, 1, 12}};
    for (const auto& f : fixed_words) {
        if (!at(s, p, f.t)) continue;
        p += f.t.size();
        if (f.t == "年底" || f.t == "年末") { if (at(s, p, "前") || at(s, p, "以前")) p += at(s, p, "前") ? 3 : 6; }
        const bool year_end_word = f.t.find("年底") == 0 || f.t.find("年末") == 0;
        if (year_end_word && o.year_end == year_end::november_30) return finish(f.g, f.m1, 1, 11, 30);
        return finish(f.g, f.m1, 1, f.m2, 0);
    }
    // N月底前, N月底, N月末, N月中旬前, N月上旬, N月下旬, 月底前
    {
        auto n = detail::small_number(s, p, 12);
        std::size_t q = n ? n->second : p;
        int month = n ? n->first : 0;
        if (at(s, q, "月")) {
            q += 3;
            int d1 = 1, d2 = 0;
            grain g = grain::month;
            bool ok = false;
            if (at(s, q, "底") || at(s, q, "末")) { q += 3; ok = true; }
            else if (at(s, q, "上旬")) { q += 6; d2 = 10; g = grain::xun; ok = true; }
            else if (at(s, q, "中旬")) { q += 6; d1 = 11; d2 = 20; g = grain::xun; ok = true; }
            else if (at(s, q, "下旬")) { q += 6; d1 = 21; g = grain::xun; ok = true; }
            else if (n && (at(s, q, "前") || at(s, q, "份"))) { ok = true; }
            if (ok) {
                if (at(s, q, "前")) q += 3;
                else if (at(s, q, "以前")) q += 6;
                p = q;
                if (!month) {  // 月底前 without a month: no fixed end
                    r.grain = grain::open;
                    r.end = p;
                    r.text = s.substr(pos, p - pos);
                    return r;
                }
                // "3月前" means before March: the deadline is the end of February
                if (!at(s, n->second + 3, "底") && !at(s, n->second + 3, "末") && !at(s, n->second + 3, "份") && g == grain::month) {
                    const int m = month == 1 ? 12 : month - 1;
                    return finish(g, m, 1, m, 0);
                }
                return finish(g, month, d1, month, d2);
            }
        }
    }
    // open-ended: 春节前, 汛期前, 国庆前: kept as written, no deadline
    static constexpr std::string_view open_words[] = {"春节前", "汛期前", "国庆前", "国庆节前", "元旦前", "春节后", "汛前", "入冬前", "年中"};
    for (auto w : open_words) {
        if (!at(s, p, w)) continue;
        p += w.size();
        r.grain = grain::open;
        r.end = p;
        r.text = s.substr(pos, p - pos);
        return r;
    }
    return std::nullopt;
}

namespace detail {
// Characters a period can start with; every other position is skipped without parsing.
inline bool starts_period(char32_t c) noexcept {
    switch (c) {
        case U'第': case U'前': case U'上': case U'下': case U'全': case U'年': case U'今': case U'本': case U'“':
        case U'春': case U'汛': case U'国': case U'元': case U'入': case U'月':
            return true;
        default:
            return is_cn_numeral(c);
    }
}
inline const bmp_set& period_starters() {
    static const bmp_set s([](char32_t c) { return starts_period(c) || is_digit_char(c); });
    return s;
}
// Whether parse_period can match at p, from the words a period opens with or the period word
// (年, 季度, 月) after a number: never false where it would match, and far cheaper than trying.
// `run` keeps the end of the last run of numerals and whether a period word follows it, so a
// run is measured once whatever its length.
struct numeral_run { std::size_t end = 0; bool dated = false; };
inline bool may_open_period(std::string_view s, std::size_t p, numeral_run& run) {
    std::size_t dl = 0;
    const bool digit = digit_at(s, p, dl) >= 0;
    if (!digit && static_cast<unsigned char>(s[p]) < 0xE0) return false;
    const char32_t cp = digit ? 0 : decode(s, p).cp;
    const auto numeral_at = [&](std::size_t q, std::size_t& len) {
        if (digit_at(s, q, len) >= 0) return true;
        const auto d = decode(s, q);
        len = d.len;
        return is_cn_numeral(d.cp);
    };
    if (digit || is_cn_numeral(cp)) {
        if (p >= run.end) {
            std::size_t q = p, len = 0;
            while (q < s.size() && numeral_at(q, len)) q += len;
            run.end = q;
            run.dated = at(s, q, "年") || at(s, q, "季") || at(s, q, "月");
        }
        return run.dated || (cp == U'十' && at(s, p + 6, "五"));  // 十四五
    }
    switch (cp) {
        case U'“': return at(s, p + 3, "十");
        case U'第': {
            std::size_t len = 0;
            return at(s, p + 3, "前三季度") || (p + 3 < s.size() && numeral_at(p + 3, len));
        }
        case U'前': return at(s, p, "前三季度");
        case U'上': return at(s, p, "上半年");
        case U'下': return at(s, p, "下半年");
        case U'全': return at(s, p, "全年");
        case U'年': return at(s, p, "年内") || at(s, p, "年底") || at(s, p, "年末") || at(s, p, "年中");
        case U'今': return at(s, p, "今年");
        case U'本': return at(s, p, "本年度");
        case U'月': return at(s, p, "月底") || at(s, p, "月末") || at(s, p, "月上旬") || at(s, p, "月中旬") || at(s, p, "月下旬");
        case U'春': return at(s, p, "春节");
        case U'汛': return at(s, p, "汛期前") || at(s, p, "汛前");
        case U'国': return at(s, p, "国庆");
        case U'元': return at(s, p, "元旦前");
        case U'入': return at(s, p, "入冬前");
        default: return false;
    }
}
}  // namespace detail

// Calls f(const period&) for each period in s, left to right; f may return bool: false stops.
template <class F>
void scan_periods(std::string_view s, const period_options& o, F&& f) {
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const auto& starters = detail::period_starters();
    detail::numeral_run run;
    for (std::size_t p = 0; p < s.size();) {
        p = detail::next_in(u, p, s.size(), starters);  // the bytes decide where a period can open
        if (p >= s.size()) break;
        if (detail::may_open_period(s, p, run)) {
            if (auto r = parse_period(s, p, o)) {
                if constexpr (std::is_same_v<decltype(f(*r)), bool>) {
                    if (!f(*r)) return;
                } else {
                    f(*r);
                }
                p = r->end > p ? r->end : p + 1;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(s[p]);
        p += c < 0x80 ? 1 : detail::seq_len(c);
    }
}

}  // namespace govnews
