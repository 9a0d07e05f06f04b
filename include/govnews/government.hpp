// Governments: which unit's government a story belongs to (the one its text names most:
// 东湖区委, 东湖区政府 …), one name per unit however it is written (东湖回族区 = 东湖区), and the
// level a post is bound to (区委书记 → 区). The timeline keys people and targets by these.
#pragma once
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detail/utf8.hpp"
#include "lexicon.hpp"
#include "lexicons/places.hpp"

namespace govnews {

struct government_lexicons {
    lexicon levels, named_bodies, nationalities, stops;

    static government_lexicons defaults() {
        static const government_lexicons d = [] {
            government_lexicons l;
            l.levels.insert_all(lexicons::unit_levels, 1);
            std::vector<std::string> bodies;  // 区委, 区政府, 县人民政府 …
            for (std::string_view level : lexicons::unit_levels)
                for (std::string_view body : lexicons::government_bodies) bodies.push_back(std::string(level).append(body));
            l.named_bodies.insert_all(bodies, 1);
            l.nationalities.insert_all(lexicons::nationalities, 1);
            l.stops.insert_all(lexicons::place_stops, 1);
            return l;
        }();
        return d;
    }
};

template <class Lexicons = government_lexicons>
class basic_government_finder {
public:
    basic_government_finder() : lex_(Lexicons::defaults()) {}
    explicit basic_government_finder(Lexicons l) : lex_(std::move(l)) {}

    // One name per unit: ethnic designations and 自治 dropped (东湖回族区 → 东湖区).
    std::string canonical(std::string_view name) const {
        std::string out;
        for (std::size_t p = 0; p < name.size();) {
            if (const auto m = lex_.nationalities.longest(name, p); m && detail::at(name, p + m.length, "族")) {
                p += m.length + 3;
                continue;
            }
            if (detail::at(name, p, "自治")) {
                p += 6;
                continue;
            }
            const std::size_t n = detail::seq_len(static_cast<unsigned char>(name[p]));
            out.append(name.substr(p, n));
            p += n;
        }
        return out;
    }

    // The level character a post or a unit's name is bound to: 区委书记 → 区, 常务副市长 → 市;
    // empty when none (局长, 主任).
    std::string_view level_of(std::string_view title) const {
        for (std::size_t p = 0; p < title.size(); p += detail::seq_len(static_cast<unsigned char>(title[p])))
            if (const auto m = lex_.levels.longest(title, p)) return title.substr(p, m.length);
        return {};
    }

    // The government the text names most, canonical; empty when it names none. The level comes
    // first: a district's paper writes 区委, 区政府 more than any other level's bodies, named or not.
    std::string home(std::string_view text) const {
        struct candidate { std::string name; std::string_view level; int count; };
        std::vector<candidate> seen;
        std::vector<std::pair<std::string_view, int>> levels;
        lex_.named_bodies.scan(text, [&](std::size_t pos, std::size_t, auto) {
            const std::size_t unit_end = pos + detail::seq_len(static_cast<unsigned char>(text[pos]));
            const std::string_view level = text.substr(pos, unit_end - pos);
            auto lv = std::find_if(levels.begin(), levels.end(), [&](const auto& l) { return l.first == level; });
            if (lv == levels.end()) levels.emplace_back(level, 1);
            else ++lv->second;
            std::size_t b = pos;
            for (int k = 0; k < 8 && b > 0; ++k) {
                if (lex_.stops.longest_ending_at(text, b, 4)) break;
                const std::size_t q = detail::prev_pos(text, b);
                if (!detail::is_cjk(detail::decode(text, q).cp)) break;
                b = q;
            }
            if (pos - b < 6) return;  // 全区, 我市: no name of its own
            std::string name = canonical(text.substr(b, unit_end - b));
            auto it = std::find_if(seen.begin(), seen.end(), [&](const candidate& c) { return c.name == name; });
            if (it == seen.end()) seen.push_back({std::move(name), level, 1});
            else ++it->count;
        });
        if (seen.empty()) return {};
        // a name read with a word before it (随后东湖区) counts for the name itself
        for (auto& longer : seen)
            for (auto& shorter : seen)
                if (&longer != &shorter && shorter.name.size() >= 9 && longer.name.size() > shorter.name.size() &&
                    ends_with(longer.name, shorter.name)) {
                    shorter.count += longer.count;
                    longer.count = 0;
                }
        const auto top = std::max_element(levels.begin(), levels.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        const candidate* best = nullptr;
        for (int pass = 0; pass < 2 && !best; ++pass)
            for (const auto& c : seen)
                if (c.count > 0 && (pass == 1 || c.level == top->first) && (!best || c.count > best->count)) best = &c;
        return best ? best->name : std::string();
    }

private:
    static bool ends_with(std::string_view s, std::string_view suffix) {
        return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
    }
    Lexicons lex_;
};

using government_finder = basic_government_finder<>;

}  // namespace govnews
