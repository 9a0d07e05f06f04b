// Parses a short page with the whole pipeline and prints its JSON line.
#include <govnews/govnews.hpp>
#include <govnews/json.hpp>

#include <iostream>

int main() {
    const char page[] = "# 东湖区召开项目推进会\n\n本报讯 3月5日,区委书记林志远主持召开项目推进会。确保一季度完成投资45亿元以上。\n";
    const auto doc = govnews::parse(page);
    std::cout << govnews::version << ' ' << govnews::to_json(doc).dump() << '\n';
    return doc.ok() && doc.articles.size() == 1 && doc.articles[0].officials.size() == 1 && doc.articles[0].targets.size() == 1 ? 0 : 1;
}
