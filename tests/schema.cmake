# The JSON Schemas in scenarios/schema/, checked with ajv-cli (draft 2020-12)
# by tests/schema/check.js: every file the game loads validates, and the
# broken-pack corpus is rejected where tests/schema/broken.txt says.
# tools/setup.sh installs node and npm (Debian's nodejs and npm, when the
# commands are missing) and ajv-cli (npm ci in tools/node). Without node the
# tests fail and say so: CI always has it.
find_program(SV_NODE NAMES node nodejs)

function(sv_schema_test name)
  if(SV_NODE AND EXISTS "${SV_NODE}")
    add_test(NAME ${name} COMMAND ${SV_NODE} tests/schema/check.js ${ARGN}
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  else()
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -P ${CMAKE_CURRENT_SOURCE_DIR}/schema/no-node.cmake)
  endif()
endfunction()

# Files as paths from the source root, so messages stay short.
function(sv_schema_files out)
  file(GLOB_RECURSE files RELATIVE ${PROJECT_SOURCE_DIR} CONFIGURE_DEPENDS ${ARGN})
  set(${out} ${files} PARENT_SCOPE)
endfunction()

# Every built-in pack (each folder of scenarios/ but schema/), the new-pack
# template, the test packs and the authoring-check cases (they load), the
# scoring situations, the scoring models and the replays.
sv_schema_files(manifests ${PROJECT_SOURCE_DIR}/scenarios/*/pack.json
                ${PROJECT_SOURCE_DIR}/assets/templates/pack.json
                ${CMAKE_CURRENT_SOURCE_DIR}/packs/pack.json ${CMAKE_CURRENT_SOURCE_DIR}/lint/pack.json
                ${CMAKE_CURRENT_SOURCE_DIR}/inject/inject/pack.json)
sv_schema_files(scenario_like ${PROJECT_SOURCE_DIR}/scenarios/*.json
                ${PROJECT_SOURCE_DIR}/assets/templates/*.json
                ${CMAKE_CURRENT_SOURCE_DIR}/packs/*.json ${CMAKE_CURRENT_SOURCE_DIR}/lint/*.json
                ${CMAKE_CURRENT_SOURCE_DIR}/scoring/situations/*.json
                ${CMAKE_CURRENT_SOURCE_DIR}/inject/inject/scenarios/*.json)
set(scenario_files "")
foreach(f IN LISTS scenario_like)
  if(NOT f MATCHES "(^|/)pack\\.json$" AND NOT f MATCHES "^scenarios/schema/")
    list(APPEND scenario_files ${f})
  endif()
endforeach()
sv_schema_files(models ${PROJECT_SOURCE_DIR}/assets/scoring/*.json
                ${CMAKE_CURRENT_SOURCE_DIR}/scoring/test_rules.json)
sv_schema_files(replays ${CMAKE_CURRENT_SOURCE_DIR}/replays/*.json)

sv_schema_test(schema_accepts_manifests accept manifest ${manifests})
sv_schema_test(schema_accepts_scenarios accept scenario ${scenario_files})
sv_schema_test(schema_accepts_scoring_models accept scoring ${models})
sv_schema_test(schema_accepts_replays accept replay ${replays})
sv_schema_test(schema_broken_manifests broken manifest)
sv_schema_test(schema_broken_scenarios broken scenario)

# The other way round, over many small changes to the built-in files: nothing
# the loaders accept is refused by a schema (tests/schema/agree.js). Under the
# sanitizers the loaders judge the same changed files (what the sanitizers
# watch) and ajv, whose side is the same in every build, is the default build's.
add_executable(schema_loader_verdict ${CMAKE_CURRENT_SOURCE_DIR}/schema/loader_verdict.c)
target_compile_options(schema_loader_verdict PRIVATE ${SV_WARNINGS})
target_link_libraries(schema_loader_verdict PRIVATE svara_core)
if(SV_NODE AND EXISTS "${SV_NODE}")
  set(SV_AGREE_ONLY "")
  if(SV_SANITIZE)
    set(SV_AGREE_ONLY --loader-only)
  endif()
  add_test(NAME schema_agrees_with_loader
           COMMAND ${SV_NODE} tests/schema/agree.js ${SV_AGREE_ONLY} $<TARGET_FILE:schema_loader_verdict>
                   ${PROJECT_BINARY_DIR}/schema_agree
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
else()
  sv_schema_test(schema_agrees_with_loader)
endif()
