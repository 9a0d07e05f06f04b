// Targets: the verbs of intent, the predicates that name an end state, and the words that mark
// a figure as scope or result rather than goal. Slogan milestones (双过半 …) are a list of their own.
#pragma once
#include <string_view>

namespace govnews::lexicons {

inline constexpr std::string_view commitments[] = {
    "确保", "力争", "争取", "要", "计划", "力求", "将", "推动", "努力", "务必", "必须", "预计", "拟", "冲刺",
    "奋进", "实现", "完成", "达到", "全力", "坚决", "决胜", "奋力",
};

// A goal names an end state: done, built, opened, signed, brought in.
inline constexpr std::string_view end_states[] = {
    "完成", "竣工", "完工", "启动", "开工", "投产", "引进", "签约", "具备", "实现", "达到", "建成", "交付", "投用",
    "验收", "保持在", "新增", "增长", "下降", "提高", "降低", "控制在", "达", "突破", "超过", "培育", "新建",
    "招引", "落地", "开馆", "上市", "减少",
};

// Nouns that hold a predicate word: in 签约项目 nothing is signed yet, it is what is counted.
inline constexpr std::string_view predicate_nouns[] = {
    "签约项目", "签约资金", "签约金额", "签约额", "开工项目", "竣工项目", "投产项目", "引进资金", "新建项目", "建成项目",
    "达产项目", "落地项目", "新开工项目",
};

// Before a predicate these make it a fact, not a goal: 尚未完成, 已开工.
inline constexpr std::string_view negations[] = {"尚未", "未", "没有", "已", "已经", "正在", "不能"};

// A figure after these sets the scope of the work, not a goal.
inline constexpr std::string_view scope_words[] = {
    "围绕", "紧盯", "涉及", "包括", "覆盖", "有", "以", "聚焦", "针对", "推进", "抓好", "观摩", "对", "其中", "共",
    "累计", "共计", "同比", "比上年", "比去年", "占", "排名", "位居", "谋划的", "纳入",
};

// Goal words of a plan: a bounded figure in their sentence is a target.
inline constexpr std::string_view plan_markers[] = {"目标", "预期", "计划", "确保", "力争", "争取", "要", "将"};

// Bounds written before a list of figures: 至少引进1家…、2个…
inline constexpr std::string_view clause_bounds_at_least[] = {"至少", "不少于", "不低于", "超过"};

inline constexpr std::string_view slogans[] = {"双过半", "半年红", "全年红", "开门红", "满堂红", "首季开门红", "季季红", "月月红"};
inline constexpr std::string_view slogan_commitments[] = {"冲刺", "奋进", "实现", "确保", "力争", "争取", "夺取", "决胜", "奋战", "迎接", "夺得"};
inline constexpr std::string_view slogan_reached[] = {"顺利实现", "实现了", "取得", "迎来", "喜获", "赢得", "夺得了", "完成了", "交出"};

// Verbs of change that belong to the indicator: 地区生产总值增长6%左右 → 地区生产总值增长.
inline constexpr std::string_view growth_verbs[] = {"增长", "下降", "降低", "提高", "新增", "增加", "减少", "涨幅", "增速"};

// Nouns that end a counted indicator after the number: 2条道路改造 → 道路.
inline constexpr std::string_view counted_nouns[] = {
    "道路", "项目", "小区", "企业", "地块", "土地", "单位", "学校", "医院", "村", "社区", "园区", "工程", "家庭",
    "人才", "岗位", "公里", "户", "套", "平台", "基地", "场馆", "公园", "站点", "厂房", "楼宇",
};

}  // namespace govnews::lexicons
