// Stage 2: validated source -> normalized text with a map back to original byte offsets.
// Full-width ASCII forms and the ideographic space are folded, hard line wraps and page breaks
// inside a paragraph are joined, and every normalized offset maps back into the input as given.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "detail/bytes.hpp"
#include "detail/utf8.hpp"
#include "source.hpp"

namespace govnews {

// A byte range [begin, end) into the original input.
struct byte_span {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const byte_span& a, const byte_span& b) noexcept { return a.begin == b.begin && a.end == b.end; }
    friend bool operator!=(const byte_span& a, const byte_span& b) noexcept { return !(a == b); }
};

// Piecewise map. Only units that map as a whole (a folded character, a CRLF, a joined wrap) are
// stored; the bytes between them are copies, mapped byte for byte from the end of the unit before
// (a jump in the original, where bytes were dropped, is stored as an empty unit). One piece per
// fold or join, 16 bytes each: offsets are 32-bit, so one input is at most 4 GiB.
class offset_map {
public:
    struct piece {
        std::uint32_t norm, orig, norm_len, orig_len;
    };

    void copy(std::size_t orig, std::size_t len) {
        if (len == 0) return;
        if (pieces_.empty() || copy_origin(norm_size_) != orig) add(orig, 0, 0);
        norm_size_ += len;
    }
    // A unit that maps as a whole (orig_len bytes became norm_len bytes).
    void atomic(std::size_t orig, std::size_t orig_len, std::size_t norm_len) { add(orig, orig_len, norm_len); }
    void reserve(std::size_t pieces) { pieces_.reserve(pieces); }
    void finish(std::size_t orig_size) {
        orig_size_ = orig_size;
        pieces_.shrink_to_fit();
    }

    // Original offset where the character at normalized offset n begins.
    std::size_t begin_of(std::size_t n) const noexcept {
        if (n >= norm_size_ || pieces_.empty()) return orig_size_;
        const piece& p = find(n);
        return n < p.norm + p.norm_len ? p.orig : p.orig + p.orig_len + (n - p.norm - p.norm_len);
    }
    // Original offset just past the character that ends at normalized offset e.
    std::size_t end_of(std::size_t e) const noexcept {
        if (e == 0 || pieces_.empty()) return begin_of(0);
        const piece& p = find(e - 1);
        return e - 1 < p.norm + p.norm_len ? p.orig + p.orig_len : p.orig + p.orig_len + (e - p.norm - p.norm_len);
    }
    byte_span to_original(std::size_t b, std::size_t e) const noexcept {
        if (e <= b) { const auto o = begin_of(b); return {o, o}; }
        return {begin_of(b), end_of(e)};
    }
    std::size_t pieces() const noexcept { return pieces_.size(); }

private:
    // Where a copy at normalized offset n comes from, continuing the last piece.
    std::size_t copy_origin(std::size_t n) const noexcept {
        const piece& p = pieces_.back();
        return p.orig + p.orig_len + (n - p.norm - p.norm_len);
    }
    void add(std::size_t orig, std::size_t orig_len, std::size_t norm_len) {
        // field by field into place: a piece put together on the stack and copied as one
        // 16-byte load waits for its four stores (no store forwarding), once per fold
        piece& p = pieces_.emplace_back();
        p.norm = static_cast<std::uint32_t>(norm_size_);
        p.orig = static_cast<std::uint32_t>(orig);
        p.norm_len = static_cast<std::uint32_t>(norm_len);
        p.orig_len = static_cast<std::uint32_t>(orig_len);
        norm_size_ += norm_len;
    }
    // The last piece that starts at or before n (an empty piece and a unit may share a start).
    // A search whose steps are selects, not branches: the spans of a story land anywhere, so
    // each step of a branching search would be a coin toss for the predictor.
    const piece& find(std::size_t n) const noexcept {
        const piece* base = pieces_.data();
        for (std::size_t len = pieces_.size(); len > 1;) {
            const std::size_t half = len / 2;
            base = base[half].norm <= n ? base + half : base;
            len -= half;
        }
        return *base;
    }
    std::vector<piece> pieces_;
    std::size_t norm_size_ = 0;
    std::size_t orig_size_ = 0;
};

struct normalize_options {
    bool fold_width = true;        // ０-９ Ａ-Ｚ ，．：；（）％ and U+3000 to ASCII
    bool join_wraps = true;        // hard line wraps inside a paragraph
    bool join_page_breaks = true;  // a paragraph cut mid-sentence by blank lines
};

