// Compact JSON text from the field lists (fields.hpp), without a JSON library and without building
// a tree: what nlohmann::json's dump() prints, written straight to a sink. UTF-8 passes
// through; control characters become \n, \t … or \u00xx; numbers are exact integers or the
// shortest text that reads back as the same double.
#pragma once
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "fields.hpp"

namespace govnews::detail {

// Sink: any callable taking a std::string_view.
template <class Sink>
struct json_writer {
    Sink& out;

    void raw(std::string_view s) { out(s); }
    void put(std::string_view s) {
        raw("\"");
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
                default: {
                    static constexpr char hex[] = "0123456789abcdef";
                    const char u[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                    raw(std::string_view(u, 6));
                }
            }
        }
        raw(s.substr(run));
        raw("\"");
    }
    void put(const std::string& s) { put(std::string_view(s)); }
    void put(bool b) { raw(b ? "true" : "false"); }
    template <class N, std::enable_if_t<std::is_arithmetic_v<N> && !std::is_same_v<N, bool>, int> = 0>
    void number(N n) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, n);
        raw(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
    }
    void put(std::size_t n) { number(n); }
    void put(const byte_span& s) {
        raw("[");
        number(s.begin);
        raw(",");
        number(s.end);
        raw("]");
    }
    void put(const date& d) { put(std::string_view(d.iso())); }
    void put(const decimal& d) {
        if (auto i = d.to_integer()) number(*i);
        else number(d.to_double());
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
        raw("[");
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) raw(",");
            put(v[i]);
        }
        raw("]");
    }
    template <class T, std::enable_if_t<has_fields<const T>::value, int> = 0>
    void put(const T& obj) {
        raw("{");
        bool first = true;
        fields(obj, [&](const char* key, const auto& value) {
            if (!first) raw(",");
            first = false;
            put(std::string_view(key));
            raw(":");
            put(value);
        });
        raw("}");
    }
};

}  // namespace govnews::detail
