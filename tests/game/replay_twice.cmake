# The same replay gives the same pixels: play it twice headless with the same
# screenshot times and compare the files byte for byte.
# Run with -DSVARA=... -DREPLAY=... -DOUT=... -DHOME_DIR=...
file(MAKE_DIRECTORY ${HOME_DIR}/data ${HOME_DIR}/cache ${OUT})
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
foreach(run a b)
  execute_process(COMMAND ${SVARA} --headless --replay ${REPLAY} --speed 64
                          --screenshot-at 33.3:${OUT}/${run}-33.bmp --screenshot-at 190:${OUT}/${run}-190.bmp
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "run ${run} failed (${rc}):\n${out}\n${err}")
  endif()
endforeach()
foreach(t 33 190)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}/a-${t}.bmp ${OUT}/b-${t}.bmp
                  RESULT_VARIABLE same)
  if(NOT same EQUAL 0)
    message(FATAL_ERROR "the screenshots at ${t} s differ between two runs of the same replay")
  endif()
endforeach()
message(STATUS "both runs gave the same pixels at 33.3 s and 190 s")
