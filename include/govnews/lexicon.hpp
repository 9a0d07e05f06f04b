#pragma once
// Stage 4: many-word lookup over UTF-8. A byte trie frozen into flat arrays; before any walk a
// position is filtered by a hash of its first character, or of its first two where both are
// three-byte characters, so most positions of Chinese text cost a load or two, and the words
// that open with a three-byte character are then found by hash (detail/cjk_words.hpp).
// Words match whole characters, at a character's start and up to one's end.
// Built from constexpr word tables; a consumer extends a copy at run time (copy-on-write:
// copies are cheap and share data; lookups never mutate, so a lexicon is safe to share).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "detail/cjk_words.hpp"
#include "detail/utf8.hpp"

namespace govnews {

template <class V>
class lexicon_reader;  // lexicon_index.hpp

template <class Value = std::uint32_t>
class basic_lexicon {
public:
    using value_type = Value;
    struct match {
        std::size_t length = 0;  // bytes; 0 = no match
        Value value{};
        explicit operator bool() const noexcept { return length != 0; }
    };

    // Empty lexicons share one immutable impl: a parser makes one per story where it may need
    // one, and an impl's filter tables are kilobytes to allocate and clear.
    basic_lexicon() : data_(empty_impl()) {}
    basic_lexicon(std::initializer_list<std::pair<std::string_view, Value>> words) : basic_lexicon() {
        std::vector<std::pair<std::string, Value>> w;
        for (const auto& [k, v] : words) w.emplace_back(std::string(k), v);
        rebuild(std::move(w));
    }
    // A lexicon of (word, value) pairs, built in one go.
    template <class Pairs>
    static basic_lexicon from(const Pairs& pairs) {
        basic_lexicon l;
        std::vector<std::pair<std::string, Value>> w;
        for (const auto& [k, v] : pairs) w.emplace_back(std::string(k), v);
        l.rebuild(std::move(w));
        return l;
    }
    // All words of a table with one value.
    template <class Range>
    basic_lexicon& insert_all(const Range& words, Value v) {
        auto w = data_->words;
        for (const auto& x : words) w.emplace_back(std::string(x), v);
        rebuild(std::move(w));
        return *this;
    }
    basic_lexicon& insert(std::string_view word, Value v) {
        const std::string_view one[] = {word};
        return insert_all(one, v);
    }
    basic_lexicon& erase(std::string_view word) {
        auto w = data_->words;
        w.erase(std::remove_if(w.begin(), w.end(), [&](const auto& p) { return p.first == word; }), w.end());
        rebuild(std::move(w));
        return *this;
    }

    std::size_t size() const noexcept { return data_->words.size(); }
    bool contains(std::string_view w) const noexcept {
        const auto m = longest(w, 0);
        return m.length == w.size() && !w.empty();
    }
    // The value of exactly this word, or nullptr: a probe or two for a word that opens with a
    // three-byte character, else one walk.
    const Value* find(std::string_view w) const noexcept {
        const impl& d = *data_;
        if (w.empty()) return nullptr;
        if (static_cast<unsigned char>(w[0]) - 0xE0u < 0x10u) {
            const std::uint32_t v = d.cjk.exact(reinterpret_cast<const unsigned char*>(w.data()), w.size());
            if (v == detail::cjk_words::none) return nullptr;
            if (v != detail::cjk_words::ask) return &d.values[v];
        }
        std::uint32_t node = d.root[static_cast<unsigned char>(w[0])];
        for (std::size_t i = 1; i < w.size() && node != 0; ++i) node = d.child(d.nodes[node], static_cast<unsigned char>(w[i]));
        if (node == 0 || d.nodes[node].value == npos) return nullptr;
        return &d.values[d.nodes[node].value];
    }

    // Equal for copies that share their words, different after any change: what an index of
    // several lexicons (lexicon_index.hpp) knows a member by. Holding it keeps the words alive.
    std::shared_ptr<const void> identity() const noexcept { return data_; }
    // The same as a plain pointer, to compare with (no reference count touched).
    const void* identity_key() const noexcept { return data_.get(); }

    // Longest word that starts at pos.
    match longest(std::string_view text, std::size_t pos) const noexcept {
        match best;
        for_each_prefix(text, pos, [&](std::size_t len, const Value& v) { best = {len, v}; });
        return best;
    }

