// Object parser 1: a page → articles (stories) with headline, subheadlines, dateline date,
// byline and body paragraphs. Works on normalized text; spans map back to the input.
#pragma once
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.hpp"
#include "detail/bytes.hpp"
#include "detail/utf8.hpp"
#include "lexicons/layout.hpp"
#include "normalize.hpp"
#include "segment.hpp"

namespace govnews {

// A piece of normalized text: offsets into it and the view.
struct text_range {
    std::size_t begin = 0, end = 0;
    std::string_view text;
};

struct article {
    std::size_t begin = 0, end = 0;  // normalized offsets of the story's main block
    std::string headline;            // title lines joined (wraps undone, # dropped)
    std::vector<std::string> subheadlines;
    std::optional<govnews::date> date;  // nullopt: the article states none (近日)
    std::vector<std::string_view> reporters, correspondents, interns, photographers, editors;
    bool photo = false;
    std::vector<text_range> titles;      // title lines as they stand
    std::vector<text_range> paragraphs;  // body paragraphs
    std::vector<text_range> sentences;   // the paragraphs' sentences, split once for every parser after this one
    std::vector<text_range> captions, cross_references, bylines;
};

// The story's main block in the normalized text it was parsed from.
inline std::string_view story_text(std::string_view text, const article& a) noexcept {
    const std::size_t e = std::min(a.end, text.size()), b = std::min(a.begin, e);
    return text.substr(b, e - b);
}

// The whole text as one story with no layout: one paragraph per line, its sentences split.
// For consumers who parse a paragraph or a report rather than a newspaper page.
inline article as_article(std::string_view text) {
    article a;
    a.end = text.size();
    for (const auto& l : lines(text)) {
        a.paragraphs.push_back({l.begin, l.end, l.text});
        for (const auto& sn : sentences(l.text)) a.sentences.push_back({l.begin + sn.begin, l.begin + sn.end, sn.text});
    }
    return a;
}

struct article_options {
    int year = 0;            // reference year; 0: inferred from the page (read_year), else unknown
    bool read_year = true;   // false: a caller that found no year on the page already
};

// Layout policy: the vocabulary of bylines, datelines and titles. Replace it to read another paper.
struct default_article_policy {
    static constexpr const auto& byline_roles() { return lexicons::byline_roles; }
    static constexpr const auto& photo_credits() { return lexicons::photo_credits; }
    static constexpr const auto& datelines() { return lexicons::datelines; }
    static constexpr const auto& cross_references() { return lexicons::cross_references; }
    static constexpr const auto& caption_starts() { return lexicons::caption_starts; }
    static constexpr const auto& factual_title_markers() { return lexicons::factual_title_markers; }
    static constexpr std::size_t max_title_chars = 64;
};

template <class Policy = default_article_policy>
class basic_article_parser {
public:
    enum class line_kind { heading, title, dateline, byline, cross_reference, caption, body };
    struct line {
        text_range r;
        line_kind kind;
        int heading_level = 0;
        bool blank_before = false;
    };

    std::vector<article> parse(std::string_view text, const article_options& o = {}) const {
        std::vector<line> ls = classify(text);
        std::vector<article> out;
        if (ls.empty()) return out;
        const int year = o.year ? o.year : o.read_year ? infer_year(text) : 0;
        for (auto& story : split(ls)) out.push_back(build(ls, story, year));
        assign_orphan_titles(out);
        return out;
    }

    // Exposed for tests and for consumers that lay out pages themselves.
    std::vector<line> classify(std::string_view text) const {
        std::vector<line> ls;
        ls.reserve(text.size() / 256 + 16);  // news paragraphs run about 250 bytes: grown once or twice at most
        std::size_t pos = 0;
        bool blank = true;
        while (pos < text.size()) {
            std::size_t e = text.find('\n', pos);
            if (e == std::string_view::npos) e = text.size();
            std::size_t b = pos;
            while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
            std::size_t te = e;
            while (te > b && (text[te - 1] == ' ' || text[te - 1] == '\t')) --te;
            if (b == te) { blank = true; pos = e + 1; continue; }
            line l{{b, te, text.substr(b, te - b)}, line_kind::body, 0, blank};
            kind_of(l);
            ls.push_back(l);
            blank = false;
            pos = e + 1;
        }
        return ls;
    }

private:
    struct story {
        std::size_t first = 0, last = 0;  // line indices, inclusive
        bool has_titles = false;
    };

