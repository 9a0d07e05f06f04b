// Object parser 4: targets — the goals a government sets itself. A figure is a target when its
// clause, or the clause that carries its predicate, names an end state (完成, 竣工, 引进 …) with
// a verb of intent, a period or a bound; scope totals and reported results are not. Clauses
// share a verb or a period within a sentence part (up to ；). Slogan milestones (双过半 …) too.
#pragma once
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "amount.hpp"
#include "article.hpp"
#include "detail/bytes.hpp"
#include "date.hpp"
#include "lexicon.hpp"
#include "lexicon_index.hpp"
#include "lexicon_set.hpp"
#include "lexicons/targets.hpp"
#include "segment.hpp"

namespace govnews {

enum class target_kind { amount, slogan };

constexpr std::string_view to_string(target_kind k) noexcept { return k == target_kind::amount ? "amount" : "slogan"; }

struct target {
    target_kind kind = target_kind::amount;
    std::string_view text;                     // the clause(s) as written
    std::string_view indicator;                // what is counted, or the slogan
    std::optional<decimal> value;              // nullopt for a slogan
    std::string_view unit;
    govnews::bound bound = bound::exact;
    std::optional<std::string_view> period;    // as written: 全年, 一季度, 3月底前
    std::optional<date> deadline;              // last day of the period
    std::optional<std::string_view> commitment;
    text_range range;
    byte_span span;                            // range in the input as given (set by the pipeline)
};

struct target_lexicons {
    lexicon commitments, end_states, negations, scope, plan, clause_at_least, slogans, slogan_commitments, slogan_reached, counted, growth,
        predicate_nouns;
    static target_lexicons defaults() {
        static const target_lexicons d = [] {
            target_lexicons l;
            l.commitments.insert_all(lexicons::commitments, 1);
            l.end_states.insert_all(lexicons::end_states, 1);
            l.negations.insert_all(lexicons::negations, 1);
            l.scope.insert_all(lexicons::scope_words, 1);
            l.plan.insert_all(lexicons::plan_markers, 1);
            l.clause_at_least.insert_all(lexicons::clause_bounds_at_least, 1);
            l.slogans.insert_all(lexicons::slogans, 1);
            l.slogan_commitments.insert_all(lexicons::slogan_commitments, 1);
            l.slogan_reached.insert_all(lexicons::slogan_reached, 1);
            l.counted.insert_all(lexicons::counted_nouns, 1);
            l.growth.insert_all(lexicons::growth_verbs, 1);
            l.predicate_nouns.insert_all(lexicons::predicate_nouns, 1);
            return l;
        }();
        return d;
    }
};

template <class Lexicons = target_lexicons, class Amounts = amount_parser>
class basic_target_parser {
public:
    basic_target_parser() : lex_(Lexicons::defaults()), sets_(default_sets()) {}
    basic_target_parser(Lexicons l, Amounts a) : lex_(std::move(l)), amounts_(std::move(a)), sets_(lex_, amounts_) {}

    // The lexicons this parser scans text with, for a pipeline's shared index.
    const lexicon_set& triggers() const noexcept { return sets_.triggers; }

