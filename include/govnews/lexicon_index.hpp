#pragma once
// Stage 4: the words of a lexicon_set in one story, found in one pass and kept. Every parser
// after it reads its lexicons' words in a sentence or a clause by a search in a short list of
// hits instead of scanning the text again: the pipeline scans each story once for all of them.
// Readers fall back to a lexicon's own scan for text the index does not cover or a lexicon it
// does not hold, so results never depend on whether or which index was given; only cost does.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <type_traits>
#include <vector>

#include "detail/bytes.hpp"
#include "lexicon.hpp"
#include "lexicon_set.hpp"

namespace govnews {

class lexicon_index {
public:
    // A word of the set at pos (bytes into the indexed text), held by `members` (bits of the set).
    struct hit { std::uint32_t pos, len, members; };

    lexicon_index() = default;  // holds nothing, covers nothing
    // The set must outlive the index; the text is not copied.
    lexicon_index(const lexicon_set& set, std::string_view text) { assign(set, text); }
    lexicon_index(lexicon_set&&, std::string_view) = delete;  // a temporary set would dangle

    // The same, told the text's units (its sentences: anything with a `text` view into it, by
    // position and disjoint): each unit's members are gathered once, so a query of a whole unit
    // is one look-up instead of a walk over its hits, however many parsers ask.
    template <class Units>
    lexicon_index(const lexicon_set& set, std::string_view text, const Units& units) { assign(set, text, units); }
    template <class Units>
    lexicon_index(lexicon_set&&, std::string_view, const Units&) = delete;

    // Index another text (the storage of the last one is reused).
    void assign(lexicon_set&&, std::string_view) = delete;
    template <class Units>
    void assign(lexicon_set&&, std::string_view, const Units&) = delete;
    void assign(const lexicon_set& set, std::string_view text) {
        units_.clear();
        index(set, text);
    }
    template <class Units>
    void assign(const lexicon_set& set, std::string_view text, const Units& units) {
        units_.clear();
        index(set, text);
        if (!text_.data()) return;
        units_.reserve(units.size());
        std::uint32_t last = 0;
        for (const auto& u : units) {
            const std::string_view s = u.text;
            if (!covers(s) || s.empty()) continue;
            const auto b = static_cast<std::uint32_t>(s.data() - text_.data());
            if (b < last) { units_.clear(); return; }  // out of order or overlapping: no table
            unit& v = units_.emplace_back();
            v.begin = b;
            v.end = last = static_cast<std::uint32_t>(b + s.size());
            v.members = 0;
            for_each_inside(s, [&](const hit& h, std::size_t) { v.members |= h.members; return true; });
        }
        first_of_blocks(units_, [](const unit& v) { return v.begin; }, unit_first_);
    }

private:
    void index(const lexicon_set& set, std::string_view text) {
        set_ = &set;
        hits_.clear();
        hits_.reserve(std::min<std::size_t>(text.size() / 32, std::size_t(1) << 16));  // about a word per 40 bytes
        text_ = text.size() <= 0xFFFFFFFFu ? text : std::string_view();  // offsets are 32-bit
        set.words().scan_all(text_, [&](std::size_t p, std::size_t n, std::uint32_t v) {
            hit& h = hits_.emplace_back();  // field by field: see offset_map::add
            h.pos = static_cast<std::uint32_t>(p);
            h.len = static_cast<std::uint32_t>(n);
            h.members = v;
        });
        first_of_blocks(hits_, [](const hit& h) { return h.pos; }, block_first_);
    }
    // The first item of every block, so a query starts next to its items, not by a search: the
    // number of items in the blocks before it (counted, then summed: no branch per item on how
    // many blocks it is the first of). Items by position.
    template <class Items, class Pos>
    void first_of_blocks(const Items& items, Pos pos, std::vector<std::uint32_t>& table) const {
        table.assign((text_.size() >> block_shift) + 1, 0);
        for (const auto& x : items) ++table[pos(x) >> block_shift];
        std::uint32_t before = 0;
        for (std::uint32_t& b : table) {
            const std::uint32_t here = b;
            b = before;
            before += here;
        }
    }

public:
    // The lexicon's bit in the index's set (by identity), or -1 when the index does not hold it.
    template <class V>
    int bit_of(const basic_lexicon<V>& l) const noexcept { return set_ ? set_->bit_of(l) : -1; }
    int bit_of(const std::shared_ptr<const void>& id) const noexcept { return set_ ? set_->bit_of(id) : -1; }

