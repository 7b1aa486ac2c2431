# svara-tool check's authoring checks (svara/lint.h): a planted pack per rule
# in tests/lint (made by tests/lint/make-cases.py), each checked with
# --strict so every finding fails it; every line of its expect.txt must be in
# the output. A pack whose expect.txt says "ok, pack" must pass.
file(GLOB SV_LINT_DIRS LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/lint/*)
foreach(dir ${SV_LINT_DIRS})
  if(IS_DIRECTORY ${dir} AND EXISTS ${dir}/expect.txt)
    get_filename_component(name ${dir} NAME)
    file(READ ${dir}/expect.txt expect)
    set(rc 1)
    if(expect MATCHES "ok, pack")
      set(rc 0)
    endif()
    add_test(NAME tool_lint_${name}
      COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|--strict|${name} -DEXPECT_RC=${rc}
              -DEXPECT_FILE=${dir}/expect.txt ${SV_RUN_SCRIPT}
      WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/lint)
  endif()
endforeach()

set(SV_LINT ${CMAKE_CURRENT_SOURCE_DIR}/lint)
# Without --strict a warning passes and a zero-delay loop (an error) does not.
add_test(NAME tool_lint_warning_passes
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|${SV_LINT}/03-flag-never-read
          -DEXPECT_RC=0 "-DEXPECT=warning: /flags/0: .*\\[SV105 flag-never-read\\];ok, pack 'lint' 1.0.0, 1 scenario, 1 warning"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_lint_loop_is_an_error
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|${SV_LINT}/08-zero-delay-loop
          -DEXPECT_RC=1 "-DEXPECT=error: /events/0/effects/0: events 'e-ping' -> 'e-pong' -> 'e-ping';1 error, 0 warnings"
          ${SV_RUN_SCRIPT})
# The sample pack is clean even with --strict, as a folder and as a zip.
add_test(NAME tool_lint_sample_strict
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|--strict|${SV_SAMPLE} -DEXPECT_RC=0
          "-DEXPECT=ok, pack 'sample' 1.0.0, [0-9]+ scenarios?, 0 warnings" "-DREJECT=warning:|error:"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_lint_sample_zip_strict
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|--strict|${SV_SAMPLE_ZIP} -DEXPECT_RC=0
          "-DEXPECT=ok, pack 'sample' 1.0.0, [0-9]+ scenarios?, 0 warnings" "-DREJECT=warning:|error:"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_lint_bad_format
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|--format|xml|${SV_SAMPLE}
          -DEXPECT_RC=2 "-DEXPECT=usage: svara-tool check \\[--strict\\] \\[--format text\\|json\\|sarif\\]"
          ${SV_RUN_SCRIPT})
# JSON and SARIF: parsed and their fields checked (tests/support/check_formats.cmake).
add_test(NAME tool_lint_json
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:svara-tool> -DFORMAT=json -DLINT=${SV_LINT}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/support/check_formats.cmake)
add_test(NAME tool_lint_sarif
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:svara-tool> -DFORMAT=sarif -DLINT=${SV_LINT}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/support/check_formats.cmake)

# SV116's table of the characters the game's font draws is generated from the
# font (tools/font_ranges.sh); where the font and fc-query are installed, the
# checked-in table must be what the script makes of them.
find_program(SV_FC_QUERY fc-query)
if(SV_FC_QUERY AND EXISTS /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf)
  add_test(NAME tool_lint_glyph_table_current
    COMMAND sh -c "${PROJECT_SOURCE_DIR}/tools/font_ranges.sh | cmp - ${PROJECT_SOURCE_DIR}/game/core/glyphs_table.h")
endif()
