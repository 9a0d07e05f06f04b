// Object parser 2: officials — a named person with the posts written before the name, the body
// named before the posts, and what the person does in the story. Names are anchored on what
// stands before (a post title) and after (主持, 出席, 、 …), never on a segmenter's guess.
#pragma once
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article.hpp"
#include "detail/utf8.hpp"
#include "lexicon.hpp"
#include "lexicons/posts.hpp"
#include "lexicons/surnames.hpp"
#include "segment.hpp"

namespace govnews {

struct official {
    std::string_view name;
    std::vector<std::string_view> titles;            // as written, first seen first
    std::optional<std::string_view> organization;    // the body before the titles, when not the own government
    std::vector<std::string_view> roles;             // 主持, 出席, 讲话 …
    std::vector<text_range> mentions;                // every mention of the name, normalized offsets
};

// The lexicons an official parser reads. Copy one, extend it, and hand it to the parser.
struct official_lexicons {
    lexicon posts, surnames, followers, not_names, bodies, roles;

    static official_lexicons defaults() {
        static const official_lexicons d = [] {
            official_lexicons l;
            l.posts.insert_all(lexicons::posts, 1);
            std::vector<std::string> composed;
            for (std::string_view level : lexicons::post_levels)
                for (std::string_view pat : lexicons::post_patterns) {
                    std::string t(pat);
                    t.replace(t.find("{}"), 2, level);
                    composed.push_back(t);
                }
            l.posts.insert_all(composed, 1);
            l.surnames.insert_all(lexicons::single_surnames, 1);
            l.surnames.insert_all(lexicons::compound_surnames, 2);
            l.followers.insert_all(lexicons::name_followers, 1);
            l.followers.insert_all(lexicons::official_roles, 1);
            l.not_names.insert_all(lexicons::not_names, 1);
            l.not_names.insert_all(lexicons::name_followers, 1);
            l.not_names.insert_all(lexicons::official_roles, 1);
            l.bodies.insert_all(lexicons::body_suffixes, 1);
            l.roles.insert_all(lexicons::official_roles, 1);
            return l;
        }();
        return d;
    }
};

template <class Lexicons = official_lexicons>
class basic_official_parser {
public:
    basic_official_parser() : lex_(Lexicons::defaults()) {}
    explicit basic_official_parser(Lexicons lex) : lex_(std::move(lex)) {}
    const Lexicons& lexicons() const noexcept { return lex_; }

    // Officials of one story: text is the normalized page, paragraphs the story's body.
    // Names in `exclude` (the byline) are never officials.
    std::vector<official> parse(std::string_view text, const std::vector<text_range>& paragraphs,
                                const std::vector<std::string_view>& exclude = {}) const {
        std::vector<official> out;
        for (const auto& para : paragraphs)
            for (const auto& sent : sentences(para.text)) find_titled(text, sent.text, exclude, out);
        for (auto& o : out) collect_mentions(text, paragraphs, o, out);
        return out;
    }

    // The name that starts at pos, judged by what follows it: its length in bytes, or 0.
    std::size_t name_at(std::string_view s, std::size_t pos) const {
        const auto sm = lex_.surnames.longest(s, pos);
        if (!sm) return 0;
        std::size_t best = 0;
        // try the compound surname and, failing that, its first character alone
        for (std::size_t sl : {sm.length, std::size_t(3)}) {
            if (sl > sm.length) continue;
            const std::size_t b = pos + sl;
            const bool c1 = name_char(s, b), c2 = c1 && name_char(s, b + 3);
            const bool end2 = c1 && boundary(s, b + 3), end3 = c2 && boundary(s, b + 6);
            std::size_t len = 0;
            if (end2 && end3) len = weak_follower(s, b + 3) ? sl + 6 : sl + 3;
            else if (end2) len = sl + 3;
            else if (end3) len = sl + 6;
            if (len && plausible(s.substr(pos, len))) { best = len; break; }
            if (sl == 3) break;
        }
        return best;
    }

private:
    static constexpr std::string_view stop_chars[] = {"的", "了", "是", "在", "和", "与", "及", "等", "对", "为", "向", "就",
                                                     "也", "都", "被", "把", "从", "以", "于", "并", "而", "将", "已", "说",
                                                     "到", "赴", "率", "这", "那", "个", "们", "之", "其", "各", "全", "所"};

    bool name_char(std::string_view s, std::size_t p) const {
        if (p >= s.size()) return false;
        const auto d = detail::decode(s, p);
        if (!detail::is_cjk(d.cp)) return false;
        for (auto w : stop_chars) if (detail::at(s, p, w)) return false;
        return true;
    }
    bool boundary(std::string_view s, std::size_t p) const {
        if (p >= s.size()) return true;
        const auto d = detail::decode(s, p);
        if (!detail::is_cjk(d.cp)) return true;  // punctuation, space, digits
        return static_cast<bool>(lex_.followers.longest(s, p));
    }
    // A one-character follower (对, 在, 作 …) that could also end a three-character name.
    bool weak_follower(std::string_view s, std::size_t p) const {
        const auto m = lex_.followers.longest(s, p);
        if (!m) return true;
        if (m.length > 3) return false;
        for (auto w : stop_chars) if (detail::at(s, p, w)) return false;
        return !(detail::at(s, p, "作") || detail::at(s, p, "做") || detail::at(s, p, "说"));
    }
    bool plausible(std::string_view name) const {
        if (lex_.not_names.longest(name, 0)) return false;
        for (std::size_t p = 0; p < name.size(); p += 3)
            if (lex_.posts.longest(name, p)) return false;
        return true;
    }

