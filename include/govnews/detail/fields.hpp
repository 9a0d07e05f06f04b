// One list of fields per result type, in SCHEMA.md's order. json.hpp (to_json, from_json) and
// fmt.hpp ({:j}) walk the same list, so the serialisations cannot drift apart.
//
// `fields(object, visitor)` is found by argument-dependent lookup: a type of yours in your own
// namespace serializes through govnews's JSON and fmt support once it has a fields() overload.
#pragma once
#include <optional>
#include <string_view>
#include <type_traits>

#include "../document.hpp"

namespace govnews::detail {

template <class T, class U>
using if_is = std::enable_if_t<std::is_same_v<std::remove_const_t<T>, U>, int>;

// A string that the schema writes as null when `null` holds (a slogan's unit).
template <class View>
struct nullable_view {
    View& value;
    bool null;
};
template <class View>
nullable_view<View> nullable(View& v, bool null) { return {v, null}; }

// Enumerations as their to_string names; enum_count bounds the reverse lookup.
template <class E> inline constexpr int enum_count = 0;
template <> inline constexpr int enum_count<bound> = 5;
template <> inline constexpr int enum_count<target_kind> = 2;

template <class E>
bool enum_from_string(std::string_view s, E& out) {
    for (int i = 0; i < enum_count<E>; ++i)
        if (to_string(static_cast<E>(i)) == s) { out = static_cast<E>(i); return true; }
    return false;
}

}  // namespace govnews::detail

namespace govnews {

template <class O, class V, detail::if_is<O, official> = 0>
void fields(O& o, V&& v) {
    v("name", o.name);
    v("titles", o.titles);
    v("organization", o.organization);
    v("roles", o.roles);
    v("spans", o.spans);
}

template <class M, class V, detail::if_is<M, meeting> = 0>
void fields(M& m, V&& v) {
    v("name", m.name);
    v("date", m.date);
    v("chair", m.chair);
    v("attendees", m.attendees);
    v("speakers", m.speakers);
    v("participants", m.participants);
    v("span", m.span);
}

template <class T, class V, detail::if_is<T, target> = 0>
void fields(T& t, V&& v) {
    v("text", t.text);
    v("kind", t.kind);
    v("indicator", t.indicator);
    v("value", t.value);
    v("unit", detail::nullable(t.unit, t.kind != target_kind::amount));
    v("bound", t.bound);
    v("period", t.period);
    v("deadline", t.deadline);
    v("commitment", t.commitment);
    v("span", t.span);
}

template <class P, class V, detail::if_is<P, project> = 0>
void fields(P& p, V&& v) {
    v("name", p.name);
    v("kind", p.kind);
    v("status", p.status);
    v("span", p.span);
}

template <class A, class V, detail::if_is<A, amount> = 0>
void fields(A& a, V&& v) {
    v("text", a.text);
    v("value", a.value);
    v("high", a.high);
    v("unit", a.unit);
    v("bound", a.bound);
}

// The story's own fields; parsed_article adds its span and what was found in it.
template <class A, class V, detail::if_is<A, article> = 0>
void fields(A& a, V&& v) {
    v("headline", a.headline);
    v("subheadlines", a.subheadlines);
    v("date", a.date);
    v("reporters", a.reporters);
    v("correspondents", a.correspondents);
    v("interns", a.interns);
    v("photo", a.photo);
}

template <class A, class V, detail::if_is<A, parsed_article> = 0>
void fields(A& a, V&& v) {
    v("span", a.span);
    fields(a.article, v);
    v("officials", a.officials);
    v("meetings", a.meetings);
    v("targets", a.targets);
    v("projects", a.projects);
}

template <class D, class V, detail::if_is<D, document> = 0>
void fields(D& d, V&& v) {
    v("source", d.source);
    v("articles", d.articles);
}

}  // namespace govnews

namespace govnews::detail {

// Types with a field list are written as objects; the rest are values.
struct any_field {
    template <class F>
    void operator()(const char*, F&&) const {}
};
template <class T, class = void>
struct has_fields : std::false_type {};
template <class T>
struct has_fields<T, std::void_t<decltype(fields(std::declval<T&>(), any_field{}))>> : std::true_type {};

}  // namespace govnews::detail
