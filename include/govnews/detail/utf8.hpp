// Byte-level UTF-8 helpers shared by every stage. Internal: not part of the public API.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#endif

// The byte helpers below sit in every inner loop: inlined even where the compiler would not.
#if defined(__GNUC__) || defined(__clang__)
#define GOVNEWS_HOT inline __attribute__((always_inline))
#else
#define GOVNEWS_HOT inline
#endif

namespace govnews::detail {

// Length of the sequence a lead byte announces (1 for ASCII and for stray bytes).
GOVNEWS_HOT constexpr std::size_t seq_len(unsigned char lead) noexcept {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

struct decoded {
    char32_t cp;        // U+FFFD for an invalid sequence
    std::size_t len;    // bytes consumed, at least 1
    bool valid;
};

// Decodes one code point at pos (pos < s.size()). Never reads past s; invalid input consumes one byte.
GOVNEWS_HOT decoded decode(std::string_view s, std::size_t pos) noexcept {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) return {b0, 1, true};
    // fast path: the three-byte sequences of Chinese text
    if ((b0 & 0xF0) == 0xE0 && pos + 3 <= s.size()) {
        const auto b1 = static_cast<unsigned char>(s[pos + 1]), b2 = static_cast<unsigned char>(s[pos + 2]);
        if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
            const char32_t cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | char32_t(b2 & 0x3F);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3, true};
        }
        return {0xFFFD, 1, false};
    }
    const std::size_t n = seq_len(b0);
    if (n == 1 || pos + n > s.size()) return {0xFFFD, 1, false};
    char32_t cp = n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[pos + i]);
        if ((b & 0xC0) != 0x80) return {0xFFFD, 1, false};
        cp = (cp << 6) | (b & 0x3F);
    }
    const bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
    return {cp, n, true};
}

// Code point at pos for text already known to be valid (normalized text).
inline char32_t cp_at(std::string_view s, std::size_t pos) noexcept { return decode(s, pos).cp; }

// Start of the code point before pos (pos > 0), at most four bytes back.
inline std::size_t prev_pos(std::string_view s, std::size_t pos) noexcept {
    // a three-byte character, as nearly every one of Chinese text: its lead and two continuation
    // bytes decide at once (what the loop below finds for them)
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    if (pos >= 3 && (byte(pos - 3) & 0xF0) == 0xE0 && (byte(pos - 2) & 0xC0) == 0x80 && (byte(pos - 1) & 0xC0) == 0x80) return pos - 3;
    std::size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80 && pos - p < 4) --p;
    return p;
}

inline std::size_t encode(char32_t cp, char* out) noexcept {
    if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

// Number of code points in valid UTF-8 (counts lead bytes only).
inline std::size_t count_chars(std::string_view s) noexcept {
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t cont = 0, p = 0;
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
    // continuation bytes (0x80-0xBF: signed -128..-65) counted per byte lane, 255 blocks at most
    while (p + 16 <= s.size()) {
        __m128i lanes = _mm_setzero_si128();
        for (unsigned k = 0; k < 255 && p + 16 <= s.size(); ++k, p += 16)
            lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p)), _mm_set1_epi8(-64)));
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        cont += static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
    }
#endif
    for (; p < s.size(); ++p) cont += (u[p] & 0xC0) == 0x80;
    return s.size() - cont;
}

constexpr bool is_cjk(char32_t c) noexcept {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

// Display columns: wide (CJK, full-width punctuation) counts 2.
constexpr std::size_t columns(char32_t c) noexcept { return c < 0x1100 ? 1 : 2; }

constexpr bool is_space(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0x3000 || c == 0xA0;
}

// Starts-with on bytes at a position.
// The words compared are a few bytes long (Chinese ones 3, 6, 9, 12): two loads that overlap
// compare any length from 2 to 16, no byte loop and no library call.
template <class Word>
inline Word load_bytes(const char* p) noexcept {
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
}
GOVNEWS_HOT bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (load_bytes<std::uint64_t>(a + i) != load_bytes<std::uint64_t>(b + i)) return false;
        return load_bytes<std::uint64_t>(a + n - 8) == load_bytes<std::uint64_t>(b + n - 8);
    }
    if (n >= 4) return load_bytes<std::uint32_t>(a) == load_bytes<std::uint32_t>(b) && load_bytes<std::uint32_t>(a + n - 4) == load_bytes<std::uint32_t>(b + n - 4);
    if (n >= 2) return load_bytes<std::uint16_t>(a) == load_bytes<std::uint16_t>(b) && load_bytes<std::uint16_t>(a + n - 2) == load_bytes<std::uint16_t>(b + n - 2);
    return n == 0 || a[0] == b[0];
}
GOVNEWS_HOT bool at(std::string_view s, std::size_t pos, std::string_view w) noexcept {
    return pos <= s.size() && s.size() - pos >= w.size() && same_bytes(s.data() + pos, w.data(), w.size());
}
GOVNEWS_HOT bool ends_at(std::string_view s, std::size_t end, std::string_view w) noexcept {
    return end <= s.size() && end >= w.size() && same_bytes(s.data() + end - w.size(), w.data(), w.size());
}
// Whether one of words is at pos: the text's first two bytes there are read once and only the
// words that begin with them are compared (Chinese words share their lead bytes, E4-E9, often).
template <class Words>
GOVNEWS_HOT bool at_any(std::string_view s, std::size_t pos, const Words& words) noexcept {
    if (pos >= s.size()) return false;
    const char c = s[pos], c1 = pos + 1 < s.size() ? s[pos + 1] : '\0';
    for (const std::string_view w : words)
        if (!w.empty() && w[0] == c && (w.size() == 1 || w[1] == c1) && at(s, pos, w)) return true;
    return false;
}

}  // namespace govnews::detail
