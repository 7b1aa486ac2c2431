# The workshop board end to end (game/ui/board.h): the fixture workshop's
# three teams played into result files with svara-tool workshop play, then
# the board opened on them (svara --board ... --results ...) by keyboard,
# gamepad, mouse and in Swedish; each run's improvement plan and exports are
# read back. Then a folder with a damaged result and a plan file that cannot
# be read, and a workshop file that is not there.
# Run with -DSVARA=... -DTOOL=... -DHOME_DIR=... -DOUT=... -DSCRIPTS=... -DSRC=...
file(REMOVE_RECURSE ${HOME_DIR} ${OUT})
file(MAKE_DIRECTORY ${HOME_DIR}/data ${HOME_DIR}/cache ${OUT})
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
set(workshop ${SRC}/tests/workshop/parcel-workshop.json)

# results(DIR): the three teams' result files in DIR.
function(results dir)
  file(MAKE_DIRECTORY ${dir})
  foreach(pair red:tests/replays/good-seed7.json blue:tests/workshop/replays/middling.json
               green:tests/workshop/replays/bad.json)
    string(REPLACE ":" ";" pair ${pair})
    list(GET pair 0 team)
    list(GET pair 1 replay)
    execute_process(COMMAND ${TOOL} workshop play ${workshop} ${team} --replay ${SRC}/${replay}
                            -o ${dir}/${team}.result.json
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "workshop play ${team} failed (${rc}):\n${out}\n${err}")
    endif()
  endforeach()
endfunction()

# board(DIR SCRIPT ARGS...): the board on DIR, driven by SCRIPT; its output in board_out.
function(board dir script)
  execute_process(COMMAND ${SVARA} --headless --board ${workshop} --results ${dir} ${ARGN}
                          --script-keys ${SCRIPTS}/${script}
                  WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err TIMEOUT 120)
  message(STATUS "${script}: ${rc}\n${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${script} failed (${rc}):\n${out}\n${err}")
  endif()
  set(board_out "${out}${err}" PARENT_SCOPE)
endfunction()

# red_board(LABEL WORKSHOP DIR SCRIPT): red's good run of WORKSHOP played into
# DIR, then the board on DIR driven by SCRIPT.
function(red_board label workshop dir script)
  execute_process(COMMAND ${TOOL} workshop play ${workshop} red
                          --replay ${SRC}/tests/replays/good-seed7.json -o ${dir}/red.result.json
                  RESULT_VARIABLE rc OUTPUT_QUIET)
  execute_process(COMMAND ${SVARA} --headless --board ${workshop} --results ${dir}
                          --script-keys ${SCRIPTS}/${script}
                  WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc2 OUTPUT_VARIABLE out
                  ERROR_VARIABLE err TIMEOUT 60)
  if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
    message(FATAL_ERROR "${label} (${rc}, ${rc2}):\n${out}\n${err}")
  endif()
endfunction()

# has(FILE TEXT...): each TEXT is in FILE.
function(has path)
  if(NOT EXISTS ${path})
    message(FATAL_ERROR "${path} was not written")
  endif()
  file(READ ${path} text)
  foreach(want ${ARGN})
    string(FIND "${text}" "${want}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${path} does not hold '${want}':\n${text}")
    endif()
  endforeach()
endfunction()

