# --print-settings and --set never write or move settings.json, even when it
# is broken: they report it, use the defaults for the run, and leave the
# file byte for byte as it was. Run with -DSVARA=... -DHOME_DIR=...
include(${CMAKE_CURRENT_LIST_DIR}/settings_support.cmake)

foreach(text "{\n  \"language\": \"sv\",,\n}\n" "{\"language\": \"nb\", \"text_size\": 3}\n")
  fresh_home()
  file(WRITE ${file} "${text}")
  file(COPY_FILE ${file} ${HOME_DIR}/original.json)
  run_svara(--print-settings)
  expect_rc(0 "--print-settings on a broken file")
  expect_in("${err}" "for this run and the file is left as it is" "the outcome")
  expect_same(${file} ${HOME_DIR}/original.json "settings.json after --print-settings")
  expect_kept_aside(0 "--print-settings")
  run_svara(--headless --frames 2 --set language=sv --set text_size=large)
  expect_rc(0 "--set on a broken file")
  expect_in("${err}" "for this run and the file is left as it is" "the outcome")
  expect_same(${file} ${HOME_DIR}/original.json "settings.json after --set")
  expect_kept_aside(0 "--set")
endforeach()
