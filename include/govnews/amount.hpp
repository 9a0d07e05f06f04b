// Value parsers, part 2: amounts — a number with its unit, bound and raw span.
// 12.5亿元 → 1250000000 元; 不少于30个 → at_least 30 个; 3-5亿元 → range; 百分之五十 → 50 %.
// Words that only look like numbers (统一, 两会, 万人助万企, 十四五) stay words.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detail/utf8.hpp"
#include "lexicon.hpp"
#include "lexicons/units.hpp"
#include "number.hpp"

namespace govnews {

enum class bound { exact, at_least, at_most, about, range };

constexpr std::string_view to_string(bound b) noexcept {
    switch (b) {
        case bound::exact: return "exact";
        case bound::at_least: return "at_least";
        case bound::at_most: return "at_most";
        case bound::about: return "about";
        case bound::range: return "range";
    }
    return "exact";
}

enum class unit_kind : std::uint8_t { measure, quantity };

struct amount {
    decimal value;              // the number with multipliers applied (low end of a range)
    decimal high;               // high end of a range; equal to value otherwise
    std::string_view unit;      // after the multiplier: 元, 个, %, 个百分点 …; may be empty (300亿)
    unit_kind kind = unit_kind::quantity;
    govnews::bound bound = bound::exact;
    std::size_t begin = 0, end = 0;  // bytes in the parsed text, bound words included
    std::string_view text;           // the raw span
};

namespace detail {
// The three-byte characters a number opens with (Chinese numerals, full-width digits), one word
// each: a story's index finds them in the pass it makes anyway, so a scan of amounts over
// indexed text need only search for ASCII digits.
inline const lexicon& numeral_words() {
    static const lexicon lex = [] {
        std::vector<std::pair<std::string, std::uint32_t>> words;
        const auto& starts = number_starts();
        for (char32_t c = 0x800; c < 0x10000; ++c) {
            if (!starts[c]) continue;
            char buf[4];
            words.emplace_back(std::string(buf, encode(c, buf)), 1u);
        }
        return lexicon::from(words);
    }();
    return lex;
}
}  // namespace detail

// Policy: the unit table and the bound words. Swap it to extend without forking.
struct default_amount_lexicons {
    static const basic_lexicon<unit_kind>& units() {
        static const basic_lexicon<unit_kind> lex = [] {
            basic_lexicon<unit_kind> l;
            l.insert_all(lexicons::measure_words, unit_kind::measure);
            l.insert_all(lexicons::quantity_units, unit_kind::quantity);
            return l;
        }();
        return lex;
    }
    static const basic_lexicon<bound>& prefixes() {
        static const basic_lexicon<bound> lex{
            {"约", bound::about}, {"大约", bound::about}, {"近", bound::about}, {"将近", bound::about},
            {"接近", bound::about}, {"超过", bound::at_least}, {"突破", bound::at_least}, {"不少于", bound::at_least},
            {"至少", bound::at_least}, {"不低于", bound::at_least}, {"逾", bound::at_least}, {"超", bound::at_least},
            {"多于", bound::at_least}, {"高于", bound::at_least}, {"不超过", bound::at_most}, {"不高于", bound::at_most},
            {"不到", bound::at_most}, {"低于", bound::at_most}, {"控制在", bound::at_most},
        };
        return lex;
    }
    static const basic_lexicon<bound>& suffixes() {
        static const basic_lexicon<bound> lex{
            {"以上", bound::at_least}, {"及以上", bound::at_least}, {"以下", bound::at_most}, {"以内", bound::at_most},
            {"之内", bound::at_most}, {"左右", bound::about}, {"上下", bound::about},
        };
        return lex;
    }
};

template <class Lexicons = default_amount_lexicons>
class basic_amount_parser {
public:
    basic_amount_parser()
        : units_(Lexicons::units()), prefixes_(Lexicons::prefixes()), suffixes_(Lexicons::suffixes()), numerals_(detail::numeral_words()) {}
    explicit basic_amount_parser(basic_lexicon<unit_kind> units)
        : units_(std::move(units)), prefixes_(Lexicons::prefixes()), suffixes_(Lexicons::suffixes()), numerals_(detail::numeral_words()) {}