    // Targets of one story; period deadlines are read against opt.year (0 = unknown).
    std::vector<target> parse(std::string_view text, const article& a, const period_options& opt) const {
        return parse(text, a, opt, lexicon_index(sets_.triggers, story_text(text, a)));
    }
    // The same, reading the story's words from an index that holds them (lexicon_index.hpp).
    std::vector<target> parse(std::string_view text, const article& a, const period_options& opt, const lexicon_index& idx) const {
        workspace ws;
        return parse(text, a, opt, idx, ws);
    }
    // Buffers parse() reuses (a part's clauses, their figures and words): a caller that parses
    // many stories on one thread may keep one and pass it, and so allocates them once, as the
    // pipeline does. The parser holds none itself and stays shareable between threads.
    class workspace;
    std::vector<target> parse(std::string_view text, const article& a, const period_options& opt, const lexicon_index& idx,
                              workspace& ws) const {
        std::vector<target> out;
        const lexicon_set_reader sentence(sets_.sentence, idx), clause(sets_.clause, idx);
        for (const auto& t : a.titles)
            if (sentence.present(t.text) & sets::slogan) slogans_in(text, t.text, opt, out);
        scratch& sc = ws.sc;
        for (const auto& sent : a.sentences) {
            // what the sentence can hold: most hold no slogan and no goal
            const std::uint32_t has = sentence.present(sent.text);
            if (has & sets::slogan) slogans_in(text, sent.text, opt, out);
            // a figure is a goal only with a predicate in its part or a plan word in its sentence
            if (!(has & (sets::plan | sets::end_state))) continue;
            // and, outside a plan sentence, only with a verb of intent or a period: with neither
            // (新增就业1200人) the predicate reports a result
            if (!(has & sets::plan) && !(clause.present(sent.text) & (1u << sets::commitment | 1u << sets::period_anchor))) continue;
            amounts_in(text, sent.text, (has & sets::plan) != 0, opt, clause, idx, sc, out);
        }
        return out;
    }

    // Targets of a stretch of text with no article layout (a work report, a sentence).
    std::vector<target> parse(std::string_view text, const period_options& opt) const { return parse(text, as_article(text), opt); }

private:
    // The word lists read together: per sentence, and per clause.
    struct sets {
        enum : std::uint32_t { plan = 1, end_state = 2, slogan = 4 };                     // sentence
        enum : std::size_t { commitment = 0, predicate_noun = 1, predicate = 2, at_least = 3, scope = 4, period_anchor = 5 };  // clause
        lexicon anchors;  // period_anchors: a clause without one has no period to scan for
        // triggers: both, each lexicon once, and the numerals the amounts' scan reads from an index
        lexicon_set sentence, clause, numbers, triggers;
        sets(const Lexicons& l, const Amounts& a)
            : anchors(anchors_of()),
              sentence{&l.plan, &l.end_states, &l.slogans},
              clause{&l.commitments, &l.predicate_nouns, &l.end_states, &l.clause_at_least, &l.scope, &anchors},
              numbers(numbers_of(a)),
              triggers(lexicon_set::union_of({&sentence, &clause, &numbers})) {}
    };
    static lexicon anchors_of() {
        lexicon l;
        l.insert_all(period_anchors, 1);
        return l;
    }
    static const sets& default_sets() {
        static const sets s(Lexicons::defaults(), Amounts());
        return s;
    }
    // An amount parser that reads numerals from an index says which words it needs there.
    template <class A, class = void>
    struct reads_index : std::false_type {};
    template <class A>
    struct reads_index<A, std::void_t<decltype(std::declval<const A&>().numerals())>> : std::true_type {};
    static lexicon_set numbers_of(const Amounts& a) {
        if constexpr (reads_index<Amounts>::value) return lexicon_set{&a.numerals()};
        else return lexicon_set{};
    }

    struct hit { std::size_t pos, len; };
    struct clause_info {
        // A clause read afresh; its buffers are kept for the next one.
        void reset(std::string_view c, const period_options& o) {
            text = c;
            amounts.clear();
            commitments.clear();
            predicates.clear();
            scope.clear();
            at_least_word = false;
            may_hold_period = false;
            opt = &o;
            per_read = false;
            per_.reset();
        }
        std::string_view text;
        std::vector<amount> amounts;
        std::vector<hit> commitments, predicates, scope;
        bool at_least_word = false;
        bool may_hold_period = false;  // a period anchor among its words
        // The clause's period (its first that can be a deadline), read when first asked for:
        // clauses after the last figure of a part are never asked.
        const std::optional<period>& per() const {
            if (!per_read) {
                per_read = true;
                if (may_hold_period) scan_periods(text, *opt, [&](const period& p) {
                    const bool bare_year = p.grain == grain::year && p.first.year_stated && detail::ends_at(p.text, p.text.size(), "年");
                    if (bare_year && !(detail::ends_at(text, p.begin, "到") || detail::ends_at(text, p.begin, "至"))) return true;
                    if (p.grain == grain::year && detail::at(p.text, 0, "今年")) return true;  // 今年以来: context, not a deadline
                    per_ = p;
                    return false;
                });
            }
            return per_;
        }
        const period_options* opt = nullptr;
        mutable bool per_read = false;
        mutable std::optional<period> per_;
        // 全部完成, 全面完成: asked only of a restatement, so not read for every clause
        bool all_done() const {
            return detail::find(text, "全部") != std::string_view::npos || detail::find(text, "全面") != std::string_view::npos;
        }
    };

