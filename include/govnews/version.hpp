#pragma once

#define GOVNEWS_VERSION_MAJOR 0
#define GOVNEWS_VERSION_MINOR 1
#define GOVNEWS_VERSION_PATCH 0

namespace govnews {
inline constexpr const char* version = "0.1.0";
}