    // Calls f(length, value) for every word starting at pos, shortest first.
    template <class F>
    void for_each_prefix(std::string_view text, std::size_t pos, F&& f) const {
        const impl& d = *data_;
        if (pos >= text.size() || d.nodes.size() <= 1) return;
        const auto* p = reinterpret_cast<const unsigned char*>(text.data());
        const std::size_t n = text.size();
        if (!d.first_ok(p + pos, n - pos)) return;
        auto each = [&](std::size_t, std::size_t len, const Value& v) { f(len, v); return true; };
        walk_all(p, n, pos, each);
    }

    // The longest word that ends exactly at end, starting at most max_chars characters back:
    // suffix tests (…局, …推进会) and stop words before a position, without a loop over the table.
    // (Most ends end no word: that answer is small enough to inline, the search after it is not.)
    match longest_ending_at(std::string_view text, std::size_t end, std::size_t max_chars = 8) const noexcept {
        if (end > text.size()) return {};
        const unsigned lengths = data_->lengths_ending(reinterpret_cast<const unsigned char*>(text.data()), end);
        if (!lengths) return {};
        return longest_ending_with(text, end, max_chars, lengths);
    }

    // Calls f(begin, length, value) for the longest match at each position, left to right,
    // resuming after each match (leftmost-longest, non-overlapping).
    // f may return bool: false stops the scan.
    template <class F>
    void scan(std::string_view text, F&& f) const {
        visit<mode::leftmost_longest>(text, [&](std::size_t p, std::size_t n, const Value& v) { return call(f, p, n, v); });
    }

    // Calls f(begin, length, value) for the longest match at every position where a word
    // starts, overlapping ones included: the loop "longest(text, p) for each p", filtered.
    template <class F>
    void scan_starts(std::string_view text, F&& f) const {
        visit<mode::longest_at_each_start>(text, [&](std::size_t p, std::size_t n, const Value& v) { return call(f, p, n, v); });
    }

    // Calls f(begin, length, value) for every occurrence of every word, nested and overlapping
    // ones included: by start, shortest first.
    template <class F>
    void scan_all(std::string_view text, F&& f) const {
        visit<mode::every_word>(text, [&](std::size_t p, std::size_t n, const Value& v) { return call(f, p, n, v); });
    }

    // The first match of a scan, without reading further.
    struct located { std::size_t pos = 0; match m; explicit operator bool() const noexcept { return m.length != 0; } };
    located first(std::string_view text) const noexcept {
        located r;
        visit<mode::leftmost_longest>(text, [&](std::size_t p, std::size_t n, const Value& v) { r = {p, {n, v}}; return false; });
        return r;
    }

    // Words as stored, for documentation and tests.
    const std::vector<std::pair<std::string, Value>>& words() const noexcept { return data_->words; }

private:
    // longest_ending_at past its filter: `lengths` as lengths_ending gives them, nonzero.
    match longest_ending_with(std::string_view text, std::size_t end, std::size_t max_chars, unsigned lengths) const noexcept {
        match best;
        std::size_t q = end;
        for (std::size_t k = 0; k < max_chars && q > 0; ++k) {
            if (k < 7 && !(lengths >> k)) break;  // no word that long ends here
            do { --q; } while (q > 0 && (static_cast<unsigned char>(text[q]) & 0xC0) == 0x80);
            if (!((lengths >> std::min<std::size_t>(k, 7)) & 1u)) continue;
            if (const Value* v = find(text.substr(q, end - q))) best = {end - q, *v};
        }
        return best;
    }
    template <class>
    friend class lexicon_reader;
    // The value every word holds when all hold the same one (a lexicon used as a set of words),
    // else nullptr: a reader of an index then knows a word's value without a walk to it.
    const Value* shared_value() const noexcept { return data_->shared ? &data_->values.front() : nullptr; }
    template <class T, class = void>
    struct comparable : std::false_type {};
    template <class T>
    struct comparable<T, std::void_t<decltype(bool(std::declval<const T&>() == std::declval<const T&>()))>> : std::true_type {};

