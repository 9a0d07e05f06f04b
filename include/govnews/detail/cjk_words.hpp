// The words of a lexicon that open with a three-byte character (nearly every word of Chinese
// text), found by their first one or two characters in a hash table: a position is settled with
// a probe or two instead of a trie walk of six dependent loads. Internal to basic_lexicon.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "utf8.hpp"  // GOVNEWS_HOT

namespace govnews::detail {

class cjk_words {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu, ask = 0xFFFFFFFEu;
    enum class result { no_word, done, stopped, ask_trie };

    // Every word of the lexicon with the index of its value; then finish().
    void add(std::string_view w, std::uint32_t value) {
        const auto* u = reinterpret_cast<const unsigned char*>(w.data());
        if (w.empty() || u[0] - 0xE0u >= 0x10u) return;  // not ours
        first& f = firsts_[w.size() >= 3 ? key3(u) : 0];  // a cut lead (fewer than 3 bytes) asks the trie
        if (w.size() < 3) { f.ask_trie = true; return; }
        if (w.size() == 3) { f.single = value; return; }
        if (w.size() < 6 || u[3] - 0xE0u >= 0x10u) { f.ask_trie = true; return; }  // 中A, 中·
        f.seconds |= second_bit(u + 3);
        pairs_.push_back({key6(u), static_cast<std::uint32_t>(w.size()), value, std::string(w.substr(6))});
    }

    void finish() {
        std::sort(pairs_.begin(), pairs_.end(), [](const pair_word& a, const pair_word& b) { return a.key != b.key ? a.key < b.key : a.len < b.len; });
        std::size_t slots = 16;
        while (slots < 2 * (firsts_.size() + pairs_.size())) slots *= 2;
        slots_.assign(slots, slot{});
        shift_ = 64;
        for (std::size_t s = slots; s > 1; s /= 2) --shift_;
        for (const auto& [k, f] : firsts_) {
            if (k == 0) continue;
            slot& s = insert(k | first_tag);
            s.a = f.single;
            s.b = (f.ask_trie ? 1u : 0u) | f.seconds;
        }
        for (std::size_t i = 0; i < pairs_.size();) {
            std::size_t j = i;
            while (j < pairs_.size() && pairs_[j].key == pairs_[i].key) ++j;
            slot& s = insert(pairs_[i].key | pair_tag);
            s.a = static_cast<std::uint32_t>(tails_.size());
            s.b = static_cast<std::uint32_t>(j - i);
            for (; i < j; ++i) {
                tails_.push_back({pairs_[i].len, pairs_[i].value, static_cast<std::uint32_t>(rest_.size())});
                rest_ += pairs_[i].rest;
            }
        }
        has_cut_lead_ = firsts_.count(0) != 0;
        firsts_.clear();
        pairs_.clear();
        pairs_.shrink_to_fit();
    }

    // The words at p (a three-byte lead, avail bytes readable), shortest first: f(length, value
    // index) returns false to stop. ask_trie: a word of another shape opens here. `maybe_short`
    // false: the caller's filter knows that no word of one character (or of another shape) does.
    // (Forced inline: the scan's loop calls it at every candidate, and a call there cost a tenth
    // of the index's instructions.)
    template <class F>
    GOVNEWS_HOT result each(const unsigned char* p, std::size_t avail, F&& f, bool maybe_short = true) const {
        if (has_cut_lead_ || avail < 3) return result::ask_trie;
        if (maybe_short) {
            const slot* s = find(key3(p) | first_tag);
            if (!s) return result::no_word;
            if (s->b & 1u) return result::ask_trie;
            if (s->a != none && whole(p, avail, 3) && !f(std::size_t(3), s->a)) return result::stopped;
            // the second characters of the character's longer words, by hash: most characters
            // after one that is a word of its own (等, 年, 一) open none of them
            if (avail < 6 || !(s->b & second_bit(p + 3))) return result::done;
        }
        if (avail >= 6 && p[3] - 0xE0u < 0x10u) {
            if (const slot* t = find(key6(p) | pair_tag)) {
                for (std::uint32_t i = t->a; i < t->a + t->b; ++i) {
                    const tail& x = tails_[i];
                    if (x.len > avail) break;  // longer ones do not fit either
                    if (same(p + 6, rest_.data() + x.rest, x.len - 6) && whole(p, avail, x.len) && !f(std::size_t(x.len), x.value))
                        return result::stopped;
                }
            }
        }
        return result::done;
    }

