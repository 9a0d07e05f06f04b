#pragma once
// Stage 4: several lexicons read in one pass: what a parser asks of many word lists per sentence
// or clause, at the cost of one scan instead of one scan each. lexicon_index.hpp keeps the words
// a set finds in a whole story, for every parser after it to read.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "detail/bytes.hpp"
#include "lexicon.hpp"

namespace govnews {

// Member i of the set is bit i (at most 32 members). Members may hold values of any type; the set
// keeps their words and their identity, never their values.
class lexicon_set {
public:
    static constexpr std::size_t max_members = 32;

    // One member: the words of a lexicon and who it is.
    class member {
    public:
        template <class V>
        member(const basic_lexicon<V>* l) : id_(l->identity()) {  // NOLINT: implicit, for brace lists
            for (const auto& w : l->words()) words_.push_back(w.first);
        }

    private:
        friend class lexicon_set;
        std::shared_ptr<const void> id_;
        std::vector<std::string_view> words_;  // views into the lexicon, read while the set is built
    };

    lexicon_set() = default;
    lexicon_set(std::initializer_list<member> members) {
        if (members.size() > max_members) throw std::length_error("govnews::lexicon_set: more than 32 members");
        std::vector<std::pair<std::string, std::uint32_t>> words;
        std::uint32_t bit = 1;
        for (const member& m : members) {
            for (std::string_view w : m.words_) words.emplace_back(std::string(w), bit);
            ids_.push_back(m.id_);
            bit <<= 1;
        }
        build(std::move(words));
    }

    // The members of several sets, each lexicon once (by identity), in order of first appearance.
    // Members past the 32nd are left out: whoever reads them through an index scans them alone.
    static lexicon_set union_of(std::initializer_list<const lexicon_set*> sets) {
        lexicon_set u;
        std::vector<std::pair<std::string, std::uint32_t>> words;
        for (const lexicon_set* s : sets) {
            if (!s) continue;
            std::uint32_t to[max_members] = {};  // the set's bit i is the union's to[i]
            for (std::size_t i = 0; i < s->ids_.size(); ++i) {
                int b = u.bit_of(s->ids_[i]);
                if (b < 0 && u.ids_.size() < max_members) {
                    b = static_cast<int>(u.ids_.size());
                    u.ids_.push_back(s->ids_[i]);
                }
                to[i] = b < 0 ? 0u : 1u << b;
            }
            for (const auto& [w, bits] : s->all_.words()) {
                std::uint32_t m = 0;
                for (std::uint32_t r = bits; r; r &= r - 1) m |= to[detail::lowest_bit(r)];
                if (m) words.emplace_back(w, m);
            }
        }
        u.build(std::move(words));
        return u;
    }

    std::size_t size() const noexcept { return ids_.size(); }
    // The bit of a lexicon in this set (by identity), or -1.
    template <class V>
    int bit_of(const basic_lexicon<V>& l) const noexcept { return bit_of(l.identity_key()); }
    int bit_of(const std::shared_ptr<const void>& id) const noexcept { return bit_of(id.get()); }
    int bit_of(const void* id) const noexcept {
        for (std::size_t i = 0; i < ids_.size(); ++i)
            if (ids_[i].get() == id) return static_cast<int>(i);
        return -1;
    }
    const std::shared_ptr<const void>& member_id(std::size_t i) const noexcept { return ids_[i]; }

    // Every word of every member, valued by the members that hold it.
    const lexicon& words() const noexcept { return all_; }

    // The members with a word anywhere in text (bit i set: member i).
    std::uint32_t present(std::string_view text) const {
        std::uint32_t found = 0;
        const std::uint32_t every = all_bits();
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
        leftmost_longest<std::remove_reference_t<F>> each(f);
        all_.scan_all(text, [&](std::size_t p, std::size_t n, std::uint32_t v) { each.add(p, n, v); });
        each.flush();
    }

    // The replay behind scan: words in the order scan_all gives them (by start, shortest first)
    // in, each member's leftmost-longest matches out. Shared with lexicon_index.
    template <class F>
    class leftmost_longest {
    public:
        explicit leftmost_longest(F& f) : f_(f) {}
        void add(std::size_t p, std::size_t n, std::uint32_t v) {
            if (p != at_) { flush(); at_ = p; }
            pending_ |= v;
            for (std::uint32_t bits = v; bits; bits &= bits - 1) longest_[detail::lowest_bit(bits)] = n;  // later words are longer
        }
        void flush() {
            for (std::uint32_t bits = pending_; bits; bits &= bits - 1) {
                const auto m = static_cast<std::size_t>(detail::lowest_bit(bits));
                if ((matched_ >> m & 1u) && at_ < resume_[m]) continue;
                f_(m, at_, longest_[m]);
                resume_[m] = at_ + longest_[m];
                matched_ |= 1u << m;
            }
            pending_ = 0;
        }

    private:
        // Made for every query of an index: the tables are read only where the masks say they
        // were written, so they are not cleared (a clause's query would spend more on that).
        F& f_;
        std::size_t resume_[max_members];   // for the members in matched_
        std::size_t longest_[max_members];  // for the members in pending_
        std::size_t at_ = std::string_view::npos;
        std::uint32_t pending_ = 0, matched_ = 0;
    };

private:
    std::uint32_t all_bits() const noexcept { return ids_.size() >= 32 ? ~0u : (1u << ids_.size()) - 1; }

    void build(std::vector<std::pair<std::string, std::uint32_t>> words) {
        std::sort(words.begin(), words.end());
        std::vector<std::pair<std::string, std::uint32_t>> merged;  // a word in several members
        for (auto& w : words) {
            if (!merged.empty() && merged.back().first == w.first) merged.back().second |= w.second;
            else merged.push_back(std::move(w));
        }
        all_ = lexicon::from(merged);
    }

    lexicon all_;
    std::vector<std::shared_ptr<const void>> ids_;  // member i's identity (keeps its words alive)
};

}  // namespace govnews