    static constexpr std::uint32_t npos = 0xFFFFFFFFu;
    static std::size_t step(unsigned char c) noexcept {
        return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    }
    struct edge_t { unsigned char byte; std::uint32_t child; };
    // A node with many children (the second and third bytes of CJK characters) gets a dense
    // table of its 64 continuation bytes: one load instead of a search.
    struct node_t { std::uint32_t first_edge = 0, edge_count = 0, value = npos, dense = npos; };
    struct impl {
        std::vector<std::pair<std::string, Value>> words;  // sorted, unique keys (last insert wins)
        std::vector<node_t> nodes{1};                      // node 0 = root; child index 0 means none
        std::vector<edge_t> edges;
        std::vector<Value> values;
        std::array<std::uint32_t, 256> root{};
        std::vector<std::uint32_t> dense;  // 64 children per dense node
        // The filter tables below, all but the scan's two, grow with the lexicon (a power of two in
        // size: table_mask). Most lexicons are short word lists probed a few times per sentence, where
        // a probe costs what fetching its cache line costs; a pipeline holds dozens of them, and at
        // a fixed 36 KiB each they did not stay cached. (A lexicon of names is also built per story.)
        std::vector<std::uint64_t> first_bits = std::vector<std::uint64_t>(min_words, 0);  // hash of the first character
        // Filters before any walk: one-character words by their character, longer words by a
        // hash of their first two characters. Most positions of a text fail one test.
        std::vector<std::uint64_t> single_bits = std::vector<std::uint64_t>(min_words, 0);
        std::vector<std::uint64_t> pair_bits = std::vector<std::uint64_t>(min_words, 0);
        // The scan's filters for text at a three-byte character: words that open with two
        // three-byte characters by a hash of those six bytes, other words by their first one.
        // (4 KiB each: they are read at every character of a story, and a story is short; a size
        // that varied would cost the scan's loop a mask per read.)
        static constexpr unsigned scan_bits = 15;
        std::vector<std::uint64_t> pair6_bits = std::vector<std::uint64_t>(std::size_t(1) << (scan_bits - 6), 0);
        std::vector<std::uint64_t> lead3_bits = std::vector<std::uint64_t>(std::size_t(1) << (scan_bits - 6), 0);
        detail::cjk_words cjk;  // the words that open with a three-byte character, by hash
        std::uint64_t ascii_first[2] = {0, 0};  // ASCII bytes that open a word
        // Searches backwards from an end (longest_ending_at) first ask how long, in characters, a
        // word that ends with the character there can be: by a hash of every word's last
        // character, a set of lengths (bit k - 1: k characters; the top bit: eight or more).
        std::vector<std::uint8_t> ending_lengths = std::vector<std::uint8_t>(64, 0);
        bool any_last = false;  // a word whose last character has no start of its own: no filter
        bool shared = false;    // every word has the value values.front()
        static std::uint32_t ending_key(const unsigned char* p, std::size_t q, std::size_t end) noexcept {
            return first_hash(load4(p + q, end - q), classify(p[q]).mask) >> 4;
        }
        std::uint8_t lengths_ending(const unsigned char* p, std::size_t end) const noexcept {
            if (any_last) return 0xFF;
            if (end == 0) return 0;
            const std::size_t q = detail::prev_pos(std::string_view(reinterpret_cast<const char*>(p), end), end);
            return ending_lengths[ending_key(p, q, end) & (ending_lengths.size() - 1)];
        }
        // Eight bytes as a number, the first lowest: one load on little-endian machines.
        static std::uint64_t load8(const unsigned char* p) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            return w;
#else
            return load6(p) | std::uint64_t(p[6]) << 48 | std::uint64_t(p[7]) << 56;
#endif
        }
        // Six bytes as a number, the first lowest (compilers make it one load on little-endian machines).
        static std::uint64_t load6(const unsigned char* p) noexcept {
            return std::uint64_t(p[0]) | std::uint64_t(p[1]) << 8 | std::uint64_t(p[2]) << 16 | std::uint64_t(p[3]) << 24 |
                   std::uint64_t(p[4]) << 32 | std::uint64_t(p[5]) << 40;
        }
        // The scan's filter keys: the first character's three bytes, the first two's six (the
        // low bytes of w).
        static std::uint32_t lead3_hash(std::uint64_t w) noexcept {
            return (static_cast<std::uint32_t>(w & 0xFFFFFFu) * 0x9E3779B1u) >> (32 - scan_bits);
        }
        // (w << 16 drops the two bytes past the pair: no 48-bit mask to hold in a register in
        // the scan's loop, where GCC re-made it at every character)
        static std::uint32_t pair6_hash(std::uint64_t w) noexcept {
            return static_cast<std::uint32_t>(((w << 16) * 0x9E3779B97F4A7C15ull) >> (64 - scan_bits));
        }

