# svara-tool explore and graph: the play-tester finds what was planted, gives
# the same figures for a seed on any number of threads, and the graph is
# valid Graphviz with every node, coloured from explore's results.
# (included before tool.cmake: its variables are set here again)
set(SV_RUN ${CMAKE_COMMAND})
set(SV_RUN_SCRIPT -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_command.cmake)
set(SV_SAMPLE ${PROJECT_SOURCE_DIR}/scenarios/sample)
set(SV_EXPLORE_PACK ${CMAKE_CURRENT_SOURCE_DIR}/explore/explore) # not in packs/: the library tests read that folder
set(SV_EXPLORE_TOOL $<TARGET_FILE:svara-tool>)

# The planted option, event and ending, located by file, line and column.
add_test(NAME tool_explore_planted
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore|${SV_EXPLORE_PACK}|planted|--runs|40 -DEXPECT_RC=0
          -DEXPECT_FILE=${CMAKE_CURRENT_SOURCE_DIR}/explore/planted-unreached.txt ${SV_RUN_SCRIPT}
  WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/explore)
add_test(NAME tool_explore_planted_exhaustive
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore|${SV_EXPLORE_PACK}|planted|--exhaustive
          -DEXPECT_RC=0 -DEXPECT_FILE=${CMAKE_CURRENT_SOURCE_DIR}/explore/planted-unreached.txt
          "-DEXPECT=planted: exhaustive, seed 1: 17 distinct paths walked, 0 states merged, 6 branches not playable"
          ${SV_RUN_SCRIPT})
# A fixed seed gives fixed figures (the whole report, line by line).
add_test(NAME tool_explore_planted_seed5
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore|${SV_EXPLORE_PACK}|planted|--runs|25|--seed|5
          -DEXPECT_RC=0 -DEXPECT_FILE=${CMAKE_CURRENT_SOURCE_DIR}/explore/planted-seed5.txt
          ${SV_RUN_SCRIPT})
# A session that stops itself is never a silent ending: the limit and the node.
add_test(NAME tool_explore_runaway
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore|${SV_EXPLORE_PACK}|runaway|--runs|3 -DEXPECT_RC=0
          "-DEXPECT=runs that hit a limit: 3.  seed 1: the session stopped itself at 5000 ms: its log was full \\(65536 entries\\). the node that caused it: event 'e-loop'"
          ${SV_RUN_SCRIPT})
# --jobs: the same report, byte for byte, as one thread.
add_test(NAME tool_explore_jobs_same
  COMMAND ${SV_RUN} -DCMD_A=${SV_EXPLORE_TOOL}|explore|${SV_SAMPLE}|parcel|--runs|60|--seed|11|--jobs|1
          -DCMD_B=${SV_EXPLORE_TOOL}|explore|${SV_SAMPLE}|parcel|--runs|60|--seed|11|--jobs|3
          "-DEXPECT=parcel: 60 random runs, seeds 11..70"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/support/same_output.cmake)
add_test(NAME tool_explore_jobs_same_json
  COMMAND ${SV_RUN} -DCMD_A=${SV_EXPLORE_TOOL}|explore|${SV_SAMPLE}|--runs|30|--json
          -DCMD_B=${SV_EXPLORE_TOOL}|explore|${SV_SAMPLE}|--runs|30|--json|--jobs|2
          "-DEXPECT=\"mode\": \"random\", \"runs\": 30"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/support/same_output.cmake)
add_test(NAME tool_explore_json
  COMMAND ${CMAKE_COMMAND} -DTOOL=${SV_EXPLORE_TOOL} -DPACK=${SV_EXPLORE_PACK}
          -DOUT=${CMAKE_CURRENT_BINARY_DIR}/explore-planted.json
          -P ${CMAKE_CURRENT_SOURCE_DIR}/support/explore_json.cmake
  WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/explore)
# Exhaustive on the sample's parcel: it ends (at the path budget; the whole
# tree is far larger, README) and says how many paths it walked.
# (under the sanitizers, ten times slower, a shorter walk: a loaded machine
# took more than two minutes for 120 paths)
set(SV_EXPLORE_PATHS 120)
if(SV_SANITIZE)
  set(SV_EXPLORE_PATHS 30)
