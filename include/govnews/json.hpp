// nlohmann::json for every result type, in the shape of SCHEMA.md: `json j = official;` and
// `j.get<govnews::official>()` through the usual ADL hooks. Only consumers of nlohmann::json
// include this header (target govnews::json).
//
// from_json is zero-copy like the parsers: string_views in the object point into the strings of
// the json value it was read from, which must outlive the object and stay unmodified. Fields the
// schema does not carry (normalized ranges, mentions, paragraphs) are left empty.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "detail/fields.hpp"
#include "document.hpp"

namespace govnews {

// Keys keep the schema's order.
using json = nlohmann::ordered_json;

namespace detail {

// JSON numbers back to exact decimals: integers as they are, fractions through their shortest
// decimal text (what dump() prints), so 6.5 reads back as 65e-1, not as a binary fraction.
inline decimal decimal_from_text(std::string_view s) {
    decimal d;
    std::size_t i = 0;
    const bool neg = i < s.size() && s[i] == '-';
    if (neg) ++i;
    bool fraction = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.') { fraction = true; continue; }
        if (c < '0' || c > '9') break;
        if (d.mantissa > (INT64_MAX - 9) / 10) {  // more digits than fit: keep the magnitude
            if (!fraction) ++d.exponent;
            continue;
        }
        d.mantissa = d.mantissa * 10 + (c - '0');
        if (fraction) --d.exponent;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) d.exponent += std::stoi(std::string(s.substr(i + 1)));
    if (neg) d.mantissa = -d.mantissa;
    return d;
}

// Members of one struct, so that the overloads for vectors and optionals see the one for objects.
template <class J>
struct writer {
    static void put(J& j, std::string_view s) { j = std::string(s); }
    static void put(J& j, const std::string& s) { j = s; }
    static void put(J& j, bool b) { j = b; }
    static void put(J& j, std::size_t n) { j = n; }
    static void put(J& j, const byte_span& s) { j = J::array({s.begin, s.end}); }
    static void put(J& j, const date& d) { j = d.iso(); }
    static void put(J& j, const decimal& d) {
        if (auto i = d.to_integer()) j = *i;
        else j = d.to_double();
    }
    template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
    static void put(J& j, E e) { j = std::string(to_string(e)); }
    template <class V> static void put(J& j, const nullable_view<V>& v) {
        if (v.null) j = nullptr;
        else put(j, std::string_view(v.value));
    }
    template <class T> static void put(J& j, const std::optional<T>& v) {
        if (v) put(j, *v);
        else j = nullptr;
    }
    template <class T> static void put(J& j, const std::vector<T>& v) {
        j = J::array();
        for (const auto& x : v) {
            J e;
            put(e, x);
            j.push_back(std::move(e));
        }
    }
    template <class T, std::enable_if_t<has_fields<const T>::value, int> = 0>
    static void put(J& j, const T& obj) {
        j = J::object();
        fields(obj, [&j](const char* key, const auto& value) { put(j[key], value); });
    }
};

template <class J>
struct reader {
    [[noreturn]] static void type_error(const J& j, const char* want) {
        throw std::invalid_argument(std::string("govnews: expected ").append(want).append(", got ").append(j.dump()));
    }

    static void get(const J& j, std::string_view& s) { s = j.template get_ref<const std::string&>(); }
    static void get(const J& j, std::string& s) { s = j.template get<std::string>(); }
    static void get(const J& j, bool& b) { b = j.template get<bool>(); }
    static void get(const J& j, std::size_t& n) { n = j.template get<std::size_t>(); }
    static void get(const J& j, byte_span& s) {
        if (!j.is_array() || j.size() != 2) type_error(j, "a span [begin, end]");
        s.begin = j[0].template get<std::size_t>();
        s.end = j[1].template get<std::size_t>();
    }
    static void get(const J& j, date& d) {
        const std::string& s = j.template get_ref<const std::string&>();
        const auto num = [&](std::size_t at, std::size_t len, int& out) {
            if (s.size() < at + len) return false;
            int v = 0;
            for (std::size_t i = at; i < at + len; ++i) {
                if (s[i] < '0' || s[i] > '9') return false;
                v = v * 10 + (s[i] - '0');
            }
            out = v;
            return true;
        };
        d = date{};
        if (s.compare(0, 4, "XXXX") != 0 && !num(0, 4, d.year)) type_error(j, "a date YYYY[-MM[-DD]]");
        d.year_stated = d.year != 0;
        if (s.size() > 4 && !(s[4] == '-' && num(5, 2, d.month))) type_error(j, "a date YYYY[-MM[-DD]]");
        if (s.size() > 7 && !(s[7] == '-' && num(8, 2, d.day))) type_error(j, "a date YYYY[-MM[-DD]]");
        d.month_stated = d.month != 0;
        d.day_stated = d.day != 0;
    }
    static void get(const J& j, decimal& d) {
        if (j.is_number_integer()) d = decimal{j.template get<std::int64_t>(), 0};
        else if (j.is_number()) d = decimal_from_text(j.dump());
        else type_error(j, "a number");
    }
    template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
    static void get(const J& j, E& e) {
        if (!j.is_string() || !enum_from_string(j.template get_ref<const std::string&>(), e)) type_error(j, "a known name");
    }
    template <class V> static void get(const J& j, nullable_view<V> v) {
        if (j.is_null()) v.value = {};
        else get(j, v.value);
    }
    template <class T> static void get(const J& j, std::optional<T>& v) {
        if (j.is_null()) { v.reset(); return; }
        T x{};
        get(j, x);
        v = std::move(x);
    }
    template <class T> static void get(const J& j, std::vector<T>& v) {
        if (!j.is_array()) type_error(j, "an array");
        v.clear();
        v.reserve(j.size());
        for (const auto& e : j) {
            T x{};
            get(e, x);
            v.push_back(std::move(x));
        }
    }
    template <class T, std::enable_if_t<has_fields<T>::value, int> = 0>
    static void get(const J& j, T& obj) {
        if (!j.is_object()) type_error(j, "an object");
        fields(obj, [&j](const char* key, auto&& field) { get(j.at(key), field); });
    }
};

}  // namespace detail

// The ADL hooks nlohmann::json looks for, for json and ordered_json alike: every type with a
// fields() list, and the value types.
template <class J, class T, std::enable_if_t<detail::has_fields<const T>::value, int> = 0>
void to_json(J& j, const T& v) { detail::writer<J>::put(j, v); }
template <class J, class T, std::enable_if_t<detail::has_fields<T>::value, int> = 0>
void from_json(const J& j, T& v) { detail::reader<J>::get(j, v); }

#define GOVNEWS_JSON_VALUE(T)                                                        \
    template <class J>                                                               \
    void to_json(J& j, const T& v) { detail::writer<J>::put(j, v); }                 \
    template <class J>                                                               \
    void from_json(const J& j, T& v) { detail::reader<J>::get(j, v); }
GOVNEWS_JSON_VALUE(date)
GOVNEWS_JSON_VALUE(decimal)
GOVNEWS_JSON_VALUE(byte_span)
GOVNEWS_JSON_VALUE(bound)
GOVNEWS_JSON_VALUE(target_kind)
#undef GOVNEWS_JSON_VALUE

// The line govnews-extract prints for one input.
inline json to_json(const document& d) {
    json j;
    detail::writer<json>::put(j, d);
    return j;
}

}  // namespace govnews
