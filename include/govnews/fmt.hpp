// {fmt} formatters for the public types: fmt::print("{}", official) prints 区委书记、区长张三 (出席, 讲话);
// fmt::print("{:j}", official) prints the object's JSON, byte for byte what json.hpp's dump() gives.
// Only consumers of fmt include this header (target govnews::fmt); it does not need nlohmann::json.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "detail/fields.hpp"
#include "document.hpp"

namespace govnews::detail {

// Compact JSON, escaped as nlohmann::json's dump() escapes: UTF-8 passes through, control
// characters become \n, \t … or \u00xx.
template <class Out>
struct json_printer {
    Out out;

    void raw(std::string_view s) { out = fmt::format_to(out, "{}", s); }
    void put(std::string_view s) {
        *out++ = '"';
        std::size_t run = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            raw(s.substr(run, i - run));
            run = i + 1;
            switch (c) {
                case '"': raw("\\\""); break;
                case '\\': raw("\\\\"); break;
                case '\b': raw("\\b"); break;
                case '\f': raw("\\f"); break;
                case '\n': raw("\\n"); break;
                case '\r': raw("\\r"); break;
                case '\t': raw("\\t"); break;
                default: out = fmt::format_to(out, "\\u{:04x}", c);
            }
        }
        raw(s.substr(run));
        *out++ = '"';
    }
    void put(const std::string& s) { put(std::string_view(s)); }
    void put(bool b) { raw(b ? "true" : "false"); }
    void put(std::size_t n) { out = fmt::format_to(out, "{}", n); }
    void put(const byte_span& s) { out = fmt::format_to(out, "[{},{}]", s.begin, s.end); }
    void put(const date& d) { put(std::string_view(d.iso())); }
    void put(const decimal& d) {
        if (auto i = d.to_integer()) out = fmt::format_to(out, "{}", *i);
        else out = fmt::format_to(out, "{}", d.to_double());
    }
    template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
    void put(E e) { put(to_string(e)); }
    template <class V>
    void put(const nullable_view<V>& v) {
        if (v.null) raw("null");
        else put(std::string_view(v.value));
    }
    template <class T>
    void put(const std::optional<T>& v) {
        if (v) put(*v);
        else raw("null");
    }
    template <class T>
    void put(const std::vector<T>& v) {
        *out++ = '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) *out++ = ',';
            put(v[i]);
        }
        *out++ = ']';
    }
    template <class T, std::enable_if_t<has_fields<const T>::value, int> = 0>
    void put(const T& obj) {
        *out++ = '{';
        bool first = true;
        fields(obj, [&](const char* key, const auto& value) {
            if (!first) *out++ = ',';
            first = false;
            put(std::string_view(key));
            *out++ = ':';
            put(value);
        });
        *out++ = '}';
    }
};

// The spec every formatter here takes: none (text for a reader) or j (JSON).
struct spec_formatter {
    bool json = false;

    constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        if (it != ctx.end() && *it == 'j') { json = true; ++it; }
        if (it != ctx.end() && *it != '}') throw fmt::format_error("govnews formatters take no spec or 'j'");
        return it;
    }

    template <class T, class Ctx, class Text>
    auto write(const T& v, Ctx& ctx, Text text) const {
        if (!json) return text(ctx.out());
        json_printer<decltype(ctx.out())> p{ctx.out()};
        p.put(v);
        return p.out;
    }
};

template <class Out>
Out join_views(Out out, const std::vector<std::string_view>& v, std::string_view sep) {
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out = fmt::format_to(out, "{}", sep);
        out = fmt::format_to(out, "{}", v[i]);
    }
    return out;
}

}  // namespace govnews::detail

// Every result type: text with {}, JSON with {:j}.
#define GOVNEWS_FORMATTER(T, v, out, ...)                                       \
    template <>                                                                \
    struct fmt::formatter<T> : govnews::detail::spec_formatter {               \
        template <class Ctx>                                                   \
        auto format(const T& v, Ctx& ctx) const {                              \
            return write(v, ctx, [&](auto out) { __VA_ARGS__ });               \
        }                                                                      \
    };