function(lacks path)
  file(READ ${path} text)
  foreach(unwanted ${ARGN})
    string(FIND "${text}" "${unwanted}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "${path} holds '${unwanted}', which was removed")
    endif()
  endforeach()
endfunction()

# 1. The keyboard: a cell typed, a date chosen, a row added and one removed, exported.
set(dir ${OUT}/keys)
results(${dir})
board(${dir} board-keys.txt)
set(plan ${dir}/improvement-plan.json)
has(${plan} "\"workshop\":\t\"acme-parcel-2026-12\"" "\"responsible\":\t\"Quality lead Åsa\""
    "\"due\":\t\"2026-12-11\"" "\"issue\":\t\"Book a training day\"")
lacks(${plan} "Scrap this row" "never kept")
file(READ ${plan} json)
string(JSON first GET "${json}" rows 0 principle)
string(JSON rows LENGTH "${json}" rows)
message(STATUS "plan: ${rows} rows, the first on ${first}")
has(${dir}/report.html "Quality lead Åsa" "2026-12-11" "Book a training day" "id=\"plan\"")
has(${dir}/report.json "\"responsible\":\t\"Quality lead Åsa\"")
has(${dir}/report.csv "workshop,team,team_name")
has(${dir}/statements.json "http://adlnet.gov/expapi/verbs/answered")
if(NOT board_out MATCHES "exported report.csv, report.json, statements.json and report.html")
  message(FATAL_ERROR "the export was not logged:\n${board_out}")
endif()

# 2. The gamepad: a person chosen for a cell, exported with Start.
set(dir ${OUT}/pad)
results(${dir})
board(${dir} board-pad.txt)
has(${dir}/improvement-plan.json "\"responsible\":\t\"Erik Aas\"")
has(${dir}/report.html "Erik Aas")

# 3. The mouse: a cell clicked and typed into, kept by clicking Export report.
set(dir ${OUT}/mouse)
results(${dir})
board(${dir} board-mouse.txt)
has(${dir}/improvement-plan.json "Mouse typed")
has(${dir}/report.html "Mouse typed")

# 4. In Swedish: the suggested plan's actions are the principles' Swedish lessons.
set(dir ${OUT}/sv)
results(${dir})
board(${dir} board-sv-keys.txt --set language=sv)
has(${dir}/improvement-plan.json "\"responsible\":\t\"Kvalitetsansvarig\"" "Nästa gång")
has(${dir}/report.html "Kvalitetsansvarig")

# 5. A damaged result and a plan that cannot be read: located, the rest merged,
# the plan kept aside byte for byte before a new one is written.
set(dir ${OUT}/broken)
results(${dir})
file(READ ${dir}/green.result.json green)
string(REPLACE "\"mood\":" "\"moood\":" green "${green}")
file(WRITE ${dir}/green.result.json "${green}")
set(bad "{\n  \"format\": 1,\n  \"workshop\": \"acme-parcel-2026-12\",\n  \"rows\": [{\"principle\": \"NOPE\", \"issue\": \"\", \"corrective_action\": \"\", \"responsible\": \"\", \"due\": \"\"}]\n}\n")
file(WRITE ${dir}/improvement-plan.json "${bad}")
board(${dir} board-broken-keys.txt)
if(NOT board_out MATCHES "green.result.json:[0-9]+:[0-9]+: error: /plays/0/meters/moood")
  message(FATAL_ERROR "the damaged result is not located:\n${board_out}")
endif()
file(GLOB kept ${dir}/improvement-plan.json.bad-*)
list(LENGTH kept n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "the unreadable plan was not kept aside: ${kept}")
endif()
file(READ ${kept} was)
if(NOT was STREQUAL bad)
  message(FATAL_ERROR "the plan kept aside differs from the one that was there:\n${was}")
endif()
has(${dir}/improvement-plan.json "Kept aside")

# 6. A workshop of two scenarios, only the first played.
set(dir ${OUT}/two)
file(MAKE_DIRECTORY ${dir})
file(READ ${workshop} two)
string(REPLACE "\"scenarios\": [\"parcel\"]" "\"scenarios\": [\"parcel\", \"tent\"]" two "${two}")
file(WRITE ${dir}/workshop.json "${two}")
red_board("two scenarios" ${dir}/workshop.json ${dir} board-two-keys.txt)

# 7. A workshop file that is not there.
execute_process(COMMAND ${SVARA} --headless --board ${OUT}/no-such-workshop.json
                        --script-keys ${SCRIPTS}/board-missing-keys.txt
                WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" MATCHES "no-such-workshop.json: error")
  message(FATAL_ERROR "the missing workshop (${rc}):\n${out}\n${err}")
endif()

# 8. A Swedish workshop's board with no --set language: in Swedish, as its runs were.
set(dir ${OUT}/lang)
file(MAKE_DIRECTORY ${dir})
red_board("the Swedish workshop's board" ${SRC}/tests/game/workshop/parcel-sv.json ${dir}
          board-lang-keys.txt)
message(STATUS "the board: keyboard, gamepad, mouse, Swedish, broken files and a missing workshop all passed")