    void kind_of(line& l) const {
        const std::string_view s = l.r.text;
        if (s[0] == '#') {
            std::size_t k = 0;
            while (k < s.size() && s[k] == '#') ++k;
            std::size_t b = k;
            while (b < s.size() && s[b] == ' ') ++b;
            l.kind = line_kind::heading;
            l.heading_level = static_cast<int>(k);
            l.r = {l.r.begin + b, l.r.end, s.substr(b)};
            return;
        }
        if (detail::at_any(s, 0, Policy::datelines())) { l.kind = line_kind::dateline; return; }
        if (is_byline(s)) { l.kind = line_kind::byline; return; }
        if (detail::at_any(s, 0, Policy::cross_references())) { l.kind = line_kind::cross_reference; return; }
        if (detail::at_any(s, 0, Policy::caption_starts())) { l.kind = line_kind::caption; return; }
        if (title_like(s)) { l.kind = line_kind::title; return; }
        l.kind = line_kind::body;
    }

    static bool title_like(std::string_view s) {
        if (s.size() > 4 * Policy::max_title_chars) return false;  // a paragraph: too long whatever its characters
        const std::size_t n = detail::count_chars(s);
        if (n > Policy::max_title_chars || n < 2) return false;
        // the bytes decide: ，；。 open with EF or E3, which no character holds past its first
        // byte, so a search for , ; EF E3 meets every one a walk over the characters would
        std::size_t commas = 0;
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        for (std::size_t p = detail::next_byte_of<',', ';', 0xEF, 0xE3>(u, 0, s.size()); p < s.size();
             p = detail::next_byte_of<',', ';', 0xEF, 0xE3>(u, p + 1, s.size())) {
            if (u[p] == ',' || u[p] == ';' || detail::at(s, p, "，") || detail::at(s, p, "；")) ++commas;
            else if (detail::at(s, p, "。")) return false;  // a full stop inside: prose
        }
        const char32_t last = detail::decode(s, detail::prev_pos(s, s.size())).cp;
        if (last == ':' || last == 0xFF1A || last == 0x3001 || last == ',') return false;
        return commas <= 1;
    }