class normalized_text {
public:
    normalized_text() = default;
    std::string_view text() const noexcept { return text_; }
    std::string_view original() const noexcept { return original_; }
    const offset_map& map() const noexcept { return map_; }
    // Span of normalized [b, e) in the original input (BOM included in the offsets).
    byte_span original_span(std::size_t b, std::size_t e) const noexcept { return map_.to_original(b, e); }
    byte_span original_span(std::string_view piece) const noexcept {
        const auto b = static_cast<std::size_t>(piece.data() - text_.data());
        return original_span(b, b + piece.size());
    }
    std::size_t wrap_width() const noexcept { return wrap_width_; }

private:
    template <class>
    friend class basic_normalizer;
    std::string text_;
    std::string_view original_;
    offset_map map_;
    std::size_t wrap_width_ = 0;
};

namespace detail {

// One per line of the input, so kept small: offsets are 32-bit as in the offset map.
struct line_info {
    std::uint32_t b, e;    // trimmed content, original offsets
    std::uint32_t nl;      // offset of the line break ('\n' or '\r'), or end of input
    std::uint32_t nl_len;  // 0, 1 or 2
    std::uint32_t chars = 0, cols = 0;
    bool terminal = false, dangling = false, comma = false, starts_block = false, closed = false;
    bool blank() const noexcept { return b == e; }
};

constexpr bool is_terminal(char32_t c) noexcept {
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == 0x2026 || c == '.';
}
constexpr bool is_closing_quote(char32_t c) noexcept {
    return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0xFF09 || c == ')';
}
// Commas, semicolons and full stops mark running prose; titles rarely hold them (、 they do).
constexpr bool is_prose_punct(char32_t c) noexcept {
    return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002;
}

}  // namespace detail

// Line-level policy: lines that open a block (never joined to what precedes them) and lines
// that close one (bylines, headings: never joined to what follows).
struct default_normalize_policy {
    static bool is_byline(std::string_view line) noexcept {
        using detail::at;
        return at(line, 0, "本报记者") || at(line, 0, "记者") || at(line, 0, "通讯员") || at(line, 0, "实习生") ||
               at(line, 0, "摄影") || at(line, 0, "编辑") || at(line, 0, "更多内容");
    }
    static bool starts_block(std::string_view line) noexcept {
        return detail::at(line, 0, "#") || detail::at(line, 0, "本报讯") || is_byline(line);
    }
    static bool closes_block(std::string_view line) noexcept { return detail::at(line, 0, "#") || is_byline(line); }
};

template <class Policy = default_normalize_policy>
class basic_normalizer {
public:
    explicit basic_normalizer(normalize_options o = {}) : opt_(o) {}

    normalized_text operator()(const source& src) const { return run(src.input, src.bom, src.ok()); }
    normalized_text operator()(std::string_view utf8_text) const { return run(utf8_text, 0, false); }

private:
    // `valid`: the input is known to be UTF-8 without NUL bytes (a source without error), so
    // only the lead bytes of foldable characters need a look.
    normalized_text run(std::string_view input, std::size_t start, bool valid) const {
        normalized_text out;
        out.original_ = input;
        out.text_.reserve(input.size() - start);
        // about one piece per 50 bytes of Chinese text (a fold, a line end): grown once or
        // twice, not from one (capped, so a large input costs no more than it holds)
        out.map_.reserve(std::min<std::size_t>((input.size() - start) / 48, std::size_t(1) << 16));
        std::vector<detail::line_info> lines = scan_lines(input, start, valid);
        const std::size_t width = opt_.join_wraps ? wrap_width(lines) : 0;
        out.wrap_width_ = width;
        std::vector<std::uint8_t> join = decide_joins(input, lines, width);
        emit(input, lines, join, valid, out);
        out.map_.finish(input.size());
        return out;
    }

    static std::vector<detail::line_info> scan_lines(std::string_view s, std::size_t start, bool valid) {
        std::vector<detail::line_info> lines;
        lines.reserve(s.size() / 64 + 16);  // a guess: counting the lines first costs a pass
        std::size_t pos = start;
        while (pos <= s.size()) {
            std::size_t nl = s.find('\n', pos);
            std::size_t nl_len = 1;
            const bool last = nl == std::string_view::npos;
            if (last) { nl = s.size(); nl_len = 0; }
            std::size_t end = nl;
            if (end > pos && s[end - 1] == '\r') { --end; ++nl_len; }
            const auto u32 = [](std::size_t v) { return static_cast<std::uint32_t>(v); };
            detail::line_info li{u32(pos), u32(end), u32(end), u32(nl_len)};
            trim(s, li);
            if (valid) measure_valid(s, li);
            else measure(s, li);
            lines.push_back(li);
            if (last) break;  // (a last line may still end in a lone \r)
            pos = nl + 1;
            if (pos == s.size()) break;
        }
        return lines;
    }

