// Stage 3: lines, sentences and clauses over normalized text. Views only, nothing copied.
// Sentence ends (。！？!? and a closing quote right after them) inside “…” or 《…》 do not split,
// unless the quote has stayed open for about 1,000 characters (a lost closing mark).
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "detail/bytes.hpp"
#include "detail/utf8.hpp"

namespace govnews {

struct text_piece {
    std::size_t begin = 0, end = 0;  // offsets into the text that was split
    std::string_view text;
};

namespace detail {

constexpr bool opens_quote(char32_t c) noexcept { return c == 0x201C || c == 0x300A || c == 0x300C || c == 0x2018 || c == 0x300E; }
constexpr bool closes_quote(char32_t c) noexcept { return c == 0x201D || c == 0x300B || c == 0x300D || c == 0x2019 || c == 0x300F; }
constexpr bool ends_sentence(char32_t c) noexcept { return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?'; }
constexpr bool ends_clause(char32_t c) noexcept {
    return c == ',' || c == 0xFF0C || c == ';' || c == 0xFF1B || c == ':' || c == 0xFF1A;
}

// Generic splitter: Cut(c) says whether c ends a unit; with Quotes, nothing inside “…” or 《…》
// is cut (quote depth resets at each line end).
template <class Cut, bool Quotes = true>
class splitter {
public:
    splitter(std::string_view text, Cut cut) : text_(text), cut_(cut) {}

    class iterator {
    public:
        iterator(const splitter* s, std::size_t pos) : s_(s), pos_(pos) { advance(); }
        const text_piece& operator*() const noexcept { return cur_; }
        const text_piece* operator->() const noexcept { return &cur_; }
        iterator& operator++() { advance(); return *this; }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.done_ == b.done_ && (a.done_ || a.cur_.begin == b.cur_.begin); }
        friend bool operator!=(const iterator& a, const iterator& b) noexcept { return !(a == b); }

    private:
        friend class splitter;
        iterator() = default;
        void advance() {
            const std::string_view t = s_->text_;
            // skip separators and blank space between units
            while (pos_ < t.size() && (t[pos_] == '\n' || t[pos_] == ' ' || t[pos_] == '\t')) ++pos_;
            if (pos_ >= t.size()) { done_ = true; return; }
            const std::size_t b = pos_;
            int depth = 0;
            std::size_t p = pos_, quote_at = 0;
            char32_t prev = 0;
            const auto* u = reinterpret_cast<const unsigned char*>(t.data());
            while (p < t.size()) {
                // bytes decide: every mark we cut or count at is ASCII or starts with E2, E3 or
                // EF, and a continuation byte is never one of those (one search per mark: the
                // mark it finds is read right away)
                if (const std::size_t q = next_mark(u, p, t.size()); q != p) {
                    p = q;
                    prev = 0;
                    if (p >= t.size()) break;
                }
                if (u[p] == '\n') break;
                const auto d = decode(t, p);
                p += d.len;
                const char32_t before = prev;
                prev = d.cp;
                if (Quotes && opens_quote(d.cp)) {
                    if (depth++ == 0) quote_at = p;
                    continue;
                }
                // a quote left open (a lost closing mark, text without line ends) stops holding
                // cuts back after a long stretch, so one stray mark cannot make a page one unit
                if (depth > 0 && p - quote_at > max_quote_bytes) depth = 0;
                if (Quotes && closes_quote(d.cp)) {
                    if (depth > 0) --depth;
                    if (depth == 0 && s_->cut_(before)) break;  // “…。” ends the sentence with the quote
                    continue;
                }
                if (depth == 0 && s_->cut_(d.cp)) {
                    // a closing quote right after the cut belongs to this unit
                    while (p < t.size()) {
                        const auto q = decode(t, p);
                        if (!closes_quote(q.cp) && !s_->cut_(q.cp)) break;
                        p += q.len;
                    }
                    break;
                }
            }
            cur_ = {b, p, t.substr(b, p - b)};
            pos_ = p;
        }
        static constexpr std::size_t max_quote_bytes = 3000;  // about 1,000 characters
        // The first byte at or after p that can start a mark this splitter reads (a line end, a
        // cut, a quote): the Cut says which.
        static std::size_t next_mark(const unsigned char* u, std::size_t p, std::size_t n) noexcept {
            return Cut::template next_mark<Quotes>(u, p, n);
        }
        const splitter* s_ = nullptr;
        std::size_t pos_ = 0;
        text_piece cur_{};
        bool done_ = false;
    };

    iterator begin() const { return iterator(this, 0); }
    iterator end() const { iterator it; it.done_ = true; return it; }

private:
    std::string_view text_;
    Cut cut_;
};

// The ranges between an opening and a closing mark (“…”, 《…》) in one pass, for "is p inside?"
// queries in logarithmic time; an unclosed mark runs to the end.
class bracket_ranges {
public:
    bracket_ranges(std::string_view s, std::string_view open, std::string_view close) {
        std::size_t p = detail::find(s, open);
        while (p != std::string_view::npos) {
            const std::size_t q = detail::find(s, close, p + open.size());
            const std::size_t end = q == std::string_view::npos ? s.size() : q;
            ranges_.push_back({p, end});
            if (q == std::string_view::npos) break;
            p = detail::find(s, open, q + close.size());
        }
    }
    bool inside(std::size_t p) const noexcept {
        std::size_t lo = 0, hi = ranges_.size();
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (ranges_[mid].second <= p) lo = mid + 1;
            else hi = mid;
        }
        return lo < ranges_.size() && ranges_[lo].first < p && p < ranges_[lo].second;
    }

private:
    std::vector<std::pair<std::size_t, std::size_t>> ranges_;
};

// Each cut names its marks for the splitter's byte search (detail::next_mark): every mark it
// cuts at, the quotes when quotes hold cuts back, and the line end.
struct sentence_cut {
    bool operator()(char32_t c) const noexcept { return ends_sentence(c); }
    template <bool Quotes>
    static std::size_t next_mark(const unsigned char* u, std::size_t p, std::size_t n) noexcept { return detail::next_mark<false, Quotes>(u, p, n); }
};
struct clause_cut {
    bool operator()(char32_t c) const noexcept { return ends_sentence(c) || ends_clause(c); }
    template <bool Quotes>
    static std::size_t next_mark(const unsigned char* u, std::size_t p, std::size_t n) noexcept { return detail::next_mark<true, Quotes>(u, p, n); }
};
struct line_cut {
    bool operator()(char32_t) const noexcept { return false; }
    template <bool>
    static std::size_t next_mark(const unsigned char* u, std::size_t p, std::size_t n) noexcept { return next_byte_of<'\n'>(u, p, n); }
};

}  // namespace detail

// Sentences: split at 。！？!? and line ends, never inside quotes.
inline detail::splitter<detail::sentence_cut> sentences(std::string_view text) { return {text, {}}; }
// Clauses: sentences further split at ，,；;：:, never inside quotes.
inline detail::splitter<detail::clause_cut> clauses(std::string_view text) { return {text, {}}; }
// Phrases: clauses cut even inside quotes (reported speech holds goals too).
inline detail::splitter<detail::clause_cut, false> phrases(std::string_view text) { return {text, {}}; }
// Non-blank lines, trimmed of leading blanks.
inline detail::splitter<detail::line_cut> lines(std::string_view text) { return {text, {}}; }

}  // namespace govnews
