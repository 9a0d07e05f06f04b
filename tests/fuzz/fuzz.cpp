// libFuzzer targets, one binary: GOVNEWS_FUZZ names the target (text, values, articles, officials,
// meetings, targets, projects, pipeline). Every target checks, besides "no crash and no sanitizer
// report", that spans lie inside the input; the pipeline target also checks each span's text
// against its field, the same output on a second run, and the JSON round trip.
#include <govnews/document.hpp>
#include <govnews/json.hpp>
#include <govnews/timeline.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "../invariants.hpp"

namespace {

enum class target { text, values, articles, officials, meetings, targets, projects, pipeline };
target chosen = target::pipeline;

[[noreturn]] void fail(const std::string& why) {
    std::fprintf(stderr, "govnews fuzz: invariant broken: %s\n", why.c_str());
    std::abort();
}

void inside(std::size_t b, std::size_t e, std::size_t size, const char* what) {
    if (b > e || e > size) fail(std::string(what) + " range outside the text");
}

void text_layer(std::string_view bytes) {
    const govnews::source src = govnews::validate(bytes);
    if (src.error && src.error->offset > bytes.size()) fail("error offset past the input");
    if (!govnews::usable(src, govnews::validation::lenient)) return;
    const govnews::normalized_text nt = govnews::normalizer{}(src);
    const std::string_view t = nt.text();
    if (!utf8::is_valid(t.begin(), t.end())) fail("normalized text is not UTF-8");
    for (const auto& s : govnews::sentences(t)) {
        inside(s.begin, s.end, t.size(), "sentence");
        const auto sp = nt.original_span(s.text);
        inside(sp.begin, sp.end, bytes.size(), "sentence span");
        for (const auto& c : govnews::clauses(s.text)) inside(c.begin, c.end, s.text.size(), "clause");
        for (const auto& c : govnews::phrases(s.text)) inside(c.begin, c.end, s.text.size(), "phrase");
    }
}

// The parsers after the text layer read normalized text: the fuzzer's bytes go through it first.
template <class F>
void on_text(std::string_view bytes, F&& f) {
    const govnews::source src = govnews::validate(bytes);
    if (!govnews::usable(src, govnews::validation::lenient)) return;
    const govnews::normalized_text nt = govnews::normalizer{}(src);
    f(nt.text());
}

void values(std::string_view t) {
    govnews::amount_parser{}.scan(t, [&](const govnews::amount& a) { inside(a.begin, a.end, t.size(), "amount"); });
    govnews::scan_dates(t, govnews::date_context{2022, 5, 1, 0}, [&](const govnews::date_match& d) { inside(d.begin, d.end, t.size(), "date"); });
    govnews::scan_periods(t, govnews::period_options{2022}, [&](const govnews::period& p) { inside(p.begin, p.end, t.size(), "period"); });
    (void)govnews::infer_year(t);
    for (std::size_t p = 0; p < t.size() && p < 4096; ++p)
        if (auto n = govnews::parse_number(t, p)) inside(n->begin, n->end, t.size(), "number");
}

void objects(std::string_view t) {
    for (const auto& a : govnews::article_parser{}.parse(t, govnews::article_options{2022})) {
        inside(a.begin, a.end, t.size(), "article");
        for (const auto& s : a.sentences) inside(s.begin, s.end, t.size(), "sentence");
        if (chosen == target::articles) continue;
        const auto officials = govnews::official_parser{}.parse(t, a.paragraphs);
        for (const auto& o : officials)
            for (const auto& m : o.mentions) inside(m.begin, m.end, t.size(), "official");
        if (chosen == target::meetings)
            for (const auto& m : govnews::meeting_parser{}.parse(t, a, officials, govnews::date_context{2022, 0, 0, 0}))
                inside(m.range.begin, m.range.end, t.size(), "meeting");
        if (chosen == target::targets)
            for (const auto& x : govnews::target_parser{}.parse(t, a, govnews::period_options{2022})) inside(x.range.begin, x.range.end, t.size(), "target");
        if (chosen == target::projects)
            for (const auto& p : govnews::project_parser{}.parse(t, a)) inside(p.range.begin, p.range.end, t.size(), "project");
    }
}

void whole_pipeline(std::string_view bytes) {
    static const govnews::pipeline pipeline;
    for (const auto mode : {govnews::validation::strict, govnews::validation::lenient}) {
        govnews::document_options o;
        o.mode = mode;
        const govnews::document doc = pipeline.parse(bytes, o);
        if (const std::string why = govnews_test::violation(bytes, doc); !why.empty()) fail(why);
        const std::string first = govnews::to_json(doc).dump();
        if (govnews::to_json(pipeline.parse(bytes, o)).dump() != first) fail("a second run differs");
        const govnews::json j = govnews::json::parse(first);
        if (govnews::to_json(j.get<govnews::document>()).dump() != first) fail("the JSON round trip differs");
        govnews::timeline_builder tl;
        tl.add(doc);
        (void)tl.build();
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static const std::pair<const char*, target> names[] = {
        {"text", target::text}, {"values", target::values}, {"articles", target::articles}, {"officials", target::officials},
        {"meetings", target::meetings}, {"targets", target::targets}, {"projects", target::projects}, {"pipeline", target::pipeline}};
    const char* want = std::getenv("GOVNEWS_FUZZ");
    if (!want) return 0;
    for (const auto& [n, t] : names)
        if (std::strcmp(n, want) == 0) { chosen = t; return 0; }
    std::fprintf(stderr, "GOVNEWS_FUZZ=%s: no such target\n", want);
    std::exit(2);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    switch (chosen) {
        case target::text: text_layer(bytes); break;
        case target::values: on_text(bytes, values); break;
        case target::pipeline: whole_pipeline(bytes); break;
        default: on_text(bytes, objects); break;
    }
    return 0;
}
