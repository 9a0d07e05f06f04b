// Meetings: the heads a gathering's name ends with, the verbs that report it as held, and the
// words that only cite it (贯彻落实…会议精神).
#pragma once
#include <string_view>

namespace govnews::lexicons {

inline constexpr std::string_view meeting_heads[] = {
    "会议", "会", "大会", "推进会", "表彰会", "观摩会", "点评会", "座谈会", "务虚会", "调研会", "全体会议", "常务会议",
    "推介会", "签约仪式", "仪式", "联席会议", "论坛", "典礼", "峰会", "博览会", "洽谈会", "发布会",
    "动员会", "部署会", "培训会", "交流会", "汇报会", "报告会", "研讨会", "恳谈会", "见面会", "协调会", "分析会",
    "现场会", "视频会", "电视电话会议", "扩大会议", "(扩大)会议", "全会", "例会", "年会",
};

// Reported as held: "…会召开" (after the name) or "召开…会" (before it).
inline constexpr std::string_view meeting_held_after[] = {"召开", "举行", "举办", "开幕", "在京召开", "隆重召开", "隆重举行", "顺利召开"};
inline constexpr std::string_view meeting_held_before[] = {"召开了", "召开", "举行了", "举行", "举办了", "举办", "开展", "主持召开", "组织召开"};

// Not a meeting of its own: a bare head, or a gathering the story only cites.
inline constexpr std::string_view meeting_cited[] = {"精神", "部署要求", "要求", "部署", "上的讲话", "决定"};

// Units or people who speak at the meeting: "A、B作典型发言".
inline constexpr std::string_view speaker_markers[] = {"作典型发言", "作表态发言", "作交流发言", "作发言", "做代表发言", "作代表发言", "进行交流发言", "作汇报发言", "做交流发言", "做典型发言"};
inline constexpr std::string_view participant_markers[] = {"等参加会议", "参加会议", "列席会议", "等参加", "参加"};
inline constexpr std::string_view attendee_roles[] = {"出席", "讲话", "部署", "主持", "致辞", "发言", "推介", "介绍", "汇报", "传达", "通报"};

}  // namespace govnews::lexicons
