// {fmt} formatters for the public types: fmt::print("{}", official) prints 区委书记、区长张三 (出席, 讲话).
// Only consumers of fmt include this header (target govnews::fmt).
#pragma once
#include <string_view>

#include <fmt/format.h>

#include "amount.hpp"
#include "date.hpp"
#include "meeting.hpp"
#include "official.hpp"
#include "project.hpp"
#include "target.hpp"

namespace govnews::detail {

// The shared part of every formatter here: no format spec, plain text out.
struct plain_formatter {
    constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        if (it != ctx.end() && *it != '}') throw fmt::format_error("govnews formatters take no format spec");
        return it;
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

template <>
struct fmt::formatter<govnews::decimal> : govnews::detail::plain_formatter {
    template <class Ctx>
    auto format(const govnews::decimal& d, Ctx& ctx) const { return fmt::format_to(ctx.out(), "{}", d.to_string()); }
};

template <>
struct fmt::formatter<govnews::date> : govnews::detail::plain_formatter {
    template <class Ctx>
    auto format(const govnews::date& d, Ctx& ctx) const { return fmt::format_to(ctx.out(), "{}", d.iso()); }
};

// 1250000000 元 (at_least): value, unit, and the bound when there is one.
template <>
struct fmt::formatter<govnews::amount> : govnews::detail::plain_formatter {
    template <class Ctx>
    auto format(const govnews::amount& a, Ctx& ctx) const {
        auto out = fmt::format_to(ctx.out(), "{}", a.value.to_string());
        if (a.bound == govnews::bound::range) out = fmt::format_to(out, "-{}", a.high.to_string());
        out = fmt::format_to(out, " {}", a.unit);
        if (a.bound != govnews::bound::exact && a.bound != govnews::bound::range) out = fmt::format_to(out, " ({})", govnews::to_string(a.bound));
        return out;
    }
};

// 区委书记、区长张三 (出席, 讲话); with the body when there is one: 东湖区统计局局长李四.
template <>
struct fmt::formatter<govnews::official> : govnews::detail::plain_formatter {
    template <class Ctx>
    auto format(const govnews::official& o, Ctx& ctx) const {
        auto out = ctx.out();
        if (o.organization) out = fmt::format_to(out, "{}", *o.organization);
        out = govnews::detail::join_views(out, o.titles, "、");
        out = fmt::format_to(out, "{}", o.name);
        if (!o.roles.empty()) {
            out = fmt::format_to(out, " (");
            out = govnews::detail::join_views(out, o.roles, ", ");
            out = fmt::format_to(out, ")");
        }
        return out;
    }
};

template <>
struct fmt::formatter<govnews::meeting> : govnews::detail::plain_formatter {
    template <class Ctx>
    auto format(const govnews::meeting& m, Ctx& ctx) const {
        auto out = fmt::format_to(ctx.out(), "{}", m.name);
        if (m.date) out = fmt::format_to(out, " [{}]", m.date->iso());
        if (m.chair) out = fmt::format_to(out, " chair {}", *m.chair);
        return out;
    }
};

// 投资 ≥ 6000000000 元 by 2021-03-31 (力争)
template <>
struct fmt::formatter<govnews::target> : govnews::detail::plain_formatter {
    template <class Ctx>
    auto format(const govnews::target& t, Ctx& ctx) const {
        auto out = fmt::format_to(ctx.out(), "{}", t.indicator);
        if (t.value) {
            static constexpr std::string_view signs[] = {" ", " >= ", " <= ", " ~ ", " "};
            out = fmt::format_to(out, "{}{} {}", signs[static_cast<int>(t.bound)], t.value->to_string(), t.unit);
        }
        if (t.deadline) out = fmt::format_to(out, " by {}", t.deadline->iso());
        else if (t.period) out = fmt::format_to(out, " {}", *t.period);
        if (t.commitment) out = fmt::format_to(out, " ({})", *t.commitment);
        return out;
    }
};

template <>
struct fmt::formatter<govnews::project> : govnews::detail::plain_formatter {
    template <class Ctx>
    auto format(const govnews::project& p, Ctx& ctx) const {
        auto out = fmt::format_to(ctx.out(), "{} [{}]", p.name, p.kind);
        if (p.status) out = fmt::format_to(out, " {}", *p.status);
        return out;
    }
};
