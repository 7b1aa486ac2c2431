# Fuzz targets, one per parser. With SV_FUZZ (clang, the fuzz preset) they are
# libFuzzer executables plus a short smoke run each; otherwise the same targets
# run once over the seed corpus as ordinary tests (under ASan in the asan preset).
set(SV_FUZZ_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)
set(SV_FUZZ_SEEDS_scenario
  ${SV_FUZZ_DIR}/corpus/scenario
  ${PROJECT_SOURCE_DIR}/scenarios/sample/scenarios
  ${CMAKE_CURRENT_SOURCE_DIR}/broken
  ${CMAKE_CURRENT_SOURCE_DIR}/lint)
set(SV_FUZZ_SEEDS_replay
  ${SV_FUZZ_DIR}/corpus/replay
  ${CMAKE_CURRENT_SOURCE_DIR}/replays)
# The engine behind the parser: seeds are scenarios that load.
set(SV_FUZZ_SEEDS_session
  ${SV_FUZZ_DIR}/corpus/scenario
  ${PROJECT_SOURCE_DIR}/scenarios/sample/scenarios
  ${CMAKE_CURRENT_SOURCE_DIR}/packs
  ${CMAKE_CURRENT_SOURCE_DIR}/inject)
set(SV_FUZZ_SEEDS_rules
  ${SV_FUZZ_DIR}/corpus/rules
  ${PROJECT_SOURCE_DIR}/assets/scoring
  ${CMAKE_CURRENT_SOURCE_DIR}/scoring)
# Packs as zips: the scanner, PhysicsFS's mount and the checked reads.
set(SV_FUZZ_SEEDS_zip
  ${SV_FUZZ_DIR}/corpus/zip
  ${CMAKE_CURRENT_SOURCE_DIR}/broken)
# A pack's manifest from its bytes: the built-in and test packs' manifests.
set(SV_FUZZ_SEEDS_manifest
  ${SV_FUZZ_DIR}/corpus/manifest
  ${PROJECT_SOURCE_DIR}/scenarios
  ${CMAKE_CURRENT_SOURCE_DIR}/packs)
# The crowd's name lists, and the game's own files: settings, UI strings, key
# scripts (their parsers are SDL-free, but for the key scripts' key names).
set(SV_FUZZ_SEEDS_names
  ${SV_FUZZ_DIR}/corpus/names
  ${PROJECT_SOURCE_DIR}/assets/names)
# Learners' profiles: runs, the pre- and post-tests (svara/profile.h).
set(SV_FUZZ_SEEDS_profile
  ${SV_FUZZ_DIR}/corpus/profile
  ${CMAKE_CURRENT_SOURCE_DIR}/profile
  ${CMAKE_CURRENT_SOURCE_DIR}/game/assess)
set(SV_FUZZ_SEEDS_settings
  ${SV_FUZZ_DIR}/corpus/settings)
set(SV_FUZZ_SEEDS_strings
  ${SV_FUZZ_DIR}/corpus/strings
  ${PROJECT_SOURCE_DIR}/assets/lang)
set(SV_FUZZ_SEEDS_keys
  ${SV_FUZZ_DIR}/corpus/keys
  ${CMAKE_CURRENT_SOURCE_DIR}/game)
# Workshop files and the teams' result files (and every export made from one).
set(SV_FUZZ_SEEDS_workshop
  ${SV_FUZZ_DIR}/corpus/workshop
  ${CMAKE_CURRENT_SOURCE_DIR}/workshop)
set(SV_FUZZ_SEEDS_result
  ${SV_FUZZ_DIR}/corpus/result)
# The facilitator's improvement plan (improvement-plan.json).
set(SV_FUZZ_SEEDS_plan
  ${SV_FUZZ_DIR}/corpus/plan
  ${CMAKE_CURRENT_SOURCE_DIR}/workshop)
