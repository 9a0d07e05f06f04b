// The whole flow: bytes → validated source → normalized text → articles → officials, meetings,
// targets and projects within each article. Every parser is a template argument, so a consumer
// swaps or extends one without forking the rest.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <string_view>
#include <vector>

#include "article.hpp"
#include "date.hpp"
#include "lexicon_index.hpp"
#include "lexicon_set.hpp"
#include "meeting.hpp"
#include "normalize.hpp"
#include "official.hpp"
#include "project.hpp"
#include "source.hpp"
#include "target.hpp"

namespace govnews {

// One story with what was found in it. Spans are byte offsets into the input as given.
struct parsed_article {
    govnews::article article;
    byte_span span;
    std::vector<official> officials;
    std::vector<meeting> meetings;
    std::vector<target> targets;
    std::vector<project> projects;
};

struct document {
    std::string source;                 // the input's name as the caller gave it (a path, an id, "-")
    // Owns the normalized text that every string_view in the results points into.
    std::shared_ptr<const normalized_text> text;
    std::optional<source_error> error;  // set when the input is not (valid) UTF-8
    int year = 0;                       // the reference year used; 0 = unknown
    std::vector<parsed_article> articles;

    bool ok() const noexcept { return !error; }
};

struct document_options {
    std::string_view source;                 // the input's name, copied to document::source
    int year = 0;                            // reference year; 0: inferred from the page
    validation mode = validation::strict;    // lenient: carry on past bad bytes (kept as U+FFFD)
    normalize_options normalization{};
};

namespace detail {

// What a parser offers beyond parse(): its trigger lexicons, and a parse that reads an index.
template <class P, class = void>
struct has_triggers : std::false_type {};
template <class P>
struct has_triggers<P, std::void_t<decltype(std::declval<const P&>().triggers())>> : std::true_type {};
template <class P>
const lexicon_set* triggers_of(const P& p) {
    if constexpr (has_triggers<P>::value) return &p.triggers();
    else return nullptr;
}
template <class Void, class P, class... A>
struct takes_index : std::false_type {};
template <class P, class... A>
struct takes_index<std::void_t<decltype(std::declval<const P&>().parse(std::declval<const A&>()..., std::declval<const lexicon_index&>()))>, P, A...>
    : std::true_type {};
// p.parse(a..., idx) for a parser that reads an index, else p.parse(a...).
template <class P, class... A>
auto parse_with(const P& p, const lexicon_index& idx, const A&... a) {
    if constexpr (takes_index<void, P, A...>::value) return p.parse(a..., idx);
    else return p.parse(a...);
}
// A parser's workspace (buffers it reuses from story to story), or none.
struct no_workspace {};
template <class P, class = void>
struct workspace_of { using type = no_workspace; };
template <class P>
struct workspace_of<P, std::void_t<typename P::workspace>> { using type = typename P::workspace; };
// p.parse(a..., idx, ws) for a parser with a workspace, else parse_with(p, idx, a...).
template <class P, class W, class... A>
auto parse_in(const P& p, W& ws, const lexicon_index& idx, const A&... a) {
    if constexpr (std::is_same_v<W, no_workspace>) return parse_with(p, idx, a...);
    else return p.parse(a..., idx, ws);
}

}  // namespace detail

template <class Articles = article_parser, class Officials = official_parser, class Meetings = meeting_parser,
          class Targets = target_parser, class Projects = project_parser>
class basic_pipeline {
public:
    basic_pipeline() : triggers_(default_triggers()) {}
    basic_pipeline(Articles a, Officials o, Meetings m, Targets t, Projects p)
        : articles_(std::move(a)), officials_(std::move(o)), meetings_(std::move(m)), targets_(std::move(t)), projects_(std::move(p)),
          triggers_(triggers_of(officials_, meetings_, targets_, projects_)) {}

    // Buffers the parsers reuse from story to story. A caller that parses many inputs on one
    // thread may keep one and pass it to parse(), and so allocates them once; the pipeline
    // itself holds none and stays shareable between threads.
    struct workspace {
        lexicon_index index;  // the story's words, for every parser after the article parser
        typename detail::workspace_of<Targets>::type targets;
    };

