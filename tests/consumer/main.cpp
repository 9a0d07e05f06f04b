// Only the amount parser: a consumer that needs amounts compiles only amounts.
#include <govnews/amount.hpp>

#include <cstdio>

int main() {
    int found = 0;
    govnews::amount_parser{}.scan("确保完成全年投资599.6亿元", [&](const govnews::amount& a) {
        std::printf("%s %.*s\n", a.value.to_string().c_str(), static_cast<int>(a.unit.size()), a.unit.data());
        found += a.value.to_string() == "59960000000";
    });
    return found == 1 ? 0 : 1;
}
