// Object parser 5: projects — named constructions and developments (…项目, …工程, …产业园,
// …中心, …安置区, …公园, named roads in a list of roads). Lists share the head written after
// them ("东一路、西二路等两条道路" → 东一路, 西二路); counts and generic descriptions are not names.
#pragma once
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "article.hpp"
#include "detail/bytes.hpp"
#include "lexicon.hpp"
#include "lexicon_index.hpp"
#include "lexicon_set.hpp"
#include "lexicons/projects.hpp"
#include "number.hpp"
#include "segment.hpp"

namespace govnews {

struct project {
    std::string_view name;                  // as written, quotes removed
    std::string_view kind;                  // the head noun: 项目, 工程, 园, 道路 …
    std::optional<std::string_view> status; // 开工, 竣工, 观摩 … when the sentence gives one
    text_range range;                       // the name in the normalized text
    byte_span span;                         // range in the input as given (set by the pipeline)
};

struct project_lexicons {
    basic_lexicon<std::string_view> heads, list_heads;
    lexicon stops, generic, status;
    lexicon list_ends{{"等", 1}};  // "A、B等N条道路": the word between a list and its shared head
    static project_lexicons defaults() {
        static const project_lexicons d = [] {
            project_lexicons l;
            for (const auto& h : lexicons::project_heads) l.heads.insert(h.head, h.kind);
            for (const auto& h : lexicons::list_heads) l.list_heads.insert(h.head, h.kind);
            l.stops.insert_all(lexicons::project_name_stops, 1);
            l.generic.insert_all(lexicons::generic_modifiers, 1);
            l.status.insert_all(lexicons::project_status, 1);
            return l;
        }();
        return d;
    }
};

template <class Lexicons = project_lexicons>
class basic_project_parser {
public:
    basic_project_parser() : lex_(Lexicons::defaults()), triggers_(default_triggers()) {}
    explicit basic_project_parser(Lexicons l) : lex_(std::move(l)), triggers_{&lex_.heads, &lex_.list_ends} {}
    // The lexicons this parser scans text with, for a pipeline's shared index.
    const lexicon_set& triggers() const noexcept { return triggers_; }

    std::vector<project> parse(std::string_view text, const article& a) const {
        return parse(text, a, lexicon_index(triggers_, story_text(text, a)));
    }
    // The same, reading the story's words from an index that holds them (lexicon_index.hpp).
    std::vector<project> parse(std::string_view text, const article& a, const lexicon_index& idx) const {
        const heads_reader heads_of(lex_.heads, idx);
        const lexicon_reader<typename decltype(Lexicons::list_ends)::value_type> list_ends(lex_.list_ends, idx);
        const lexicon_set_reader either(triggers_, idx);  // bit 0 heads, bit 1 等
        result r;
        std::vector<head_hit> heads;
        std::vector<and_hit> ands;  // where 等 stands in the sentence
        for (const auto& sent : a.sentences) {
            // a clause with neither a head nor 等 names no project: the sentence's heads and 等
            // pick the few clauses worth reading (a sentence's clauses are its paragraph's), and
            // its heads are theirs
            const std::uint32_t has = either.present(sent.text);  // one query rules out most sentences
            if (!has) continue;
            heads.clear();
            ands.clear();
            if (has & 1u) heads_of.scan_starts(sent.text, [&](std::size_t p, std::size_t n, sv kind) { heads.push_back({p, n, kind}); });
            if (has & 2u) list_ends.scan(sent.text, [&](std::size_t p, std::size_t n, auto) { ands.push_back({p, n}); });
            auto h = heads.begin();
            auto k = ands.begin();
            for (const auto& cl : clauses(sent.text)) {
                while (h != heads.end() && h->pos < cl.begin) ++h;
                while (k != ands.end() && k->pos < cl.begin) ++k;
                if (h == heads.end() && k == ands.end()) break;  // the rest of the sentence holds neither
                auto h_end = h;
                while (h_end != heads.end() && h_end->pos < cl.end) ++h_end;
                auto k_end = k;
                while (k_end != ands.end() && k_end->pos < cl.end) ++k_end;
                if (h == h_end && k == k_end) continue;
                clause(text, cl.text, r, cl.begin, h, h_end, k, k_end, heads_of);
                h = h_end;
                k = k_end;
            }
        }
        return std::move(r.out);
    }

private:
    using sv = std::string_view;
    using heads_reader = lexicon_reader<typename decltype(Lexicons::heads)::value_type>;
    static const lexicon_set& default_triggers() {
        static const lexicon_set t = [] {
            const Lexicons l = Lexicons::defaults();  // the set keeps the words alive
            return lexicon_set{&l.heads, &l.list_ends};
        }();
        return t;
    }
    struct head_hit { std::size_t pos, len; sv kind; };
    using head_iter = typename std::vector<head_hit>::const_iterator;
    struct and_hit { std::size_t pos, len; };
    using and_iter = typename std::vector<and_hit>::const_iterator;
    // The story's names once there are many: open addressing over the views themselves, no node
    // per name (a name is never empty, so an empty view is a free slot).
    struct name_set {
        std::vector<sv> slots;
        std::size_t used = 0;
        bool insert(sv s) {
            if (2 * (used + 1) > slots.size()) grow();
            const std::size_t mask = slots.size() - 1;
            std::size_t i = std::hash<sv>{}(s) & mask;
            for (; !slots[i].empty(); i = (i + 1) & mask)
                if (slots[i] == s) return false;
            slots[i] = s;
            ++used;
            return true;
        }
        void grow() {
            std::vector<sv> old(std::max<std::size_t>(64, 2 * slots.size()));
            old.swap(slots);
            used = 0;
            for (const sv s : old)
                if (!s.empty()) insert(s);
        }
    };
    struct result {
        std::vector<project> out;
        name_set seen;  // the names once there are many: no quadratic search
        std::vector<std::pair<std::size_t, std::size_t>> lists;  // a clause's lists read (its buffer kept)
        // Whether name is new to the story. A story names a few projects: a look at them costs
        // less than hashing until there are many.
        bool first_time(sv name) {
            constexpr std::size_t few = 16;
            if (out.size() < few) return std::none_of(out.begin(), out.end(), [&](const project& p) { return p.name == name; });
            if (!seen.used) for (const auto& p : out) seen.insert(p.name);
            return seen.insert(name);
        }
    };

