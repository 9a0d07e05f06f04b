// Value parsers, part 1: exact decimal numbers as Chinese government text writes them:
// Arabic (thousands separators, decimals, full-width digits), Chinese numerals (incl. the financial
// forms), and Arabic digits with Chinese multipliers (1.2万, 12.5亿, 3万2千).
// No binary floating point: a value is mantissa × 10^exponent, exact up to 10^18.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "detail/bytes.hpp"
#include "detail/utf8.hpp"

namespace govnews {

struct decimal {
    std::int64_t mantissa = 0;
    int exponent = 0;  // value = mantissa * 10^exponent

    // Exact integer value when it is one and fits; nullopt otherwise.
    std::optional<std::int64_t> to_integer() const noexcept {
        if (exponent < 0) {
            std::int64_t m = mantissa;
            for (int e = exponent; e < 0; ++e) { if (m % 10) return std::nullopt; m /= 10; }
            return m;
        }
        std::int64_t m = mantissa;
        for (int e = 0; e < exponent; ++e) {
            if (m > INT64_MAX / 10 || m < INT64_MIN / 10) return std::nullopt;
            m *= 10;
        }
        return m;
    }
    // The nearest double: one correctly rounded operation when mantissa and 10^|exponent| are
    // both exact doubles (4.94, not 4.9399999999999995), so JSON text round-trips.
    double to_double() const noexcept {
        static constexpr double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                           1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        const double m = static_cast<double>(mantissa);
        const bool exact_m = mantissa < (std::int64_t{1} << 53) && mantissa > -(std::int64_t{1} << 53);
        if (exact_m && exponent >= -22 && exponent <= 22) return exponent < 0 ? m / pow10[-exponent] : m * pow10[exponent];
        double v = m;
        for (int e = 0; e < exponent; ++e) v *= 10;
        for (int e = exponent; e < 0; ++e) v /= 10;
        return v;
    }
    // Canonical text: "1250000000", "5.5", "0.25".
    std::string to_string() const {
        // appends only: GCC 12 warns (-Wrestrict) on operator+ chains of std::string
        std::string digits = std::to_string(mantissa < 0 ? -mantissa : mantissa);
        std::string out;
        if (mantissa < 0) out.push_back('-');
        if (exponent >= 0) {
            out.append(digits);
            if (mantissa != 0) out.append(static_cast<std::size_t>(exponent), '0');
            return out;
        }
        const auto frac = static_cast<std::size_t>(-exponent);
        if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
        std::string fraction = digits.substr(digits.size() - frac);
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
        out.append(digits, 0, digits.size() - frac);
        if (!fraction.empty()) { out.push_back('.'); out.append(fraction); }
        return out;
    }
    decimal normalized() const noexcept {
        decimal d = *this;
        if (d.mantissa == 0) return {0, 0};
        while (d.mantissa % 10 == 0) { d.mantissa /= 10; ++d.exponent; }
        return d;
    }
    friend bool operator==(const decimal& a, const decimal& b) noexcept {
        const decimal x = a.normalized(), y = b.normalized();
        return x.mantissa == y.mantissa && x.exponent == y.exponent;
    }
    friend bool operator!=(const decimal& a, const decimal& b) noexcept { return !(a == b); }
};

struct number_match {
    decimal value;
    std::size_t begin = 0, end = 0;  // bytes in the parsed text
    bool chinese = false;            // written (at least partly) with Chinese numerals
    bool has_multiplier = false;     // 万, 亿 … applied
};

namespace detail {

// Value of a Chinese digit, -1 when not a digit. Multipliers are separate.
constexpr int cn_digit(char32_t c) noexcept {
    switch (c) {
        case U'零': case U'〇': return 0;
        case U'一': case U'壹': return 1;
        case U'二': case U'贰': case U'两': return 2;
        case U'三': case U'叁': return 3;
        case U'四': case U'肆': return 4;
        case U'五': case U'伍': return 5;
        case U'六': case U'陆': return 6;
        case U'七': case U'柒': return 7;
        case U'八': case U'捌': return 8;
        case U'九': case U'玖': return 9;
        default: return -1;
    }
}
// 十 百 千 inside a section; 万 亿 close a section. Returns the power of ten, 0 if none.
constexpr int cn_unit(char32_t c) noexcept {
    switch (c) {
        case U'十': case U'拾': return 1;
        case U'百': case U'佰': return 2;
        case U'千': case U'仟': return 3;
        case U'万': return 4;
        case U'亿': return 8;
        default: return 0;
    }
}
constexpr bool is_cn_numeral(char32_t c) noexcept { return cn_digit(c) >= 0 || cn_unit(c) > 0; }
// An ASCII or full-width digit.
constexpr bool is_digit_char(char32_t c) noexcept { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

// A set of characters of the Basic Multilingual Plane as bits: scans that look for a few
// characters test each one with a load instead of a switch.
struct bmp_set {
    std::uint64_t bits[1024] = {};
    template <class Pred>
    explicit bmp_set(Pred in) {
        for (char32_t c = 0; c < 0x10000; ++c)
            if (in(c)) bits[c >> 6] |= std::uint64_t(1) << (c & 63);
    }
    bool operator[](char32_t c) const noexcept { return c < 0x10000 && ((bits[c >> 6] >> (c & 63)) & 1u); }
};
inline const bmp_set& cn_numerals() {
    static const bmp_set s([](char32_t c) { return is_cn_numeral(c); });
    return s;
}
// The characters a number opens with: ASCII and full-width digits, Chinese numerals.
inline const bmp_set& number_starts() {
    static const bmp_set s([](char32_t c) { return is_cn_numeral(c) || is_digit_char(c); });
    return s;
}
// The first position at or after p of an ASCII digit or of a three-byte character in `starts`
// (whose ASCII members must be digits), or n. Numerals are under 2% of the characters of
// Chinese prose, so most blocks of sixteen bytes hold none: only their lead bytes are read.
// Positions are character starts in valid UTF-8.
inline std::size_t next_in(const unsigned char* u, std::size_t p, std::size_t n, const bmp_set& starts) noexcept {
    const auto three = [&](std::size_t q) {
        const char32_t cp = (char32_t(u[q] & 0x0F) << 12) | (char32_t(u[q + 1] & 0x3F) << 6) | char32_t(u[q + 2] & 0x3F);
        return static_cast<unsigned>((starts.bits[cp >> 6] >> (cp & 63)) & 1u);
    };
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // the same from one load of four bytes (q + 4 readable): the row is cp >> 6, the bit cp & 63
    const auto three4 = [&](std::size_t q) {
        std::uint32_t w;
        std::memcpy(&w, u + q, 4);
        const std::uint32_t row = ((w & 0x0Fu) << 6) | ((w >> 8) & 0x3Fu);
        return static_cast<unsigned>((starts.bits[row] >> ((w >> 16) & 0x3Fu)) & 1u);
    };
#else
    const auto& three4 = three;
#endif
#ifdef GOVNEWS_SSE2
    const __m128i below = _mm_set1_epi8('0' - 1), above = _mm_set1_epi8('9' + 1);
    const __m128i high = _mm_set1_epi8(static_cast<char>(0xF0)), lead3 = _mm_set1_epi8(static_cast<char>(0xE0));
    for (; p + 19 <= n; p += 16) {  // a lead at 15 reads four bytes
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p));
        auto found = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, below), _mm_cmplt_epi8(v, above))));
        auto leads = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, high), lead3)));
        for (; leads; leads &= leads - 1) {
            const unsigned i = static_cast<unsigned>(lowest_bit(leads));
            found |= three4(p + i) << i;
        }
        if (found) return p + static_cast<std::size_t>(lowest_bit(found));
    }