    static void trim(std::string_view s, detail::line_info& li) {
        while (li.b < li.e) {
            const auto d = detail::decode(s, li.b);
            if (!d.valid || !detail::is_space(d.cp)) break;
            li.b += d.len;
        }
        while (li.e > li.b) {
            const std::size_t p = detail::prev_pos(s, li.e);
            const auto d = detail::decode(s, p);
            if (!d.valid || p + d.len != li.e || !detail::is_space(d.cp)) break;
            li.e = p;
        }
    }

    // measure() for valid UTF-8, by bytes: characters are the bytes that are no continuation,
    // wide ones (U+1100 up) those that lead from E2 up (or E1 84 up), sixteen at a time with SSE2,
    // counted per byte lane and summed every 255 blocks (no popcount instruction is assumed).
    // A line of more than 4 * max_wrap_cols bytes holds more characters than that whatever they
    // are: wider than any wrap width (wrap_width) and long enough for a paragraph (decide_joins),
    // so it is read only until its first comma, and its counts are that lower bound.
    static void measure_valid(std::string_view s, detail::line_info& li) {
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        std::uint32_t chars = 0, wide = 0;
        bool comma = false;
        std::size_t p = li.b;
        const std::size_t e = li.e;
        const bool counted = e - li.b <= 4 * max_wrap_cols;
        const auto prose_at = [&](std::size_t q) {  // 。，；
            return (u[q] == 0xE3 && u[q + 1] == 0x80 && u[q + 2] == 0x82) || (u[q] == 0xEF && u[q + 1] == 0xBC && (u[q + 2] == 0x8C || u[q + 2] == 0x9B));
        };
#ifdef GOVNEWS_SSE2
        {
            const std::size_t start = p;
            std::uint32_t cont = 0;
            __m128i lanes_cont = _mm_setzero_si128(), lanes_wide = _mm_setzero_si128();
            const auto sum = [](__m128i lanes) {  // the 16 byte lanes' counts
                const __m128i s2 = _mm_sad_epu8(lanes, _mm_setzero_si128());
                return static_cast<std::uint32_t>(_mm_cvtsi128_si32(s2) + _mm_cvtsi128_si32(_mm_srli_si128(s2, 8)));
            };
            unsigned blocks = 0;
            for (; p + 16 <= e && (counted || !comma); p += 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + p));
                // signed bytes: 0x80-0xBF are -128..-65, 0xE2-0xFF are -30..-1
                lanes_cont = _mm_sub_epi8(lanes_cont, _mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
                lanes_wide = _mm_sub_epi8(lanes_wide, _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-31)), _mm_cmplt_epi8(v, _mm_setzero_si128())));
                // the few bytes that need a closer look: E1 (wide from E1 84), and until a comma
                // is seen the bytes that start one
                __m128i odd = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE1)));
                if (!comma)
                    odd = _mm_or_si128(odd, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE3))),
                                                                     _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xEF)))),
                                                        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8(';')))));
                for (auto m = static_cast<unsigned>(_mm_movemask_epi8(odd)); m; m &= m - 1) {
                    const std::size_t q = p + static_cast<std::size_t>(__builtin_ctz(m));
                    if (u[q] == ',' || u[q] == ';') comma = true;
                    else if (u[q] == 0xE1) wide += u[q + 1] >= 0x84;
                    else if (!comma && q + 3 <= e && prose_at(q)) comma = true;
                }
                if (++blocks == 255) {  // before a lane can overflow
                    cont += sum(lanes_cont);
                    wide += sum(lanes_wide);
                    lanes_cont = lanes_wide = _mm_setzero_si128();
                    blocks = 0;
                }
            }
            cont += sum(lanes_cont);
            wide += sum(lanes_wide);
            chars = static_cast<std::uint32_t>(p - start) - cont;
        }
