// JSON (nlohmann::json) for every public type, in the shape of SCHEMA.md. Only consumers of
// nlohmann::json include this header. Keys keep the schema's order (ordered_json).
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "document.hpp"

namespace govnews {

using json = nlohmann::ordered_json;

namespace detail {
inline json str_or_null(const std::optional<std::string_view>& v) { return v ? json(std::string(*v)) : json(nullptr); }
inline json strings(const std::vector<std::string_view>& v) {
    json a = json::array();
    for (auto s : v) a.push_back(std::string(s));
    return a;
}
inline json span_json(const byte_span& s) { return json::array({s.begin, s.end}); }
inline json value_json(const decimal& d) {
    if (auto i = d.to_integer()) return json(*i);
    return json(d.to_double());
}
inline json date_or_null(const std::optional<date>& d) { return d ? json(d->iso()) : json(nullptr); }
}  // namespace detail

inline void to_json(json& j, const decimal& d) { j = detail::value_json(d); }
inline void to_json(json& j, const date& d) { j = d.iso(); }
inline void to_json(json& j, const byte_span& s) { j = detail::span_json(s); }

inline json to_json(const official& o, const std::vector<byte_span>& spans) {
    json j;
    j["name"] = std::string(o.name);
    j["titles"] = detail::strings(o.titles);
    j["organization"] = detail::str_or_null(o.organization);
    j["roles"] = detail::strings(o.roles);
    json s = json::array();
    for (const auto& sp : spans) s.push_back(detail::span_json(sp));
    j["spans"] = s;
    return j;
}

inline json to_json(const meeting& m, const byte_span& span) {
    json j;
    j["name"] = std::string(m.name);
    j["date"] = detail::date_or_null(m.date);
    j["chair"] = detail::str_or_null(m.chair);
    j["attendees"] = detail::strings(m.attendees);
    j["speakers"] = detail::strings(m.speakers);
    j["participants"] = detail::strings(m.participants);
    j["span"] = detail::span_json(span);
    return j;
}

inline json to_json(const target& t, const byte_span& span) {
    json j;
    j["text"] = std::string(t.text);
    j["kind"] = std::string(to_string(t.kind));
    j["indicator"] = std::string(t.indicator);
    j["value"] = t.value ? detail::value_json(*t.value) : json(nullptr);
    j["unit"] = t.kind == target_kind::amount ? json(std::string(t.unit)) : json(nullptr);
    j["bound"] = std::string(to_string(t.bound));
    j["period"] = detail::str_or_null(t.period);
    j["deadline"] = detail::date_or_null(t.deadline);
    j["commitment"] = detail::str_or_null(t.commitment);
    j["span"] = detail::span_json(span);
    return j;
}

inline json to_json(const project& p, const byte_span& span) {
    json j;
    j["name"] = std::string(p.name);
    j["kind"] = std::string(p.kind);
    j["status"] = detail::str_or_null(p.status);
    j["span"] = detail::span_json(span);
    return j;
}

inline json to_json(const parsed_article& pa) {
    const article& a = pa.article;
    json j;
    j["span"] = detail::span_json(pa.span);
    j["headline"] = a.headline;
    j["subheadlines"] = a.subheadlines;
    j["date"] = detail::date_or_null(a.date);
    j["reporters"] = detail::strings(a.reporters);
    j["correspondents"] = detail::strings(a.correspondents);
    j["interns"] = detail::strings(a.interns);
    j["photo"] = a.photo;
    json os = json::array(), ms = json::array(), ts = json::array(), ps = json::array();
    for (std::size_t i = 0; i < pa.officials.size(); ++i) os.push_back(to_json(pa.officials[i], pa.official_spans[i]));
    for (std::size_t i = 0; i < pa.meetings.size(); ++i) ms.push_back(to_json(pa.meetings[i], pa.meeting_spans[i]));
    for (std::size_t i = 0; i < pa.targets.size(); ++i) ts.push_back(to_json(pa.targets[i], pa.target_spans[i]));
    for (std::size_t i = 0; i < pa.projects.size(); ++i) ps.push_back(to_json(pa.projects[i], pa.project_spans[i]));
    j["officials"] = os;
    j["meetings"] = ms;
    j["targets"] = ts;
    j["projects"] = ps;
    return j;
}

// The document line of govnews-extract: {"source": …, "articles": […]}.
inline json to_json(const document& d, std::string_view source) {
    json j;
    j["source"] = std::string(source);
    json arts = json::array();
    for (const auto& a : d.articles) arts.push_back(to_json(a));
    j["articles"] = arts;
    return j;
}

}  // namespace govnews