#endif
    for (; p < n; ++p) {
        if (u[p] >= '0' && u[p] <= '9') return p;
        if ((u[p] & 0xF0) == 0xE0 && p + 3 <= n && three(p)) return p;
    }
    return n;
}
// The code point of the ideograph (U+4000-U+9FFF) at u[p], or 0 for anything else: the bytes
// decide, so loops over Chinese text do not decode.
GOVNEWS_HOT char32_t ideograph_at(const unsigned char* u, std::size_t p, std::size_t n) noexcept {
    const unsigned c = u[p];
    if (c - 0xE4u >= 6u || p + 3 > n) return 0;
    return (char32_t(c & 0x0F) << 12) | (char32_t(u[p + 1] & 0x3F) << 6) | char32_t(u[p + 2] & 0x3F);
}

// ASCII or full-width digit at pos: its value and byte length, or -1.
inline int digit_at(std::string_view s, std::size_t pos, std::size_t& len) noexcept {
    const auto c = static_cast<unsigned char>(s[pos]);
    if (c >= '0' && c <= '9') { len = 1; return c - '0'; }
    if (c == 0xEF && pos + 2 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0xBC) {
        const auto c2 = static_cast<unsigned char>(s[pos + 2]);
        if (c2 >= 0x90 && c2 <= 0x99) { len = 3; return c2 - 0x90; }
    }
    return -1;
}
inline bool decimal_point_at(std::string_view s, std::size_t pos, std::size_t& len) noexcept {
    if (pos < s.size() && s[pos] == '.') { len = 1; return true; }
    if (at(s, pos, "\xEF\xBC\x8E")) { len = 3; return true; }  // ．
    return false;
}