    // Whether s lies inside the indexed text (a view into it, not a copy).
    GOVNEWS_HOT bool covers(std::string_view s) const noexcept {
        if (!set_ || !text_.data() || !s.data()) return false;
        const std::less_equal<const char*> le;
        return le(text_.data(), s.data()) && le(s.data() + s.size(), text_.data() + text_.size());
    }

    // Which members of `mask` have a word inside s (s covered).
    GOVNEWS_HOT std::uint32_t present(std::string_view s, std::uint32_t mask) const noexcept {
        if (const unit* u = unit_of(s)) return u->members & mask;
        std::uint32_t found = 0;
        for_each_inside(s, [&](const hit& h, std::size_t) {
            found |= h.members & mask;
            return found != mask;
        });
        return found;
    }

    // Each member of `mask` with its own leftmost-longest matches inside s, as member.scan(s, …)
    // reports them: f(bit, begin, length), begins relative to s, in order of position.
    template <class F>
    void scan(std::string_view s, std::uint32_t mask, F&& f) const {
        if (const unit* u = unit_of(s); u && !(u->members & mask)) return;
        lexicon_set::leftmost_longest<std::remove_reference_t<F>> each(f);
        for_each_inside(s, [&](const hit& h, std::size_t p) {
            if (h.members & mask) each.add(p, h.len, h.members & mask);
            return true;
        });
        each.flush();
    }

    // The longest word of member `bit` at every position of s where one starts, as
    // member.scan_starts(s, …) reports them: f(begin, length); f may return false to stop.
    template <class F>
    void scan_starts(std::string_view s, int bit, F&& f) const {
        const std::uint32_t m = 1u << bit;
        if (const unit* u = unit_of(s); u && !(u->members & m)) return;
        std::size_t at = std::string_view::npos, len = 0;
        bool go = true;
        for_each_inside(s, [&](const hit& h, std::size_t p) {
            if (!(h.members & m)) return true;
            if (p != at && at != std::string_view::npos) go = call(f, at, len);
            at = p;
            len = h.len;  // later words at a position are longer
            return go;
        });
        if (go && at != std::string_view::npos) call(f, at, len);
    }

    const std::vector<hit>& hits() const noexcept { return hits_; }
    // The first hit at or after byte pos of the indexed text (pos at most its size), found from
    // pos's block rather than by a search over the story: hits().data() + hits().size() past the last.
    const hit* first_from(std::size_t pos) const noexcept {
        const hit* it = hits_.data() + block_first_[pos >> block_shift];
        const hit* const end = hits_.data() + hits_.size();
        while (it != end && it->pos < pos) ++it;
        return it;
    }
    std::string_view text() const noexcept { return text_; }

private:
    template <class F>
    static bool call(F& f, std::size_t p, std::size_t n) {
        if constexpr (std::is_same_v<decltype(f(p, n)), bool>) return f(p, n);
        else { f(p, n); return true; }
    }

    struct unit { std::uint32_t begin, end, members; };
    // The unit that is exactly s (covered), or null.
    GOVNEWS_HOT const unit* unit_of(std::string_view s) const noexcept {
        if (units_.empty()) return nullptr;
        const auto b = static_cast<std::uint32_t>(s.data() - text_.data());
        const unit* it = units_.data() + unit_first_[b >> block_shift];
        const unit* const end = units_.data() + units_.size();
        while (it != end && it->begin < b) ++it;
        return it != end && it->begin == b && it->end == b + s.size() ? it : nullptr;
    }

    // f(hit, begin relative to s) for the hits that lie wholly inside s (covered), by position;
    // f returns false to stop.
    template <class F>
    void for_each_inside(std::string_view s, F&& f) const {
        const auto b = static_cast<std::uint32_t>(s.data() - text_.data());
        const auto e = static_cast<std::uint32_t>(b + s.size());
        const hit* it = first_from(b);
        const hit* const end = hits_.data() + hits_.size();
        for (; it != end && it->pos < e; ++it)
            if (it->len <= e - it->pos && !f(*it, std::size_t(it->pos - b))) return;
    }

