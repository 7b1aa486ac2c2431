# Facilitator mode (issue 14), end to end: the fixture workshop run with the
# keyboard (team talk, the pressure dial, a pause that freezes the clock, a
# scoreboard after each decision), a multi-machine workshop in Swedish with a
# gamepad, the mouse leaving a run that the next start resumes at the same
# state hash, the title's picker, a file that cannot be used (nothing written)
# and a result file that is not the team's (never written over). The scripts
# are tests/game/workshop-*.txt; their shots land in OUT for people to look at.
# Run with -DSVARA=... -DTOOL=... -DHOME_DIR=... -DOUT=... -DKEYS=<tests/game>
# -DSRC=<the source tree>
file(MAKE_DIRECTORY ${OUT})
set(data ${HOME_DIR}/data/svara)
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
set(parcel ${SRC}/tests/workshop/parcel-workshop.json)
set(parcel_dir ${data}/workshops/acme-parcel-2026-12)

function(fresh)
  file(REMOVE_RECURSE ${HOME_DIR})
  file(MAKE_DIRECTORY ${data} ${HOME_DIR}/cache)
endfunction()

# game(LABEL SCRIPT RC ARGS...): runs the game; sets out (stdout and the log).
function(game label script want)
  execute_process(COMMAND ${SVARA} --headless --speed 64 ${ARGN} --script-keys ${KEYS}/${script}
                  WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e
                  TIMEOUT 120)
  if(NOT rc EQUAL want)
    message(FATAL_ERROR "${label}: the game exited with ${rc}, not ${want}:\n${o}\n${e}")
  endif()
  set(out "${o}${e}" PARENT_SCOPE)
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/checks.cmake)

