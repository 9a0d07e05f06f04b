// Governments and their names: the level characters of China's administrative units, the bodies
// of a government (区委, 区政府 …), the ethnic designations a unit's full name may carry
// (X回族区 and X区 are one district), and the words that end the text before a place name.
#pragma once
#include <string_view>

namespace govnews::lexicons {

// The character a unit's name ends in: 东湖区, 长阳县, 宜昌市 …
inline constexpr std::string_view unit_levels[] = {"省", "市", "区", "县", "州", "旗", "盟", "镇", "乡"};

// What follows a unit's name when the text names its government: 东湖区委, 东湖区人民政府 …
inline constexpr std::string_view government_bodies[] = {"委", "人民政府", "政府", "人大常委会", "人大", "政协", "纪委", "监委"};

// The 55 minority nationalities, as they appear in autonomous units' names (X族自治县, X回族区).
inline constexpr std::string_view nationalities[] = {
    "壮", "回", "满", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "侗", "布依", "瑶", "白", "朝鲜", "哈尼", "黎", "哈萨克",
    "傣", "畲", "傈僳", "东乡", "仡佬", "拉祜", "佤", "水", "纳西", "羌", "土", "仫佬", "锡伯", "柯尔克孜", "景颇",
    "达斡尔", "撒拉", "布朗", "毛南", "塔吉克", "普米", "阿昌", "怒", "鄂温克", "京", "基诺", "德昂", "保安", "俄罗斯",
    "裕固", "乌孜别克", "门巴", "鄂伦春", "独龙", "赫哲", "高山", "珞巴", "塔塔尔", "各",
};

// Words that end the text before a place name (在东湖区委, 根据市委); characters that begin real
// names (本溪, 全椒, 原阳, 将乐, 同心) are left out.
inline constexpr std::string_view place_stops[] = {
    "在", "由", "与", "和", "及", "对", "向", "是", "为", "的", "了", "到", "经", "把", "被", "让", "按照", "根据",
    "围绕", "落实", "代表", "当选", "召开", "主持", "我", "该", "历届", "上一届", "本届", "新一届", "带领", "率",
    "赴", "邀请", "中共",
};

}  // namespace govnews::lexicons