    // The value index of the word that is exactly the len bytes at p (a three-byte lead): none
    // when there is no such word, ask when a word of another shape may be it (the trie knows).
    std::uint32_t exact(const unsigned char* p, std::size_t len) const noexcept {
        if (has_cut_lead_ || len < 3) return ask;
        if (len == 3) {
            const slot* s = find(key3(p) | first_tag);
            return !s ? none : (s->b & 1u) ? ask : s->a;
        }
        if (len < 6 || p[3] - 0xE0u >= 0x10u) return ask;  // 中A, 中·: not held here
        if (const slot* t = find(key6(p) | pair_tag))
            for (std::uint32_t i = t->a; i < t->a + t->b && tails_[i].len <= len; ++i)
                if (tails_[i].len == len && same(p + 6, rest_.data() + tails_[i].rest, len - 6)) return tails_[i].value;
        return none;
    }

private:
    static constexpr std::uint64_t first_tag = std::uint64_t(1) << 56, pair_tag = std::uint64_t(2) << 56;
    // single: the word of this one character; seconds: second_bit of the second character of
    // every longer word (bit 0 is never one of them: it holds ask_trie in a slot)
    struct first { std::uint32_t single = none; bool ask_trie = false; std::uint32_t seconds = 0; };
    struct pair_word { std::uint64_t key; std::uint32_t len, value; std::string rest; };
    struct slot { std::uint64_t key = 0; std::uint32_t a = 0, b = 0; };  // key 0: empty
    struct tail { std::uint32_t len, value, rest; };

    static bool same(const unsigned char* p, const char* q, std::size_t n) noexcept {  // short: no call to memcmp
        for (std::size_t i = 0; i < n; ++i)
            if (p[i] != static_cast<unsigned char>(q[i])) return false;
        return true;
    }
    // A match ends where a character does (the text may be cut or broken after it).
    static bool whole(const unsigned char* p, std::size_t avail, std::size_t len) noexcept { return len == avail || (p[len] & 0xC0) != 0x80; }
    static std::uint64_t key3(const unsigned char* p) noexcept { return p[0] | std::uint64_t(p[1]) << 8 | std::uint64_t(p[2]) << 16; }
    static std::uint32_t second_bit(const unsigned char* p) noexcept {
        const std::uint32_t h = (static_cast<std::uint32_t>(key3(p)) * 0x9E3779B1u) >> 27;  // 0-31
        return std::uint32_t(1) << (h ? h : 1);
    }
    static std::uint64_t key6(const unsigned char* p) noexcept {
        return key3(p) | std::uint64_t(p[3]) << 24 | std::uint64_t(p[4]) << 32 | std::uint64_t(p[5]) << 40;
    }
    std::size_t home(std::uint64_t k) const noexcept { return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ull) >> shift_); }
    slot& insert(std::uint64_t k) {
        std::size_t i = home(k);
        while (slots_[i].key != 0) i = (i + 1) & (slots_.size() - 1);
        slots_[i].key = k;
        return slots_[i];
    }
    GOVNEWS_HOT const slot* find(std::uint64_t k) const noexcept {
        if (slots_.empty()) return nullptr;
        for (std::size_t i = home(k);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i].key == k) return &slots_[i];
            if (slots_[i].key == 0) return nullptr;
        }
    }

    std::vector<slot> slots_;
    std::vector<tail> tails_;  // per pair, by length
    std::string rest_;         // the bytes after the first six of every pair word
    unsigned shift_ = 60;
    bool has_cut_lead_ = false;
    // while building
    std::map<std::uint64_t, first> firsts_;  // 0: a word made of a cut lead
    std::vector<pair_word> pairs_;
};

}  // namespace govnews::detail