    bool negated(std::string_view s, std::size_t p) const {
        return static_cast<bool>(lex_.negations.longest_ending_at(s, p, 3));
    }

    // The first of the sentence's amounts (in order of position) that begins at or after `off`.
    static std::vector<amount>::const_iterator first_from(const std::vector<amount>& found, std::size_t off) {
        return std::lower_bound(found.begin(), found.end(), off, [](const amount& a, std::size_t o) { return a.begin < o; });
    }

    // The clauses of a part, and what reading them needs, kept in a workspace across sentences
    // and stories so that they are allocated once, not once per clause.
    struct clause_list {
        const clause_info* data;
        std::size_t n;
        std::size_t size() const noexcept { return n; }
        const clause_info& operator[](std::size_t i) const noexcept { return data[i]; }
    };
    struct scratch {
        std::vector<amount> found;       // the sentence's amounts
        std::vector<clause_info> clauses;  // the part's, the first `used` of them
        std::size_t used = 0;
        std::vector<hit> nouns, states;
        std::vector<bool> period_used;
        clause_info& next_clause() {
            if (used == clauses.size()) clauses.emplace_back();
            return clauses[used++];
        }
        clause_list list() const noexcept { return {clauses.data(), used}; }
    };

    // `found`: the sentence's amounts, scanned once; those inside the clause (which begins at
    // `off` in the sentence) are the clause's.
    void analyse(clause_info& ci, std::string_view c, const period_options& opt, const std::vector<amount>& found, std::size_t off,
                 const lexicon_set_reader& words, scratch& sc) const {
        ci.reset(c, opt);
        std::optional<detail::bracket_ranges> quotes;  // found when a figure asks: most clauses hold none
        for (auto it = first_from(found, off); it != found.end() && it->begin < off + c.size(); ++it) {
            amount a = *it;
            if (a.end > off + c.size()) continue;
            a.begin -= off;
            a.end -= off;
            if (!quotes) quotes.emplace(c, "“", "”");
            if (!quotes->inside(a.begin)) ci.amounts.push_back(a);
        }
        std::vector<hit>& nouns = sc.nouns;
        std::vector<hit>& states = sc.states;
        nouns.clear();
        states.clear();
        words.scan(c, [&](std::size_t member, std::size_t p, std::size_t n) {
            if (member == sets::commitment) ci.commitments.push_back({p, n});
            else if (member == sets::predicate_noun) nouns.push_back({p, n});
            else if (member == sets::predicate) states.push_back({p, n});
            else if (member == sets::at_least) ci.at_least_word = true;
            else if (member == sets::period_anchor) ci.may_hold_period = true;
            else ci.scope.push_back({p, n});
        });
        for (const auto& h : states) {
            const bool in_noun = std::any_of(nouns.begin(), nouns.end(), [&](const hit& n) { return h.pos >= n.pos && h.pos < n.pos + n.len; });
            if (!negated(c, h.pos) && !inside_amount(ci, h.pos) && !in_noun) ci.predicates.push_back(h);
        }
    }
    // 十一届八次全会: an ordinal of a session, not a count.
    static bool ordinal_meeting(std::string_view c, const amount& a) {
        if (a.unit != "次" && a.unit != "届") return false;
        return detail::at(c, a.end, "会") || detail::at(c, a.end, "全会") || detail::at(c, a.end, "常委会") ||
               detail::ends_at(c, a.begin, "届");
    }
    static bool inside_amount(const clause_info& ci, std::size_t p) {
        for (const auto& a : ci.amounts) if (p >= a.begin && p < a.end) return true;
        return false;
    }
    // 有, 以, 对 and 共 set a scope only right before the figure or at the clause start.
    static bool weak_scope(std::string_view w) { return w == "有" || w == "以" || w == "对" || w == "共"; }
    // Is the figure scope or result? A scope word in the clause text before it says so. The
    // clause's scope words before the figure are what a scan of that text finds, unless one runs
    // across the figure's start (then that text is scanned alone).
    bool scoped(const clause_info& c, const amount& a) const {
        bool s = false;
        for (const hit& h : c.scope) {
            if (h.pos >= a.begin) break;
            if (h.pos + h.len > a.begin) return scoped(c.text, a);
            if (weak_scope(c.text.substr(h.pos, h.len)) && !(h.pos + h.len == a.begin || h.pos == 0)) continue;
            s = true;
        }
        return s;
    }
    bool scoped(std::string_view c, const amount& a) const {
        const std::string_view before = c.substr(0, a.begin);
        bool s = false;
        lex_.scope.scan(before, [&](std::size_t p, std::size_t n, auto) {
            if (weak_scope(before.substr(p, n)) && !(p + n == before.size() || p == 0)) return;
            s = true;
        });
        return s;
    }

