# The workshop's scoreboard in the middle of a run (issue 14): the playing
# team's run so far on the board, marked in progress, and never written to a
# result file or an export. In English (tests/game/workshop-live-keys.txt:
# red, the first team, after its first and second decisions) and in Swedish
# (tests/game/workshop-live-sv-keys.txt: blue after two decisions, with red's
# finished play beside it). The shots land in OUT for people to look at.
# Run with -DSVARA=... -DTOOL=... -DHOME_DIR=... -DOUT=... -DKEYS=<tests/game>
# -DSRC=<the source tree>
file(MAKE_DIRECTORY ${OUT})
set(data ${HOME_DIR}/data/svara)
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
include(${CMAKE_CURRENT_LIST_DIR}/checks.cmake)

function(fresh)
  file(REMOVE_RECURSE ${HOME_DIR})
  file(MAKE_DIRECTORY ${data} ${HOME_DIR}/cache)
endfunction()

function(game label script)
  execute_process(COMMAND ${SVARA} --headless --speed 64 ${ARGN} --script-keys ${KEYS}/${script}
                  WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e
                  TIMEOUT 120)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${label}: the game exited with ${rc}:\n${o}\n${e}")
  endif()
  set(out "${o}${e}" PARENT_SCOPE)
endfunction()

# ---- English: red, the first team, after its first decision and its second ---------------------
fresh()
set(dir ${data}/workshops/acme-parcel-2026-12)
game("en" workshop-live-keys.txt --workshop ${SRC}/tests/workshop/parcel-workshop.json)
foreach(n 1 2)
  if(NOT out MATCHES "board: team red in progress at [0-9]+ ms, ${n} decision\\(s\\) so far")
    message(FATAL_ERROR "en: no board with red's run after ${n} decision(s):\n${out}")
  endif()
endforeach()
# the run in progress is in no file: no result, no export
file(GLOB written ${dir}/results/*)
if(written)
  message(FATAL_ERROR "en: the board wrote files for a run in progress: ${written}")
endif()
message(STATUS "workshop_live: en as expected")

# ---- Swedish: red's play finished, blue after two decisions ----------------------------------------
fresh()
set(dir ${data}/workshops/parcel-sv)
file(MAKE_DIRECTORY ${dir}/results)
# red's good run, played in Swedish (the language does not change the run)
file(READ ${SRC}/tests/replays/good-seed7.json replay)
string(REPLACE "\"lang\":\t\"en\"" "\"lang\":\t\"sv\"" replay "${replay}")
file(WRITE ${OUT}/good-seed7-sv.json "${replay}")
execute_process(COMMAND ${TOOL} workshop play ${KEYS}/workshop/parcel-sv.json red
                        --replay ${OUT}/good-seed7-sv.json -o ${dir}/results/red.result.json
                RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "sv: red's result could not be made (${rc}):\n${o}${e}")
endif()
file(READ ${dir}/results/red.result.json red_before)
game("sv" workshop-live-sv-keys.txt --workshop ${KEYS}/workshop/parcel-sv.json)
if(NOT out MATCHES "board: team blue in progress at [0-9]+ ms, 2 decision\\(s\\) so far")
  message(FATAL_ERROR "sv: no board with blue's run after 2 decisions:\n${out}")
endif()
# blue's run is in no file; red's is as it was; the export has red's play only, in Swedish
if(EXISTS ${dir}/results/blue.result.json)
  message(FATAL_ERROR "sv: blue's run in progress was written to a result file")
endif()
file(READ ${dir}/results/red.result.json red_after)
if(NOT red_after STREQUAL red_before)
  message(FATAL_ERROR "sv: red's result file changed")
endif()
file(READ ${dir}/results/report.csv csv)
expect_in("${csv}" "parcel-sv,red," "sv: the export")
expect_not_in("${csv}" "parcel-sv,blue," "sv: the export (blue's run in progress)")
file(READ ${dir}/results/report.html html)
expect_in("${html}" "<html lang=\"sv\">" "sv: the HTML report (the game's language)")
expect_in("${html}" "<h2>Förbättringsplan</h2>" "sv: the HTML report")
expect_not_in("${html}" "Blå laget</a>" "sv: the HTML report (blue's run in progress)")
message(STATUS "workshop_live: sv as expected")
