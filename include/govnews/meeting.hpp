// Object parser 3: meetings — a named gathering the story reports as held (…会召开, 召开…会),
// with its date, chair, attendees (officials of the same story, by name), speakers and participants.
#pragma once
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "article.hpp"
#include "date.hpp"
#include "lexicon.hpp"
#include "lexicon_index.hpp"
#include "lexicon_set.hpp"
#include "lexicons/meetings.hpp"
#include "official.hpp"
#include "segment.hpp"

namespace govnews {

struct meeting {
    std::string_view name;                 // as written, without the date and 召开/举行
    std::optional<govnews::date> date;
    std::optional<std::string_view> chair; // an official's name
    std::vector<std::string_view> attendees, speakers, participants;
    text_range range;                      // the sentence that reports it
    byte_span span;                        // range in the input as given (set by the pipeline)
};

struct meeting_lexicons {
    lexicon heads, held_after, held_before, cited, list_markers;
    static meeting_lexicons defaults() {
        static const meeting_lexicons d = [] {
            meeting_lexicons l;
            l.heads.insert_all(lexicons::meeting_heads, 1);
            l.held_after.insert_all(lexicons::meeting_held_after, 1);
            l.held_before.insert_all(lexicons::meeting_held_before, 1);
            l.cited.insert_all(lexicons::meeting_cited, 1);
            l.list_markers.insert_all(lexicons::speaker_markers, 1);
            l.list_markers.insert_all(lexicons::participant_markers, 1);
            return l;
        }();
        return d;
    }
};

template <class Lexicons = meeting_lexicons>
class basic_meeting_parser {
public:
    basic_meeting_parser() : lex_(Lexicons::defaults()), verbs_(default_sets().first), triggers_(default_sets().second) {}
    explicit basic_meeting_parser(Lexicons l)
        : lex_(std::move(l)), verbs_{&lex_.held_before, &lex_.held_after}, triggers_{&lex_.held_before, &lex_.held_after, &lex_.list_markers} {}
    // The lexicons this parser scans text with, for a pipeline's shared index.
    const lexicon_set& triggers() const noexcept { return triggers_; }

    std::vector<meeting> parse(std::string_view text, const article& a, const std::vector<official>& officials,
                               const date_context& ctx) const {
        return parse(text, a, officials, ctx, lexicon_index(triggers_, story_text(text, a)));
    }
    // The same, reading the story's words from an index that holds them (lexicon_index.hpp).
    std::vector<meeting> parse(std::string_view text, const article& a, const std::vector<official>& officials,
                               const date_context& ctx, const lexicon_index& idx) const {
        std::vector<meeting> out;
        const readers r{lexicon_set_reader(verbs_, idx), lexicon_reader<value_of<decltype(lex_.held_before)>>(lex_.held_before, idx),
                        lexicon_reader<value_of<decltype(lex_.list_markers)>>(lex_.list_markers, idx)};
        for (const auto& sent : a.sentences) find_in_sentence(text, sent.text, a, ctx, r, out);
        if (out.empty()) return out;
        std::vector<std::string_view> speakers, participants;
        lists(a, r, speakers, participants);
        for (auto& m : out) {
            fill_people(text, m, officials);
            m.speakers = speakers;
            m.participants = participants;
        }
        return out;
    }

private:
    template <class L>
    using value_of = typename L::value_type;
    struct readers {
        lexicon_set_reader verbs;
        lexicon_reader<value_of<decltype(Lexicons::held_before)>> held_before;
        lexicon_reader<value_of<decltype(Lexicons::list_markers)>> list_markers;
    };
    static const std::pair<lexicon_set, lexicon_set>& default_sets() {
        static const std::pair<lexicon_set, lexicon_set> v = [] {
            const Lexicons l = Lexicons::defaults();  // the sets keep the words alive
            return std::pair<lexicon_set, lexicon_set>{lexicon_set{&l.held_before, &l.held_after},
                                                       lexicon_set{&l.held_before, &l.held_after, &l.list_markers}};
        }();
        return v;
    }

    bool ends_with_head(std::string_view np) const { return static_cast<bool>(lex_.heads.longest_ending_at(np, np.size())); }
    bool bare_head(std::string_view np) const { return lex_.heads.contains(np); }

    // Drops a leading dateline, date, vague time word or organizer-less filler from a name.
    std::string_view clean(std::string_view np, const date_context& ctx) const {
        for (std::string_view d : lexicons::datelines) if (detail::at(np, 0, d)) np.remove_prefix(d.size());
        while (!np.empty() && (np[0] == ' ' || np[0] == ',')) np.remove_prefix(1);
        if (auto m = parse_date(np, 0, ctx)) np.remove_prefix(m->end);
        static constexpr std::string_view lead[] = {"当天", "随后", "同日", "当日", "近日", "日前", "立即", "还", "并", "专门", "再次", "首次"};
        for (bool again = true; again;) {
            again = false;
            for (auto w : lead) if (detail::at(np, 0, w)) { np.remove_prefix(w.size()); again = true; }
            while (!np.empty() && (np[0] == ' ' || np[0] == ',')) { np.remove_prefix(1); again = true; }
        }
        return np;
    }

