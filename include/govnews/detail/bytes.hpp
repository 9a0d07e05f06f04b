// Byte searches for the scans where the bytes decide (sentence marks, digits): sixteen bytes at
// a time with SSE2, a byte loop elsewhere. Internal: not part of the public API.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define GOVNEWS_SSE2 1
#endif

namespace govnews::detail {

// The index of the lowest set bit of a nonzero word.
inline int lowest_bit(std::uint32_t v) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_ctz(v);
#else
    int n = 0;
    while (!(v & 1u)) { v >>= 1; ++n; }
    return n;
#endif
}

// The first position at or after p whose byte is one of Bytes, or n.
template <unsigned char... Bytes>
inline std::size_t next_byte_of(const unsigned char* u, std::size_t p, std::size_t n) noexcept {
#ifdef GOVNEWS_SSE2
    for (; p + 16 <= n; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p));
        __m128i any = _mm_setzero_si128();
        ((any = _mm_or_si128(any, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(Bytes))))), ...);
        if (const int hit = _mm_movemask_epi8(any)) return p + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(hit)));
    }
#endif
    for (; p < n; ++p)
        if (((u[p] == Bytes) || ...)) return p;
    return n;
}

// The first position in [p, n) whose byte is an ASCII digit or `also`, or n. Up to `readable`
// (at least n) bytes of u may be read: a block of sixteen is read however close n is, so a
// short search between known positions is no byte loop.
inline std::size_t next_digit_or(const unsigned char* u, std::size_t p, std::size_t n, unsigned char also, std::size_t readable = 0) noexcept {
    if (readable < n) readable = n;
#ifdef GOVNEWS_SSE2
    const __m128i below = _mm_set1_epi8('0' - 1), above = _mm_set1_epi8('9' + 1), extra = _mm_set1_epi8(static_cast<char>(also));
    for (; p < n && p + 16 <= readable; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p));
        // signed compares: bytes from 0x80 up are negative, so never digits
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, below), _mm_cmplt_epi8(v, above));
        if (const int hit = _mm_movemask_epi8(_mm_or_si128(digit, _mm_cmpeq_epi8(v, extra)))) {
            const std::size_t q = p + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(hit)));
            return q < n ? q : n;
        }
    }
#endif
    for (; p < n; ++p)
        if ((u[p] >= '0' && u[p] <= '9') || u[p] == also) return p;
    return n;
}

// The first position in [p, n) that can start a mark of the sentence splitter: a line end, ! ?,
// 。 (E3 80 82), full-width forms (EF BC: ！？ and, for clauses, ，；：), and with Quotes the
// brackets 《》「」『』 (E3 80 88-8F) and quotes ‘’“” (E2 80 98 99 9C 9D); for clauses also , ; :.
// Three bytes are compared at once, so 、 and other symbols are no stops.
template <bool Clause, bool Quotes>
inline std::size_t next_mark(const unsigned char* u, std::size_t p, std::size_t n) noexcept {
    const auto ascii = [](unsigned char c) {
        return c == '\n' || c == '!' || c == '?' || (Clause && (c == ',' || c == ';' || c == ':'));
    };
#ifdef GOVNEWS_SSE2
    const auto marks = [u](std::size_t q) {  // bit i: a mark may open at q + i (reads q .. q + 17)
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + q));
        const auto eq = [](__m128i v, unsigned char x) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
        __m128i m = _mm_or_si128(_mm_or_si128(eq(a, '\n'), eq(a, '!')), eq(a, '?'));
        if (Clause) m = _mm_or_si128(m, _mm_or_si128(_mm_or_si128(eq(a, ','), eq(a, ';')), eq(a, ':')));
        // most blocks hold no lead byte of a three-byte mark (E2, E3, EF): the bytes after a
        // lead are read only when one is there
        const __m128i leads = _mm_or_si128(eq(_mm_and_si128(a, _mm_set1_epi8(static_cast<char>(0xFE))), 0xE2), eq(a, 0xEF));
        if (!_mm_movemask_epi8(leads)) return static_cast<unsigned>(_mm_movemask_epi8(m));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + q + 1));
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + q + 2));
        m = _mm_or_si128(m, _mm_and_si128(eq(a, 0xEF), eq(b, 0xBC)));
        __m128i e3 = eq(c, 0x82);
        if (Quotes) {
            e3 = _mm_or_si128(e3, eq(_mm_and_si128(c, _mm_set1_epi8(static_cast<char>(0xF8))), 0x88));
            m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(eq(a, 0xE2), eq(b, 0x80)), eq(_mm_and_si128(c, _mm_set1_epi8(static_cast<char>(0xFA))), 0x98)));
        }
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(eq(a, 0xE3), eq(b, 0x80)), e3));
        return static_cast<unsigned>(_mm_movemask_epi8(m));
    };
    for (; p + 18 <= n; p += 16)
        if (const unsigned hit = marks(p)) return p + static_cast<std::size_t>(__builtin_ctz(hit));
    // the rest but the last two bytes: one block that ends with the text, overlapping the last
    // one read (units are short, so the rest is most of a search), its bits before p dropped
    if (n >= 18 && p + 2 < n) {
        const std::size_t q = n - 18;
        if (const unsigned hit = marks(q) >> (p - q)) return p + static_cast<std::size_t>(__builtin_ctz(hit));
        p = n - 2;
    }
