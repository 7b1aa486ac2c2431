# Skips do not change a run: three days (tests/game/longpack) played with the
# keys, skipping by hand and by themselves, recorded; the recording replayed
# twice in the game (which skips the same quiet stretches) ends both times in
# the recorded state hash, and so does svara-tool, which never skips. The
# script's waits (at most 40000 frames at x16) could not cover two days
# without the skips, so a run that ends at all has skipped.
# Run with -DSVARA=... -DTOOL=... -DPACK=... -DSCRIPT=... -DOUT=... -DHOME_DIR=...
file(REMOVE_RECURSE ${HOME_DIR})
file(MAKE_DIRECTORY ${HOME_DIR}/data/svara/packs ${HOME_DIR}/cache ${OUT})
file(COPY ${PACK} DESTINATION ${HOME_DIR}/data/svara/packs)
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
set(rec ${OUT}/days.json)
file(REMOVE ${rec})
execute_process(COMMAND ${SVARA} --headless --seed 7 --speed 64 --play longpack/days
                        --script-keys ${SCRIPT} --record ${rec}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS ${rec})
  message(FATAL_ERROR "the recorded run failed (${rc}):\n${out}\n${err}")
endif()
file(READ ${rec} json)
string(JSON want GET "${json}" hash)
foreach(run a b)
  execute_process(COMMAND ${SVARA} --headless --replay ${rec} --speed 64
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT err MATCHES "replay hash ${want}: matches \\(ours ${want}\\)")
    message(FATAL_ERROR "replay ${run} did not end in ${want} (${rc}):\n${out}\n${err}")
  endif()
endforeach()
execute_process(COMMAND ${TOOL} play ${PACK} days --replay ${rec}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "replay hash ${want}: matches")
  message(FATAL_ERROR "svara-tool's replay (no skips) did not end in ${want} (${rc}):\n${out}\n${err}")
endif()
message(STATUS "recorded with skips, replayed twice and by svara-tool: all ${want}")
