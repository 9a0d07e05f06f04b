// Stage 1: bytes -> validated source. UTF-8 is checked up front (simdjson-style), the BOM skipped,
// and input that is plainly another encoding gets an error that says so and where.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <utf8.h>

#include "detail/bytes.hpp"
#include "detail/utf8.hpp"

namespace govnews {

enum class source_errc {
    invalid_utf8,    // a malformed, overlong or surrogate sequence
    truncated_utf8,  // the input ends inside a multi-byte sequence
    gbk,             // looks like GBK / GB18030 double-byte text
    utf16,           // UTF-16 (with or without BOM)
    nul_bytes,       // NUL bytes in otherwise textual input
    binary,          // mostly control bytes: not text at all
};

constexpr std::string_view to_string(source_errc e) noexcept {
    switch (e) {
        case source_errc::invalid_utf8: return "invalid UTF-8";
        case source_errc::truncated_utf8: return "truncated UTF-8 sequence at end of input";
        case source_errc::gbk: return "not UTF-8: looks like GBK/GB18030";
        case source_errc::utf16: return "not UTF-8: looks like UTF-16";
        case source_errc::nul_bytes: return "NUL byte in text";
        case source_errc::binary: return "binary data, not text";
    }
    return "unknown error";
}

struct source_error {
    source_errc code;
    std::size_t offset;  // byte offset into the input as given (BOM included)

    std::string message() const {
        return std::string(to_string(code)) + " at byte " + std::to_string(offset);
    }
};

enum class validation {
    strict,   // any bad byte is an error
    lenient,  // stray bytes in UTF-8 text kept as U+FFFD (the first still reported); GBK, UTF-16, binary refused
};

struct source {
    std::string_view input;  // the whole input as given
    std::size_t bom = 0;     // bytes of UTF-8 BOM skipped (0 or 3)
    std::optional<source_error> error;

    std::string_view text() const noexcept { return input.substr(bom); }
    bool ok() const noexcept { return !error; }
    explicit operator bool() const noexcept { return !error; }
};

namespace detail {

#ifdef GOVNEWS_SSE2
// The first position at or after p (a character start) where the bytes stop being plainly valid
// (ASCII and three-byte characters with leads E1-EC, EE, EF) or fewer than sixteen remain: a
// character start. Blocks of sixteen are decided by masks of their bytes, no byte is visited,
// and a character that a block's end cuts is carried into the next block.
inline std::size_t plain_run(const unsigned char* u, std::size_t p, std::size_t n) noexcept {
    // leads E1-EC, EE, EF: v - E1 is below 0x0F unsigned, and v is not ED
    const auto lead_bits = [](__m128i v) {
        const __m128i off = _mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(0xE1)));
        return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xED))),
                                                                              _mm_cmpeq_epi8(_mm_min_epu8(off, _mm_set1_epi8(0x0E)), off))));
    };
    const auto cont_bits = [](__m128i v) {
        return static_cast<std::uint32_t>(
            _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xC0))), _mm_set1_epi8(static_cast<char>(0x80)))));
    };
    std::uint32_t carry = 0;  // bit i: byte i of this block continues the last block's last character
    // two blocks at a time while both are plain (one test for the pair); the first block that is
    // not, or the rest, one at a time below
    for (; n - p >= 32; p += 32) {
        const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p));
        const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p + 16));
        const std::uint32_t high = static_cast<std::uint32_t>(_mm_movemask_epi8(v0)) | static_cast<std::uint32_t>(_mm_movemask_epi8(v1)) << 16;
        if (!(high | carry)) continue;
        const std::uint64_t leads = lead_bits(v0) | lead_bits(v1) << 16;
        const std::uint32_t conts = cont_bits(v0) | cont_bits(v1) << 16;
        const std::uint64_t tails = (leads << 1) | (leads << 2) | carry;
        if ((static_cast<std::uint32_t>(leads) | conts) != high || static_cast<std::uint32_t>(tails) != conts) break;
        carry = static_cast<std::uint32_t>(tails >> 32);
    }
    for (; n - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p));
        const auto high = static_cast<std::uint32_t>(_mm_movemask_epi8(v));
        if (!(high | carry)) continue;
        const std::uint32_t leads = lead_bits(v), conts = cont_bits(v);
        // every high byte a lead or a continuation, and the continuations exactly the two after each lead
        const std::uint32_t tails = (leads << 1) | (leads << 2) | carry;
        if ((leads | conts) != high || (tails & 0xFFFFu) != conts) break;
        carry = tails >> 16;
    }
    // back to the lead of a character the last block cut: at its byte 15 (carry 3) or 14 (carry 1)
    return carry == 3 ? p - 1 : carry == 1 ? p - 2 : p;
}
#endif

