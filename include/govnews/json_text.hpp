// JSON text of any result type without a JSON library: to_json_text(x) is what json.hpp's
// to_json(x).dump() prints, written straight into a string (no tree), for tools that only print.
#pragma once
#include <string>
#include <string_view>

#include "detail/json_writer.hpp"

namespace govnews {

// Appends the compact JSON of `value` to `out`.
template <class T>
void append_json(std::string& out, const T& value) {
    auto sink = [&out](std::string_view s) { out.append(s); };
    detail::json_writer<decltype(sink)> w{sink};
    w.put(value);
}

template <class T>
std::string to_json_text(const T& value) {
    std::string out;
    append_json(out, value);
    return out;
}

}  // namespace govnews