    // The amount whose number starts exactly at pos (a bound word just before it is included).
    std::optional<amount> parse(std::string_view s, std::size_t pos) const {
        std::size_t p = pos;
        bool percent_words = false;
        if (detail::at(s, p, "百分之")) { p += 9; percent_words = true; }
        if (p >= s.size()) return std::nullopt;
        if (ordinal_before(s, pos)) return std::nullopt;
        auto n = parse_number(s, p);
        if (!n) return std::nullopt;
        // a lone 一 (一个, 一批): no count whatever follows, so asked before anything is read after it
        if (n->chinese && !percent_words && !plausible_chinese(*n, s) && !prefix_before(s, pos)) return std::nullopt;
        amount a;
        a.value = a.high = n->value;
        a.begin = pos;
        p = n->end;
        bound b = bound::exact;
        // 十余个, 二十多条, 300多家: more than
        if (detail::at(s, p, "余") || detail::at(s, p, "多")) {
            if (!detail::at(s, p, "多元") && !detail::at(s, p, "多万")) { b = bound::at_least; p += 3; }
        }
        // range: 3至5, 3-5, 10万—20万, 3~5
        if (auto r = range_tail(s, p)) {
            decimal lo = n->value;
            if (!n->has_multiplier && r->number.has_multiplier && !n->chinese) {
                lo.exponent += r->power;  // 3-5亿元: the multiplier applies to both ends
            }
            a.value = lo;
            a.high = r->number.value;
            b = bound::range;
            p = r->number.end;
            n->has_multiplier = n->has_multiplier || r->number.has_multiplier;
        }
        if (percent_words) {
            a.unit = "%";
            a.kind = unit_kind::quantity;
        } else if (auto u = units_.longest(s, p)) {
            a.unit = s.substr(p, u.length);
            a.kind = u.value;
            p += u.length;
        } else if (detail::at(s, p, "\xE2\x80\xB0")) {
            a.unit = s.substr(p, 3);
            p += 3;
        }
        if (a.unit.empty() && !n->has_multiplier && !percent_words) return std::nullopt;  // a bare number
        if (date_follows(s, p)) return std::nullopt;
        if (b != bound::range) {
            if (auto pre = prefix_before(s, pos)) { b = pre->second; a.begin = pre->first; }
            if (auto suf = suffixes_.longest(s, p)) { if (b == bound::exact || b == bound::about) b = suf.value; p += suf.length; }
        }
        a.bound = b;
        a.end = p;
        a.text = s.substr(a.begin, a.end - a.begin);
        return a;
    }

    // Calls f(const amount&) for every amount in s, left to right, non-overlapping.
    template <class F>
    void scan(std::string_view s, F&& f) const {
        const auto& starts = detail::number_starts();
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        // the bytes decide where a number can open (a digit, a numeral; 百分之 opens with one too)
        each_amount(s, [&](std::size_t p) { return detail::next_in(u, p, s.size(), starts); }, f);
    }
    // The same, the numerals of s read from a story's index (lexicon_index.hpp) when it holds
    // numerals() and covers s: then only ASCII digits are searched for. Same result either way.
    template <class Index, class F>
    void scan(std::string_view s, const Index& idx, F&& f) const {
        const int bit = idx.bit_of(numerals_);
        if (bit < 0 || !idx.covers(s)) return scan(s, f);
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        const auto& hits = idx.hits();
        // a numeral is three bytes: one that s cuts at its end is not in s
        const auto b = static_cast<std::size_t>(s.data() - idx.text().data()), e = b + s.size();
        const auto* const last = hits.data() + hits.size();
        const auto in_s = [&](const auto* it) { return it != last && it->pos + 3 <= e; };
        const auto* it = idx.first_from(b);
        const std::uint32_t mask = 1u << bit;
        each_amount(s, [&](std::size_t p) {
            while (in_s(it) && (it->pos < b + p || !(it->members & mask))) ++it;
            const std::size_t numeral = in_s(it) ? it->pos - b : s.size();
            return detail::next_digit_or(u, p, numeral, '0', s.size());
        }, f);
    }
    // The words an index needs to hold for scan(s, idx, f): one lexicon_set member.
    const lexicon& numerals() const noexcept { return numerals_; }

private:
    // The loop of scan: next(p) is the first position at or after p where a number can open.
    template <class Next, class F>
    void each_amount(std::string_view s, Next&& next, F&& f) const {
        std::size_t p = 0;
        while (p < s.size()) {
            p = next(p);
            if (p >= s.size()) break;
            std::size_t dl = 0;
            const bool arabic = detail::digit_at(s, p, dl) >= 0;
            // Chinese numerals are mostly words (一是, 统一, 进一步): a number of them is an amount
            // only before 余/多, a range's dash or a unit, so the run is skipped unless one follows
            if (!arabic && !detail::at(s, p, "百分之")) {
                const std::size_t e = skip_run(s, p);
                if (!may_follow_chinese(s, e)) { p = e > p ? e : p + 1; continue; }
            }
            if (auto a = parse(s, p)) {
                f(*a);
                p = a->end > p ? a->end : p + 1;
                continue;
            }
            const std::size_t e = skip_run(s, p);  // the whole numeral run, so 十四五 is not re-read from 四
            p = e > p ? e : p + 1;
        }
    }

