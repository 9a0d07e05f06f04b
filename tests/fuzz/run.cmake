# Builds the fuzz targets with clang and runs each for SECONDS (cmake -P, with SOURCE_DIR,
# BINARY_DIR, SHARED_DIR, SECONDS). Seeds: the seed pages and the first 2 KB of each corpus text.
# Prints "fuzz: skipped" when clang is not installed; fails on the first finding, naming the
# target and the saved input.
cmake_minimum_required(VERSION 3.16)
find_program(CLANGXX NAMES clang++ clang++-16 clang++-15 clang++-14)
if(NOT CLANGXX)
  message("fuzz: skipped (no clang++)")
  return()
endif()
if(NOT SECONDS)
  set(SECONDS 5)
endif()
set(work "${BINARY_DIR}/fuzz")

include("${CMAKE_CURRENT_LIST_DIR}/../run.cmake")

run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/fuzz" -B "${work}/build" -DCMAKE_CXX_COMPILER=${CLANGXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo)
run(${CMAKE_COMMAND} --build "${work}/build")

set(seeds "${work}/seeds")
if(NOT EXISTS "${seeds}")
  file(MAKE_DIRECTORY "${seeds}")
  file(GLOB pages "${SHARED_DIR}/seeds/*.txt")
  file(COPY ${pages} DESTINATION "${seeds}")
  file(GLOB_RECURSE texts "${SHARED_DIR}/corpus/*.txt")
  set(i 0)
  foreach(t ${texts})
    file(READ "${t}" head LIMIT 2048)
    file(WRITE "${seeds}/piece-${i}.txt" "${head}")
    math(EXPR i "${i} + 1")
  endforeach()
endif()

file(MAKE_DIRECTORY "${work}/artifacts")
foreach(target text values articles officials meetings targets projects pipeline)
  file(MAKE_DIRECTORY "${work}/corpus-${target}")
  message(STATUS "fuzzing ${target} for ${SECONDS} s")
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env GOVNEWS_FUZZ=${target}
            "${work}/build/govnews_fuzz" -max_total_time=${SECONDS} -max_len=16384 -timeout=30 -rss_limit_mb=3072
            -artifact_prefix=${work}/artifacts/${target}- -print_final_stats=1 "${work}/corpus-${target}" "${seeds}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" runs "${err}")
  message(STATUS "  ${target}: ${runs}")
  if(NOT rc EQUAL 0)
    string(LENGTH "${err}" n)
    if(n GREATER 6000)
      math(EXPR from "${n} - 6000")
      string(SUBSTRING "${err}" ${from} 6000 err)
    endif()
    message(FATAL_ERROR "fuzz target ${target} found a failure (inputs saved under ${work}/artifacts):\n${err}")
  endif()
endforeach()
message(STATUS "fuzz: every target ran ${SECONDS} s with nothing found")