    static constexpr unsigned block_shift = 6;  // 64 bytes: about one hit each in news text
    const lexicon_set* set_ = nullptr;
    std::string_view text_;
    std::vector<hit> hits_;                  // by position, then length (the order of lexicon::scan_all)
    std::vector<std::uint32_t> block_first_;  // block k: the first hit at or after byte 64k
    std::vector<unit> units_;                 // the units told, by position, with their members
    std::vector<std::uint32_t> unit_first_;   // block k: the first unit that begins at or after byte 64k
};

// A parser's view of one of its lexicons: read through the index where the index holds it and
// covers the text, else by the lexicon's own scan. The same calls as the lexicon's.
template <class V>
class lexicon_reader {
public:
    lexicon_reader(const basic_lexicon<V>& lex, const lexicon_index& idx) noexcept : lex_(&lex), idx_(&idx), bit_(idx.bit_of(lex)) {}

    // As basic_lexicon::scan: f(begin, length, value), leftmost-longest; f may return false to stop.
    template <class F>
    void scan(std::string_view s, F&& f) const {
        if (!indexed(s)) return lex_->scan(s, f);
        bool go = true;
        idx_->scan(s, 1u << bit_, [&](std::size_t, std::size_t p, std::size_t n) {
            if (go) go = call(f, p, n, value(s, p, n));
        });
    }
    // As basic_lexicon::scan_starts.
    template <class F>
    void scan_starts(std::string_view s, F&& f) const {
        if (!indexed(s)) return lex_->scan_starts(s, f);
        idx_->scan_starts(s, bit_, [&](std::size_t p, std::size_t n) { return call(f, p, n, value(s, p, n)); });
    }
    // As basic_lexicon::first.
    typename basic_lexicon<V>::located first(std::string_view s) const {
        if (!indexed(s)) return lex_->first(s);
        typename basic_lexicon<V>::located r;
        idx_->scan_starts(s, bit_, [&](std::size_t p, std::size_t n) {
            r = {p, {n, value(s, p, n)}};
            return false;
        });
        return r;
    }

private:
    bool indexed(std::string_view s) const noexcept { return bit_ >= 0 && idx_->covers(s); }
    const V& value(std::string_view s, std::size_t p, std::size_t n) const {
        if (const V* v = lex_->shared_value()) return *v;  // a set of words: no walk to the word
        return *lex_->find(s.substr(p, n));
    }
    template <class F>
    static bool call(F& f, std::size_t p, std::size_t n, const V& v) {
        if constexpr (std::is_same_v<decltype(f(p, n, v)), bool>) return f(p, n, v);
        else { f(p, n, v); return true; }
    }

    const basic_lexicon<V>* lex_;
    const lexicon_index* idx_;
    int bit_;
};

// The same for a group of lexicons read together (a parser's own lexicon_set): through the index
// when it holds every member, else by the group's own pass.
class lexicon_set_reader {
public:
    lexicon_set_reader(const lexicon_set& group, const lexicon_index& idx) noexcept : group_(&group), idx_(&idx) {
        whole_ = group.size() > 0;
        for (std::size_t i = 0; i < group.size() && whole_; ++i) {
            const int b = idx.bit_of(group.member_id(i));
            whole_ = b >= 0;
            if (!whole_) break;
            mask_ |= 1u << b;
            members_of_bit_[b] |= 1u << i;
        }
    }

    // As lexicon_set::present: bit i for member i of the group.
    GOVNEWS_HOT std::uint32_t present(std::string_view s) const noexcept {
        if (!indexed(s)) return group_->present(s);
        std::uint32_t r = 0;
        for (std::uint32_t bits = idx_->present(s, mask_); bits; bits &= bits - 1) r |= members_of_bit_[detail::lowest_bit(bits)];
        return r;
    }
    bool any(std::string_view s) const noexcept { return indexed(s) ? idx_->present(s, mask_) != 0 : group_->any(s); }
    // As lexicon_set::scan: f(member, begin, length) by position.
    template <class F>
    void scan(std::string_view s, F&& f) const {
        if (!indexed(s)) return group_->scan(s, f);
        idx_->scan(s, mask_, [&](std::size_t bit, std::size_t p, std::size_t n) {
            for (std::uint32_t m = members_of_bit_[bit]; m; m &= m - 1) f(static_cast<std::size_t>(detail::lowest_bit(m)), p, n);
        });
    }

private:
    bool indexed(std::string_view s) const noexcept { return whole_ && idx_->covers(s); }

    const lexicon_set* group_;
    const lexicon_index* idx_;
    bool whole_ = false;
    std::uint32_t mask_ = 0;                                       // the group's members as bits of the index
    std::uint32_t members_of_bit_[lexicon_set::max_members] = {};  // index bit -> the group's members it stands for
};

}  // namespace govnews
