# The authors' recommended path as a replay (svara-tool play --expert
# --record) ends where the walk that agreement checks ends, and plays back to
# the same state: through svara-tool play --replay and, when the game is
# built, through the game's own player (svara --replay, headless).
#   cmake -DTOOL=svara-tool [-DSVARA=svara] -DPACK=dir -DSCENARIO=id
#         -DENDING=id -DGRADE=letter -DINPUTS=n -DOUT=dir -P expert_replay.cmake
file(MAKE_DIRECTORY ${OUT}/data ${OUT}/cache)
set(rec ${OUT}/${SCENARIO}-expert.json)
file(REMOVE ${rec})
execute_process(COMMAND ${TOOL} play ${PACK} ${SCENARIO} --expert --lang sv --record ${rec}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS ${rec})
  message(FATAL_ERROR "play --expert failed (${rc}):\n${out}\n${err}")
endif()
foreach(re "ending: ${ENDING}\n" "grade +${GRADE} \\(" "recorded ${INPUTS} input\\(s\\)")
  if(NOT out MATCHES "${re}")
    message(FATAL_ERROR "play --expert: no '${re}' in:\n${out}")
  endif()
endforeach()
string(REGEX MATCH "state hash: ([0-9a-f]+)" found "${out}")
set(hash ${CMAKE_MATCH_1})
file(READ ${rec} json)
if(NOT json MATCHES "\"hash\":[ \t]*\"${hash}\"" OR NOT json MATCHES "\"lang\":[ \t]*\"sv\"")
  message(FATAL_ERROR "the replay does not end in ${hash} or is not in Swedish:\n${json}")
endif()
execute_process(COMMAND ${TOOL} play ${PACK} ${SCENARIO} --replay ${rec}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "replay hash ${hash}: matches"
   OR NOT out MATCHES "ending: ${ENDING}\n")
  message(FATAL_ERROR "play --replay of the expert path (${rc}):\n${out}\n${err}")
endif()
if(SVARA)
  set(ENV{SDL_VIDEODRIVER} dummy)
  set(ENV{SDL_AUDIODRIVER} dummy)
  set(ENV{XDG_DATA_HOME} ${OUT}/data)
  set(ENV{XDG_CACHE_HOME} ${OUT}/cache)
  execute_process(COMMAND ${SVARA} --headless --replay ${rec} --speed 64
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
  set(all "${out}${err}")
  if(NOT rc EQUAL 0 OR NOT all MATCHES "replay hash ${hash}: matches \\(ours ${hash}\\)"
     OR NOT all MATCHES "reached debrief: ending ${ENDING}, grade ${GRADE} \\([0-9]+\\), language sv")
    message(FATAL_ERROR "svara --replay of the expert path (${rc}):\n${all}")
  endif()
endif()
message(STATUS "${SCENARIO}: the expert path ends in ${ENDING}, grade ${GRADE}, hash ${hash}")