    document parse(std::string_view bytes, const document_options& opt = {}) const {
        workspace ws;
        return parse(bytes, opt, ws);
    }
    document parse(std::string_view bytes, const document_options& opt, workspace& ws) const {
        bool ok = false;
        document doc = prepare(bytes, opt, ok);
        if (ok) parse_objects(doc, opt, ws);
        return doc;
    }

    // The same, for an input the caller hands over: its bytes are released once normalized, so a
    // large input is not held twice while the objects are parsed.
    template <class String, std::enable_if_t<std::is_same_v<String, std::string>, int> = 0>
    document parse(String&& bytes, const document_options& opt = {}) const {
        workspace ws;
        return parse(std::move(bytes), opt, ws);
    }
    template <class String, std::enable_if_t<std::is_same_v<String, std::string>, int> = 0>
    document parse(String&& bytes, const document_options& opt, workspace& ws) const {
        bool ok = false;
        document doc = prepare(bytes, opt, ok);
        std::string().swap(bytes);
        if (ok) parse_objects(doc, opt, ws);
        return doc;
    }

private:
    // Every parser's trigger lexicons in one set: each story is scanned once for all of them.
    static lexicon_set triggers_of(const Officials& o, const Meetings& m, const Targets& t, const Projects& p) {
        return lexicon_set::union_of({detail::triggers_of(o), detail::triggers_of(m), detail::triggers_of(t), detail::triggers_of(p)});
    }
    static const lexicon_set& default_triggers() {
        static const lexicon_set s = triggers_of(Officials{}, Meetings{}, Targets{}, Projects{});
        return s;
    }

    // Validation and normalization; `ok` says whether there is text to parse (else the
    // document's text is empty).
    document prepare(std::string_view bytes, const document_options& opt, bool& ok) const {
        document doc;
        doc.source = std::string(opt.source);
        const source src = validate(bytes);
        doc.error = src.error;
        ok = usable(src, opt.mode);
        doc.text = ok ? std::make_shared<const normalized_text>(normalizer(opt.normalization)(src)) : std::make_shared<const normalized_text>();
        return doc;
    }

    void parse_objects(document& doc, const document_options& opt, workspace& ws) const {
        const normalized_text& nt = *doc.text;
        const std::string_view text = nt.text();
        doc.year = opt.year ? opt.year : infer_year(text);
        const date_context ctx{doc.year, 0, 0, 0};
        const period_options popt{doc.year, year_end::december_31};
        lexicon_index& idx = ws.index;
        article_options aopt;
        aopt.year = doc.year;
        aopt.read_year = false;  // read above
        for (auto& a : articles_.parse(text, aopt)) {
            idx.assign(triggers_, story_text(text, a), a.sentences);  // every parser asks of its sentences
            parsed_article pa;
            pa.span = nt.original_span(a.begin, a.end);
            std::vector<std::string_view> byline = a.reporters;
            for (const auto* v : {&a.correspondents, &a.interns, &a.photographers, &a.editors}) byline.insert(byline.end(), v->begin(), v->end());
            pa.officials = detail::parse_with(officials_, idx, text, a, byline);
            for (auto& o : pa.officials)
                for (const auto& m : o.mentions) o.spans.push_back(nt.original_span(m.begin, m.end));
            pa.meetings = detail::parse_with(meetings_, idx, text, a, pa.officials, ctx);
            for (auto& m : pa.meetings) m.span = nt.original_span(m.range.begin, m.range.end);
            pa.targets = detail::parse_in(targets_, ws.targets, idx, text, a, popt);
            for (auto& t : pa.targets) t.span = nt.original_span(t.range.begin, t.range.end);
            pa.projects = detail::parse_with(projects_, idx, text, a);
            for (auto& p : pa.projects) p.span = nt.original_span(p.range.begin, p.range.end);
            pa.article = std::move(a);
            doc.articles.push_back(std::move(pa));
        }
    }

    Articles articles_;
    Officials officials_;
    Meetings meetings_;
    Targets targets_;
    Projects projects_;
    lexicon_set triggers_;
};

using pipeline = basic_pipeline<>;

// One call for the common case.
inline document parse(std::string_view bytes, const document_options& opt = {}) { return pipeline{}.parse(bytes, opt); }

}  // namespace govnews
