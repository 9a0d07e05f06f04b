// Across documents: who held which post when, and how a government's targets move. Add parsed
// documents in any order; build() gives per person the attestations ("X held P in B on D", with
// the source and spans), stretches per post and changes of post in date order, and per
// government and indicator the targets in date order.
//
// Identity: one name in one government or body is one person; the same name in another body is
// another person; a record whose body is unknown stays a person of its own document. Nothing is
// merged on a guess. Undated records (no date, or no year) are kept, marked undated, and never
// move a dated record. The timeline keeps copies of the few strings it needs, so a document can
// go once it is added.
#pragma once
#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "detail/fields.hpp"
#include "document.hpp"
#include "government.hpp"

namespace govnews {

// 林志远 held 区委书记、区长 in 东湖区 on 2022-05-30, read in page.txt at these bytes.
struct attestation {
    std::string name;
    std::vector<std::string> titles;
    std::string post;               // the titles as one post: 区委书记、区长
    std::string body;               // the government or organization; empty when unknown
    std::optional<govnews::date> date;  // the story's date; nullopt when undated or its year unknown
    std::string source;             // the document's source
    std::size_t document = 0;       // the order in which documents were added
    std::vector<byte_span> spans;   // the mentions, in that document's input
};

// One post held over a stretch of time: the first and last dates it was seen.
struct stretch {
    std::string post;
    std::optional<govnews::date> first, last;  // nullopt when seen only undated
    std::size_t dated = 0, undated = 0;
};

struct post_change {
    std::string from, to;
    govnews::date last_seen;   // the last date `from` was seen before the change
    govnews::date first_seen;  // the first date `to` was seen
};

struct person {
    std::string name;
    std::string body;                  // empty: unknown (then the person is one document's)
    std::vector<attestation> records;  // dated in date order, then undated in the order added
    std::vector<stretch> stretches;    // by first date; stretches seen only undated come last
    std::vector<post_change> changes;  // between consecutive dated records, in date order
};

struct target_point {
    target_kind kind = target_kind::amount;
    std::string text;
    std::optional<decimal> value;
    std::string unit;
    govnews::bound bound = bound::exact;
    std::optional<std::string> period;
    std::optional<govnews::date> deadline;
    std::optional<std::string> commitment;
    std::optional<govnews::date> date;  // the story's date; nullopt when undated
    std::string source;
    std::size_t document = 0;
    byte_span span;
};

// The targets one government set for one indicator (投资, 签约项目 …), dated in date order (then
// by deadline), undated last.
struct target_series {
    std::string government;  // empty when the stories do not name it
    std::string indicator;
    std::vector<target_point> points;
};

struct timeline {
    std::vector<person> people;
    std::vector<target_series> targets;
};

namespace detail {
inline bool dated(const std::optional<date>& d) { return d && d->year != 0; }
inline auto date_key(const date& d) { return std::make_tuple(d.year, d.month, d.day); }
inline std::string join(const std::vector<std::string>& v, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out.append(sep);
        out.append(v[i]);
    }
    return out;
}
}  // namespace detail

template <class Governments = government_finder>
class basic_timeline_builder {
public:
    basic_timeline_builder() = default;
    explicit basic_timeline_builder(Governments g) : gov_(std::move(g)) {}

    void add(const document& doc) {
        const std::size_t index = documents_++;
        if (!doc.text) return;
        const std::string_view text = doc.text->text();
        const std::string page_home = gov_.home(text);
        for (const auto& pa : doc.articles) {
            const article& a = pa.article;
            std::string home = gov_.home(text.substr(a.begin, a.end - a.begin));
            if (home.empty()) home = page_home;
            const std::optional<date> when = detail::dated(a.date) ? a.date : std::nullopt;
            for (const auto& o : pa.officials) add_official(o, home, when, doc.source, index);
            for (const auto& t : pa.targets) add_target(t, home, when, doc.source, index);
        }
    }

    timeline build() const {
        timeline out;
        for (const auto& entry : people_) out.people.push_back(finish(entry.second));
        std::sort(out.people.begin(), out.people.end(), [&](const person& a, const person& b) {
            return first_seen_.at(key_of(a)) < first_seen_.at(key_of(b));
        });
        for (const auto& entry : series_) {
            target_series t = entry.second;
            std::stable_sort(t.points.begin(), t.points.end(), [](const target_point& a, const target_point& b) {
                if (detail::dated(a.date) != detail::dated(b.date)) return detail::dated(a.date);
                if (!detail::dated(a.date)) return false;
                if (detail::date_key(*a.date) != detail::date_key(*b.date)) return detail::date_key(*a.date) < detail::date_key(*b.date);
                if (a.deadline && b.deadline) return detail::date_key(*a.deadline) < detail::date_key(*b.deadline);
                return false;
            });
            out.targets.push_back(std::move(t));
        }
        return out;
    }

private:
    static std::string key_of(std::string_view name, std::string_view body, std::size_t document) {
        std::string k(name);
        k.push_back('\x1f');
        if (body.empty()) k.append("?").append(std::to_string(document));  // unknown body: this document only
        else k.append(body);
        return k;
    }
    std::string key_of(const person& p) const { return key_of(p.name, p.body, p.records.front().document); }

