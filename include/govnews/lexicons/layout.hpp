// Newspaper layout vocabulary: byline roles, photo credits, datelines, cross-page references,
// and the words that mark a title as the factual line (kicker or subtitle) rather than the slogan.
#pragma once
#include <string_view>

namespace govnews::lexicons {

enum class byline_role { reporter, correspondent, intern, photographer, editor };

struct role_word {
    std::string_view word;
    byline_role role;
};

inline constexpr role_word byline_roles[] = {
    {"本报记者", byline_role::reporter}, {"记者", byline_role::reporter},       {"通讯员", byline_role::correspondent},
    {"实习生", byline_role::intern},     {"见习记者", byline_role::reporter},   {"摄影", byline_role::photographer},
    {"摄影记者", byline_role::photographer}, {"编辑", byline_role::editor},     {"责任编辑", byline_role::editor},
    {"责编", byline_role::editor},
};

// Tokens of a byline that credit the photos (文/图, 图) or a photographer (摄).
inline constexpr std::string_view photo_credits[] = {"文/图", "文／图", "图/文", "图", "摄", "文图"};

inline constexpr std::string_view datelines[] = {"本报讯", "本报消息", "本网讯"};

inline constexpr std::string_view cross_references[] = {"更多内容详见", "更多内容见", "下转", "上接", "转第", "详见第"};

inline constexpr std::string_view caption_starts[] = {"图为", "(图", "图:", "▲", "△", "上图", "下图", "左图", "右图"};

// A title holding one of these reports an event (the factual kicker or subtitle).
inline constexpr std::string_view factual_title_markers[] = {
    "召开", "举行", "调研", "督导", "走访", "领导", "总结", "考察", "视察", "会见", "主持", "出席",
    "慰问", "检查", "部署", "观摩", "座谈", "签约", "开幕", "闭幕", "召集", "推进会",
};

}  // namespace govnews::lexicons