    static std::size_t next(sv s, std::size_t p) { return p + detail::seq_len(static_cast<unsigned char>(s[p])); }

    // Made only of generic modifiers (and numerals): a description, not a name.
    bool generic(sv m) const {
        if (m.empty()) return true;
        for (std::size_t p = 0; p < m.size();) {
            if (auto g = lex_.generic.longest(m, p)) { p += g.length; continue; }
            const auto d = detail::decode(m, p);
            if (detail::is_cn_numeral(d.cp) || (d.cp < 0x80 && std::isdigit(static_cast<int>(d.cp))) || d.cp == 0x201C || d.cp == 0x201D) { p += d.len; continue; }
            return false;
        }
        return true;
    }
    // 三项工程, 13个重点项目, 20多个项目: a count, not a name.
    static bool counted(sv m) {
        std::size_t p = 0, dl = 0;
        bool num = false;
        while (p < m.size()) {
            if (detail::digit_at(m, p, dl) >= 0) { p += dl; num = true; continue; }
            const auto d = detail::decode(m, p);
            if (detail::is_cn_numeral(d.cp)) { p += d.len; num = true; continue; }
            break;
        }
        if (!num) return false;
        if (detail::at(m, p, "多") || detail::at(m, p, "余")) p += 3;
        static constexpr sv measures[] = {"个", "项", "批", "条", "家", "大", "类", "处"};
        return detail::at_any(m, p, measures);
    }

    // Start of a name that ends at e: back over name characters to a stop word or punctuation.
    std::size_t name_start(sv c, std::size_t e, std::size_t floor) const {
        std::size_t b = e;
        while (b > floor) {
            const std::size_t q = detail::prev_pos(c, b);
            const auto d = detail::decode(c, q);
            const bool ok = detail::is_cjk(d.cp) || (d.cp < 0x80 && (std::isalnum(static_cast<int>(d.cp)) || d.cp == '-' || d.cp == '(' || d.cp == ')')) || d.cp == 0xB7;
            if (!ok) break;
            if (const std::size_t w = lex_.stops.longest_ending_at(c, b, 3).length) {
                const bool direction = w == 3 && detail::ends_at(c, b, "以") &&
                                       (detail::at(c, b, "北") || detail::at(c, b, "南") || detail::at(c, b, "东") || detail::at(c, b, "西"));
                if (!direction) break;
            }
            // the character before b decides the tests below before any text is compared
            if (b < e && (d.cp == U'程' || d.cp == U'目') && (detail::ends_at(c, b, "工程") || detail::ends_at(c, b, "项目"))) break;  // 三期工程滨河路
            if (measure_word(d.cp) && numeral_before(c, q)) break;  // 33个生态建设项目: a count opens no name
            if (d.cp == U'前' || d.cp == U'底') break;
            b = q;
        }
        return b;
    }
    static constexpr bool measure_word(char32_t w) noexcept { return w == U'个' || w == U'项' || w == U'批' || w == U'条' || w == U'家' || w == U'处'; }
    // A digit or a Chinese numeral ends at m.
    static bool numeral_before(sv c, std::size_t m) {
        if (m == 0) return false;
        const std::size_t q = detail::prev_pos(c, m);
        std::size_t dl = 0;
        return detail::digit_at(c, q, dl) >= 0 || detail::is_cn_numeral(detail::decode(c, q).cp);
    }