    void amounts_in(std::string_view text, std::string_view sent, bool plan, const period_options& opt, const lexicon_set_reader& words,
                    const lexicon_index& idx, scratch& sc, std::vector<target>& out) const {
        // most sentences hold no figure with a unit: nothing to analyse
        bool any = false;
        std::vector<amount>& found = sc.found;
        found.clear();
        const auto keep = [&](const amount& a) {
            any = any || !a.unit.empty();
            found.push_back(a);
        };
        if constexpr (reads_index<Amounts>::value) amounts_.scan(sent, idx, keep);
        else amounts_.scan(sent, keep);
        if (!any) return;
        // in order of position (a bound word before a figure may reach back), so each clause finds its own by search
        const auto by_begin = [](const amount& a, const amount& b) { return a.begin < b.begin; };
        if (!std::is_sorted(found.begin(), found.end(), by_begin)) std::stable_sort(found.begin(), found.end(), by_begin);
        // parts: up to ；
        std::size_t pb = 0;
        while (pb < sent.size()) {
            std::size_t pe = sent.find(';', pb);
            const std::size_t pe2 = sent.find("；", pb);
            if (pe2 < pe) pe = pe2;
            if (pe == std::string_view::npos) pe = sent.size();
            // a part without a figure with a unit yields nothing (a restatement needs a target before it)
            bool figure = false;
            for (auto it = first_from(found, pb); it != found.end() && it->begin < pe && !figure; ++it)
                figure = !it->unit.empty() && it->end <= pe;
            if (figure) part(text, sent, sent.substr(pb, pe - pb), plan, opt, found, words, sc, out);
            pb = pe + (pe < sent.size() ? (sent[pe] == ';' ? 1 : 3) : 0);
        }
    }

