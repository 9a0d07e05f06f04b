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
#include "detail/bytes.hpp"
#include "detail/utf8.hpp"
#include "lexicon.hpp"
#include "lexicon_index.hpp"
#include "lexicon_set.hpp"
#include "number.hpp"
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
    std::vector<byte_span> spans;                    // the mentions in the input as given (set by the pipeline)
};

// The lexicons an official parser reads. Copy one, extend it, and hand it to the parser.
struct official_lexicons {
    lexicon posts, surnames, followers, not_names, bodies, roles, transliteration, common_words;

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
            l.followers.insert_all(lexicons::name_followers_more, 1);
            for (std::size_t p = 0; p < lexicons::transliteration_chars.size(); p += 3)
                l.transliteration.insert(lexicons::transliteration_chars.substr(p, 3), 1);
            l.followers.insert_all(lexicons::official_roles, 1);
            l.not_names.insert_all(lexicons::not_names, 1);
            l.common_words.insert_all(lexicons::surname_words, 1);
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
    basic_official_parser() : lex_(Lexicons::defaults()), triggers_(default_triggers()) {}
    explicit basic_official_parser(Lexicons lex) : lex_(std::move(lex)), triggers_{&lex_.posts} {}
    const Lexicons& lexicons() const noexcept { return lex_; }
    // The lexicons this parser scans text with, for a pipeline's shared index.
    const lexicon_set& triggers() const noexcept { return triggers_; }

    // Officials of one story: text is the normalized page, paragraphs the story's body.
    // Names in `exclude` (the byline) are never officials.
    std::vector<official> parse(std::string_view text, const std::vector<text_range>& paragraphs,
                                const std::vector<std::string_view>& exclude = {}) const {
        std::vector<std::string_view> sents;
        for (const auto& para : paragraphs)
            for (const auto& sent : sentences(para.text)) sents.push_back(sent.text);
        return parse_sentences(text, sents, exclude, lexicon_index{});
    }
    // The same for a story whose sentences the article parser has split already; `idx`, when
    // given, holds the story's words (lexicon_index.hpp).
    std::vector<official> parse(std::string_view text, const article& a, const std::vector<std::string_view>& exclude = {}) const {
        return parse(text, a, exclude, lexicon_index{});
    }
    std::vector<official> parse(std::string_view text, const article& a, const std::vector<std::string_view>& exclude,
                                const lexicon_index& idx) const {
        std::vector<std::string_view> sents;
        sents.reserve(a.sentences.size());
        for (const auto& sent : a.sentences) sents.push_back(sent.text);
        return parse_sentences(text, sents, exclude, idx);
    }

private:
    static const lexicon_set& default_triggers() {
        static const lexicon_set t = [] {
            const Lexicons l = Lexicons::defaults();  // the set keeps the words alive
            return lexicon_set{&l.posts};
        }();
        return t;
    }

    std::vector<official> parse_sentences(std::string_view text, const std::vector<std::string_view>& sents,
                                          const std::vector<std::string_view>& exclude, const lexicon_index& idx) const {
        std::vector<official> out;
        const lexicon_reader<typename decltype(lex_.posts)::value_type> posts(lex_.posts, idx);
        for (auto s : sents) find_titled(s, exclude, posts, out);
        collect_mentions(text, sents, out);
        return out;
    }

public:
    // The name that starts at pos, judged by what follows it: its length in bytes, or 0.
    std::size_t name_at(std::string_view s, std::size_t pos) const {
        if (const std::size_t f = foreign_name_at(s, pos)) return f;
        const auto sm = lex_.surnames.longest(s, pos);
        if (!sm || lex_.common_words.longest(s, pos)) return 0;
        // a long transliteration we could not close is not cut into a native-looking name
        std::size_t run = 0;
        for (std::size_t p = pos; p < s.size() && lex_.transliteration.longest(s, p).length == 3; p += 3) ++run;
        if (run >= 4) return 0;
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
            else if (c2 && !numeral(s, b) && !numeral(s, b + 3) && verb_start(s, b + 6)) len = sl + 6;  // 张敬涛召集
            // a name cut from a foreign one (柯林·钱德勒) is no name
            if (len && (detail::at(s, pos + len, "·") || detail::at(s, pos + len, "—"))) return 0;
            if (len && plausible(s.substr(pos, len))) return len;
            if (sl == 3) break;
        }
        return 0;
    }