// Offset of the first byte that does not begin a valid UTF-8 sequence, or s.size(). ASCII and
// the three-byte characters of Chinese text (leads E1-EC, EE, EF: any two continuation bytes
// make a valid one) are decided by their bytes; utf8cpp decides everything else.
inline std::size_t first_invalid(std::string_view s) {
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t p = 0;
    while (p < n) {
#ifdef GOVNEWS_SSE2
        // sixteen bytes at a time while they are plainly valid; any other byte goes the long way
        if (n - p >= 16) {
            if (const std::size_t q = plain_run(u, p, n); q > p) { p = q; continue; }
        }
#endif
        const unsigned c = u[p];
        if (c < 0x80) { ++p; continue; }
        if (c - 0xE1u < 0x0Fu && c != 0xED && n - p >= 3 && (u[p + 1] & 0xC0) == 0x80 && (u[p + 2] & 0xC0) == 0x80) { p += 3; continue; }
        const auto from = s.begin() + static_cast<std::ptrdiff_t>(p);
        const auto window = s.begin() + static_cast<std::ptrdiff_t>(n - p < 4 ? n : p + 4);
        if (utf8::find_invalid(from, window) == from) return p;
        p += seq_len(static_cast<unsigned char>(c));
    }
    return n;
}

// Decides what kind of non-UTF-8 input we have, given the first bad offset.
inline source_error classify_bad_input(std::string_view s, std::size_t bad) {
    const auto u = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    if (s.size() >= 2 && ((u(0) == 0xFF && u(1) == 0xFE) || (u(0) == 0xFE && u(1) == 0xFF)))
        return {source_errc::utf16, 0};
    // UTF-16 without BOM: NULs in every other byte of the first few hundred.
    const std::size_t probe = s.size() < 512 ? s.size() : 512;
    std::size_t even_nul = 0, odd_nul = 0, ctrl = 0, nul = 0, first_nul = s.size();
    for (std::size_t i = 0; i < probe; ++i) {
        if (u(i) == 0) { (i % 2 ? odd_nul : even_nul)++; }
        if (u(i) < 0x20 && u(i) != '\n' && u(i) != '\r' && u(i) != '\t') ++ctrl;
    }
    for (std::size_t i = 0; i < s.size(); ++i)
        if (u(i) == 0) { ++nul; if (first_nul == s.size()) first_nul = i; }
    if (probe >= 4 && (even_nul * 3 > probe || odd_nul * 3 > probe) && (even_nul == 0 || odd_nul == 0 || even_nul > 4 * odd_nul || odd_nul > 4 * even_nul))
        return {source_errc::utf16, 0};
    if (probe > 0 && ctrl * 10 > probe) return {source_errc::binary, first_nul < s.size() ? first_nul : bad};
    if (nul && first_nul <= bad) return {source_errc::nul_bytes, first_nul};
    if (bad < s.size()) {
        // Sequence cut at the very end?
        const std::size_t n = seq_len(u(bad));
        if (n > 1 && bad + n > s.size()) {
            bool cont = true;
            for (std::size_t i = bad + 1; i < s.size(); ++i) cont = cont && (u(i) & 0xC0) == 0x80;
            if (cont) return {source_errc::truncated_utf8, bad};
        }
        // GBK: lead 0x81-0xFE followed by trail 0x40-0xFE; count how much of the rest fits that shape.
        std::size_t pairs = 0, misfits = 0;
        for (std::size_t i = bad; i < s.size() && i < bad + 4096;) {
            if (u(i) < 0x80) { ++i; continue; }
            if (u(i) >= 0x81 && u(i) <= 0xFE && i + 1 < s.size() && u(i + 1) >= 0x40 && u(i + 1) <= 0xFE && u(i + 1) != 0x7F) {
                ++pairs; i += 2;
            } else { ++misfits; ++i; }
        }
        // Valid UTF-8 after the bad byte (CJK text fits the GBK byte shape too) means a stray byte in UTF-8.
        std::size_t utf8_chars = 0, utf8_bad = 0;
        for (std::size_t i = bad + 1; i < s.size() && i < bad + 4096;) {
            const std::size_t n = seq_len(u(i));
            if (n > 1 && i + n <= s.size() && utf8::is_valid(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(i + n))) {
                ++utf8_chars;
                i += n;
            } else {
                utf8_bad += u(i) >= 0x80;
                ++i;
            }
        }
        if (pairs >= 2 && misfits * 4 <= pairs && utf8_chars <= utf8_bad) {
            // A GBK file often begins with bytes that are also valid UTF-8 by accident; report the first bad one.
            return {source_errc::gbk, bad};
        }
    }
    return {source_errc::invalid_utf8, bad};
}

}  // namespace detail

// Checks the whole input; never reads out of bounds, never throws. What a caller may still do with
// a source that has an error depends on its validation mode: see usable().
inline source validate(std::string_view input) {
    source src{input, 0, std::nullopt};
    if (input.size() >= 3 && input.compare(0, 3, "\xEF\xBB\xBF") == 0) src.bom = 3;
    const std::string_view body = input.substr(src.bom);
    std::size_t bad = detail::first_invalid(body);
    const std::size_t nul = body.find('\0');
    if (bad == body.size() && nul == std::string_view::npos) return src;
    if (nul < bad) bad = nul;
    src.error = detail::classify_bad_input(input, bad + src.bom);
    return src;
}

// True when the source can be parsed under the given mode.
inline bool usable(const source& s, validation mode) noexcept {
    if (!s.error) return true;
    if (mode == validation::strict) return false;
    // another encoding or no text at all: U+FFFD for every byte would be noise, not text
    return s.error->code != source_errc::utf16 && s.error->code != source_errc::binary && s.error->code != source_errc::gbk;
}

}  // namespace govnews