endif()
add_test(NAME tool_explore_parcel_exhaustive
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore|${SV_SAMPLE}|parcel|--exhaustive|--max-paths|${SV_EXPLORE_PATHS}
          -DEXPECT_RC=0 -DTIMEOUT=300
          "-DEXPECT=parcel: exhaustive, seed 1: ${SV_EXPLORE_PATHS} distinct paths walked, [0-9]+ states merged, [0-9]+ branches not playable \\(stopped at --max-paths"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_explore_usage
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore -DEXPECT_RC=2
          "-DEXPECT=usage: svara-tool explore PACK" ${SV_RUN_SCRIPT})
add_test(NAME tool_explore_bad_runs
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore|${SV_SAMPLE}|--runs|0 -DEXPECT_RC=2
          "-DEXPECT=--runs wants a whole number from 1" ${SV_RUN_SCRIPT})

find_program(SV_DOT dot)
add_test(NAME tool_graph_planted
  COMMAND ${CMAKE_COMMAND} -DTOOL=${SV_EXPLORE_TOOL} -DPACK=${SV_EXPLORE_PACK} -DSCENARIO=planted
          -DJSON=${CMAKE_CURRENT_BINARY_DIR}/explore-planted.json
          -DOUT=${CMAKE_CURRENT_BINARY_DIR}/graph-planted "-DDOT=${SV_DOT}"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/support/graph_check.cmake)
set_tests_properties(tool_graph_planted PROPERTIES DEPENDS tool_explore_json)
add_test(NAME tool_graph_parcel
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|graph|${SV_SAMPLE}|parcel|--runs|20 -DEXPECT_RC=0
          -DEXPECT_FILE=${CMAKE_CURRENT_SOURCE_DIR}/explore/parcel-graph.txt
          ${SV_RUN_SCRIPT})
# play says so too, after the ending
add_test(NAME tool_play_runaway_limit
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|play|${SV_EXPLORE_PACK}|runaway|--script|/dev/null
          -DEXPECT_RC=0
          "-DEXPECT=ending: x-over.!! the session stopped itself at 5000 ms: its log was full \\(65536 entries\\). the node that caused it: event 'e-loop'"
          ${SV_RUN_SCRIPT})
# Any run can be played again: --record writes its inputs as a replay that
# play --replay plays to the same final hash.
add_test(NAME tool_explore_record
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore|${SV_EXPLORE_PACK}|planted|--record|9|${CMAKE_CURRENT_BINARY_DIR}/explore-planted-9.json
          -DEXPECT_RC=0 "-DEXPECT=planted: run of seed 9 recorded to" ${SV_RUN_SCRIPT})
add_test(NAME tool_explore_record_plays
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|play|${SV_EXPLORE_PACK}|planted|--replay|${CMAKE_CURRENT_BINARY_DIR}/explore-planted-9.json
          -DEXPECT_RC=0 "-DEXPECT=replay hash [0-9a-f]+: matches" ${SV_RUN_SCRIPT})
set_tests_properties(tool_explore_record_plays PROPERTIES DEPENDS tool_explore_record)
# A full queue is named with the node it could not schedule.
add_test(NAME tool_explore_fork
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|explore|${SV_EXPLORE_PACK}|fork|--runs|2 -DEXPECT_RC=0
          "-DEXPECT=seed 1: at [0-9]+ ms the session's queue was full \\(8192 scheduled items\\). the node that caused it: event 'e-fork'. it dropped [1-9][0-9]* scheduled items"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_play_fork_limit
  COMMAND ${SV_RUN} -DCMD=${SV_EXPLORE_TOOL}|play|${SV_EXPLORE_PACK}|fork|--script|/dev/null -DEXPECT_RC=0
          "-DEXPECT=!! at 16000 ms the session's queue was full \\(8192 scheduled items\\). the node that caused it: event 'e-fork'"
          ${SV_RUN_SCRIPT})