// Multiplies by 10^p exactly: only the exponent moves.
inline void scale(decimal& d, int p) noexcept { d.exponent += p; }
inline bool add_checked(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
    if (b > 0 && a > INT64_MAX - b) return false;
    out = a + b;
    return true;
}
inline bool mul_checked(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
    if (a != 0 && b > INT64_MAX / a) return false;
    out = a * b;
    return true;
}
// Aligns two decimals to the smaller exponent and adds them.
inline bool add_decimal(decimal a, decimal b, decimal& out) noexcept {
    if (a.mantissa == 0) { out = b; return true; }
    if (b.mantissa == 0) { out = a; return true; }
    while (a.exponent > b.exponent) { if (!mul_checked(a.mantissa, 10, a.mantissa)) return false; --a.exponent; }
    while (b.exponent > a.exponent) { if (!mul_checked(b.mantissa, 10, b.mantissa)) return false; --b.exponent; }
    out.exponent = a.exponent;
    return add_checked(a.mantissa, b.mantissa, out.mantissa);
}

// Arabic digits with optional thousands separators and decimals at pos.
inline std::optional<number_match> parse_arabic(std::string_view s, std::size_t pos) {
    std::size_t p = pos, len = 0;
    std::int64_t m = 0;
    int exp = 0, digits = 0;
    bool any = false;
    for (;;) {
        if (p < s.size()) {
            const int d = digit_at(s, p, len);
            if (d >= 0) {
                if (!mul_checked(m, 10, m) || !add_checked(m, d, m)) return std::nullopt;  // overflow
                p += len; any = true; ++digits;
                continue;
            }
        }
        // thousands separator: a comma followed by exactly three digits
        if (any && p + 4 <= s.size() && s[p] == ',') {
            std::size_t q = p + 1, l2 = 0, k = 0;
            while (k < 3 && q < s.size() && digit_at(s, q, l2) >= 0) { q += l2; ++k; }
            const bool more = q < s.size() && digit_at(s, q, l2) >= 0;
            if (k == 3 && !more && digits <= 3 + 3 * 5) { p = p + 1; continue; }
        }
        break;
    }
    if (!any) return std::nullopt;
    std::size_t pl = 0;
    if (decimal_point_at(s, p, pl) && p + pl < s.size() && digit_at(s, p + pl, len) >= 0) {
        p += pl;
        int d;
        while (p < s.size() && (d = digit_at(s, p, len)) >= 0) {
            if (!mul_checked(m, 10, m) || !add_checked(m, d, m)) return std::nullopt;
            --exp; p += len;
        }
    }
    return number_match{{m, exp}, pos, p, false, false};
}