#endif
        for (; p < e && (counted || !comma); ++p) {
            const unsigned c = u[p];
            if ((c & 0xC0) == 0x80) continue;
            ++chars;
            wide += c >= 0xE2 || (c == 0xE1 && u[p + 1] >= 0x84);
            comma = comma || c == ',' || c == ';' || (p + 3 <= e && prose_at(p));
        }
        li.chars = counted ? chars : static_cast<std::uint32_t>((e - li.b + 3) / 4);
        li.cols = counted ? chars + wide : li.chars;
        li.comma = comma;
        char32_t last = 0, before_last = 0;
        if (e > li.b) {
            const std::size_t q = detail::prev_pos(s, e);
            last = detail::decode(s, q).cp;
            if (q > li.b) before_last = detail::decode(s, detail::prev_pos(s, q)).cp;
        }
        finish_measure(s, li, last, before_last);
    }

    static void measure(std::string_view s, detail::line_info& li) {
        char32_t last = 0, before_last = 0;
        std::uint32_t chars = 0, cols = 0;
        bool comma = false;
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        for (std::size_t p = li.b; p < li.e;) {
            const unsigned c = u[p];
            ++chars;
            before_last = last;
            // the bytes decide for ASCII and for ideographs (U+4000-U+9FFF: wide, no punctuation)
            if (c < 0x80) {
                ++cols;
                comma = comma || c == ',' || c == ';';
                last = c;
                ++p;
                continue;
            }
            if (c >= 0xE4 && c <= 0xE9 && p + 3 <= li.e && (u[p + 1] & 0xC0) == 0x80 && (u[p + 2] & 0xC0) == 0x80) {
                cols += 2;
                last = 0x4E00;
                p += 3;
                continue;
            }
            const auto d = detail::decode(s, p);
            cols += static_cast<std::uint32_t>(detail::columns(d.cp));
            comma = comma || detail::is_prose_punct(d.cp);
            last = d.cp;
            p += d.len;
        }
        li.chars = chars;
        li.cols = cols;
        li.comma = comma;
        finish_measure(s, li, last, before_last);
    }
    static void finish_measure(std::string_view s, detail::line_info& li, char32_t last, char32_t before_last) {
        li.dangling = last == 0x3001 || last == 0xFF0C || last == ',' || last == 0x201C || last == 0x300A || last == 0xFF08;
        li.terminal = detail::is_terminal(last) || (detail::is_closing_quote(last) && detail::is_terminal(before_last));
        li.starts_block = li.b < li.e && Policy::starts_block(s.substr(li.b, li.e - li.b));
        li.closed = li.b < li.e && Policy::closes_block(s.substr(li.b, li.e - li.b));
    }

    // The width a hard-wrapped page is set to, or 0 when most lines are not wrapped.
    static constexpr std::uint32_t max_wrap_cols = 160;  // the widest looked for
    static std::size_t wrap_width(const std::vector<detail::line_info>& lines) {
        // A wrapped page has many lines of about the same width that stop mid-sentence.
        std::vector<std::size_t> w;
        std::size_t nonblank = 0;
        for (const auto& l : lines) {
            if (l.blank()) continue;
            ++nonblank;
            if (l.cols >= 16 && l.cols <= max_wrap_cols && !l.terminal) w.push_back(l.cols);
        }
        if (w.size() < 8) return 0;
        std::nth_element(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(w.size() / 2), w.end());
        const std::size_t m = w[w.size() / 2];
        const auto near = std::count_if(w.begin(), w.end(), [m](std::size_t c) { return c + 4 >= m && c <= m + 2; });
        return static_cast<std::size_t>(near) * 2 >= nonblank ? m : 0;
    }

    std::vector<std::uint8_t> decide_joins(std::string_view, const std::vector<detail::line_info>& lines,
                                           std::size_t width) const {
        std::vector<std::uint8_t> join(lines.size(), 0);
        std::size_t para_chars = 0;
        bool para_punct = false;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto& l = lines[i];
            if (l.blank()) continue;
            para_chars += l.chars;
            para_punct = para_punct || l.comma;
            std::size_t j = i + 1;
            while (j < lines.size() && lines[j].blank()) ++j;
            bool joined = false;
            if (j < lines.size() && !l.terminal && !lines[j].starts_block && !l.closed) {
                const bool at_width = width && l.cols + 6 >= width;
                if (j == i + 1)
                    joined = at_width;
                else if (opt_.join_page_breaks)
                    joined = l.dangling || (para_punct && (para_chars >= 24 || at_width));
            }
            join[i] = joined;
            if (!joined) { para_chars = 0; para_punct = false; }
        }
        return join;
    }

    void emit(std::string_view s, const std::vector<detail::line_info>& lines, const std::vector<std::uint8_t>& join, bool valid,
              normalized_text& out) const {
        bool pending_blank = false;
        std::size_t blank_nl = 0;
        bool joining = false;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto& l = lines[i];
            if (l.blank()) {
                if (!joining && !pending_blank && l.nl_len) { pending_blank = true; blank_nl = l.nl; }
                continue;
            }
            if (pending_blank && !out.text_.empty()) {
                out.text_.push_back('\n');
                out.map_.atomic(blank_nl, 1, 1);
            }
            pending_blank = false;
            if (joining && !out.text_.empty() && ascii_alpha(out.text_.back()) && ascii_alpha(s[l.b])) {
                out.text_.push_back(' ');  // a wrapped Latin word boundary keeps its space
                out.map_.atomic(l.b - 1, 1, 1);
            }
            emit_content(s, l.b, l.e, valid, out);
            joining = join[i] != 0;
            if (!joining && l.nl_len) {
                out.text_.push_back('\n');
                out.map_.atomic(l.nl, l.nl_len, 1);
            }
        }
    }

    static bool ascii_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    void emit_content(std::string_view s, std::size_t b, std::size_t e, bool valid, normalized_text& out) const {
        if (valid) return emit_valid(s, b, e, out);
        std::size_t run = b;  // start of the pending copy run
        auto flush = [&](std::size_t upto) {
            if (upto > run) {
                out.text_.append(s.data() + run, upto - run);
                out.map_.copy(run, upto - run);
            }
        };
        for (std::size_t p = b; p < e;) {
            const auto c = static_cast<unsigned char>(s[p]);
            if (c >= 0x20 && c < 0x80) { ++p; continue; }  // ASCII fast path
            // three-byte characters that are never folded: the bytes decide
            if (c >= 0xE1 && c <= 0xEC && p + 3 <= e) {
                const auto c1 = static_cast<unsigned char>(s[p + 1]), c2 = static_cast<unsigned char>(s[p + 2]);
                if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80 && !(c == 0xE3 && c1 == 0x80 && c2 == 0x80)) { p += 3; continue; }
            }
            const auto d = detail::decode(s, p);
            char32_t to = 0;
            if (!d.valid) to = 0xFFFD;
            else if (d.cp == 0) to = ' ';
            else if (opt_.fold_width && d.cp >= 0xFF01 && d.cp <= 0xFF5E) to = d.cp - 0xFEE0;
            else if (opt_.fold_width && d.cp == 0x3000) to = ' ';
            if (to) {
                flush(p);
                char buf[4];
                const std::size_t n = detail::encode(to, buf);
                out.text_.append(buf, n);
                out.map_.atomic(p, d.len, n);
                run = p + d.len;
            }
            p += d.len;
        }
        flush(e);
    }

    // emit_content for valid text without NULs: only U+3000 (E3 80 80) and U+FF01-U+FF5E (EF BC
    // 81-BF, EF BD 80-9E) fold, each to one ASCII byte read off its last byte.
    void emit_valid(std::string_view s, std::size_t b, std::size_t e, normalized_text& out) const {
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        std::size_t run = b;  // start of the pending copy run
        if (opt_.fold_width) {
            for (std::size_t p = detail::next_fold(u, b, e); p + 3 <= e; p = detail::next_fold(u, p, e)) {
                const unsigned c1 = u[p + 1], c2 = u[p + 2];
                char to;
                if (u[p] == 0xE3) to = ' ';
                else if (c1 == 0xBC && c2 != 0x80) to = static_cast<char>(c2 - 0x60);  // U+FF01-U+FF3F: ! to _
                else if (c1 == 0xBD && c2 <= 0x9E) to = static_cast<char>(c2 - 0x20);  // U+FF40-U+FF5E: ` to ~
                else { p += 3; continue; }
                if (p > run) {
                    out.text_.append(s.data() + run, p - run);
                    out.map_.copy(run, p - run);
                }
                out.text_.push_back(to);
                out.map_.atomic(p, 3, 1);
                p += 3;
                run = p;
            }
        }
        if (e > run) {
            out.text_.append(s.data() + run, e - run);
            out.map_.copy(run, e - run);
        }
    }

    normalize_options opt_;
};

using normalizer = basic_normalizer<>;

inline normalized_text normalize(const source& src, normalize_options o = {}) { return normalizer(o)(src); }

}  // namespace govnews
