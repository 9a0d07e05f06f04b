#pragma once
// Stage 4: several lexicons read in one pass: what a parser asks of many word lists per sentence
// or clause, at the cost of one scan instead of one scan each.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon.hpp"

namespace govnews {

// Member i of the set is bit i (at most 32 members).
class lexicon_set {
public:
    lexicon_set() = default;
    lexicon_set(std::initializer_list<const lexicon*> members) {
        std::vector<std::pair<std::string, std::uint32_t>> words;
        std::uint32_t bit = 1;
        for (const lexicon* m : members) {
            for (const auto& w : m->words()) words.emplace_back(w.first, bit);
            bit <<= 1;
        }
        std::sort(words.begin(), words.end());
        std::vector<std::pair<std::string, std::uint32_t>> merged;  // a word in several members
        for (auto& w : words) {
            if (!merged.empty() && merged.back().first == w.first) merged.back().second |= w.second;
            else merged.push_back(std::move(w));
        }
        all_ = lexicon::from(merged);
        size_ = members.size();
    }

    // The members with a word anywhere in text (bit i set: member i).
    std::uint32_t present(std::string_view text) const {
        std::uint32_t found = 0;
        const std::uint32_t every = size_ >= 32 ? ~0u : (1u << size_) - 1;
        all_.scan_all(text, [&](std::size_t, std::size_t, std::uint32_t v) {
            found |= v;
            return found != every;
        });
        return found;
    }

    // Whether any member has a word in text: stops at the first.
    bool any(std::string_view text) const noexcept { return static_cast<bool>(all_.first(text)); }

    // Every member's own leftmost-longest scan, all in one pass: f(member, begin, length) in
    // order of position, exactly the matches member.scan(text, …) reports.
    template <class F>
    void scan(std::string_view text, F&& f) const {
        std::size_t resume[32] = {};
        std::size_t longest[32] = {};
        std::size_t at = std::string_view::npos;
        std::uint32_t pending = 0;
        auto flush = [&] {
            for (std::uint32_t bits = pending; bits; bits &= bits - 1) {
                const auto m = static_cast<std::size_t>(count_trailing_zeros(bits));
                if (at < resume[m]) continue;
                f(m, at, longest[m]);
                resume[m] = at + longest[m];
            }
            pending = 0;
        };
        all_.scan_all(text, [&](std::size_t p, std::size_t n, std::uint32_t v) {
            if (p != at) { flush(); at = p; }
            pending |= v;
            for (std::uint32_t bits = v; bits; bits &= bits - 1) longest[count_trailing_zeros(bits)] = n;  // later words are longer
        });
        flush();
    }

private:
    static int count_trailing_zeros(std::uint32_t v) noexcept {
        int n = 0;
        while (!(v & 1u)) { v >>= 1; ++n; }
        return n;
    }
    lexicon all_;
    std::size_t size_ = 0;
};

}  // namespace govnews