// A maximal run of Chinese numerals at pos, validated as a whole: 十四五 is not a number.
inline std::optional<number_match> parse_chinese(std::string_view s, std::size_t pos) {
    static constexpr std::int64_t small_pow[] = {1, 10, 100, 1000};
    std::size_t p = pos;
    std::int64_t total = 0, wan = 0, section = 0, positional = 0;
    int digit = -1, last_small = 4, ndigits = 0;
    bool any = false, only_digits = true, two_in_row = false, prev_nonzero_digit = false;
    while (p < s.size()) {
        const auto d = decode(s, p);
        const int dg = cn_digit(d.cp), un = cn_unit(d.cp);
        if (dg < 0 && un == 0) break;
        if (dg >= 0) {
            if (positional > 100000000000LL) return std::nullopt;
            positional = positional * 10 + dg;
            ++ndigits;
            if (prev_nonzero_digit && dg != 0) two_in_row = true;
            prev_nonzero_digit = dg != 0;
            digit = dg;
        } else {
            only_digits = false;
            if (two_in_row) return std::nullopt;
            const std::int64_t pending = digit > 0 ? digit : 0;
            if (un <= 3) {
                std::int64_t n = digit > 0 ? digit : (un == 1 || (!any && un >= 2)) ? 1 : -1;
                if (n < 0 || un >= last_small) return std::nullopt;
                section += n * small_pow[un];
                last_small = un;
            } else if (un == 4) {
                const std::int64_t g = section + pending;
                if (!any || g == 0 || wan != 0) return std::nullopt;
                wan = g * 10000;
                section = 0;
                last_small = 4;
            } else {
                std::int64_t g = wan + section + pending;
                if (!any || g == 0 || !add_checked(total, g, g) || !mul_checked(g, 100000000, g)) return std::nullopt;
                total = g;
                wan = section = 0;
                last_small = 4;
            }
            digit = -1;
            prev_nonzero_digit = false;
        }
        any = true;
        p += d.len;
    }
    if (!any) return std::nullopt;
    if (only_digits) return number_match{{positional, 0}, pos, p, true, false};  // 二〇二二, or one digit
    if (two_in_row) return std::nullopt;
    std::int64_t v = 0;
    if (!add_checked(total, wan, v) || !add_checked(v, section, v) || !add_checked(v, digit > 0 ? digit : 0, v))
        return std::nullopt;
    return number_match{{v, 0}, pos, p, true, false};
}

// A multiplier written after Arabic digits (万, 亿, 万亿, 千万, 百亿 …) as a power of ten.
inline int multiplier_at(std::string_view s, std::size_t pos, std::size_t& len) noexcept {
    int total = 0, last = 0;
    std::size_t p = pos;
    while (p < s.size()) {
        const auto d = decode(s, p);
        const int u = cn_unit(d.cp);
        if (u == 0) break;
        const bool fits = last == 0 || (last < 4 && u >= 4) || (last == 4 && u == 8);
        if (!fits) break;
        total += u;
        last = u;
        p += d.len;
    }
    len = p - pos;
    return total;
}

}  // namespace detail

// Parses the number that starts exactly at pos: Arabic (with a multiplier such as 万/亿 and a
// follow-on such as 3万2千) or Chinese numerals. No match is a value, never an exception.
inline std::optional<number_match> parse_number(std::string_view s, std::size_t pos = 0) {
    if (pos >= s.size()) return std::nullopt;
    std::size_t len = 0;
    if (detail::digit_at(s, pos, len) >= 0) {
        auto n = detail::parse_arabic(s, pos);
        if (!n) return std::nullopt;
        std::size_t ml = 0;
        const int pw = detail::multiplier_at(s, n->end, ml);
        if (pw > 0) {
            detail::scale(n->value, pw);
            n->end += ml;
            n->has_multiplier = true;
            // 3万2千: a smaller Arabic+multiplier part follows
            if (n->end < s.size() && detail::digit_at(s, n->end, len) >= 0) {
                auto tail = detail::parse_arabic(s, n->end);
                std::size_t tl = 0;
                const int tp = tail ? detail::multiplier_at(s, tail->end, tl) : 0;
                if (tail && tp > 0 && tp < pw && tail->value.exponent == 0) {
                    decimal t = tail->value;
                    detail::scale(t, tp);
                    decimal sum;
                    if (detail::add_decimal(n->value, t, sum)) { n->value = sum; n->end = tail->end + tl; }
                }
            }
        }
        return n;
    }
    const auto d = detail::decode(s, pos);
    if (!detail::cn_numerals()[d.cp]) return std::nullopt;
    auto n = detail::parse_chinese(s, pos);
    if (n) n->has_multiplier = false;
    return n;
}

}  // namespace govnews
