// What holds for every parse of every input: checked by the corpus tests and by the fuzzers.
// Returns the first violation found, empty when none.
#pragma once
#include <string>
#include <string_view>

#include <govnews/document.hpp>

namespace govnews_test {

// The text as the parsers saw it, without whitespace: a span's bytes normalized (widths folded,
// wraps joined), then spaces and newlines dropped.
inline std::string squeezed(std::string_view s, bool normalize) {
    std::string folded;
    if (normalize) {
        folded = std::string(govnews::normalizer{}(s).text());
        s = folded;
    }
    std::string r;
    for (std::size_t p = 0; p < s.size();) {
        const auto d = govnews::detail::decode(s, p);
        if (!govnews::detail::is_space(d.cp) && d.cp != '\n') r.append(s.substr(p, d.len));
        p += d.len;
    }
    return r;
}

inline std::string violation(std::string_view input, const govnews::document& doc) {
    std::string why;
    const auto text_of = [&](const govnews::byte_span& sp, std::string_view field, const char* what) {
        if (!why.empty()) return;
        if (sp.begin > sp.end || sp.end > input.size()) {
            why = std::string(what) + " span [" + std::to_string(sp.begin) + ", " + std::to_string(sp.end) + ") outside the input";
            return;
        }
        const std::string got = squeezed(input.substr(sp.begin, sp.end - sp.begin), true), want = squeezed(field, false);
        if (got != want) why = std::string(what) + " span text '" + got + "' differs from its field '" + want + "'";
    };
    for (const auto& a : doc.articles) {
        if (a.span.begin > a.span.end || a.span.end > input.size()) return "article span outside the input";
        for (const auto& o : a.officials) {
            if (o.spans.size() != o.mentions.size()) return "official spans and mentions differ in number";
            for (const auto& sp : o.spans) text_of(sp, o.name, "official");
        }
        for (const auto& p : a.projects) text_of(p.span, p.range.text, "project");
        for (const auto& t : a.targets) text_of(t.span, t.text, "target");
        for (const auto& m : a.meetings) text_of(m.span, m.range.text, "meeting");
    }
    return why;
}

}  // namespace govnews_test