    void find_in_sentence(std::string_view text, std::string_view s, const article& a, const date_context& ctx, const readers& r,
                          std::vector<meeting>& out) const {
        if (!r.verbs.any(s)) return;  // most sentences name no meeting verb: one pass rules them out
        for (const auto& cl : clauses(s)) {
            std::string_view c = cl.text;
            while (!c.empty() && (c.back() == ',' || c.back() == ';' || c.back() == ':' || detail::ends_at(c, c.size(), "。"))) {
                c.remove_suffix(detail::ends_at(c, c.size(), "。") ? 3 : 1);
            }
            std::optional<std::string_view> name;
            // "…会召开": the trigger closes the clause
            {
                std::string_view body = c;
                if (detail::ends_at(body, body.size(), "了")) body.remove_suffix(3);
                if (const auto held = lex_.held_after.longest_ending_at(body, body.size(), 4)) {
                    const std::string_view np = clean(body.substr(0, body.size() - held.length), ctx);
                    if (ends_with_head(np) && !bare_head(np)) name = np;
                }
            }
            // "召开…会": the name runs from the trigger to the end of the clause
            if (!name) {
                r.held_before.scan(c, [&](std::size_t p, std::size_t len, auto) {
                    if (name) return;
                    const std::string_view np = clean(c.substr(p + len), ctx);
                    if (ends_with_head(np) && !bare_head(np) && !detail::at(np, 0, "了")) name = np;
                });
            }
            if (!name || name->empty()) continue;
            if (std::any_of(out.begin(), out.end(), [&](const meeting& m) { return m.name == *name; })) continue;
            meeting m;
            m.name = *name;
            const std::size_t off = static_cast<std::size_t>(s.data() - text.data());
            m.range = {off, off + s.size(), s};
            m.date = date_before(s, static_cast<std::size_t>(name->data() - s.data()), ctx);
            if (!m.date) m.date = a.date;
            out.push_back(m);
        }
    }

    static std::optional<date> date_before(std::string_view s, std::size_t upto, const date_context& ctx) {
        std::optional<date> d;
        scan_dates(s.substr(0, upto), ctx, [&](const date_match& m) {
            if (!m.no_date && m.value.month && !m.relative) d = m.value;
        });
        return d;
    }

    void fill_people(std::string_view text, meeting& m, const std::vector<official>& officials) const {
        for (const auto& o : officials) {
            for (auto r : o.roles) {
                if (std::find(std::begin(lexicons::attendee_roles), std::end(lexicons::attendee_roles), r) == std::end(lexicons::attendee_roles)) continue;
                if (std::find(m.attendees.begin(), m.attendees.end(), o.name) == m.attendees.end()) m.attendees.push_back(o.name);
            }
            // chair: "X主持" or "会议由…X主持"
            for (const auto& men : o.mentions) {
                const std::string_view after = text.substr(std::min(men.end, text.size()), 6);
                if (!m.chair && detail::at(after, 0, "主持") && !detail::at(after, 0, "召开")) m.chair = o.name;
            }
        }
    }

    // Who speaks (A、B作典型发言) and who takes part (…参加会议), read once per story.
    void lists(const article& a, const readers& r, std::vector<std::string_view>& speakers, std::vector<std::string_view>& participants) const {
        for (const auto& sent : a.sentences) {
            const std::string_view s = sent.text;
            if (!r.list_markers.first(s)) continue;  // one scan rules out the sentences without a marker
            for (std::string_view mk : lexicons::speaker_markers) {
                const std::size_t p = s.find(mk);
                if (p != std::string_view::npos) list_before(s, p, speakers);
            }
            for (std::string_view mk : lexicons::participant_markers) {
                const std::size_t p = s.find(mk);
                if (p == std::string_view::npos) continue;
                list_before(s, p, participants);
                break;
            }
        }
    }

    // Items of the list that ends at p, back to the clause start: split at 、 and ,.
    static void list_before(std::string_view s, std::size_t p, std::vector<std::string_view>& out) {
        std::size_t b = p;
        while (b > 0) {
            const std::size_t q = detail::prev_pos(s, b);
            const auto c = detail::decode(s, q).cp;
            if (c == 0x3002 || c == ';' || c == ':' || c == 0x201D) break;
            if (c == ',' && !looks_like_list(s, q)) break;
            b = q;
        }
        std::string_view list = s.substr(b, p - b);
        for (std::size_t i = 0; i < list.size();) {
            std::size_t j = i;
            while (j < list.size() && !detail::at(list, j, "、") && list[j] != ',') j += detail::seq_len(static_cast<unsigned char>(list[j]));
            std::string_view item = list.substr(i, j - i);
            if (detail::ends_at(item, item.size(), "等")) item.remove_suffix(3);
            for (std::string_view lead : {"会上宣读了有关表彰通报", "会上"}) if (detail::at(item, 0, lead)) item.remove_prefix(lead.size());
            if (!item.empty() && item.size() <= 60 && std::find(out.begin(), out.end(), item) == out.end()) out.push_back(item);
            i = j + (j < list.size() ? (list[j] == ',' ? 1 : 3) : 0);
        }
    }
    // A comma inside a list of people (全区县处级领导干部,区法院院长,…) rather than a clause break.
    static bool looks_like_list(std::string_view s, std::size_t comma) {
        const std::string_view before = s.substr(0, comma);
        return detail::ends_at(before, before.size(), "长") || detail::ends_at(before, before.size(), "干部") ||
               detail::ends_at(before, before.size(), "主任") || detail::ends_at(before, before.size(), "同志");
    }

    Lexicons lex_;
    lexicon_set verbs_;     // held_before and held_after, read together
    lexicon_set triggers_;  // those and the list markers
};

using meeting_parser = basic_meeting_parser<>;

}  // namespace govnews
