# A broken settings file is never lost: it is kept aside, byte for byte, as
# settings.json.bad-STAMP before the defaults (or the good values) are
# written in its place, the log says where it went, and the game starts.
# Run with -DSVARA=... -DHOME_DIR=...
include(${CMAKE_CURRENT_LIST_DIR}/settings_support.cmake)

# 1. Not JSON: reported with line and column, kept aside, defaults written.
fresh_home()
file(WRITE ${file} "{\n  \"language\": \"sv\",,\n  \"text_size\": \"large\"\n}\n")
file(COPY_FILE ${file} ${HOME_DIR}/original.json)
run_svara(--headless --frames 2)
expect_rc(0 "a corrupt settings file")
expect_in("${err}" "settings.json:2:20: error: expected a key in double quotes, found ','" "the report")
expect_in("${err}" "settings.json could not be read (expected a key in double quotes, found ',', at line 2, column 20); it was kept as ${file}.bad-" "the outcome")
expect_in("${err}" "; the defaults are used" "the outcome")
expect_kept_aside(1 "not JSON")
expect_same(${bad} ${HOME_DIR}/original.json "the kept file")
expect_saved(language en "the defaults")
expect_saved(text_size normal "the defaults")
run_svara(--print-settings)
expect_rc(0 "after the repair")
if(NOT err STREQUAL "")
  message(FATAL_ERROR "the written defaults are not clean:\n${err}")
endif()
expect_in("${out}" "language=en text_size=normal" "the settings used")

# 2. One wrong value and an unknown key: the file is kept aside as it was,
# the good value stays and is written back.
fresh_home()
file(WRITE ${file} "{\"language\": \"nb\", \"text_size\": \"gigantic\", \"colour\": 1}\n")
file(COPY_FILE ${file} ${HOME_DIR}/original.json)
run_svara(--headless --frames 2)
expect_rc(0 "bad values")
expect_in("${err}" "settings.json:1:33: warning: /text_size: expected" "the report, located")
expect_in("${err}" "settings.json:1:55: warning: /colour: unknown setting" "the report, located")
expect_in("${err}" "settings.json has bad values (2 bad values, listed above); it was kept as ${file}.bad-" "the outcome")
expect_in("${err}" "; the good values are used" "the outcome")
expect_kept_aside(1 "bad values")
expect_same(${bad} ${HOME_DIR}/original.json "the kept file")
expect_saved(language nb "the good value")
expect_saved(text_size normal "the bad value's default")
run_svara(--print-settings)
expect_in("${out}" "language=nb text_size=normal" "the settings used")

# 3. Empty, not UTF-8, not an object: each kept aside; a second broken file in
# the same second gets a name of its own.
fresh_home()
file(WRITE ${file} "")
run_svara(--headless --frames 2)
expect_rc(0 "an empty file")
expect_in("${err}" "settings.json:1:1: error: the file is empty; expected a JSON object" "the report for an empty file")
execute_process(COMMAND printf "{\"language\": \"s\\377\"}" OUTPUT_FILE ${file})
run_svara(--headless --frames 2)
expect_in("${err}" "settings.json:1:16: error: invalid UTF-8: byte 0xFF" "the report for invalid UTF-8")
file(WRITE ${file} "\n  [\"language\", \"sv\"]\n")
run_svara(--headless --frames 2)
expect_in("${err}" "settings.json:2:3: error: not a JSON object" "the report for an array")
expect_kept_aside(3 "three broken files")
expect_saved(language en "the defaults")

# 4. A key given twice: refused as in a pack file (either value could be
# meant), located at the second one, kept aside, defaults written.
fresh_home()
file(WRITE ${file} "{\"language\": \"sv\",\n \"language\": \"nb\"}\n")
run_svara(--headless --frames 2)
expect_rc(0 "a key given twice")
expect_in("${err}" "settings.json:2:2: error: /language: duplicate key \"language\" (first at line 1, column 2)" "the report for a key given twice")
expect_kept_aside(1 "a key given twice")
expect_saved(language en "the defaults")
