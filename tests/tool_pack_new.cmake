# svara-tool pack and new: a zipped pack plays exactly as its folder, the
# same folder always gives the same bytes, and a new pack checks clean and
# plays to an ending in each language set.
# cmake -P takes its -D arguments only before -P, so each test ends with one of these.
set(SV_PN_RUN -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_command.cmake)
set(SV_PN_SAME -P ${CMAKE_CURRENT_SOURCE_DIR}/support/same_output.cmake)
set(SV_PN_TOOL $<TARGET_FILE:svara-tool>)
set(SV_PN_SAMPLE ${PROJECT_SOURCE_DIR}/scenarios/sample)
set(SV_PN_DIR ${PROJECT_BINARY_DIR}/pack-test)

# A copy of the sample in another place, its files dated 2001: neither the
# path nor the files' times may change the zip.
add_test(NAME tool_pack_setup
  COMMAND sh -c "rm -rf '${SV_PN_DIR}' && mkdir -p '${SV_PN_DIR}/out.zip' && cp -R '${SV_PN_SAMPLE}' '${SV_PN_DIR}/copy' && find '${SV_PN_DIR}/copy' -exec touch -d 2001-02-03T04:05:06 {} +")
set_tests_properties(tool_pack_setup PROPERTIES FIXTURES_SETUP tool_pack_dir)

add_test(NAME tool_pack_sample
  COMMAND ${CMAKE_COMMAND} -E env TZ=UTC0 ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${SV_PN_SAMPLE}|-o|${SV_PN_DIR}/sample.zip
          -DEXPECT_RC=0
          "-DEXPECT=sample: ok, pack 'sample' 1.0.0, 2 scenarios, 0 warnings;sample.zip: ok, pack 'sample' 1.0.0, 2 scenarios, 0 warnings;sample.zip: ok, 3 entries, [0-9]+ bytes, from "
          ${SV_PN_RUN})
# five hours west, in a POSIX zone that needs no time zone data: zip times are
# local times, so the tool fixes the zone
add_test(NAME tool_pack_copy
  COMMAND ${CMAKE_COMMAND} -E env TZ=XYZ+5
          ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${SV_PN_DIR}/copy -DEXPECT_RC=0
          "-DEXPECT=copy.zip: ok, 3 entries" ${SV_PN_RUN})
set_tests_properties(tool_pack_sample tool_pack_copy PROPERTIES
  FIXTURES_REQUIRED tool_pack_dir FIXTURES_SETUP tool_pack_zips)
add_test(NAME tool_pack_identical
  COMMAND ${CMAKE_COMMAND} -E compare_files ${SV_PN_DIR}/sample.zip ${SV_PN_DIR}/copy.zip)

# The zip plays exactly as the folder: each golden replay matches its hash,
# and a scripted run prints the same, line for line.
file(GLOB SV_PN_REPLAYS ${CMAKE_CURRENT_SOURCE_DIR}/replays/*.json)
set(SV_PN_REPLAY_TESTS "")
foreach(replay ${SV_PN_REPLAYS})
  get_filename_component(name ${replay} NAME_WE)
  file(READ ${replay} replay_json) # the scenario is the one the replay names
  string(REGEX MATCH "\"scenario\":[ \t]*\"([a-z0-9_-]+)\"" found "${replay_json}")
  set(scenario ${CMAKE_MATCH_1})
  add_test(NAME tool_pack_replay_${name}
    COMMAND ${CMAKE_COMMAND}
            -DCMD_A=${SV_PN_TOOL}|play|${SV_PN_SAMPLE}|${scenario}|--replay|${replay}
            -DCMD_B=${SV_PN_TOOL}|play|${SV_PN_DIR}/sample.zip|${scenario}|--replay|${replay}
            "-DEXPECT=replay hash [0-9a-f]+: matches" ${SV_PN_SAME})
  list(APPEND SV_PN_REPLAY_TESTS tool_pack_replay_${name})
endforeach()
add_test(NAME tool_pack_script_same
  COMMAND ${CMAKE_COMMAND}
          -DCMD_A=${SV_PN_TOOL}|play|${SV_PN_SAMPLE}|parcel|--script|${CMAKE_CURRENT_SOURCE_DIR}/scripts/parcel-good.script
          -DCMD_B=${SV_PN_TOOL}|play|${SV_PN_DIR}/sample.zip|parcel|--script|${CMAKE_CURRENT_SOURCE_DIR}/scripts/parcel-good.script
          "-DEXPECT=ending: won-back;state hash: [0-9a-f]+" ${SV_PN_SAME})

# Refusals: a broken folder (with its diagnostics), places the zip cannot go.
add_test(NAME tool_pack_broken
  COMMAND ${CMAKE_COMMAND}
          -DCMD=${SV_PN_TOOL}|pack|${CMAKE_CURRENT_SOURCE_DIR}/broken/02-syntax-error|-o|${SV_PN_DIR}/broken.zip
          -DEXPECT_RC=1 -DEXPECT_FILE=${CMAKE_CURRENT_SOURCE_DIR}/broken/02-syntax-error/expect.txt
          "-DEXPECT=02-syntax-error: not packed: fix the errors above first"
          ${SV_PN_RUN} WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/broken)
add_test(NAME tool_pack_no_folder
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${SV_PN_SAMPLE}|-o|${SV_PN_DIR}/no/such/dir/x.zip
          -DEXPECT_RC=1 "-DEXPECT=x.zip: cannot write here: there is no folder .*/no/such/dir; nothing was written"
          ${SV_PN_RUN})