    static std::optional<std::pair<std::size_t, sv>> head_at_end(sv item, const heads_reader& heads) {
        std::optional<std::pair<std::size_t, sv>> r;
        heads.scan_starts(item, [&](std::size_t p, std::size_t n, sv kind) {
            if (p + n == item.size()) r = std::make_pair(p, kind);
            return !r;
        });
        return r;
    }

    void add(result& r, std::string_view text, sv name, sv kind, sv c) const {
        while (detail::at(name, 0, "“")) name.remove_prefix(3);
        while (detail::ends_at(name, name.size(), "”")) name.remove_suffix(3);
        if (name.empty() || detail::count_chars(name) > 24) return;
        if (!r.first_time(name)) return;
        project p;
        p.name = name;
        p.kind = kind;
        const std::size_t off = static_cast<std::size_t>(name.data() - text.data());
        p.range = {off, off + name.size(), name};
        const std::size_t after = static_cast<std::size_t>(name.data() + name.size() - c.data());
        if (const auto st = lex_.status.first(c.substr(after))) p.status = c.substr(after + st.pos, st.m.length);
        r.out.push_back(p);
    }

    // Items of a 、 list that ends at e; the first item runs back to a stop.
    std::vector<sv> list_items(sv c, std::size_t e) const {
        std::vector<sv> items;
        std::size_t end = e;
        for (;;) {
            const std::size_t b = name_start(c, end, 0);
            items.push_back(c.substr(b, end - b));
            if (b >= 3 && detail::ends_at(c, b, "、")) { end = b - 3; continue; }
            break;
        }
        std::reverse(items.begin(), items.end());
        return items;
    }

