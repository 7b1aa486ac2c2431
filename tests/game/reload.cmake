# Hot reload: a copy of tests/game/reload/pack in a fresh player's packs folder,
# the game run on it by a key script that edits the pack's files as it plays
# (the script's copy command), then the recorded run replayed on the pack as
# the script left it, which must end in the same state: a reloaded run is the
# run a fresh start with the same inputs gives.
# Run with -DSVARA=... -DHOME_DIR=... -DOUT=... -DSCRIPT=... -DPACK=... [-DAUTHOR=ON]
file(REMOVE_RECURSE ${HOME_DIR})
file(MAKE_DIRECTORY ${HOME_DIR}/data/svara/packs ${HOME_DIR}/cache ${OUT})
file(COPY ${PACK}/ DESTINATION ${HOME_DIR}/data/svara/packs/reload)
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
set(extra "")
if(AUTHOR)
  set(extra --author)
endif()
set(rec ${OUT}/recorded.json)
file(REMOVE ${rec})
execute_process(COMMAND ${SVARA} --headless --seed 7 --speed 8 --play reload/desk ${extra}
                --script-keys ${SCRIPT} --record ${rec}
                WORKING_DIRECTORY ${OUT} TIMEOUT 120
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
if(NOT rc EQUAL 0 OR NOT EXISTS ${rec})
  message(FATAL_ERROR "the scripted run failed (${rc})")
endif()
string(FIND "${err}" "reloaded reload/desk at" at)
if(at EQUAL -1)
  message(FATAL_ERROR "no reload of a run in the log")
endif()
execute_process(COMMAND ${SVARA} --headless --replay ${rec} --speed 16
                WORKING_DIRECTORY ${OUT} TIMEOUT 120
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
string(FIND "${err}" "matches" at)
if(NOT rc EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "the recorded run does not replay to its state (${rc})")
endif()