add_test(NAME tool_pack_file_as_folder
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${SV_PN_SAMPLE}|-o|${SV_PN_DIR}/copy/pack.json/x.zip
          -DEXPECT_RC=1 "-DEXPECT=x.zip: cannot write here: .*pack.json is a regular file, not a folder"
          ${SV_PN_RUN})
# /proc takes no new files, even from root (the suite runs as root in CI)
add_test(NAME tool_pack_unwritable
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${SV_PN_SAMPLE}|-o|/proc/svara-test.zip
          -DEXPECT_RC=1
          "-DEXPECT=cannot create the temporary file;/proc/svara-test.zip: the zip could not be written there; nothing was written"
          ${SV_PN_RUN})
add_test(NAME tool_pack_inside_folder
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${SV_PN_DIR}/copy|-o|${SV_PN_DIR}/copy/scenarios/x.zip
          -DEXPECT_RC=1 "-DEXPECT=x.zip: this is inside the pack folder" ${SV_PN_RUN})
add_test(NAME tool_pack_folder_output
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${SV_PN_SAMPLE}|-o|${SV_PN_DIR}/out.zip
          -DEXPECT_RC=1 "-DEXPECT=out.zip: this is a folder, not a file; nothing was written" ${SV_PN_RUN})
add_test(NAME tool_pack_not_a_pack
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${CMAKE_CURRENT_SOURCE_DIR}/replays|-o|${SV_PN_DIR}/r.zip
          -DEXPECT_RC=1 "-DEXPECT=replays: not a pack folder" ${SV_PN_RUN})
add_test(NAME tool_pack_usage
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack -DEXPECT_RC=2
          "-DEXPECT=usage: svara-tool pack FOLDER" ${SV_PN_RUN})
set_tests_properties(tool_pack_identical tool_pack_script_same ${SV_PN_REPLAY_TESTS} PROPERTIES
  FIXTURES_REQUIRED tool_pack_zips)
set_tests_properties(tool_pack_broken tool_pack_no_folder tool_pack_file_as_folder
  tool_pack_inside_folder tool_pack_folder_output tool_pack_not_a_pack PROPERTIES
  FIXTURES_REQUIRED tool_pack_dir)

# svara-tool new: the pack it makes checks with no warnings, agrees with the
# scoring model, plays to each of its endings in every language it has, and
# zips; a taken or malformed name and an unknown language are refused.
set(SV_NEW_DIR ${PROJECT_BINARY_DIR}/new-test)
set(SV_NEW_SCRIPTS ${CMAKE_CURRENT_SOURCE_DIR}/newpack)
add_test(NAME tool_new_setup COMMAND sh -c "rm -rf '${SV_NEW_DIR}' && mkdir -p '${SV_NEW_DIR}'")
set_tests_properties(tool_new_setup PROPERTIES FIXTURES_SETUP tool_new_dir)
add_test(NAME tool_new_en
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|new|${SV_NEW_DIR}/en-pack -DEXPECT_RC=0
          "-DEXPECT=en-pack: ok, pack 'en-pack' 0.1.0, 1 scenario, 0 warnings;Made .*en-pack, pack 'en-pack'"
          ${SV_PN_RUN})
add_test(NAME tool_new_all
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|new|${SV_NEW_DIR}/all-langs/|--lang|en,sv,nb
          -DEXPECT_RC=0 "-DEXPECT=all-langs: ok, pack 'all-langs' 0.1.0, 1 scenario, 0 warnings"
          ${SV_PN_RUN})
