# A broken settings file is reported with its position, replaced by defaults
# and never crashes the game; a file with one bad value loses only that value.
# Run with -DSVARA=... -DHOME_DIR=...
file(REMOVE_RECURSE ${HOME_DIR})
file(MAKE_DIRECTORY ${HOME_DIR}/data/svara ${HOME_DIR}/cache)
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
set(file ${HOME_DIR}/data/svara/settings.json)

function(expect_in text what label)
  string(FIND "${text}" "${what}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${label}: expected \"${what}\" in:\n${text}")
  endif()
endfunction()

# 1. Not JSON at all: reported with line and column, defaults used and saved.
file(WRITE ${file} "{\n  \"language\": \"sv\",,\n  \"text_size\": \"large\"\n}\n")
execute_process(COMMAND ${SVARA} --print-settings RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "corrupt file: ${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the game failed on a corrupt settings file (${rc}):\n${out}\n${err}")
endif()
expect_in("${err}" "settings.json:2:" "the report")
expect_in("${err}" "using the default settings" "the report")
expect_in("${out}" "language=en text_size=normal" "the settings used")
execute_process(COMMAND ${SVARA} --print-settings RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
  message(FATAL_ERROR "the replaced file is not clean (${rc}):\n${out}\n${err}")
endif()

# 2. One bad value and an unknown key: only those are reported and dropped.
file(WRITE ${file} "{\"language\": \"nb\", \"text_size\": \"gigantic\", \"colour\": 1}\n")
execute_process(COMMAND ${SVARA} --print-settings RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "bad value: ${err}")
expect_in("${err}" "/text_size: expected" "the report")
expect_in("${err}" "/colour: unknown setting" "the report")
expect_in("${out}" "language=nb text_size=normal" "the settings used")

# 3. Empty and binary files are corrupt too, and the game still starts and draws.
file(WRITE ${file} "")
execute_process(COMMAND ${SVARA} --headless --frames 2 RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the game did not start with an empty settings file (${rc}):\n${err}")
endif()
expect_in("${err}" "settings.json:1:1:" "the report for an empty file")