    void part(std::string_view text, std::string_view sent, std::string_view p, bool plan, const period_options& opt,
              const std::vector<amount>& found, const lexicon_set_reader& words, scratch& sc, std::vector<target>& out) const {
        sc.used = 0;
        for (const auto& c : phrases(p))
            analyse(sc.next_clause(), c.text, opt, found, static_cast<std::size_t>(c.text.data() - sent.data()), words, sc);
        const clause_list cl = sc.list();
        std::vector<bool>& period_used = sc.period_used;
        period_used.assign(cl.size(), false);
        const std::size_t first_new = out.size();
        std::optional<std::size_t> last_in_part;
        for (std::size_t i = 0; i < cl.size(); ++i) {
            const clause_info& c = cl[i];
            for (std::size_t k = 0; k < c.amounts.size(); ++k) {
                const amount& a = c.amounts[k];
                if (a.unit.empty() || a.unit == "级" || ordinal_meeting(c.text, a)) continue;
                if (k > 0 && c.amounts[k - 1].end == a.begin) continue;  // 2个10亿元以上项目: a qualifier
                if (scoped(c, a)) continue;
                // the clause that carries the predicate: this one, or the next one with a predicate
                std::optional<std::size_t> pc;
                if (!c.predicates.empty()) pc = i;
                const bool own_bound = a.bound == bound::at_least || a.bound == bound::at_most || a.bound == bound::about;
                for (std::size_t j = i + 1; !pc && !own_bound && j < cl.size(); ++j) {
                    if (!cl[j].predicates.empty()) { pc = j; break; }
                    if (has_goal_amount(cl[j])) break;
                }
                const bool bounded = a.bound == bound::at_least || a.bound == bound::at_most || a.bound == bound::about || c.at_least_word;
                const std::optional<std::size_t> per_clause = period_clause(cl, i, pc);
                // 完成, 实现 as their own verb of intent need a period: otherwise they report a result
                const auto cm = commitment_for(cl, i, pc, a);
                const bool self = cm && pc && !cl[*pc].predicates.empty() && !has_commitment_word(cl, i, pc);
                const bool intent = (cm.has_value() && !self) || per_clause.has_value();
                if (!(pc && intent) && !(bounded && plan)) continue;
                target t;
                t.kind = target_kind::amount;
                t.value = a.value;
                t.unit = a.unit;
                t.bound = c.at_least_word && a.bound == bound::exact ? bound::at_least : (a.bound == bound::range ? bound::exact : a.bound);
                t.indicator = indicator_of(c, k);
                t.commitment = commitment_for(cl, i, pc, a);
                if (per_clause) {
                    t.period = cl[*per_clause].per()->text;
                    if (cl[*per_clause].per()->has_deadline) t.deadline = cl[*per_clause].per()->last;
                    if (*per_clause > i) period_used[*per_clause] = true;
                }
                if (pc && *pc > i) period_used[*pc] = true;
                const std::size_t last = pc && *pc > i ? *pc : i;
                t.text = span_of(cl[i].text, cl[last].text);
                const std::size_t off = static_cast<std::size_t>(t.text.data() - text.data());
                t.range = {off, off + t.text.size(), t.text};
                out.push_back(t);
                last_in_part = out.size() - 1;
            }
            // a clause with its own intent, period and predicate but no figure restates the last
            // target with a new deadline (确保年底前完工, 力争4月底前全部完成)
            if (c.amounts.empty() && !c.predicates.empty() && !period_used[i] && last_in_part && *last_in_part >= first_new &&
                c.per() && c.per()->has_deadline) {
                const auto cm = own_commitment(c, c.predicates.front().pos);
                if (!cm || c.commitments.empty() || only_predicates(c)) continue;
                if (names_own_subject(c)) continue;  // 力争某某园6月底前竣工: another thing's deadline
                target t = out[*last_in_part];
                if (t.unit == "%" && c.all_done()) { t.value = decimal{100, 0}; t.bound = bound::exact; }
                t.commitment = cm;
                t.period = c.per()->text;
                t.deadline = c.per()->last;
                t.text = c.text;
                const std::size_t off = static_cast<std::size_t>(c.text.data() - text.data());
                t.range = {off, off + c.text.size(), c.text};
                out.push_back(t);
            }
        }
    }

    // Words between the verb of intent and the period (力争[滨江产业园]6月底前竣工) name a subject of
    // the clause's own; a restatement says only when (确保年底前完工, 力争在4月底前全部完成).
    static bool names_own_subject(const clause_info& c) {
        std::size_t verb_end = 0;
        for (const auto& h : c.commitments)
            if (h.pos < c.per()->begin) verb_end = std::max(verb_end, h.pos + h.len);
        return verb_end && c.per()->begin > verb_end + 3 * 2;  // more than two characters (在, 于)
    }