# The play's replay, extracted from a result file, plays back in svara-tool to
# the play's hash: the team talk and the pressure dial left the run the same run.
function(replay_checks result scenario label)
  file(READ ${result} json)
  string(JSON rep GET "${json}" plays 0 replay)
  string(JSON hash GET "${json}" plays 0 hash)
  file(WRITE ${OUT}/${label}-replay.json "${rep}")
  execute_process(COMMAND ${TOOL} play ${SRC}/scenarios/sample ${scenario}
                          --replay ${OUT}/${label}-replay.json
                  RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${label}: the result's replay does not play back to its hash ${hash}:\n${o}${e}")
  endif()
  expect_in("${o}" "${hash}" "${label}: svara-tool play")
  set(rep "${rep}" PARENT_SCOPE)
endfunction()

# ---- the keyboard: red's run with team talk, the dial at 150 %, a pause -------------------------
fresh()
game("keyboard" workshop-keys.txt 0 --workshop ${parcel})
if(NOT EXISTS ${parcel_dir}/results/red.result.json)
  message(FATAL_ERROR "keyboard: no result file for red in ${parcel_dir}/results")
endif()
replay_checks(${parcel_dir}/results/red.result.json parcel keyboard)
if(NOT rep MATCHES "\"deadline_percent\"[ \t]*:[ \t]*150" OR
   NOT rep MATCHES "\"deadline_changes\"[^]]*\"percent\"[ \t]*:[ \t]*125")
  message(FATAL_ERROR "keyboard: red's replay does not record the dial at 150 % and its move to 125 %:\n${rep}")
endif()
file(READ ${parcel_dir}/progress.json progress)
string(JSON team GET "${progress}" team)
string(JSON playing GET "${progress}" playing)
if(NOT team STREQUAL "blue" OR playing)
  message(FATAL_ERROR "keyboard: the progress should be blue's turn, not started:\n${progress}")
endif()
if(EXISTS ${parcel_dir}/journal.json)
  message(FATAL_ERROR "keyboard: the finished run's journal is still there")
endif()
# the scoreboard after each of red's decisions that closed before the end, and
# every decision's talk
foreach(n 1 2 3 4 5 6)
  expect_in("${out}" "workshop: scoreboard after decision ${n} of team red" "keyboard")
endforeach()
foreach(d first-reply follow wrap-up troll fan tone)
  expect_in("${out}" "decision ${d}" "keyboard: team talk")
endforeach()
expect_not_in("${out}" "scoreboard at the end" "keyboard (after-each shows none at the end of red's scenario)")
# not counted in a profile: nobody's profile was opened or made
if(EXISTS ${data}/profiles)
  file(GLOB profiles ${data}/profiles/*)
  if(profiles)
    message(FATAL_ERROR "keyboard: a workshop's run made or changed a profile: ${profiles}")
  endif()
endif()

# ---- a gamepad, in Swedish, one machine of a multi-machine workshop -------------------------------
fresh()
game("gamepad" workshop-pad.txt 0 --workshop ${KEYS}/workshop/parcel-sv.json)
set(sv_dir ${data}/workshops/parcel-sv)
if(NOT EXISTS ${sv_dir}/results/blue.result.json OR EXISTS ${sv_dir}/results/red.result.json)
  message(FATAL_ERROR "gamepad: blue's result (and only blue's) should be in ${sv_dir}/results")
endif()
replay_checks(${sv_dir}/results/blue.result.json parcel gamepad)
if(NOT rep MATCHES "\"deadline_percent\"[ \t]*:[ \t]*200" OR NOT rep MATCHES "\"lang\"[ \t]*:[ \t]*\"sv\"")
  message(FATAL_ERROR "gamepad: blue's replay is not at 200 % in Swedish:\n${rep}")
endif()
foreach(n 2 4 6)
  expect_in("${out}" "workshop: scoreboard after decision ${n} of team blue" "gamepad (every 2)")
endforeach()
expect_not_in("${out}" "scoreboard after decision 3 " "gamepad (every 2)")
expect_in("${out}" "scoreboard at the end of the workshop" "gamepad")

# ---- the mouse leaves green's run; the next start resumes it ----------------------------------------
fresh()
game("mouse" workshop-mouse.txt 0 --workshop ${parcel})
if(NOT EXISTS ${parcel_dir}/journal.json)
  message(FATAL_ERROR "mouse: no journal of green's run in ${parcel_dir}")
endif()
file(READ ${parcel_dir}/journal.json journal)
string(JSON hash GET "${journal}" checkpoint hash)
file(READ ${parcel_dir}/progress.json progress)
string(JSON team GET "${progress}" team)
string(JSON playing GET "${progress}" playing)
if(NOT team STREQUAL "green" OR NOT playing)
  message(FATAL_ERROR "mouse: the progress should be green playing:\n${progress}")
endif()
game("resume" workshop-resume-keys.txt 0 --workshop ${parcel})
expect_in("${out}" ": state ${hash}" "resume (the same state hash as the journal's checkpoint)")
string(REGEX MATCH "resumed sample/parcel at [0-9]+ ms: state ([0-9a-f]+)" m "${out}")
if(NOT CMAKE_MATCH_1 STREQUAL hash)
  message(FATAL_ERROR "resume: resumed at ${CMAKE_MATCH_1}, the journal says ${hash}")
endif()

# ---- the title's picker --------------------------------------------------------------------------
fresh()
file(MAKE_DIRECTORY ${data}/workshops)
file(COPY ${KEYS}/workshop/tutorial-workshop.json DESTINATION ${data}/workshops)
file(WRITE ${data}/workshops/a-broken.json "{\"format\": 1, \"id\": \n")
game("picker" workshop-pick-keys.txt 0 --profile Tester)
file(READ ${data}/workshops/a-broken.json broken)
if(NOT broken STREQUAL "{\"format\": 1, \"id\": \n")
  message(FATAL_ERROR "picker: the broken workshop file was changed")
endif()

# ---- a file that cannot be used: its located message, nothing written --------------------------------
fresh()
game("broken" workshop-broken-keys.txt 0 --workshop ${SRC}/tests/workshop/broken/03-unknown-key.json)
expect_in("${out}" "03-unknown-key.json:60:14: error: /optoins: unknown key 'optoins'" "broken")
expect_in("${out}" "nothing was written" "broken")
if(EXISTS ${data}/workshops/acme-parcel-2026-12)
  message(FATAL_ERROR "broken: a folder was made for a workshop file that cannot be used")
endif()

# ---- a result file that is not the team's: left as it is ----------------------------------------------
fresh()
set(kill_dir ${data}/workshops/tutorial-kill)
file(MAKE_DIRECTORY ${kill_dir}/results)
set(foreign "{\"format\": 1, \"note\": \"someone else's file\"}\n")
file(WRITE ${kill_dir}/results/red.result.json "${foreign}")
game("foreign" workshop-foreign-keys.txt 0 --workshop ${KEYS}/workshop/tutorial-workshop.json)
file(READ ${kill_dir}/results/red.result.json now)
if(NOT now STREQUAL foreign)
  message(FATAL_ERROR "foreign: red.json was written over:\n${now}")
endif()
expect_in("${out}" "Red team's result file is not theirs" "foreign")
message(STATUS "workshop: keyboard, gamepad (sv), mouse, resume, picker, broken and foreign runs all as expected")
