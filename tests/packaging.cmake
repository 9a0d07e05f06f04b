# The packaging that can be tested without Conan or vcpkg (`cmake -P`, SOURCE_DIR and BINARY_DIR set):
#  - `cmake --install` gives the layout ports/govnews/portfile.cmake names (its CONFIG_PATH, the
#    headers, the pkg-config file) and the files conanfile.py exports exist;
#  - test_package/, Conan's test project, builds and runs against that install via find_package;
#  - the version agrees in CMakeLists.txt, the installed config version file, version.hpp,
#    conanfile.py, the vcpkg manifest and CHANGELOG.md.
cmake_minimum_required(VERSION 3.16)
set(work "${BINARY_DIR}/packaging")
file(REMOVE_RECURSE "${work}")
set(prefix "${work}/prefix")

include("${CMAKE_CURRENT_LIST_DIR}/run.cmake")
function(first_match file regex out)
  file(STRINGS "${file}" lines REGEX "${regex}")
  list(GET lines 0 line)
  string(REGEX REPLACE ".*${regex}.*" "\\1" value "${line}")
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${work}/build" -DGOVNEWS_BUILD_TESTS=OFF -DGOVNEWS_BUILD_EXAMPLES=OFF
    -DGOVNEWS_BUILD_BENCHMARKS=OFF -DCMAKE_INSTALL_PREFIX=${prefix})
run(${CMAKE_COMMAND} --install "${work}/build")

# The portfile's CONFIG_PATH, and what else it and the recipe rely on.
first_match("${SOURCE_DIR}/ports/govnews/portfile.cmake" "CONFIG_PATH ([^ )]+)" config_path)
foreach(f "${config_path}/govnewsConfig.cmake" "${config_path}/govnewsConfigVersion.cmake" "${config_path}/govnewsTargets.cmake"
          share/pkgconfig/govnews.pc include/govnews/govnews.hpp include/govnews/json.hpp include/govnews/fmt.hpp
          include/govnews/detail/fields.hpp include/govnews/lexicons/posts.hpp)
  if(NOT EXISTS "${prefix}/${f}")
    message(FATAL_ERROR "the install tree lacks ${f}, which the packaging names")
  endif()
endforeach()
foreach(f LICENSE CMakeLists.txt cmake/govnewsConfig.cmake.in cmake/govnews.pc.in test_package/conanfile.py ports/govnews/vcpkg.json)
  if(NOT EXISTS "${SOURCE_DIR}/${f}")
    message(FATAL_ERROR "${f} is missing")
  endif()
endforeach()

run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/test_package" -B "${work}/test_package" -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build "${work}/test_package")
run("${work}/test_package/test_package")
message(STATUS "test_package: ${run_output}")

# One version everywhere.
first_match("${SOURCE_DIR}/CMakeLists.txt" "project\\(govnews VERSION ([0-9.]+)" v_cmake)
first_match("${prefix}/${config_path}/govnewsConfigVersion.cmake" "set\\(PACKAGE_VERSION \"([0-9.]+)\"\\)" v_config)
first_match("${SOURCE_DIR}/conanfile.py" "version = \"([0-9.]+)\"" v_conan)
first_match("${SOURCE_DIR}/ports/govnews/vcpkg.json" "\"version\": \"([0-9.]+)\"" v_vcpkg)
first_match("${SOURCE_DIR}/include/govnews/version.hpp" "version = \"([0-9.]+)\"" v_header)
first_match("${SOURCE_DIR}/CHANGELOG.md" "^## \\[?([0-9.]+)" v_changelog)
foreach(part MAJOR MINOR PATCH)
  first_match("${SOURCE_DIR}/include/govnews/version.hpp" "GOVNEWS_VERSION_${part} ([0-9]+)" n_${part})
endforeach()
set(v_macros "${n_MAJOR}.${n_MINOR}.${n_PATCH}")
foreach(v v_config v_conan v_vcpkg v_header v_macros v_changelog)
  if(NOT "${${v}}" STREQUAL "${v_cmake}")
    message(FATAL_ERROR "version mismatch: CMakeLists.txt says ${v_cmake}, ${v} says '${${v}}'")
  endif()
endforeach()
if(NOT run_output MATCHES "^${v_cmake} ")
  message(FATAL_ERROR "test_package prints version '${run_output}', not ${v_cmake}")
endif()
message(STATUS "packaging: layout, test_package and version ${v_cmake} agree")