    // A verb of intent other than the predicate itself in the clauses that carry the figure.
    static bool has_commitment_word(const clause_list& cl, std::size_t i, std::optional<std::size_t> pc) {
        if (!cl[i].commitments.empty()) return !only_predicates(cl[i]);
        if (pc && !cl[*pc].commitments.empty()) return !only_predicates(cl[*pc]);
        for (std::size_t j = i; j-- > 0;) if (!cl[j].commitments.empty() && cl[j].commitments.front().pos == 0) return true;
        return false;
    }
    static bool only_predicates(const clause_info& c) {
        for (const auto& h : c.commitments) {
            const std::string_view w = c.text.substr(h.pos, h.len);
            if (w != "完成" && w != "实现" && w != "达到") return false;
        }
        return true;
    }

    bool has_goal_amount(const clause_info& c) const {
        for (const auto& a : c.amounts) if (!a.unit.empty() && !scoped(c, a)) return true;
        return false;
    }

    std::optional<std::size_t> period_clause(const clause_list& cl, std::size_t i, std::optional<std::size_t> pc) const {
        if (pc && cl[*pc].per()) return pc;
        if (cl[i].per()) return i;
        for (std::size_t j = i; j-- > 0;) if (cl[j].per()) return j;
        return std::nullopt;
    }

    // The verb of intent nearest before the predicate; a 完成/实现 predicate is its own.
    std::optional<std::string_view> own_commitment(const clause_info& c, std::size_t before) const {
        std::optional<std::string_view> best;
        for (const auto& h : c.commitments) {
            const std::string_view w = c.text.substr(h.pos, h.len);
            if (h.pos < before) best = w;
        }
        if (best) return best;
        for (const auto& h : c.predicates) {
            const std::string_view w = c.text.substr(h.pos, h.len);
            if (w == "完成" || w == "实现" || w == "达到") return w;
        }
        return std::nullopt;
    }
    std::optional<std::string_view> commitment_for(const clause_list& cl, std::size_t i, std::optional<std::size_t> pc,
                                                   const amount& a) const {
        if (pc) {
            const clause_info& c = cl[*pc];
            std::size_t pred = c.predicates.front().pos;
            if (*pc == i) for (const auto& h : c.predicates) if (h.pos < a.begin) pred = h.pos;
            if (auto m = own_commitment(c, *pc == i ? std::max(pred, std::size_t(1)) : pred)) return m;
        }
        if (auto m = own_commitment(cl[i], a.begin)) return m;
        // a clause with no verb of its own shares the one that opens an earlier clause
        for (std::size_t j = i; j-- > 0;) {
            const clause_info& c = cl[j];
            if (!c.commitments.empty() && c.commitments.front().pos == 0) return c.text.substr(0, c.commitments.front().len);
        }
        return std::nullopt;
    }