    // The body a mention names, or the story's government when the posts are of its level.
    std::string body_of(const official& o, const std::string& home) const {
        const std::string_view home_level = last_char(home);
        if (o.organization) {
            const std::string org = gov_.canonical(*o.organization);
            const std::string_view lead = std::string_view(org).substr(0, org.empty() ? 0 : detail::seq_len(static_cast<unsigned char>(org[0])));
            // 区人大常委会 in a story of 东湖区: 东湖区人大常委会
            if (!home.empty() && lead == home_level && gov_.level_of(lead) == lead) return home + org.substr(lead.size());
            return org;
        }
        for (auto t : o.titles) {
            const std::string_view level = gov_.level_of(t);
            if (!level.empty() && level != home_level) return {};  // 省委书记 in a district paper: which province?
        }
        return home;
    }

    static std::string_view last_char(std::string_view s) {
        if (s.empty()) return {};
        return s.substr(detail::prev_pos(s, s.size()));
    }

    void add_official(const official& o, const std::string& home, const std::optional<date>& when, const std::string& source,
                      std::size_t index) {
        attestation r;
        r.name = std::string(o.name);
        for (auto t : o.titles) r.titles.emplace_back(t);
        r.post = detail::join(r.titles, "、");
        r.body = body_of(o, home);
        r.date = when;
        r.source = source;
        r.document = index;
        r.spans = o.spans;
        const std::string key = key_of(r.name, r.body, index);
        first_seen_.emplace(key, first_seen_.size());
        person& p = people_[key];
        if (p.records.empty()) {
            p.name = r.name;
            p.body = r.body;
        }
        p.records.push_back(std::move(r));
    }

    void add_target(const target& t, const std::string& home, const std::optional<date>& when, const std::string& source,
                    std::size_t index) {
        target_point pt;
        pt.kind = t.kind;
        pt.text = std::string(t.text);
        pt.value = t.value;
        pt.unit = std::string(t.unit);
        pt.bound = t.bound;
        if (t.period) pt.period = std::string(*t.period);
        pt.deadline = t.deadline;
        if (t.commitment) pt.commitment = std::string(*t.commitment);
        pt.date = when;
        pt.source = source;
        pt.document = index;
        pt.span = t.span;
        std::string key = home;
        key.push_back('\x1f');
        key.append(t.indicator);
        target_series& s = series_[key];
        if (s.points.empty()) {
            s.government = home;
            s.indicator = std::string(t.indicator);
        }
        s.points.push_back(std::move(pt));
    }

    static person finish(person p) {
        std::stable_sort(p.records.begin(), p.records.end(), [](const attestation& a, const attestation& b) {
            if (detail::dated(a.date) != detail::dated(b.date)) return detail::dated(a.date);
            return detail::dated(a.date) && detail::date_key(*a.date) < detail::date_key(*b.date);
        });
        const attestation* previous = nullptr;
        for (const auto& r : p.records) {
            auto it = std::find_if(p.stretches.begin(), p.stretches.end(), [&](const stretch& s) { return s.post == r.post; });
            if (it == p.stretches.end()) it = p.stretches.insert(p.stretches.end(), stretch{r.post, std::nullopt, std::nullopt, 0, 0});
            if (!detail::dated(r.date)) {
                ++it->undated;
                continue;
            }
            if (!it->first) it->first = r.date;
            it->last = r.date;
            ++it->dated;
            if (previous && previous->post != r.post) p.changes.push_back({previous->post, r.post, *previous->date, *r.date});
            previous = &r;
        }
        std::stable_sort(p.stretches.begin(), p.stretches.end(), [](const stretch& a, const stretch& b) {
            if (a.first.has_value() != b.first.has_value()) return a.first.has_value();
            return a.first && detail::date_key(*a.first) < detail::date_key(*b.first);
        });
        return p;
    }

    Governments gov_;
    std::size_t documents_ = 0;
    std::map<std::string, person> people_;
    std::map<std::string, std::size_t> first_seen_;
    std::map<std::string, target_series> series_;
};

using timeline_builder = basic_timeline_builder<>;

// The fields JSON and fmt write, in this order.
template <class A, class V, detail::if_is<A, attestation> = 0>
void fields(A& a, V&& v) {
    v("name", a.name);
    v("titles", a.titles);
    v("post", a.post);
    v("body", a.body);
    v("date", a.date);
    v("source", a.source);
    v("document", a.document);
    v("spans", a.spans);
}
template <class S, class V, detail::if_is<S, stretch> = 0>
void fields(S& s, V&& v) {
    v("post", s.post);
    v("first", s.first);
    v("last", s.last);
    v("dated", s.dated);
    v("undated", s.undated);
}
template <class C, class V, detail::if_is<C, post_change> = 0>
void fields(C& c, V&& v) {
    v("from", c.from);
    v("to", c.to);
    v("last_seen", c.last_seen);
    v("first_seen", c.first_seen);
}
template <class P, class V, detail::if_is<P, person> = 0>
void fields(P& p, V&& v) {
    v("name", p.name);
    v("body", p.body);
    v("stretches", p.stretches);
    v("changes", p.changes);
    v("records", p.records);
}
template <class T, class V, detail::if_is<T, target_point> = 0>
void fields(T& t, V&& v) {
    v("date", t.date);
    v("kind", t.kind);
    v("value", t.value);
    v("unit", t.unit);
    v("bound", t.bound);
    v("period", t.period);
    v("deadline", t.deadline);
    v("commitment", t.commitment);
    v("text", t.text);
    v("source", t.source);
    v("document", t.document);
    v("span", t.span);
}
template <class S, class V, detail::if_is<S, target_series> = 0>
void fields(S& s, V&& v) {
    v("government", s.government);
    v("indicator", s.indicator);
    v("points", s.points);
}
template <class T, class V, detail::if_is<T, timeline> = 0>
void fields(T& t, V&& v) {
    v("people", t.people);
    v("targets", t.targets);
}

}  // namespace govnews