set_tests_properties(tool_new_en tool_new_all PROPERTIES
  FIXTURES_REQUIRED tool_new_dir FIXTURES_SETUP tool_new_packs)

set(SV_NEW_TESTS "")
foreach(pack en-pack all-langs)
  add_test(NAME tool_new_check_${pack}
    COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|check|${SV_NEW_DIR}/${pack} -DEXPECT_RC=0
            "-DEXPECT=ok, pack '${pack}' 0.1.0, 1 scenario, 0 warnings" ${SV_PN_RUN})
  add_test(NAME tool_new_agreement_${pack}
    COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|agreement|${SV_NEW_DIR}/${pack} -DEXPECT_RC=0
            "-DEXPECT=agreement: 4 of 4 decisions \\(100%\\)" ${SV_PN_RUN})
  list(APPEND SV_NEW_TESTS tool_new_check_${pack} tool_new_agreement_${pack})
endforeach()
# each path to its ending, in each language of each pack
foreach(run en-pack:en all-langs:en all-langs:sv all-langs:nb)
  string(REPLACE ":" ";" run "${run}")
  list(GET run 0 pack)
  list(GET run 1 lang)
  foreach(path good:won-back deny:lost idle:lost)
    string(REPLACE ":" ";" path "${path}")
    list(GET path 0 script)
    list(GET path 1 ending)
    add_test(NAME tool_new_play_${pack}_${lang}_${script}
      COMMAND ${CMAKE_COMMAND}
              -DCMD=${SV_PN_TOOL}|play|${SV_NEW_DIR}/${pack}|double-charge|--lang|${lang}|--script|${SV_NEW_SCRIPTS}/${script}.script
              -DEXPECT_RC=0 "-DEXPECT=ending: ${ending}\n;state hash: [0-9a-f]+" ${SV_PN_RUN})
    list(APPEND SV_NEW_TESTS tool_new_play_${pack}_${lang}_${script})
  endforeach()
endforeach()
# the README stays with the author: the zip has pack.json and the scenario
add_test(NAME tool_new_pack
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|pack|${SV_NEW_DIR}/all-langs -DEXPECT_RC=0
          "-DEXPECT=all-langs.zip: ok, pack 'all-langs' 0.1.0, 1 scenario, 0 warnings;all-langs.zip: ok, 2 entries"
          ${SV_PN_RUN})
add_test(NAME tool_new_readme
  COMMAND ${CMAKE_COMMAND} -DCMD=${CMAKE_COMMAND}|-E|cat|${SV_NEW_DIR}/en-pack/README.md -DEXPECT_RC=0
          "-DEXPECT=^# en-pack\n;made by `svara-tool new`, in en\\.;svara-tool play .*/en-pack double-charge"
          "-DREJECT=\\{\\{" ${SV_PN_RUN})
add_test(NAME tool_new_taken
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|new|${SV_NEW_DIR}/en-pack -DEXPECT_RC=1
          "-DEXPECT=en-pack: there is already something there; give a new name" ${SV_PN_RUN})
list(APPEND SV_NEW_TESTS tool_new_pack tool_new_readme tool_new_taken)
set_tests_properties(${SV_NEW_TESTS} PROPERTIES FIXTURES_REQUIRED tool_new_packs)

add_test(NAME tool_new_bad_name
  COMMAND ${CMAKE_COMMAND} "-DCMD=${SV_PN_TOOL}|new|${SV_NEW_DIR}/My Pack!" -DEXPECT_RC=2
          "-DEXPECT='My Pack!' cannot be a pack's id.*\\(e\\.g\\. 'my-pack'\\)" ${SV_PN_RUN})
add_test(NAME tool_new_bad_lang
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|new|${SV_NEW_DIR}/x|--lang|en,de -DEXPECT_RC=2
          "-DEXPECT=--lang: 'de' is not one of Svara's languages" ${SV_PN_RUN})
add_test(NAME tool_new_no_parent
  COMMAND ${CMAKE_COMMAND} -DCMD=${SV_PN_TOOL}|new|${SV_NEW_DIR}/no/such/x -DEXPECT_RC=1
          "-DEXPECT=x: cannot make the folder: No such file or directory" ${SV_PN_RUN})
set_tests_properties(tool_new_bad_name tool_new_bad_lang tool_new_no_parent PROPERTIES
  FIXTURES_REQUIRED tool_new_dir)