        static std::uint32_t key16(const unsigned char* p, std::size_t n) noexcept {
            if (p[0] < 0x80 || n < 2) return p[0];
            if (n < 3 || p[0] < 0xE0) return (std::uint32_t(p[0]) << 8 | p[1]) & 0xFFFF;
            return ((std::uint32_t(p[0] & 0x0F) << 12) | (std::uint32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F)) & 0xFFFF;
        }
        static std::uint32_t char_len(unsigned char c) noexcept { return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; }
        static std::uint32_t pair_hash(std::uint32_t a, std::uint32_t b) noexcept { return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u)) >> 12; }
        // first_bits, single_bits and pair_bits: a key modulo their size
        bool test(const std::vector<std::uint64_t>& bits, std::uint32_t k) const noexcept {
            k &= table_mask;
            return (bits[k >> 6] >> (k & 63)) & 1u;
        }
        void set(std::vector<std::uint64_t>& bits, std::uint32_t k) const noexcept { set_bit(bits, k & table_mask); }
        static void set_bit(std::vector<std::uint64_t>& bits, std::uint32_t k) noexcept { bits[k >> 6] |= std::uint64_t(1) << (k & 63); }
        // Their size for n words: about 32 bits a word, from 512 bits to 65,536 (in 64-bit words).
        static constexpr std::size_t min_words = 8;
        static std::size_t table_words(std::size_t n) noexcept {
            std::size_t w = min_words;
            while (w < 1024 && w * 64 < n * 32) w *= 2;
            return w;
        }
        std::uint32_t table_mask = min_words * 64 - 1;  // of first_bits, single_bits and pair_bits
        // The first-character filter reads the character's bytes as one word: a load, a mask and
        // a multiply, whatever the character (bytes past the input read as zero).
        struct char_class { std::uint32_t mask, len; };
        static constexpr char_class classify(unsigned c) noexcept {
            const std::uint32_t len = c < 0x80 ? 1 : c >= 0xF8 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return {len == 4 ? 0xFFFFFFFFu : (1u << (8 * len)) - 1, len};
        }
        static std::uint32_t load4(const unsigned char* p, std::size_t avail) noexcept {
            if (avail >= 4) return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
            std::uint32_t w = 0;
            for (std::size_t i = 0; i < avail; ++i) w |= std::uint32_t(p[i]) << (8 * i);
            return w;
        }
        static std::uint32_t first_hash(std::uint32_t w, std::uint32_t mask) noexcept { return ((w & mask) * 0x9E3779B1u) >> 16; }
        bool first_ok(const unsigned char* p, std::size_t n) const noexcept {
            if (!test(first_bits, first_hash(load4(p, n), classify(p[0]).mask))) return false;
            const std::uint32_t k = key16(p, n);
            if (test(single_bits, k)) return true;
            const std::uint32_t l = char_len(p[0]);
            if (n <= l) return false;
            return test(pair_bits, pair_hash(k, key16(p + l, n - l)) & 0xFFFFu);
        }
        std::uint32_t child(const node_t& nd, unsigned char b) const noexcept {
            if (nd.dense != npos) return (b & 0xC0) == 0x80 ? dense[nd.dense + (b & 0x3F)] : 0;
            const edge_t* e = edges.data() + nd.first_edge;
            const edge_t* end = e + nd.edge_count;
            if (nd.edge_count <= 8) {
                for (; e != end; ++e) if (e->byte == b) return e->child;
                return 0;
            }
            const edge_t* it = std::lower_bound(e, end, b, [](const edge_t& x, unsigned char v) { return x.byte < v; });
            return it != end && it->byte == b ? it->child : 0;
        }
    };

    template <class F>
    static bool call(F& f, std::size_t p, std::size_t n, const Value& v) {
        if constexpr (std::is_same_v<decltype(f(p, n, v)), bool>) return f(p, n, v);
        else { f(p, n, v); return true; }
    }

    // The loop of scan, scan_starts, scan_all and first. Chinese text is mostly three-byte
    // characters: their filter keys come from the bytes at hand, and a rejected position costs a
    // load or two. Candidates are gathered a block at a time and walked after: a candidate is
    // too rare to predict and too common to be a mispredicted branch each. f returns false to stop.
    enum class mode { leftmost_longest, longest_at_each_start, every_word };
    template <mode Mode, class F>
    void visit(std::string_view text, F&& f) const {
        const impl& d = *data_;
        if (d.nodes.size() <= 1) return;
        const auto* p = reinterpret_cast<const unsigned char*>(text.data());
        const std::size_t n = text.size();
        static constexpr auto classes = [] {
            std::array<typename impl::char_class, 256> t{};
            for (unsigned c = 0; c < 256; ++c) t[c] = impl::classify(c);
            return t;
        }();
        const std::uint64_t* lead3 = d.lead3_bits.data();
        const std::uint64_t* pair6 = d.pair6_bits.data();
        constexpr std::size_t block = 64;
        std::size_t cand[block];
        std::uint8_t maybe_short[block];  // bit 0 clear: the filter rules out words of one character here
        std::size_t pos = 0, resume = 0, k = 0;
        // w: the bytes at pos, two three-byte characters at least; pos a candidate by the filter
        const auto filter_pair = [&](std::uint64_t w) {
            const std::uint32_t h3 = impl::lead3_hash(w);
            const std::uint64_t short_word = lead3[h3 >> 6] >> (h3 & 63);
            const std::uint32_t h6 = impl::pair6_hash(w);
            // (a second character that is no three-byte one makes a rare false candidate, which
            // the walk rejects: cheaper than a test at every position)
            const std::uint64_t candidate = short_word | (pair6[h6 >> 6] >> (h6 & 63));
            cand[k] = pos;
            maybe_short[k] = static_cast<std::uint8_t>(short_word);  // (its other bits are not read)
            k += candidate & 1u;
        };
        while (pos < n) {
            k = 0;
            while (pos < n && k < block) {
                // A run of three-byte characters with eight bytes readable: each one load, no
                // other test (the common case, and the loop the time goes to).
                for (const std::size_t stop = n >= 8 ? n - 7 : 0; pos < stop && k < block && p[pos] - 0xE0u < 0x10u; pos += 3)
                    filter_pair(impl::load8(p + pos));
                if (pos >= n || k == block) break;
                const unsigned c = p[pos];
                // Three-byte characters (predicted: the loop does not wait for a length): words
                // that begin with two of them are filtered by those two together, the others by
                // the first, both read at once.
                if (c - 0xE0u < 0x10u && n - pos >= 6) {  // the six bytes of two characters, in one load
                    filter_pair(impl::load6(p + pos));
                    pos += 3;
                    continue;
                }
                if (c - 0xE0u < 0x10u && n - pos >= 3) {  // the last character or two: no pair fits
                    const std::uint32_t w3 = c | std::uint32_t(p[pos + 1]) << 8 | std::uint32_t(p[pos + 2]) << 16;
                    const std::uint32_t h3 = impl::lead3_hash(w3);
                    cand[k] = pos;
                    maybe_short[k] = 1;
                    k += (lead3[h3 >> 6] >> (h3 & 63)) & 1u;
                    pos += 3;
                    continue;
                }
                if (c < 0x80 && !((d.ascii_first[c >> 6] >> (c & 63)) & 1u)) { ++pos; continue; }  // digits, commas: no word
                const std::uint32_t w = impl::load4(p + pos, n - pos);
                const typename impl::char_class cc = classes[c];
                const std::size_t l = std::min<std::size_t>(cc.len, n - pos);
                const std::uint32_t h = impl::first_hash(w, cc.mask);
                if (d.test(d.first_bits, h)) {
                    const std::uint32_t key = impl::key16(p + pos, n - pos);
                    bool candidate = d.test(d.single_bits, key);
                    if (!candidate && pos + l < n)
                        candidate = d.test(d.pair_bits, impl::pair_hash(key, impl::key16(p + pos + l, n - pos - l)) & 0xFFFFu);
                    if (candidate) {
                        cand[k] = pos;
                        maybe_short[k++] = 1;
                    }
                }
                pos += l;
            }
            for (std::size_t i = 0; i < k; ++i) {
                const std::size_t at = cand[i];
                if constexpr (Mode == mode::every_word) {
                    if (!walk_all(p, n, at, f, maybe_short[i] & 1u)) return;
                } else {
                    if (Mode == mode::leftmost_longest && at < resume) continue;
                    const match m = walk(p, n, at, maybe_short[i] & 1u);
                    if (!m.length) continue;
                    if (!f(at, m.length, m.value)) return;
                    resume = at + m.length;
                }
            }
        }
    }

    // Words match whole characters: one ends at the end of the text or before a character's start.
    static bool whole(const unsigned char* p, std::size_t n, std::size_t end) noexcept { return end == n || (p[end] & 0xC0) != 0x80; }

    // Every word at pos, shortest first; false when f asked to stop.
    // `maybe_short`: see cjk_words::each.
    template <class F>
    bool walk_all(const unsigned char* p, std::size_t n, std::size_t pos, F& f, bool maybe_short = true) const {
        const impl& d = *data_;
        if (p[pos] - 0xE0u < 0x10u) {
            const auto r = d.cjk.each(p + pos, n - pos, [&](std::size_t len, std::uint32_t v) { return f(pos, len, d.values[v]); }, maybe_short);
            if (r != detail::cjk_words::result::ask_trie) return r != detail::cjk_words::result::stopped;
        }
        std::uint32_t node = d.root[p[pos]];
        std::size_t i = pos + 1;
        while (node != 0) {
            const node_t& nd = d.nodes[node];
            if (nd.value != npos && whole(p, n, i) && !f(pos, i - pos, d.values[nd.value])) return false;
            if (i >= n || nd.edge_count == 0) break;
            node = d.child(nd, p[i]);
            ++i;
        }
        return true;
    }

    // The longest word at pos, walking the trie without the filters.
    match walk(const unsigned char* p, std::size_t n, std::size_t pos, bool maybe_short = true) const noexcept {
        const impl& d = *data_;
        match best;
        if (p[pos] - 0xE0u < 0x10u) {
            const auto r = d.cjk.each(p + pos, n - pos, [&](std::size_t len, std::uint32_t v) {
                best = {len, d.values[v]};
                return true;
            }, maybe_short);
            if (r != detail::cjk_words::result::ask_trie) return best;
        }
        std::uint32_t node = d.root[p[pos]];
        std::size_t i = pos + 1;
        while (node != 0) {
            const node_t& nd = d.nodes[node];
            if (nd.value != npos && whole(p, n, i)) best = {i - pos, d.values[nd.value]};
            if (i >= n || nd.edge_count == 0) break;
            node = d.child(nd, p[i]);
            ++i;
        }
        return best;
    }

    void rebuild(std::vector<std::pair<std::string, Value>> w) {
        std::stable_sort(w.begin(), w.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        // keep the last inserted value of a duplicated key
        std::vector<std::pair<std::string, Value>> u;
        for (auto& x : w) {
            if (x.first.empty()) continue;
            if (!u.empty() && u.back().first == x.first) u.back().second = std::move(x.second);
            else u.push_back(std::move(x));
        }
        auto d = std::make_shared<impl>();
        d->words = std::move(u);
        // Breadth of the trie: build level by level over sorted ranges so edges stay contiguous.
        struct task { std::uint32_t node; std::size_t lo, hi, depth; };
        std::vector<task> queue;
        // root children go into the root table
        auto make_children = [&](std::uint32_t parent, std::size_t lo, std::size_t hi, std::size_t depth, bool is_root) {
            std::size_t i = lo;
            // words ending exactly at depth belong to the parent
            if (!is_root) {
                while (i < hi && d->words[i].first.size() == depth) {
                    d->nodes[parent].value = static_cast<std::uint32_t>(d->values.size());
                    d->values.push_back(d->words[i].second);
                    ++i;
                }
                d->nodes[parent].first_edge = static_cast<std::uint32_t>(d->edges.size());
            }
            std::uint32_t count = 0;
            while (i < hi) {
                const auto b = static_cast<unsigned char>(d->words[i].first[depth]);
                std::size_t j = i;
                while (j < hi && static_cast<unsigned char>(d->words[j].first[depth]) == b) ++j;
                const auto child = static_cast<std::uint32_t>(d->nodes.size());
                d->nodes.emplace_back();
                if (is_root) d->root[b] = child;
                else d->edges.push_back({b, child});
                queue.push_back({child, i, j, depth + 1});
                ++count;
                i = j;
            }
            if (!is_root) d->nodes[parent].edge_count = count;
        };
        make_children(0, 0, d->words.size(), 0, true);
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const task t = queue[q];
            make_children(t.node, t.lo, t.hi, t.depth, false);
        }
        for (auto& nd : d->nodes) {
            if (nd.edge_count <= 8) continue;
            bool continuation = true;
            for (std::uint32_t k = 0; k < nd.edge_count; ++k) continuation = continuation && (d->edges[nd.first_edge + k].byte & 0xC0) == 0x80;
            if (!continuation) continue;
            nd.dense = static_cast<std::uint32_t>(d->dense.size());
            d->dense.resize(d->dense.size() + 64, 0);
            for (std::uint32_t k = 0; k < nd.edge_count; ++k) {
                const edge_t& e = d->edges[nd.first_edge + k];
                d->dense[nd.dense + (e.byte & 0x3F)] = e.child;
            }
        }
        for (const auto& x : d->words) {
            std::uint32_t node = d->root[static_cast<unsigned char>(x.first[0])];
            for (std::size_t i = 1; i < x.first.size(); ++i) node = d->child(d->nodes[node], static_cast<unsigned char>(x.first[i]));
            d->cjk.add(x.first, d->nodes[node].value);
        }
        d->cjk.finish();
        const std::size_t table = impl::table_words(d->words.size());
        d->first_bits.assign(table, 0);
        d->single_bits.assign(table, 0);
        d->pair_bits.assign(table, 0);
        d->table_mask = static_cast<std::uint32_t>(table * 64 - 1);
        d->ending_lengths.assign(std::min<std::size_t>(table * 32, 4096), 0);  // about 16 bytes a word; ending keys have 12 bits
        for (const auto& x : d->words) {
            const auto b = static_cast<unsigned char>(x.first[0]);
            if (b < 0x80) d->ascii_first[b >> 6] |= std::uint64_t(1) << (b & 63);
            const auto* w = reinterpret_cast<const unsigned char*>(x.first.data());
            const std::size_t q = detail::prev_pos(x.first, x.first.size());
            // the hash must be the one a text holding the word computes at its end
            if ((w[q] & 0xC0) == 0x80 || impl::classify(w[q]).len != x.first.size() - q) {
                d->any_last = true;
            } else {
                const std::size_t chars = detail::count_chars(x.first);
                d->ending_lengths[impl::ending_key(w, q, x.first.size()) & (d->ending_lengths.size() - 1)] |= static_cast<std::uint8_t>(1u << (std::min<std::size_t>(chars, 8) - 1));
            }
        }
        for (const auto& x : d->words) {
            const auto* p = reinterpret_cast<const unsigned char*>(x.first.data());
            const std::size_t n = x.first.size();
            const std::uint32_t k = impl::key16(p, n);
            d->set(d->first_bits, impl::first_hash(impl::load4(p, n), impl::classify(p[0]).mask));
            const std::uint32_t l = impl::char_len(p[0]);
            if (n <= l) d->set(d->single_bits, k);
            else d->set(d->pair_bits, impl::pair_hash(k, impl::key16(p + l, n - l)) & 0xFFFFu);
            if (p[0] - 0xE0u < 0x10u && n >= 3) {
                const std::uint32_t w3 = p[0] | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16;
                if (n >= 6 && p[3] - 0xE0u < 0x10u) impl::set_bit(d->pair6_bits, impl::pair6_hash(impl::load6(p)));
                else impl::set_bit(d->lead3_bits, impl::lead3_hash(w3));
            }
        }
        if constexpr (comparable<Value>::value)
            d->shared = !d->values.empty() && std::all_of(d->values.begin(), d->values.end(), [&](const Value& v) { return v == d->values.front(); });
        data_ = std::move(d);
    }

    static const std::shared_ptr<const impl>& empty_impl() {
        static const std::shared_ptr<const impl> e = std::make_shared<const impl>();
        return e;
    }
    std::shared_ptr<const impl> data_;
};

using lexicon = basic_lexicon<std::uint32_t>;

}  // namespace govnews