private:
    static bool numeral(std::string_view s, std::size_t p) {
        return p < s.size() && detail::is_cn_numeral(detail::decode(s, p).cp);
    }
    static constexpr std::string_view stop_chars[] = {"的", "了", "是", "在", "与", "及", "等", "对", "为", "向", "就",
                                                     "也", "都", "被", "把", "从", "以", "于", "并", "而", "将", "已", "说",
                                                     "到", "赴", "率", "这", "那", "个", "们", "各", "全", "所"};

    // A transliterated name right after a title: a run of transliteration characters, parts joined
    // by · or —, ended by punctuation or a follower word.
    std::size_t foreign_name_at(std::string_view s, std::size_t pos) const {
        std::size_t p = pos, chars = 0;
        bool joined = false;
        for (;;) {
            std::size_t run = 0;
            while (p < s.size() && lex_.transliteration.longest(s, p).length == 3) { p += 3; ++run; }
            chars += run;
            if (run == 0) return 0;
            if (detail::at(s, p, "·") || detail::at(s, p, "—") || detail::at(s, p, "-") || detail::at(s, p, "\xE2\x80\xA2")) {
                const std::size_t j = s[p] == '-' ? 1 : detail::at(s, p, "·") ? 2 : 3;
                if (p + j < s.size() && lex_.transliteration.longest(s, p + j).length == 3) { p += j; joined = true; continue; }
            }
            break;
        }
        if (chars < 2 || chars > 12) return 0;
        // a native name reads better as surname + given name unless the run is long or joined
        if (!joined && chars <= 3 && lex_.surnames.longest(s, pos).length) return 0;
        const auto follow = p < s.size() ? lex_.followers.longest(s, p) : typename decltype(lex_.followers)::match{};
        const bool cjk_next = p < s.size() && detail::is_cjk(detail::decode(s, p).cp) && !numeral(s, p);
        if (cjk_next && !follow) return 0;
        // two characters only before punctuation or a word-long follower (科尔进行, 努里的)
        if (!joined && chars < 3 && cjk_next && follow.length < 6 && !detail::at(s, p, "的") && !detail::at(s, p, "等")) return 0;
        return p - pos;
    }
    // Characters that start the verb or adverb after a two-character name (王强召集).
    static bool verb_start(std::string_view s, std::size_t p) {
        static constexpr std::string_view v[] = {"召", "经", "分", "坦", "摇", "办", "商", "上", "中", "有", "女", "指", "强",
                                                 "表", "要", "提", "介", "会", "接", "看", "视", "考", "调", "听", "作", "做",
                                                 "发", "致", "签", "宣", "认", "称", "曾", "正", "亲", "专", "特", "随", "首",
                                                 "再", "一", "今", "昨", "明", "近", "主", "出", "参", "讲", "带", "先", "同",
                                                 "率", "陪", "来", "去", "前", "回", "任", "兼", "代", "等", "不", "没", "又",
                                                 "这", "把", "教", "院", "博", "摇", "坦", "商", "介", "就", "在", "也", "还"};
        return detail::at_any(s, p, v);
    }

    bool name_char(std::string_view s, std::size_t p) const {
        if (p >= s.size()) return false;
        const auto d = detail::decode(s, p);
        return detail::is_cjk(d.cp) && !detail::at_any(s, p, stop_chars);
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
        if (detail::at_any(s, p, stop_chars)) return false;
        return !(detail::at(s, p, "作") || detail::at(s, p, "做") || detail::at(s, p, "说"));
    }
    bool plausible(std::string_view name) const {
        if (lex_.not_names.longest(name, 0).length >= 6) return false;  // 负责人, 一行 …; not one-character words
        for (std::size_t p = 0; p < name.size(); p += 3)
            if (lex_.posts.longest(name, p)) return false;
        return true;
    }

    template <class Posts>
    void find_titled(std::string_view s, const std::vector<std::string_view>& exclude, const Posts& posts,
                     std::vector<official>& out) const {
        std::size_t resume = 0;  // a name read after a title is not read again as a title
        posts.scan_starts(s, [&](std::size_t p, std::size_t len, auto) {
            if (p >= resume) resume = std::max(resume, titled_at(s, p, len, exclude, out));
        });
    }

    // The post of `len` bytes at p and the name after it: the position after what was read, or 0.
    std::size_t titled_at(std::string_view s, std::size_t p, std::size_t len, const std::vector<std::string_view>& exclude,
                          std::vector<official>& out) const {
        const std::size_t e = p + len;
        const std::size_t nl = name_at(s, e);
        if (!nl) return 0;
        const std::string_view name = s.substr(e, nl);
        if (std::find(exclude.begin(), exclude.end(), name) != exclude.end()) return e + nl;
        std::vector<std::string_view> titles{s.substr(p, len)};
        std::size_t start = p;
        // 党组成员、理事会副主任: a short body bound to the last post belongs to that post
        if (const std::size_t comma = s.rfind("、", p); comma != std::string_view::npos && comma + 3 < p && p - comma - 3 <= 12) {
            const std::string_view prefix = s.substr(comma + 3, p - comma - 3);
            std::size_t k = comma;
            bool title_before = false;
            for (int back = 0; back < 12 && k > 0 && !title_before; ++back) {
                k = detail::prev_pos(s, k);
                const auto t = lex_.posts.longest(s, k);
                title_before = t && k + t.length == comma;
            }
            if (title_before && lex_.bodies.longest_ending_at(prefix, prefix.size())) {
                titles.front() = s.substr(comma + 3, e - comma - 3);
                start = comma + 3;
            }
        }
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
        const auto org = body_before(s, start);
        add(out, name, titles, org);
        p = e + nl;
        // 副区长张三、李四: names listed after one title share it
        while (detail::at(s, p, "、")) {
            const std::size_t next = name_at(s, p + 3);
            if (!next || lex_.posts.longest(s, p + 3)) break;
            const std::string_view other = s.substr(p + 3, next);
            if (std::find(exclude.begin(), exclude.end(), other) != exclude.end()) break;
            add(out, other, titles, org);
            p += 3 + next;
        }
        return p;
    }

    // The body named right before the titles, when it ends in a body suffix (局, 集团, 公司 …).
    std::optional<std::string_view> body_before(std::string_view s, std::size_t start) const {
        // words that end the text before a body; not characters that occur inside names (经济, 以色列)
        // (a lexicon: a search backwards rules out most characters by the one ending there)
        static const lexicon stops = [] {
            static constexpr std::string_view words[] = {"由", "在", "对", "向", "与", "和", "及", "是", "为", "被", "让", "把",
                                                        "将", "的", "了", "到", "赴", "率", "等", "会上", "随后", "同时",
                                                        "其中", "还有", "邀请", "陪同", "据悉"};
            lexicon l;
            l.insert_all(words, 1);
            return l;
        }();
        std::size_t b = start;
        while (b > 0) {
            const std::size_t q = detail::prev_pos(s, b);
            const auto d = detail::decode(s, q);
            if (!detail::is_cjk(d.cp) && !(d.cp < 0x80 && std::isalnum(static_cast<int>(d.cp)))) break;
            if (stops.longest_ending_at(s, b, 2)) break;
            b = q;
        }
        if (b == start) return std::nullopt;
        const std::string_view body = s.substr(b, start - b);
        if (!lex_.bodies.longest_ending_at(body, body.size())) return std::nullopt;
        if (detail::ends_at(body, body.size(), "政府") || own_committee(body)) return std::nullopt;
        return body;
    }
    // 区委, 市委, 东湖区委: the story's own party committee, not an outside body.
    static bool own_committee(std::string_view body) {
        return body.size() <= 15 && detail::ends_at(body, body.size(), "委") &&
               (detail::ends_at(body, body.size(), "区委") || detail::ends_at(body, body.size(), "市委") ||
                detail::ends_at(body, body.size(), "县委") || detail::ends_at(body, body.size(), "省委"));
    }

    static void add(std::vector<official>& out, std::string_view name, const std::vector<std::string_view>& titles,
                    std::optional<std::string_view> org) {
        auto it = std::find_if(out.begin(), out.end(), [&](const official& o) { return o.name == name; });
        if (it == out.end()) { out.push_back({name, {}, std::nullopt, {}, {}, {}}); it = out.end() - 1; }
        for (auto t : titles)
            if (std::find(it->titles.begin(), it->titles.end(), t) == it->titles.end()) it->titles.push_back(t);
        if (!it->organization && org) it->organization = org;
    }

    // Every mention of each name in the story (one scan per sentence with a lexicon of the names),
    // and the role verbs in the rest of its sentence up to the next person named.
    void collect_mentions(std::string_view text, const std::vector<std::string_view>& sents, std::vector<official>& out) const {
        if (out.empty()) return;
        // a few names: search each; many (a long report): one lexicon scan per sentence
        const bool many = out.size() > 8;
        std::vector<std::pair<std::string_view, std::uint32_t>> keyed;
        for (std::size_t i = 0; i < out.size(); ++i) keyed.emplace_back(out[i].name, static_cast<std::uint32_t>(i));
        const lexicon names = many ? lexicon::from(keyed) : lexicon();
        struct hit { std::size_t pos, len; std::uint32_t who; };
        std::vector<hit> hits;
        for (auto s : sents) {
            hits.clear();
            if (many) {
                names.scan(s, [&](std::size_t p, std::size_t n, std::uint32_t who) { hits.push_back({p, n, who}); });
            } else {
                for (const auto& [name, who] : keyed)
                    for (std::size_t p = detail::find(s, name); p != std::string_view::npos; p = detail::find(s, name, p + name.size()))
                        hits.push_back({p, name.size(), who});
                std::sort(hits.begin(), hits.end(), [](const hit& a, const hit& b) { return a.pos < b.pos; });
            }
            for (std::size_t h = 0; h < hits.size(); ++h) {
                official& o = out[hits[h].who];
                const std::size_t abs = static_cast<std::size_t>(s.data() - text.data()) + hits[h].pos;
                o.mentions.push_back({abs, abs + hits[h].len, text.substr(abs, hits[h].len)});
                std::size_t stop = s.size();
                for (std::size_t k = h + 1; k < hits.size(); ++k) if (hits[k].who != hits[h].who) { stop = hits[k].pos; break; }
                // the role verbs up to the next one's mention, read a character at a time: the
                // longest verb at each, taken when it ends by `stop` (then read on after it);
                // the lexicon's scan of the starts says where a verb can be
                const std::size_t from = hits[h].pos + hits[h].len;
                std::size_t q = from;  // where the reading stands
                if (from < stop)
                    lex_.roles.scan_starts(s.substr(from), [&](std::size_t at, std::size_t n, const auto&) {
                        const std::size_t p = from + at;
                        if (p >= stop) return false;
                        if (p < q) return true;  // inside a verb just taken
                        if (p + n > stop) { q = p + detail::seq_len(static_cast<unsigned char>(s[p])); return true; }
                        const std::string_view verb = s.substr(p, n);
                        if (std::find(o.roles.begin(), o.roles.end(), verb) == o.roles.end()) o.roles.push_back(verb);
                        q = p + n;
                        return true;
                    });
            }
        }
    }

    Lexicons lex_;
    lexicon_set triggers_;  // posts
};

using official_parser = basic_official_parser<>;

}  // namespace govnews