    // A byline: role words, 2-4 character names, separators and photo credits only.
    bool is_byline(std::string_view s) const {
        if (!starts_with_role(s)) return false;  // asked last below, but it spares a paragraph's tokens
        bool role = false;
        std::size_t tokens = 0;
        for_each_token(s, [&](std::string_view t) {
            ++tokens;
            if (role_of(t)) { role = true; return true; }
            if (is_credit(t)) return true;
            const std::size_t n = detail::count_chars(t);
            return role && n >= 2 && n <= 4 && all_cjk(t);
        }, &tokens);
        return role && tokens >= 2 && starts_with_role(s);
    }
    bool starts_with_role(std::string_view s) const {
        for (const auto& r : Policy::byline_roles()) if (detail::at(s, 0, r.word)) return true;
        return false;
    }
    static bool all_cjk(std::string_view t) {
        for (std::size_t p = 0; p < t.size();) {
            const auto d = detail::decode(t, p);
            if (!detail::is_cjk(d.cp) && d.cp != 0xB7) return false;
            p += d.len;
        }
        return true;
    }
    const lexicons::role_word* role_of(std::string_view t) const {
        for (const auto& r : Policy::byline_roles()) if (t == r.word) return &r;
        return nullptr;
    }
    bool is_credit(std::string_view t) const {
        for (std::string_view c : Policy::photo_credits()) if (t == c) return true;
        return false;
    }
    // Tokens split at spaces and 、; a role word glued to a name (记者李明) is split off.
    template <class F>
    void for_each_token(std::string_view s, F&& f, std::size_t* = nullptr) const {
        std::size_t p = 0;
        while (p < s.size()) {
            while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || detail::at(s, p, "、"))) p += s[p] == ' ' || s[p] == '\t' ? 1 : 3;
            if (p >= s.size()) break;
            std::size_t e = p;
            while (e < s.size() && s[e] != ' ' && s[e] != '\t' && !detail::at(s, e, "、")) e += detail::seq_len(static_cast<unsigned char>(s[e]));
            std::string_view t = s.substr(p, e - p);
            // split a leading role word off its name
            for (const auto& r : Policy::byline_roles()) {
                if (t.size() > r.word.size() && detail::at(t, 0, r.word) && !role_of(t)) {
                    if (!f(t.substr(0, r.word.size()))) return;
                    t = t.substr(r.word.size());
                    break;
                }
            }
            // a trailing 摄 glued to a name (记者 张三摄)
            if (t.size() > 3 && detail::ends_at(t, t.size(), "摄") && detail::count_chars(t) >= 3 && detail::count_chars(t) <= 5) {
                if (!f(t.substr(0, t.size() - 3))) return;
                t = t.substr(t.size() - 3);
            }
            if (!f(t)) return;
            p = e;
        }
    }

    // Stories: a byline closes one; a title block opens the next when a dateline follows it,
    // it has two or more lines, or it is marked up; otherwise it is a section heading. Titles
    // with no body after them are kept apart as orphans (a column layout put them last).
    std::vector<story> split(const std::vector<line>& ls) const {
        std::vector<story> out;
        story cur{0, 0, false};
        bool open = false, closed = false;
        auto start = [&](std::size_t i, bool titled) {
            if (open) { cur.last = i - 1; out.push_back(cur); }
            cur = {i, i, titled};
            open = true;
            closed = false;
        };
        for (std::size_t i = 0; i < ls.size();) {
            const line& l = ls[i];
            if (l.kind == line_kind::title || l.kind == line_kind::heading) {
                std::size_t j = i;
                while (j < ls.size() && (ls[j].kind == line_kind::title || ls[j].kind == line_kind::heading)) ++j;
                const bool dateline = j < ls.size() && (ls[j].kind == line_kind::dateline || opens_with_date(ls[j]));
                const bool strong = dateline || j - i >= 2 || l.kind == line_kind::heading;
                const bool body_follows = j < ls.size() && ls[j].kind != line_kind::byline;
                if (!open) start(i, true);
                else if (closed && !body_follows) {
                    start(i, true);  // orphan titles
                    cur.last = j - 1;
                    out.push_back(cur);
                    open = false;
                } else if ((closed && strong) || (dateline && cur_has_body(ls, cur, i))) start(i, true);
                i = j;
                continue;
            }
            if (!open || (l.kind == line_kind::dateline && closed)) start(i, false);
            if (l.kind == line_kind::byline) closed = true;
            ++i;
        }
        if (open) { cur.last = ls.size() - 1; out.push_back(cur); }
        return out;
    }

    // A paragraph that opens with its date ("6月3日,东湖区…") leads a story as a dateline does.
    static bool opens_with_date(const line& l) {
        if (l.kind != line_kind::body) return false;
        const auto m = parse_date(l.r.text, 0, date_context{});
        if (!m || m->no_date || !m->value.day) return false;
        const std::string_view rest = l.r.text.substr(m->end);
        return detail::at(rest, 0, ",") || detail::at(rest, 0, "，");  // a chronicle line (3月10日 …) is no lead
    }

    static bool cur_has_body(const std::vector<line>& ls, const story& s, std::size_t upto) {
        for (std::size_t k = s.first; k < upto && k < ls.size(); ++k)
            if (ls[k].kind == line_kind::body || ls[k].kind == line_kind::dateline) return true;
        return false;
    }

    article build(const std::vector<line>& ls, const story& st, int year) const {
        article a;
        a.begin = ls[st.first].r.begin;
        a.end = ls[st.last].r.end;
        std::vector<text_range> titles;
        std::size_t k = st.first;
        for (; k <= st.last && (ls[k].kind == line_kind::title || ls[k].kind == line_kind::heading); ++k) titles.push_back(ls[k].r);
        set_titles(a, titles, heading_levels(ls, st.first, k));
        a.paragraphs.reserve(st.last + 1 - k);
        for (; k <= st.last; ++k) {
            const line& l = ls[k];
            switch (l.kind) {
                case line_kind::byline: a.bylines.push_back(l.r); read_byline(a, l.r.text); break;
                case line_kind::cross_reference: a.cross_references.push_back(l.r); break;
                case line_kind::caption: a.captions.push_back(l.r); break;
                default: a.paragraphs.push_back(l.r); break;
            }
        }
        a.date = find_date(ls, st, year);
        a.sentences.reserve(a.paragraphs.size() * 4);  // a paragraph holds a few
        for (const auto& p : a.paragraphs)
            for (const auto& sn : govnews::sentences(p.text)) a.sentences.push_back({p.begin + sn.begin, p.begin + sn.end, sn.text});
        return a;
    }

    static std::vector<int> heading_levels(const std::vector<line>& ls, std::size_t b, std::size_t e) {
        std::vector<int> v;
        for (std::size_t k = b; k < e; ++k) v.push_back(ls[k].heading_level);
        return v;
    }

    // Headline: the slogan-style title; the factual line (召开, 调研 …) is a kicker or subtitle.
    void set_titles(article& a, const std::vector<text_range>& titles, const std::vector<int>& levels) const {
        a.titles = titles;
        if (titles.empty()) return;
        struct group { std::string text; bool factual; std::size_t chars; std::size_t line = 0; };
        std::vector<group> groups;
        bool markup = false;
        for (int lv : levels) markup = markup || lv > 0;
        for (std::size_t t = 0; t < titles.size(); ++t) {
            std::vector<std::string_view> segs = segments(titles[t].text);
            bool split_line = false;
            for (auto sg : segs) split_line = split_line || is_factual(sg) || has_exclamation(sg);
            if (markup) {
                group g{join(segs), false, 0};
                g.chars = detail::count_chars(g.text);
                g.factual = levels[t] != 1;  // # is the headline, ## the rest
                g.line = t;
                groups.push_back(g);
                continue;
            }
            if (!split_line) {
                group g{join(segs), false, 0, t};
                g.chars = detail::count_chars(g.text);
                groups.push_back(g);
                continue;
            }
            std::vector<std::string_view> run;
            auto flush = [&] {
                if (run.empty()) return;
                group g{join(run), false, 0, t};
                g.chars = detail::count_chars(g.text);
                groups.push_back(g);
                run.clear();
            };
            for (auto sg : segs) {
                if (is_factual(sg)) { flush(); groups.push_back({std::string(sg), true, detail::count_chars(sg), t}); }
                else if (has_exclamation(sg)) { flush(); groups.push_back({std::string(sg), false, detail::count_chars(sg), t}); }
                else run.push_back(sg);
            }
            flush();
        }
        // the headline: the longest slogan group on a line that was split, else the first slogan
        std::size_t best = groups.size();
        for (std::size_t g = 0; g < groups.size(); ++g) {
            if (groups[g].factual) continue;
            if (best == groups.size()) best = g;
            else if (!markup && same_line_longer(groups, best, g)) best = g;
        }
        if (best == groups.size()) best = 0;
        a.headline = groups[best].text;
        for (std::size_t g = 0; g < groups.size(); ++g) if (g != best) a.subheadlines.push_back(groups[g].text);
    }
    template <class Groups>
    static bool same_line_longer(const Groups& groups, std::size_t best, std::size_t g) {
        // only within a split line do we prefer the main title over a kicker couplet
        return groups[g].chars > groups[best].chars && groups[g].line == groups[best].line;
    }

    static bool has_exclamation(std::string_view s) {
        return s.find("!") != std::string_view::npos || s.find("?") != std::string_view::npos;
    }
    // An exclamation makes a title a slogan whatever words it holds.
    bool is_factual(std::string_view s) const { return !has_exclamation(s) && factual(s); }
    bool factual(std::string_view s) const {
        for (std::string_view m : Policy::factual_title_markers()) if (detail::find(s, m) != std::string_view::npos) return true;
        return false;
    }
    // Space-separated parts of a title line, never split inside quotes.
    static std::vector<std::string_view> segments(std::string_view s) {
        std::vector<std::string_view> out;
        int depth = 0;
        std::size_t b = 0;
        for (std::size_t p = 0; p < s.size();) {
            const auto d = detail::decode(s, p);
            if (detail::opens_quote(d.cp)) ++depth;
            else if (detail::closes_quote(d.cp) && depth) --depth;
            else if (d.cp == ' ' && depth == 0) {
                if (p > b) out.push_back(s.substr(b, p - b));
                b = p + 1;
            }
            p += d.len;
        }
        if (b < s.size()) out.push_back(s.substr(b));
        return out;
    }
    // Parts of equal length are a couplet and keep their space; others were one printed line.
    static std::string join(const std::vector<std::string_view>& parts) {
        std::string out;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i) {
                const auto a = detail::count_chars(parts[i - 1]), b = detail::count_chars(parts[i]);
                if (a == b || (a + 1 >= b && b + 1 >= a && a <= 6)) out += ' ';
            }
            out.append(parts[i]);
        }
        return out;
    }

    void read_byline(article& a, std::string_view s) const {
        std::vector<std::string_view>* target = nullptr;
        for_each_token(s, [&](std::string_view t) {
            if (const auto* r = role_of(t)) {
                switch (r->role) {
                    case lexicons::byline_role::reporter: target = &a.reporters; break;
                    case lexicons::byline_role::correspondent: target = &a.correspondents; break;
                    case lexicons::byline_role::intern: target = &a.interns; break;
                    case lexicons::byline_role::photographer: target = &a.photographers; break;
                    case lexicons::byline_role::editor: target = &a.editors; break;
                }
                return true;
            }
            if (is_credit(t)) { a.photo = true; return true; }
            if (target && std::find(target->begin(), target->end(), t) == target->end()) target->push_back(t);
            return true;
        });
    }

    // The dateline's date; else the first paragraph's opening date (近日: none); else a
    // paragraph that opens with a date (a lead set after the body in a column layout).
    std::optional<date> find_date(const std::vector<line>& ls, const story& st, int year) const {
        const date_context ctx{year, 0, 0, 0};
        for (std::size_t k = st.first; k <= st.last; ++k)
            if (ls[k].kind == line_kind::dateline) return date_in_lead(ls[k].r.text, ctx, true).value;
        bool first = true;
        for (std::size_t k = st.first; k <= st.last; ++k) {
            if (ls[k].kind != line_kind::body) continue;
            if (first) {
                const lead l = date_in_lead(ls[k].r.text, ctx, false);
                if (l.value || l.vague) return l.value;
                first = false;
                continue;
            }
            if (auto m = parse_date(ls[k].r.text, 0, ctx); m && !m->no_date && m->value.month && !m->relative) return m->value;
        }
        return std::nullopt;
    }

    struct lead { std::optional<date> value; bool vague = false; };
    // In the first sentence, the date that opens a clause (10日上午,) beats one cited inside it.
    lead date_in_lead(std::string_view para, const date_context& ctx, bool dateline) const {
        std::string_view first;
        for (const auto& s : sentences(para)) { first = s.text; break; }
        std::optional<date> any, opening;
        bool vague_first = false;
        scan_dates(first, ctx, [&](const date_match& m) {
            const bool at_clause_start = clause_start(first, m.begin);
            if (m.no_date) { if (at_clause_start && !any && !opening) vague_first = true; return; }
            if (!m.value.month || m.relative) return;
            if (!any) any = m.value;
            if (at_clause_start && !opening) opening = m.value;
        });
        if (vague_first) return {std::nullopt, true};
        if (opening) return {opening, false};
        return {dateline ? any : std::nullopt, false};
    }
    bool clause_start(std::string_view s, std::size_t pos) const {
        std::size_t p = pos;
        while (p > 0) {
            const std::size_t q = detail::prev_pos(s, p);
            const auto c = detail::decode(s, q).cp;
            if (c == ' ' || c == 0x3000) { p = q; continue; }
            if (c == ',' || c == 0xFF0C || c == 0x3002 || c == ')' || c == 0xFF09 || c == ';' || c == ':') return true;
            for (std::string_view d : Policy::datelines()) if (detail::ends_at(s, p, d)) return true;
            return false;
        }
        return true;
    }

    // Titles left at the end of a column layout go to the first story that has none.
    void assign_orphan_titles(std::vector<article>& out) const {
        for (std::size_t i = 0; i < out.size(); ++i) {
            article& o = out[i];
            const bool only_titles = o.paragraphs.empty() && o.bylines.empty() && !o.titles.empty();
            if (!only_titles) continue;
            for (std::size_t j = 0; j < out.size(); ++j) {
                if (j == i || !out[j].titles.empty() || out[j].paragraphs.empty()) continue;
                std::vector<int> levels(o.titles.size(), 0);
                set_titles(out[j], o.titles, levels);
                out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
                --i;
                break;
            }
        }
    }
};

using article_parser = basic_article_parser<>;

}  // namespace govnews
