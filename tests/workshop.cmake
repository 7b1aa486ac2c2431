# Workshops end to end (scenarios/WORKSHOP.md), all labelled "workshop"
# (ctest -L workshop): the fixture workshop (tests/workshop/, three teams on
# the sample pack's parcel with good, middling and bad replays) checked and
# played into result files, merged by `report` into every export; the CSV,
# JSON and xAPI contents asserted and every statement validated with
# @learninglocker/xapi-validation; the statements sent to a real LRS
# (xapi-statements from npm, confined to loopback) and read back; the HTML
# report opened and printed by headless Chromium; and the refusals: results
# of another seed, pack version or workshop, a team twice, a file that is not
# a result. tools/setup.sh installs node, the npm packages and chromium.
set(SV_WS ${CMAKE_CURRENT_SOURCE_DIR}/workshop)
set(SV_WS_OUT ${PROJECT_BINARY_DIR}/workshop)
set(SV_WS_FILE ${SV_WS}/parcel-workshop.json)
set(SV_TOOL $<TARGET_FILE:svara-tool>)
file(MAKE_DIRECTORY ${SV_WS_OUT})
file(WRITE ${SV_WS_OUT}/not-a-result.json "{\"_note\": \"not a result: never written over\"}\n")
set(ws_tests test_workshop)

function(sv_ws_test name)
  add_test(NAME ${name} ${ARGN})
  set(ws_tests ${ws_tests} ${name} PARENT_SCOPE)
endfunction()

# A node script's test, or a failure that says how to get node.
function(sv_ws_node_test name)
  if(SV_NODE AND EXISTS "${SV_NODE}")
    add_test(NAME ${name} COMMAND ${ARGN} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  else()
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -P ${CMAKE_CURRENT_SOURCE_DIR}/schema/no-node.cmake)
  endif()
  set(ws_tests ${ws_tests} ${name} PARENT_SCOPE)
endfunction()

sv_ws_test(workshop_check
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|workshop|check|${SV_WS_FILE} -DEXPECT_RC=0
          "-DEXPECT=ok, workshop 'acme-parcel-2026-12': 3 team\\(s\\), 1 scenario\\(s\\) of pack 'sample' 1.0.0, seed 7"
          ${SV_RUN_SCRIPT})