#endif
    for (; p < n; ++p) {
        const unsigned char c = u[p];
        if (ascii(c)) return p;
        if (p + 2 >= n) continue;  // a cut character at the end: read by the caller as it stands
        const unsigned char b = u[p + 1], d = u[p + 2];
        if (c == 0xEF && b == 0xBC) return p;
        if (c == 0xE3 && b == 0x80 && (d == 0x82 || (Quotes && (d & 0xF8) == 0x88))) return p;
        if (Quotes && c == 0xE2 && b == 0x80 && (d & 0xFA) == 0x98) return p;
    }
    return n;
}

// The first position in [p, n) of a character that width folding changes in valid UTF-8:
// U+3000 (E3 80 80) or U+FF00-U+FF7F (EF BC, EF BD); n if none. 。、 (E3 80 8x) are not stops.
inline std::size_t next_fold(const unsigned char* u, std::size_t p, std::size_t n) noexcept {
#ifdef GOVNEWS_SSE2
    for (; p + 18 <= n; p += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p + 1));
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p + 2));
        const __m128i ef = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8(static_cast<char>(0xEF))),
                                         _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(static_cast<char>(0xBC))),
                                                      _mm_cmpeq_epi8(b, _mm_set1_epi8(static_cast<char>(0xBD)))));
        const __m128i space = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8(static_cast<char>(0xE3))),
                                            _mm_and_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(static_cast<char>(0x80))),
                                                          _mm_cmpeq_epi8(c, _mm_set1_epi8(static_cast<char>(0x80)))));
        if (const int hit = _mm_movemask_epi8(_mm_or_si128(ef, space))) return p + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(hit)));
    }
#endif
    for (; p < n; ++p) {
        if (u[p] == 0xEF && p + 1 < n && (u[p + 1] == 0xBC || u[p + 1] == 0xBD)) return p;
        if (u[p] == 0xE3 && p + 2 < n && u[p + 1] == 0x80 && u[p + 2] == 0x80) return p;
    }
    return n;
}

// s.find(w, from) for the short words of Chinese text: the first and the last byte of w are
// tested together at each position (a lone lead byte such as that of 等 is in every other
// character), and only where both match are the bytes compared.
inline std::size_t find(std::string_view s, std::string_view w, std::size_t from = 0) noexcept {
    const std::size_t n = s.size(), k = w.size();
    if (k == 0) return from <= n ? from : std::string_view::npos;
    if (k > n || from > n - k) return std::string_view::npos;
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const auto* x = reinterpret_cast<const unsigned char*>(w.data());
    const std::size_t last = n - k;  // the last possible start
    std::size_t p = from;
    const auto same = [&](std::size_t at) {
        for (std::size_t i = 1; i + 1 < k; ++i) if (u[at + i] != x[i]) return false;
        return true;
    };
#ifdef GOVNEWS_SSE2
    const __m128i first = _mm_set1_epi8(static_cast<char>(x[0])), end = _mm_set1_epi8(static_cast<char>(x[k - 1]));
    const auto block = [&](std::size_t q, unsigned hit) {  // hit: the starts in q .. q + 15 still asked for
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + q));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + q + k - 1));
        hit &= static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, end))));
        for (; hit; hit &= hit - 1) {
            const std::size_t at = q + static_cast<std::size_t>(__builtin_ctz(hit));
            if (same(at)) return at;
        }
        return std::string_view::npos;
    };
    for (; p + 16 <= last + 1; p += 16)
        if (const std::size_t at = block(p, 0xFFFFu); at != std::string_view::npos) return at;
    // the rest: one block that ends at the last start, overlapping the one before (the text is
    // mostly a sentence, so the rest is most of a search), its starts before p dropped
    if (p <= last && last + 1 >= 16) {
        const std::size_t q = last + 1 - 16;
        return block(q, 0xFFFFu << (p - q) & 0xFFFFu);
    }
#endif
    for (; p <= last; ++p)
        if (u[p] == x[0] && u[p + k - 1] == x[k - 1] && same(p)) return p;
    return std::string_view::npos;
}

}  // namespace govnews::detail