    // A clause at `off` in its sentence, with the heads and the 等 the sentence's search found in it.
    void clause(std::string_view text, sv c, result& out, std::size_t off, head_iter first_head, head_iter last_head,
                and_iter first_and, and_iter last_and, const heads_reader& heads) const {
        std::vector<std::pair<std::size_t, std::size_t>>& done = out.lists;  // list ranges already read
        done.clear();
        std::optional<detail::bracket_ranges> books;            // titles of documents, not sites: found when first asked
        const auto in_book = [&](std::size_t p) {
            if (!books) books.emplace(c, "《", "》");
            return books->inside(p);
        };
        // "A、B等[其余][N个][重点]X": the items share X
        for (and_iter a = first_and; a != last_and; ++a) {
            const std::size_t q = a->pos - off;
            std::size_t p = q + a->len;
            if (detail::at(c, p, "其余")) p += 6;
            while (p < c.size() && c[p] == ' ') ++p;
            const std::size_t count_at = p;
            if (auto n = parse_number(c, p)) p = n->end;
            for (sv m : {"个", "条", "家", "项", "处"}) if (p > count_at && detail::at(c, p, m)) { p += m.size(); break; }
            if (detail::at(c, p, "重点")) p += 6;
            auto lh = lex_.list_heads.longest(c, p);
            sv kind;
            if (lh && (lh.value != "街区" || p == q + a->len) && !head_continues(c, p + lh.length)) kind = lh.value;
            else {
                // 等防洪处理工程: a generic phrase ending in a head
                for (std::size_t r = p; r < c.size() && r < p + 30; r = next(c, r)) {
                    const auto h = lex_.heads.longest(c, r);
                    if (h && generic(c.substr(p, r - p)) && !head_continues(c, r + h.length)) { kind = h.value; break; }
                }
            }
            if (kind.empty() || q == 0) continue;
            const auto items = list_items(c, q);
            for (sv it : items) {
                if (it.empty() || counted(it) || detail::count_chars(it) < 2) continue;
                auto own = head_at_end(it, heads);
                // an item of a list of projects may be made of descriptive words (智能建筑科技产业园),
                // but not of one or two of them (科创中心)
                if (own && generic(it.substr(0, own->first)) && detail::count_chars(it.substr(0, own->first)) < 4) continue;
                add(out, text, it, own ? own->second : kind, c);
            }
            if (!items.empty()) done.push_back({static_cast<std::size_t>(items.front().data() - c.data()), q});
        }
        // names ending in a head
        const auto at_head = [&](std::size_t p, std::size_t head_len, sv kind) {
            std::size_t e = p + head_len;
            for (sv phase : {"(一期)", "(二期)", "(三期)", "一期", "二期", "三期"}) if (detail::at(c, e, phase)) { e += phase.size(); break; }
            if (!boundary_after(c, e) || in_book(p)) return;
            if (std::any_of(done.begin(), done.end(), [&](auto r) { return p >= r.first && p < r.second; })) return;
            if (detail::ends_at(c, p, "”")) {  // “三馆”项目: the quoted name
                const std::size_t open = c.rfind("“", p - 3);
                if (open != sv::npos) {
                    const sv inner = c.substr(open + 3, p - 3 - open - 3);
                    if (!inner.empty() && !counted(inner) && !generic(inner)) add(out, text, inner, kind, c);
                }
                return;
            }
            std::size_t b = name_start(c, p, 0);
            // A和B…: the name is the last conjunct
            {
                const sv span = c.substr(b, p - b);
                const std::size_t k = span.rfind("和");
                if (k != sv::npos && span.size() - (k + 3) >= 6) b += k + 3;
            }
            const sv modifier = c.substr(b, p - b);
            if (detail::count_chars(modifier) < 2 || counted(modifier) || detail::count_chars(modifier) > 16 || generic(modifier)) return;
            const bool last_of_list = b >= 3 && detail::ends_at(c, b, "、") && !detail::at(c, e, "、");
            if (last_of_list) {
                auto items = list_items(c, b - 3);
                bool others_have_heads = false;
                for (sv it : items) others_have_heads = others_have_heads || head_at_end(it, heads).has_value();
                if (!others_have_heads && (kind == "项目" || kind == "工程")) {
                    // shared head (望江楼、三馆(二期)、北街项目): bare names, the last without its generic tail
                    bool names = true;
                    for (sv it : items)
                        names = names && detail::count_chars(it) >= 2 && detail::count_chars(it) <= 10 && !counted(it) && !generic(it) &&
                                !detail::ends_at(it, it.size(), "型") && !detail::ends_at(it, it.size(), "类") && !detail::ends_at(it, it.size(), "性");
                    if (!names) return;
                    for (sv it : items) add(out, text, it, kind, c);
                    std::size_t cut = p;
                    for (std::size_t r = b; r < p; r = next(c, r)) if (generic(c.substr(r, p - r))) { cut = r; break; }
                    add(out, text, c.substr(b, cut - b), kind, c);
                    return;
                }
                // sites listed with projects (A、B、C安置区、D安置区): the bare ones are sites too
                for (sv it : items) {
                    if (!others_have_heads) break;
                    auto own = head_at_end(it, heads);
                    if (it.empty() || counted(it) || generic(it) || (own && generic(it.substr(0, own->first)))) continue;
                    add(out, text, it, own ? own->second : sv("项目"), c);
                }
            }
            add(out, text, c.substr(b, e - b), kind, c);
        };
        // the paragraph's heads are the clause's own unless one runs past its end (a head
        // holding a mark): then the clause is scanned alone
        const bool inside = std::all_of(first_head, last_head, [&](const head_hit& h) { return h.pos + h.len <= off + c.size(); });
        if (!inside) heads.scan_starts(c, at_head);
        else for (auto h = first_head; h != last_head; ++h) at_head(h->pos - off, h->len, h->kind);
    }

    // 工程机械, 项目部: the head is the start of another noun.
    static bool head_continues(sv c, std::size_t e) {
        static constexpr sv more[] = {"机械", "师", "队", "款", "车", "学", "部", "处", "院", "局", "经理", "管理"};
        return detail::at_any(c, e, more);
    }

    // A head ends a name only before a break, a verb or a time word, not inside a longer noun.
    bool boundary_after(sv c, std::size_t e) const {
        if (e >= c.size()) return true;
        const auto d = detail::decode(c, e);
        if (!detail::is_cjk(d.cp)) return true;
        static const lexicon ok{{"建设", 1}, {"的", 1}, {"等", 1}, {"和", 1}, {"及", 1}, {"与", 1}, {"进行", 1}, {"要", 1}, {"已", 1},
                                {"将", 1}, {"现场", 1}, {"施工", 1}, {"进度", 1}, {"项目", 1}, {"工程", 1}, {"事关", 1}, {"是", 1},
                                {"为", 1}, {"在", 1}, {"开工", 1}, {"竣工", 1}, {"完工", 1}, {"建成", 1}, {"投用", 1}, {"投产", 1},
                                {"具备", 1}, {"情况", 1}, {"全面", 1}, {"完成", 1}, {"提升", 1}, {"改造", 1}, {"周边", 1}, {"一线", 1},
                                {"片区", 1}, {"正在", 1}, {"实现", 1}, {"启动", 1}, {"调研", 1}, {"督导", 1}, {"察看", 1}, {"考察", 1},
                                {"视察", 1}, {"观摩", 1}, {"参观", 1}};
        return static_cast<bool>(ok.longest(c, e));
    }

    Lexicons lex_;
    lexicon_set triggers_;  // heads
};

using project_parser = basic_project_parser<>;

}  // namespace govnews
