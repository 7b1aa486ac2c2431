# Hot reload: a copy of tests/game/reload/pack in a fresh player's packs folder,
# the game run on it by a key script that edits the pack's files as it plays
# (the script's copy command), then the recorded run replayed on the pack as
# the script left it, which must end in the same state: a reloaded run is the
# run a fresh start with the same inputs gives.
# Run with -DSVARA=... -DHOME_DIR=... -DOUT=... -DSCRIPT=... -DPACK=... [-DAUTHOR=ON] [-DZIP=FILE]
# With -DZIP=... the pack is packs/reload.zip instead, and the zip of the
# folder with scenarios/desk.json replaced by ZIP waits next to the packs
# folder, as {packs}/../reload-v2.zip, for the script to copy over it.
file(REMOVE_RECURSE ${HOME_DIR})
file(MAKE_DIRECTORY ${HOME_DIR}/data/svara/packs ${HOME_DIR}/cache ${OUT})
if(ZIP)
  set(stage ${HOME_DIR}/stage)
  file(COPY ${PACK}/ DESTINATION ${stage}/v1)
  file(COPY ${PACK}/ DESTINATION ${stage}/v2)
  configure_file(${ZIP} ${stage}/v2/scenarios/desk.json COPYONLY)
  foreach(v v1 v2)
    execute_process(COMMAND ${CMAKE_COMMAND} -E tar cf ${stage}/${v}.zip --format=zip
                            pack.json scenarios/desk.json
                    WORKING_DIRECTORY ${stage}/${v} RESULT_VARIABLE zrc)
    if(NOT zrc EQUAL 0)
      message(FATAL_ERROR "cannot zip ${stage}/${v}")
    endif()
  endforeach()
  configure_file(${stage}/v1.zip ${HOME_DIR}/data/svara/packs/reload.zip COPYONLY)
  configure_file(${stage}/v2.zip ${HOME_DIR}/data/svara/reload-v2.zip COPYONLY)
else()
  file(COPY ${PACK}/ DESTINATION ${HOME_DIR}/data/svara/packs/reload)
endif()
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
execute_process(COMMAND ${SVARA} --headless --replay ${rec} --speed 64
                WORKING_DIRECTORY ${OUT} TIMEOUT 120
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
string(FIND "${err}" "matches" at)
if(NOT rc EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "the recorded run does not replay to its state (${rc})")
endif()
