# An overlay port that builds from the checkout it lives in:
#   vcpkg install govnews[json,fmt] --overlay-ports=<checkout>/ports
# (A registry port would fetch a release with vcpkg_from_github instead of SOURCE_PATH below.)
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
set(VCPKG_BUILD_TYPE release)  # headers only: nothing differs between debug and release

vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS -DGOVNEWS_BUILD_TESTS=OFF -DGOVNEWS_BUILD_EXAMPLES=OFF -DGOVNEWS_BUILD_BENCHMARKS=OFF)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME govnews CONFIG_PATH share/cmake/govnews)
vcpkg_fixup_pkgconfig()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug" "${CURRENT_PACKAGES_DIR}/lib")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
