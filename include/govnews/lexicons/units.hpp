// Units that follow a number (after any multiplier): what is counted or measured.
// Measure words (个, 家, 条 …) count things named after them; the rest measure a quantity
// named before them (投资60亿元). Dates (年, 月, 日) are not units: see date.hpp.
#pragma once
#include <string_view>

namespace govnews::lexicons {

inline constexpr std::string_view measure_words[] = {
    "个", "家", "条", "项", "宗", "座", "所", "栋", "幢", "套", "辆", "台", "艘", "架", "批", "位", "名",
    "户", "件", "场", "处", "间", "张", "种", "类", "篇", "部", "支", "只", "头", "株", "棵", "盏",
    "根", "块", "段", "大", "门", "次", "人次", "家次", "床", "册", "本", "轮", "组", "份",
};

inline constexpr std::string_view quantity_units[] = {
    "元", "美元", "欧元", "港元", "元人民币", "人", "亩", "公顷", "平方米", "平方公里", "平方千米", "立方米",
    "公里", "千米", "米", "斤", "公斤", "吨", "千克", "公斤", "克", "千瓦", "千瓦时", "瓦", "兆瓦", "度", "标箱", "倍",
    "个月", "天", "小时", "岁", "周岁", "%", "\xEF\xBC\x85", "‰", "个百分点", "百分点", "标准箱", "车次", "人口",
};

}  // namespace govnews::lexicons
