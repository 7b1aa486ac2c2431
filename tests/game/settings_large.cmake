# A valid settings file is never judged by its size: 200 KiB (a long "_note"
# member and a lot of white space) is read whole, its values are used, and
# it is neither moved nor rewritten. Run with -DSVARA=... -DHOME_DIR=...
include(${CMAKE_CURRENT_LIST_DIR}/settings_support.cmake)

fresh_home()
string(REPEAT "a note the player keeps here. " 4000 note) # 120,000 bytes
string(REPEAT " " 90000 space)
file(WRITE ${file} "{\"_note\": \"${note}\",${space}\n  \"language\": \"sv\", \"text_size\": \"large\",\n"
                   "  \"palette\": \"okabe-ito\", \"time_speed\": 0.5\n}\n")
file(SIZE ${file} size)
if(size LESS 204800)
  message(FATAL_ERROR "the test file is only ${size} bytes")
endif()
file(COPY_FILE ${file} ${HOME_DIR}/original.json)
run_svara(--print-settings)
expect_rc(0 "a large settings file")
expect_in("${out}" "language=sv text_size=large fullscreen=false reduced_motion=false palette=okabe-ito time_speed=50%" "the settings used")
if(NOT err STREQUAL "")
  message(FATAL_ERROR "a valid large file was reported:\n${err}")
endif()
run_svara(--headless --frames 2)
expect_rc(0 "a start with a large settings file")
expect_same(${file} ${HOME_DIR}/original.json "the settings file after a start")
expect_kept_aside(0 "a valid file")

# Over the cap (SV_MAX_FILE_BYTES, 1 MiB) it is kept aside, never overwritten.
string(REPEAT "${note}" 9 big)
file(WRITE ${file} "{\"_note\": \"${big}\", \"language\": \"sv\"}\n")
file(COPY_FILE ${file} ${HOME_DIR}/original.json)
run_svara(--headless --frames 2)
expect_rc(0 "a settings file over the cap")
expect_in("${err}" "larger than 1048576 bytes" "the report")
expect_kept_aside(1 "a file over the cap")
expect_same(${bad} ${HOME_DIR}/original.json "the kept file")
