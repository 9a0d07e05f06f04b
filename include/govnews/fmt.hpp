// {fmt} formatters for the public types: fmt::print("{}", official) prints 区委书记、区长张三 (出席, 讲话);
// fmt::print("{:j}", official) prints the object's JSON, byte for byte what json.hpp's dump() gives.
// Only consumers of fmt include this header (target govnews::fmt); it does not need nlohmann::json.
#pragma once
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "detail/fields.hpp"
#include "detail/json_writer.hpp"
#include "document.hpp"

namespace govnews::detail {

// Writes JSON text to a fmt output iterator.
template <class Out>
struct fmt_sink {
    Out out;
    void operator()(std::string_view s) { out = std::copy(s.begin(), s.end(), out); }
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
        fmt_sink<decltype(ctx.out())> sink{ctx.out()};
        json_writer<decltype(sink)>{sink}.put(v);
        return sink.out;
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
        govnews::detail::fmt_sink<decltype(ctx.out())> sink{ctx.out()};
        govnews::detail::json_writer<decltype(sink)>{sink}.put(v);
        return sink.out;
    }
};
