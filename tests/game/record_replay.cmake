# A run played with the keys and recorded (--record) replays to the same state:
# the game prints the replay's hash check when the replayed run ends.
# Run with -DSVARA=... -DSCRIPT=... -DOUT=... -DHOME_DIR=...
file(MAKE_DIRECTORY ${HOME_DIR}/data ${HOME_DIR}/cache ${OUT})
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
set(rec ${OUT}/recorded.json)
file(REMOVE ${rec})
execute_process(COMMAND ${SVARA} --headless --profile Tester --select sample/parcel --seed 7 --speed 64 --script-keys ${SCRIPT} --record ${rec}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS ${rec})
  message(FATAL_ERROR "the recorded run failed (${rc}):\n${out}\n${err}")
endif()
execute_process(COMMAND ${SVARA} --headless --replay ${rec} --speed 64
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
string(FIND "${err}" "matches" at)
if(NOT rc EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "the replay of the recorded run does not match (${rc}):\n${out}\n${err}")
endif()