GOVNEWS_FORMATTER(govnews::decimal, d, out, return fmt::format_to(out, "{}", d.to_string());)
GOVNEWS_FORMATTER(govnews::date, d, out, return fmt::format_to(out, "{}", d.iso());)
GOVNEWS_FORMATTER(govnews::byte_span, s, out, return fmt::format_to(out, "[{}, {})", s.begin, s.end);)

// 1250000000 元 (at_least): value, unit, and the bound when there is one.
GOVNEWS_FORMATTER(govnews::amount, a, out,
    out = fmt::format_to(out, "{}", a.value.to_string());
    if (a.bound == govnews::bound::range) out = fmt::format_to(out, "-{}", a.high.to_string());
    out = fmt::format_to(out, " {}", a.unit);
    if (a.bound != govnews::bound::exact && a.bound != govnews::bound::range) out = fmt::format_to(out, " ({})", govnews::to_string(a.bound));
    return out;)

// 区委书记、区长张三 (出席, 讲话); with the body when there is one: 东湖区统计局局长李四.
GOVNEWS_FORMATTER(govnews::official, o, out,
    if (o.organization) out = fmt::format_to(out, "{}", *o.organization);
    out = govnews::detail::join_views(out, o.titles, "、");
    out = fmt::format_to(out, "{}", o.name);
    if (!o.roles.empty()) {
        out = fmt::format_to(out, " (");
        out = govnews::detail::join_views(out, o.roles, ", ");
        out = fmt::format_to(out, ")");
    }
    return out;)

GOVNEWS_FORMATTER(govnews::meeting, m, out,
    out = fmt::format_to(out, "{}", m.name);
    if (m.date) out = fmt::format_to(out, " [{}]", m.date->iso());
    if (m.chair) out = fmt::format_to(out, " chair {}", *m.chair);
    return out;)

// 投资 >= 6000000000 元 by 2021-03-31 (力争)
GOVNEWS_FORMATTER(govnews::target, t, out,
    out = fmt::format_to(out, "{}", t.indicator);
    if (t.value) {
        static constexpr std::string_view signs[] = {" ", " >= ", " <= ", " ~ ", " "};
        out = fmt::format_to(out, "{}{} {}", signs[static_cast<int>(t.bound)], t.value->to_string(), t.unit);
    }
    if (t.deadline) out = fmt::format_to(out, " by {}", t.deadline->iso());
    else if (t.period) out = fmt::format_to(out, " {}", *t.period);
    if (t.commitment) out = fmt::format_to(out, " ({})", *t.commitment);
    return out;)

GOVNEWS_FORMATTER(govnews::project, p, out,
    out = fmt::format_to(out, "{} [{}]", p.name, p.kind);
    if (p.status) out = fmt::format_to(out, " {}", *p.status);
    return out;)

// 标题 [2022-05-30]
GOVNEWS_FORMATTER(govnews::article, a, out,
    out = fmt::format_to(out, "{}", a.headline);
    if (a.date) out = fmt::format_to(out, " [{}]", a.date->iso());
    return out;)

// 标题 [2022-05-30]: 3 officials, 1 meetings, 2 targets, 5 projects
GOVNEWS_FORMATTER(govnews::parsed_article, a, out,
    out = fmt::format_to(out, "{}", a.article.headline);
    if (a.article.date) out = fmt::format_to(out, " [{}]", a.article.date->iso());
    return fmt::format_to(out, ": {} officials, {} meetings, {} targets, {} projects", a.officials.size(), a.meetings.size(),
                          a.targets.size(), a.projects.size());)

// page.txt: 4 articles
GOVNEWS_FORMATTER(govnews::document, d, out,
    out = fmt::format_to(out, "{}: {} articles", d.source, d.articles.size());
    if (d.error) out = fmt::format_to(out, " ({})", d.error->message());
    return out;)

#undef GOVNEWS_FORMATTER

// Any other type with a fields() list (timeline records, a consumer's own types): JSON either way.
template <class T>
struct fmt::formatter<T, char, std::enable_if_t<govnews::detail::has_fields<const T>::value>> : govnews::detail::spec_formatter {
    template <class Ctx>
    auto format(const T& v, Ctx& ctx) const {
        govnews::detail::json_printer<decltype(ctx.out())> p{ctx.out()};
        p.put(v);
        return p.out;
    }
};