set(SV_FUZZ_SOURCES_settings ${PROJECT_SOURCE_DIR}/game/ui/prefs.c)
set(SV_FUZZ_SOURCES_strings ${PROJECT_SOURCE_DIR}/game/ui/uistrings.c)
set(SV_FUZZ_SOURCES_keys ${PROJECT_SOURCE_DIR}/game/ui/script_parse.c)
set(SV_FUZZ_SUFFIX_keys .txt)
set(SV_FUZZ_SUFFIX_zip .zip)
find_package(SDL2 2.0.20 CONFIG REQUIRED)
set(SV_FUZZ_LIBS_keys SDL2::SDL2)

# Seconds of fuzzing per target in the smoke run; override with -DSV_FUZZ_SECONDS=600.
set(SV_FUZZ_SECONDS 10 CACHE STRING "seconds each fuzz_smoke_* test fuzzes")

# fuzz_all builds every fuzz target and svara-tool (tools/test.sh replays the golden
# replays with clang's build): the fuzz build preset builds that one target.
if(SV_FUZZ)
  add_custom_target(fuzz_all)
  add_dependencies(fuzz_all svara-tool)
endif()
foreach(target scenario replay rules session zip manifest names profile settings strings keys workshop
        result plan)
  if(SV_FUZZ)
    add_executable(fuzz_${target} ${SV_FUZZ_DIR}/fuzz_${target}.c ${SV_FUZZ_SOURCES_${target}})
    add_dependencies(fuzz_all fuzz_${target})
    target_include_directories(fuzz_${target} PRIVATE ${PROJECT_SOURCE_DIR}/game/ui)
    target_compile_options(fuzz_${target} PRIVATE ${SV_WARNINGS})
    target_include_directories(fuzz_${target} PRIVATE ${PROJECT_SOURCE_DIR}/game/core)
    target_link_libraries(fuzz_${target} PRIVATE svara_core cjson ${SV_FUZZ_LIBS_${target}})
    target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
    target_compile_definitions(fuzz_${target} PRIVATE SV_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

    # libFuzzer writes new inputs into the first folder: keep that in the build.
    set(work ${PROJECT_BINARY_DIR}/fuzz-corpus/${target})
    file(MAKE_DIRECTORY ${work})
    set(seeds "")
    foreach(dir ${SV_FUZZ_SEEDS_${target}})
      if(IS_DIRECTORY ${dir})
        list(APPEND seeds ${dir})
      endif()
    endforeach()
    add_test(NAME fuzz_smoke_${target}
      COMMAND fuzz_${target} -max_total_time=${SV_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
              -max_len=65536 -dict=${SV_FUZZ_DIR}/json.dict -print_final_stats=1
              -artifact_prefix=${PROJECT_BINARY_DIR}/fuzz-crash-${target}-
              ${work} ${seeds})
    set_tests_properties(fuzz_smoke_${target} PROPERTIES TIMEOUT 300)
  else()
    add_executable(fuzz_corpus_${target} ${SV_FUZZ_DIR}/fuzz_${target}.c
                   ${SV_FUZZ_DIR}/corpus_main.c ${SV_FUZZ_SOURCES_${target}})
    target_include_directories(fuzz_corpus_${target} PRIVATE ${PROJECT_SOURCE_DIR}/game/ui)
    target_compile_options(fuzz_corpus_${target} PRIVATE ${SV_WARNINGS})
    target_include_directories(fuzz_corpus_${target} PRIVATE ${PROJECT_SOURCE_DIR}/game/core)
    target_link_libraries(fuzz_corpus_${target} PRIVATE svara_core cjson ${SV_FUZZ_LIBS_${target}})
    target_compile_definitions(fuzz_corpus_${target} PRIVATE SV_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set(suffix .json)
    if(SV_FUZZ_SUFFIX_${target})
      set(suffix ${SV_FUZZ_SUFFIX_${target}})
    endif()
    add_test(NAME fuzz_corpus_${target}
      COMMAND fuzz_corpus_${target} --suffix ${suffix} ${SV_FUZZ_SEEDS_${target}})
  endif()
endforeach()

# The fuzz build preset must build fuzz_all, which builds every target above
# (tests/support/fuzz_preset.cmake).
add_test(NAME fuzz_preset_builds_every_target
         COMMAND ${CMAKE_COMMAND} -DSRC=${PROJECT_SOURCE_DIR}
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/support/fuzz_preset.cmake)