sv_ws_test(workshop_check_broken
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|workshop|check|tests/workshop/broken/03-unknown-key.json
          -DEXPECT_RC=1
          "-DEXPECT=03-unknown-key.json:60:14: error: /optoins: unknown key 'optoins' \\(did you mean 'options'\\?\\)"
          ${SV_RUN_SCRIPT}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# The three teams' results, made from their replays with the workshop's seed.
set(team_replays red ${PROJECT_SOURCE_DIR}/tests/replays/good-seed7.json
                 blue ${SV_WS}/replays/middling.json green ${SV_WS}/replays/bad.json)
set(SV_WS_RESULTS "")
while(team_replays)
  list(POP_FRONT team_replays team replay)
  set(out ${SV_WS_OUT}/${team}.result.json)
  sv_ws_test(workshop_play_${team}
    COMMAND sh -c "rm -f '${out}' && exec \"$0\" workshop play '${SV_WS_FILE}' ${team} --replay '${replay}' -o '${out}'"
            ${SV_TOOL})
  set_tests_properties(workshop_play_${team} PROPERTIES FIXTURES_SETUP workshop_results
                       PASS_REGULAR_EXPRESSION "wrote .*${team}.result.json: team '${team}', 1 play")
  list(APPEND SV_WS_RESULTS ${out})
endwhile()
string(REPLACE ";" "|" results_cmd "${SV_WS_RESULTS}")

# Every export, and the xAPI statements a second time (they must not change).
sv_ws_test(workshop_report
  COMMAND ${SV_RUN} "-DCMD=${SV_TOOL}|report|${results_cmd}|--csv|${SV_WS_OUT}/report.csv|--json|${SV_WS_OUT}/report.json|--xapi|${SV_WS_OUT}/xapi.json|--html|${SV_WS_OUT}/report.html"
          -DEXPECT_RC=0 "-DEXPECT=3 team\\(s\\);NO-IRONY +P +M +U;wrote .*report.html \\(HTML report\\)"
          ${SV_RUN_SCRIPT})
sv_ws_test(workshop_report_again
  COMMAND ${SV_RUN} "-DCMD=${SV_TOOL}|report|${results_cmd}|--xapi|${SV_WS_OUT}/xapi-again.json"
          -DEXPECT_RC=0 ${SV_RUN_SCRIPT})
set_tests_properties(workshop_report workshop_report_again PROPERTIES
                     FIXTURES_REQUIRED workshop_results FIXTURES_SETUP workshop_exports)

sv_ws_node_test(workshop_exports_check ${SV_NODE} tests/workshop/check_exports.js ${SV_WS_OUT})
sv_ws_node_test(workshop_lrs_roundtrip tests/workshop/confined.sh ${SV_NODE}
                tests/workshop/lrs_roundtrip.js ${SV_TOOL} ${SV_WS_OUT}/xapi.json)
set_tests_properties(workshop_exports_check workshop_lrs_roundtrip
                     PROPERTIES FIXTURES_REQUIRED "workshop_results;workshop_exports" TIMEOUT 120)
# The reports in Chromium. Under the sanitizers the reports are still written
# (workshop_report*, the C code they check); what the browser shows of them is
# the default build's test.
if(NOT SV_SANITIZE)
  sv_ws_node_test(workshop_html_chromium ${SV_NODE} tests/workshop/html_check.js
                  ${SV_WS_OUT}/report.html ${SV_WS_OUT}/report.pdf --lang en ${SV_WS_RESULTS})
  set_tests_properties(workshop_html_chromium
                       PROPERTIES FIXTURES_REQUIRED "workshop_results;workshop_exports" TIMEOUT 120)
endif()
# The same results' report asked for in Swedish and in Norwegian (the workshop
# file says "en"), and shown by Chromium with their own headings.
foreach(lang sv nb)
  sv_ws_test(workshop_report_${lang}
    COMMAND ${SV_RUN} "-DCMD=${SV_TOOL}|report|${results_cmd}|--lang|${lang}|--html|${SV_WS_OUT}/report-${lang}.html"
            -DEXPECT_RC=0 "-DEXPECT=wrote .*report-${lang}.html \\(HTML report\\)" ${SV_RUN_SCRIPT})
  set_tests_properties(workshop_report_${lang} PROPERTIES FIXTURES_REQUIRED workshop_results
                       FIXTURES_SETUP workshop_exports_${lang})
  if(NOT SV_SANITIZE)
    sv_ws_node_test(workshop_html_chromium_${lang} ${SV_NODE} tests/workshop/html_check.js
                    ${SV_WS_OUT}/report-${lang}.html ${SV_WS_OUT}/report-${lang}.pdf --lang ${lang}
                    ${SV_WS_RESULTS})
    set_tests_properties(workshop_html_chromium_${lang} PROPERTIES
                         FIXTURES_REQUIRED "workshop_results;workshop_exports_${lang}" TIMEOUT 120)
  endif()
endforeach()
sv_ws_test(workshop_report_bad_lang
  COMMAND ${SV_RUN} "-DCMD=${SV_TOOL}|report|${results_cmd}|--lang|de|--html|${SV_WS_OUT}/report-de.html"
          -DEXPECT_RC=2 "-DEXPECT=--lang 'de': the report speaks en, sv or nb" ${SV_RUN_SCRIPT})
set_tests_properties(workshop_report_bad_lang PROPERTIES FIXTURES_REQUIRED workshop_results)

# The schemas: the workshop file, its broken cases, the results written.
sv_schema_test(schema_accepts_workshops accept workshop tests/workshop/parcel-workshop.json
               tests/workshop/other-seed-workshop.json)
sv_schema_test(schema_broken_workshops table workshop tests/workshop/broken/expect.txt)
sv_schema_test(schema_accepts_results accept result ${SV_WS_RESULTS})
set_tests_properties(schema_accepts_results PROPERTIES FIXTURES_REQUIRED workshop_results)
list(APPEND ws_tests schema_accepts_workshops schema_broken_workshops schema_accepts_results)

# ---- refusals ----
# A result of the same workshop played with another seed (its own workshop file, seed 3).
set(other ${SV_WS_OUT}/other-seed.result.json)
sv_ws_test(workshop_play_other_seed
  COMMAND sh -c "rm -f '${other}' && exec \"$0\" workshop play '${SV_WS}/other-seed-workshop.json' green --replay '${PROJECT_SOURCE_DIR}/tests/replays/bad-sv.json' -o '${other}'"
          ${SV_TOOL})
set_tests_properties(workshop_play_other_seed PROPERTIES FIXTURES_SETUP workshop_other)
# ... and of another pack version and another workshop, made from red's.
sv_ws_test(workshop_make_other_version
  COMMAND ${CMAKE_COMMAND} -DIN=${SV_WS_OUT}/red.result.json -DOUT=${SV_WS_OUT}/other-version.result.json
          -DFROM=\"1.0.0\" -DTO=\"1.1.0\" -P ${SV_WS}/mutate.cmake)
sv_ws_test(workshop_make_other_workshop
  COMMAND ${CMAKE_COMMAND} -DIN=${SV_WS_OUT}/blue.result.json -DOUT=${SV_WS_OUT}/other-workshop.result.json
          -DFROM=acme-parcel-2026-12 -DTO=acme-parcel-2027-01 -P ${SV_WS}/mutate.cmake)
sv_ws_test(workshop_make_damaged
  COMMAND ${CMAKE_COMMAND} -DIN=${SV_WS_OUT}/green.result.json -DOUT=${SV_WS_OUT}/damaged.result.json
          "-DFROM=\"mood\":" "-DTO=\"moood\":" -P ${SV_WS}/mutate.cmake)
set_tests_properties(workshop_make_other_version workshop_make_other_workshop workshop_make_damaged
                     PROPERTIES FIXTURES_REQUIRED workshop_results FIXTURES_SETUP workshop_other)

set(red ${SV_WS_OUT}/red.result.json)
sv_ws_test(workshop_report_refuses_seed
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|report|${red}|${other}|--csv|${SV_WS_OUT}/refused.csv -DEXPECT_RC=1
          "-DEXPECT=other-seed.result.json: error: /seed: this result is of seed 3 and .*red.result.json is of seed 7: results of another seed are not comparable, so they are not merged;nothing was merged or written"
          ${SV_RUN_SCRIPT})
sv_ws_test(workshop_report_refuses_version
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|report|${SV_WS_OUT}/blue.result.json|${SV_WS_OUT}/other-version.result.json
          -DEXPECT_RC=1 "-DEXPECT=error: /pack/version: this result is of pack version sample 1.1.0 and .*blue.result.json is of pack version sample 1.0.0"
          ${SV_RUN_SCRIPT})
sv_ws_test(workshop_report_refuses_workshop
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|report|${red}|${SV_WS_OUT}/other-workshop.result.json
          -DEXPECT_RC=1 "-DEXPECT=error: /workshop/id: this result is of workshop acme-parcel-2027-01"
          ${SV_RUN_SCRIPT})
sv_ws_test(workshop_report_refuses_team_twice
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|report|${red}|${SV_WS_OUT}/other-version.result.json|${red}
          -DEXPECT_RC=1 "-DEXPECT=error: /team/id: team 'red' has a result in .*red.result.json already"
          ${SV_RUN_SCRIPT})
sv_ws_test(workshop_report_refuses_damaged
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|report|${red}|${SV_WS_OUT}/damaged.result.json
          -DEXPECT_RC=1 "-DEXPECT=damaged.result.json:[0-9]+:[0-9]+: error: /plays/0/meters/moood: unknown key 'moood' \\(did you mean 'mood'\\?\\)"
          ${SV_RUN_SCRIPT})
set_tests_properties(workshop_report_refuses_seed workshop_report_refuses_version
                     workshop_report_refuses_workshop workshop_report_refuses_team_twice
                     workshop_report_refuses_damaged
                     PROPERTIES FIXTURES_REQUIRED "workshop_results;workshop_other")
# A replay of another seed is refused; a file that is not a result is never written over.
sv_ws_test(workshop_play_refuses_seed
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|workshop|play|${SV_WS_FILE}|green|--replay|${PROJECT_SOURCE_DIR}/tests/replays/bad-sv.json|-o|${SV_WS_OUT}/never.result.json
          -DEXPECT_RC=1 "-DEXPECT=bad-sv.json.*/seed.*seed" "-DREJECT=wrote" ${SV_RUN_SCRIPT})
sv_ws_test(workshop_play_keeps_other_files
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|workshop|play|${SV_WS_FILE}|red|--replay|${PROJECT_SOURCE_DIR}/tests/replays/good-seed7.json|-o|${SV_WS_OUT}/not-a-result.json
          -DEXPECT_RC=1 "-DEXPECT=not a result file this command can add to; it is left as it is"
          ${SV_RUN_SCRIPT})
# Sending to where no LRS listens says so and fails.
sv_ws_test(workshop_xapi_unreachable
  COMMAND ${SV_RUN} -DCMD=${SV_TOOL}|xapi|send|${SV_WS_OUT}/xapi.json|--endpoint|http://127.0.0.1:9/xAPI
          -DEXPECT_RC=1 "-DEXPECT=statements 1-[0-9]+ of [0-9]+: not sent: Could" ${SV_RUN_SCRIPT})
set_tests_properties(workshop_xapi_unreachable PROPERTIES FIXTURES_REQUIRED workshop_exports)

# The facilitator's improvement plan (improvement-plan.json, as the game's
# board writes it): its schema, the plan in the JSON and HTML exports
# (escaped), and a plan of another workshop refused with where it says so.
sv_schema_test(schema_accepts_plans accept plan tests/workshop/improvement-plan.json)
list(APPEND ws_tests schema_accepts_plans)
if(TEST game_board) # the plans the game's board wrote (tests/game/board.cmake)
  sv_schema_test(schema_accepts_board_plans accept plan
    ${SV_GAME_OUT}/game_board/keys/improvement-plan.json ${SV_GAME_OUT}/game_board/sv/improvement-plan.json)
  set_tests_properties(schema_accepts_board_plans PROPERTIES FIXTURES_REQUIRED game_board)
  list(APPEND ws_tests schema_accepts_board_plans)
endif()
sv_ws_test(workshop_report_plan
  COMMAND ${CMAKE_COMMAND} -DTOOL=${SV_TOOL} "-DRESULTS=${results_cmd}" -DPLAN=${SV_WS}/improvement-plan.json
          -DOUT=${SV_WS_OUT} -P ${SV_WS}/plan_exports.cmake)
set_tests_properties(workshop_report_plan PROPERTIES FIXTURES_REQUIRED workshop_results)
sv_ws_test(workshop_make_other_plan
  COMMAND ${CMAKE_COMMAND} -DIN=${SV_WS}/improvement-plan.json -DOUT=${SV_WS_OUT}/other-plan.json
          -DFROM=acme-parcel-2026-12 -DTO=acme-parcel-2027-01 -P ${SV_WS}/mutate.cmake)
set_tests_properties(workshop_make_other_plan PROPERTIES FIXTURES_SETUP workshop_other)
sv_ws_test(workshop_report_refuses_plan
  COMMAND ${SV_RUN} "-DCMD=${SV_TOOL}|report|${results_cmd}|--plan|${SV_WS_OUT}/other-plan.json|--html|${SV_WS_OUT}/never.html"
          -DEXPECT_RC=1 "-DEXPECT=other-plan.json:4:15: error: /workshop: this plan is of workshop 'acme-parcel-2027-01' and the results are of workshop 'acme-parcel-2026-12';nothing was merged or written"
          "-DREJECT=wrote" ${SV_RUN_SCRIPT})
set_tests_properties(workshop_report_refuses_plan PROPERTIES
                     FIXTURES_REQUIRED "workshop_results;workshop_other")

set_tests_properties(${ws_tests} PROPERTIES LABELS workshop)