    // What is counted: after a measure word the noun that follows (1家百亿级头部企业),
    // otherwise the noun phrase before the figure (投资60亿元, 签约项目不少于30个).
    std::string_view indicator_of(const clause_info& c, std::size_t k) const {
        const amount& a = c.amounts[k];
        const std::string_view s = c.text;
        if (a.kind == unit_kind::measure && a.bound != bound::at_least) {
            std::size_t e = a.end;
            while (e < s.size()) {
                const auto d = detail::decode(s, e);
                if (!detail::is_cjk(d.cp) && !(d.cp < 0x80 && (std::isdigit(static_cast<int>(d.cp)) || d.cp == '.'))) break;
                if (lex_.commitments.longest(s, e) || lex_.end_states.longest(s, e) || detail::at(s, e, "的") ||
                    detail::at(s, e, "和") || detail::at(s, e, "及") || detail::at(s, e, "要") || lex_.negations.longest(s, e))
                    break;
                if (auto m = parse_period(s, e)) { (void)m; break; }
                e += d.len;
            }
            std::string_view after = s.substr(a.end, e - a.end);
            if (k + 1 < c.amounts.size() && c.amounts[k + 1].begin == a.end) after = s.substr(a.end, e - a.end);
            if (!after.empty()) {
                // cut after the first counted noun: 道路改造收尾工作 → 道路
                std::size_t cut = after.size();
                for (std::size_t p = 0; p < after.size(); p += detail::seq_len(static_cast<unsigned char>(after[p]))) {
                    if (auto m = lex_.counted.longest(after, p)) { cut = p + m.length; break; }
                }
                // a qualifier inside (10亿元以上高质量项目) keeps the whole phrase
                if (k + 1 < c.amounts.size() && c.amounts[k + 1].begin == a.end) cut = after.size();
                return after.substr(0, cut);
            }
        }
        // before: back to the nearest commitment, predicate, period or list break
        std::size_t b = 0;
        const std::size_t e = a.begin;
        for (const auto& h : c.commitments) if (h.pos + h.len <= e && h.pos + h.len > b) b = h.pos + h.len;
        for (const auto& h : c.predicates)
            if (h.pos + h.len <= e && h.pos + h.len > b && !lex_.growth.contains(s.substr(h.pos, h.len))) b = h.pos + h.len;
        if (c.per() && c.per()->end <= e && c.per()->end > b) b = c.per()->end;
        for (std::size_t p = 0; p < e;) {
            if (detail::at(s, p, "、") || detail::at(s, p, "的")) b = std::max(b, p + 3);
            p += detail::seq_len(static_cast<unsigned char>(s[p]));
        }
        std::string_view before = s.substr(b, e - b);
        // the noun may sit before a predicate or period that stands between it and the figure
        if (before.empty() || before.size() < 6) {
            std::size_t cut_end = e;
            for (const auto& h : c.predicates)
                if ((h.pos + h.len == e || (h.pos < e && h.pos + h.len >= e - 3)) && !lex_.growth.contains(s.substr(h.pos, h.len)))
                    cut_end = std::min(cut_end, h.pos);
            if (c.per() && c.per()->end <= e && c.per()->end + 9 >= e) cut_end = std::min(cut_end, c.per()->begin);
            std::size_t bb = 0;
            for (const auto& h : c.commitments) if (h.pos + h.len <= cut_end && h.pos + h.len > bb) bb = h.pos + h.len;
            if (cut_end > bb) {
                const std::string_view alt = s.substr(bb, cut_end - bb);
                if (alt.size() > before.size()) before = alt;
            }
        }
        return before;
    }

    static std::string_view span_of(std::string_view a, std::string_view b) {
        return std::string_view(a.data(), static_cast<std::size_t>(b.data() + b.size() - a.data()));
    }

    void slogans_in(std::string_view text, std::string_view s, const period_options& opt, std::vector<target>& out) const {
        for (const auto& cl : clauses(s)) {
            const std::string_view c = cl.text;
            lex_.slogans.scan(c, [&](std::size_t p, std::size_t n, auto) {
                const std::string_view name = c.substr(p, n);
                if (std::any_of(out.begin(), out.end(), [&](const target& t) { return t.kind == target_kind::slogan && t.indicator == name; }))
                    return;
                std::optional<std::string_view> cm;
                bool reached = false;
                lex_.slogan_reached.scan(c.substr(0, p), [&](std::size_t, std::size_t, auto) { reached = true; });
                if (reached) return;
                lex_.slogan_commitments.scan(c.substr(0, p), [&](std::size_t q, std::size_t m, auto) { cm = c.substr(q, m); });
                target t;
                t.kind = target_kind::slogan;
                t.indicator = name;
                t.commitment = cm;
                t.text = c;
                scan_periods(c.substr(0, p), opt, [&](const period& per) {
                    if (per.grain == grain::quarter || per.grain == grain::half) { t.period = per.text; t.deadline = per.last; }
                });
                const std::size_t off = static_cast<std::size_t>(c.data() - text.data());
                t.range = {off, off + c.size(), c};
                out.push_back(t);
            });
        }
    }

    Lexicons lex_;
    Amounts amounts_;
    sets sets_;

public:
    class workspace {
        friend class basic_target_parser;
        scratch sc;
    };
};

using target_parser = basic_target_parser<>;

}  // namespace govnews