    void find_titled(std::string_view text, std::string_view s, const std::vector<std::string_view>& exclude,
                     std::vector<official>& out) const {
        for (std::size_t p = 0; p < s.size();) {
            const auto m = lex_.posts.longest(s, p);
            if (!m) { p += detail::seq_len(static_cast<unsigned char>(s[p])); continue; }
            const std::size_t e = p + m.length;
            const std::size_t nl = name_at(s, e);
            if (!nl) { p += detail::seq_len(static_cast<unsigned char>(s[p])); continue; }
            const std::string_view name = s.substr(e, nl);
            if (std::find(exclude.begin(), exclude.end(), name) != exclude.end()) { p = e + nl; continue; }
            std::vector<std::string_view> titles{s.substr(p, m.length)};
            std::size_t start = p;
            while (detail::ends_at(s, start, "、")) {
                const std::size_t before = start - 3;
                std::size_t found = before;
                std::size_t k = before;
                for (int back = 0; back < 12 && k > 0; ++back) {
                    k = detail::prev_pos(s, k);
                    const auto t = lex_.posts.longest(s, k);
                    if (t && k + t.length == before) found = k;
                }
                if (found == before) break;
                titles.insert(titles.begin(), s.substr(found, before - found));
                start = found;
            }
            add(out, name, titles, body_before(s, start), text);
            p = e + nl;
        }
    }

    // The body named right before the titles, when it ends in a body suffix (局, 集团, 公司 …).
    std::optional<std::string_view> body_before(std::string_view s, std::size_t start) const {
        static constexpr std::string_view stops[] = {"由", "在", "对", "向", "与", "和", "及", "是", "为", "据", "经", "请",
                                                    "邀", "陪", "被", "让", "把", "将", "的", "了", "到", "赴", "从", "以",
                                                    "并", "等", "会上", "随后", "同时", "其中", "还有"};
        std::size_t b = start;
        while (b > 0) {
            const std::size_t q = detail::prev_pos(s, b);
            const auto d = detail::decode(s, q);
            if (!detail::is_cjk(d.cp) && !(d.cp < 0x80 && std::isalnum(static_cast<int>(d.cp)))) break;
            bool stop = false;
            for (auto w : stops) if (detail::ends_at(s, b, w)) { stop = true; break; }
            if (stop) break;
            b = q;
        }
        if (b == start) return std::nullopt;
        const std::string_view body = s.substr(b, start - b);
        bool suffix = false;
        for (const auto& [w, v] : lex_.bodies.words()) { (void)v; if (detail::ends_at(body, body.size(), w)) { suffix = true; break; } }
        if (!suffix) return std::nullopt;
        if (detail::ends_at(body, body.size(), "政府") || own_committee(body)) return std::nullopt;
        return body;
    }
    // 区委, 市委, 管城区委: the story's own party committee, not an outside body.
    static bool own_committee(std::string_view body) {
        return body.size() <= 15 && detail::ends_at(body, body.size(), "委") &&
               (detail::ends_at(body, body.size(), "区委") || detail::ends_at(body, body.size(), "市委") ||
                detail::ends_at(body, body.size(), "县委") || detail::ends_at(body, body.size(), "省委"));
    }

    static void add(std::vector<official>& out, std::string_view name, const std::vector<std::string_view>& titles,
                    std::optional<std::string_view> org, std::string_view) {
        auto it = std::find_if(out.begin(), out.end(), [&](const official& o) { return o.name == name; });
        if (it == out.end()) { out.push_back({name, {}, std::nullopt, {}, {}}); it = out.end() - 1; }
        for (auto t : titles)
            if (std::find(it->titles.begin(), it->titles.end(), t) == it->titles.end()) it->titles.push_back(t);
        if (!it->organization && org) it->organization = org;
    }

    // Every mention of the name in the story, and the role verbs in the rest of its sentence
    // up to the next person named.
    void collect_mentions(std::string_view text, const std::vector<text_range>& paragraphs, official& o,
                          const std::vector<official>& all) const {
        for (const auto& para : paragraphs) {
            for (const auto& sent : sentences(para.text)) {
                const std::string_view s = sent.text;
                for (std::size_t p = s.find(o.name); p != std::string_view::npos; p = s.find(o.name, p + o.name.size())) {
                    const std::size_t abs = static_cast<std::size_t>(s.data() - text.data()) + p;
                    o.mentions.push_back({abs, abs + o.name.size(), text.substr(abs, o.name.size())});
                    std::size_t stop = s.size();
                    for (const auto& other : all) {
                        if (other.name == o.name) continue;
                        const std::size_t q = s.find(other.name, p + o.name.size());
                        if (q != std::string_view::npos && q < stop) stop = q;
                    }
                    for (std::size_t q = p + o.name.size(); q < stop;) {
                        const auto r = lex_.roles.longest(s, q);
                        if (r && q + r.length <= stop) {
                            const std::string_view verb = s.substr(q, r.length);
                            if (std::find(o.roles.begin(), o.roles.end(), verb) == o.roles.end()) o.roles.push_back(verb);
                            q += r.length;
                        } else {
                            q += detail::seq_len(static_cast<unsigned char>(s[q]));
                        }
                    }
                }
            }
        }
    }

    Lexicons lex_;
};

using official_parser = basic_official_parser<>;

}  // namespace govnews