    struct range_end { number_match number; int power; };

    std::optional<range_end> range_tail(std::string_view s, std::size_t p) const {
        static constexpr std::string_view dashes[] = {"至", "到", "-", "—", "~", "～", "－", "–", "—", "——"};
        if (!detail::at_any(s, p, dashes)) return std::nullopt;  // most figures are followed by a unit
        for (auto d : dashes) {
            if (!detail::at(s, p, d)) continue;
            std::size_t q = p + d.size();
            if (d == "—" && detail::at(s, q, "—")) q += 3;
            auto m = parse_number(s, q);
            if (!m) return std::nullopt;
            // the multiplier power of the high end, to share with a bare low end
            int power = 0;
            if (m->has_multiplier) {
                auto bare = detail::parse_arabic(s, q);
                if (bare) { std::size_t ml = 0; power = detail::multiplier_at(s, bare->end, ml); }
            }
            return range_end{*m, power};
        }
        return std::nullopt;
    }

    std::optional<std::pair<std::size_t, bound>> prefix_before(std::string_view s, std::size_t pos) const {
        // bound words are at most 3 characters and end right before the number
        const auto m = prefixes_.longest_ending_at(s, pos, 3);
        if (!m) return std::nullopt;
        const std::size_t best = pos - m.length;
        const bound b = m.value;
        // 签约32个 and 最近 are words, not the bound words 约 and 近
        static constexpr std::string_view words[] = {"签约", "预约", "节约", "制约", "公约", "合约", "条约", "特约", "履约",
                                                    "违约", "邀约", "集约", "简约", "最近", "附近", "邻近", "靠近", "亲近",
                                                    "临近", "赶超", "高超"};
        for (auto w : words)
            if (detail::ends_at(s, pos, w) && w.size() > pos - best) return std::nullopt;
        return std::make_pair(best, b);
    }

    // What parse needs right after a number in Chinese numerals: 余/多, a range's dash, a unit.
    bool may_follow_chinese(std::string_view s, std::size_t e) const {
        if (e >= s.size()) return false;
        static constexpr std::string_view after[] = {"余", "多", "至", "到", "-", "—", "~", "～", "－", "–", "\xE2\x80\xB0"};
        return detail::at_any(s, e, after) || static_cast<bool>(units_.longest(s, e));
    }
    static bool ordinal_before(std::string_view s, std::size_t pos) {
        return detail::ends_at(s, pos, "第") || detail::ends_at(s, pos, "初");
    }
    static bool date_follows(std::string_view s, std::size_t p) {
        static constexpr std::string_view words[] = {"年", "月", "日", "号", "时", "点", "季度", "周年", "世纪", "届"};
        return detail::at_any(s, p, words);
    }
    // A Chinese numeral is a number only with a unit; a lone 一 is an article, not a count, and a
    // lone 百 or 千 is a word (百人观察团) unless 余/多 follows (百余家).
    static bool plausible_chinese(const number_match& n, std::string_view s) {
        if (n.end - n.begin != 3) return true;
        if (n.value.mantissa == 1 && n.value.exponent == 0) return false;
        const bool hundred_or_thousand = n.value.mantissa == 100 || n.value.mantissa == 1000;
        return !hundred_or_thousand || detail::at(s, n.end, "余") || detail::at(s, n.end, "多");
    }
    static std::size_t skip_run(std::string_view s, std::size_t p) {
        const auto& numerals = detail::cn_numerals();
        std::size_t dl = 0;
        while (p < s.size()) {
            if (detail::digit_at(s, p, dl) >= 0) { p += dl; continue; }
            const auto d = detail::decode(s, p);
            if (!numerals[d.cp]) break;
            p += d.len;
        }
        return p;
    }

    basic_lexicon<unit_kind> units_;
    basic_lexicon<bound> prefixes_;
    basic_lexicon<bound> suffixes_;
    lexicon numerals_;
};

using amount_parser = basic_amount_parser<>;

}  // namespace govnews
