# The game, headless: SDL's dummy video driver and the software renderer, each
# test with its own XDG_DATA_HOME/XDG_CACHE_HOME inside the build folder so
# tests never touch the player's data or each other's. Screenshots are checked
# by check_shot (no SDL); scripted key, mouse and gamepad runs drive the whole
# game from the title to the debrief (tests/game/*.txt, see game/ui/script.h).
if(NOT SV_BUILD_GAME)
  return()
endif()

set(SV_GAME_HOME ${PROJECT_BINARY_DIR}/test-home)
set(SV_GAME_OUT ${PROJECT_BINARY_DIR}/test-shots)
set(SV_GAME_DIR ${CMAKE_CURRENT_SOURCE_DIR}/game)
set(SV_GOOD_REPLAY ${CMAKE_CURRENT_SOURCE_DIR}/replays/good-seed7.json)
file(MAKE_DIRECTORY ${SV_GAME_OUT})

# Leaks inside SDL's and the system's libraries (not ours) are listed, each
# with its reason, in tests/game/lsan.supp.
set(SV_GAME_LSAN "LSAN_OPTIONS=suppressions=${SV_GAME_DIR}/lsan.supp:print_suppressions=0")

# sv_game_test(NAME ARGS...): runs svara with ARGS in a home of its own.
function(sv_game_test name)
  file(MAKE_DIRECTORY ${SV_GAME_HOME}/${name}/data ${SV_GAME_HOME}/${name}/cache)
  add_test(NAME ${name} COMMAND svara ${ARGN} WORKING_DIRECTORY ${SV_GAME_OUT})
  set_tests_properties(${name} PROPERTIES TIMEOUT 120
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_AUDIODRIVER=dummy;XDG_DATA_HOME=${SV_GAME_HOME}/${name}/data;XDG_CACHE_HOME=${SV_GAME_HOME}/${name}/cache;${SV_GAME_LSAN}")
endfunction()

# sv_game_script(NAME SCRIPT...): a cmake -P script from tests/game with -D arguments.
function(sv_game_script name script)
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -DSVARA=$<TARGET_FILE:svara>
    -DHOME_DIR=${SV_GAME_HOME}/${name} -DOUT=${SV_GAME_OUT}/${name} ${ARGN}
    -P ${SV_GAME_DIR}/${script})
  set_tests_properties(${name} PROPERTIES TIMEOUT 180
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_AUDIODRIVER=dummy;${SV_GAME_LSAN}")
endfunction()

# sv_game_expect(NAME RC REGEXES [TIMEOUT S] [MKFIFO PATH] ARGS...): runs svara
# with ARGS in a home of its own and checks its exit code and its output both
# (a PASS_REGULAR_EXPRESSION alone ignores the exit code). REGEXES is a ";"
# list; a run longer than TIMEOUT (default 60) seconds is killed and fails;
# MKFIFO makes a named pipe at PATH first.
function(sv_game_expect name rc regexes)
  cmake_parse_arguments(PARSE_ARGV 3 X "" "TIMEOUT;MKFIFO" "")
  if(NOT X_TIMEOUT)
    set(X_TIMEOUT 60)
  endif()
  set(extra "")
  if(X_MKFIFO)
    set(extra -DMKFIFO=${X_MKFIFO})
  endif()
  file(MAKE_DIRECTORY ${SV_GAME_HOME}/${name}/data ${SV_GAME_HOME}/${name}/cache)
  string(REPLACE ";" "|" cmd "$<TARGET_FILE:svara>;${X_UNPARSED_ARGUMENTS}")
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} "-DCMD=${cmd}" -DEXPECT_RC=${rc} "-DEXPECT=${regexes}"
    -DTIMEOUT=${X_TIMEOUT} ${extra} -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_command.cmake
    WORKING_DIRECTORY ${SV_GAME_OUT})
  math(EXPR ctest_timeout "${X_TIMEOUT} * 2")
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ctest_timeout}
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_AUDIODRIVER=dummy;XDG_DATA_HOME=${SV_GAME_HOME}/${name}/data;XDG_CACHE_HOME=${SV_GAME_HOME}/${name}/cache;${SV_GAME_LSAN}")
endfunction()

add_executable(check_shot ${SV_GAME_DIR}/check_shot.c)
target_compile_options(check_shot PRIVATE ${SV_WARNINGS})

# sv_shot_check(NAME FIXTURE FILE W H CHECKS...)
function(sv_shot_check name fixture file w h)
  add_test(NAME ${name} COMMAND check_shot ${file} ${w} ${h} ${ARGN})
  set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED ${fixture} TIMEOUT 30)
endfunction()

# Colours of the standard palette the checks look for.
set(HEADER 1c2230)   # the dark bars
set(ACCENT 2452c7)   # focus, deadline bar, primary buttons
set(CARD ffffff)

# ---- the strings -------------------------------------------------------------------------------
add_executable(check_strings ${SV_GAME_DIR}/check_strings.c ${PROJECT_SOURCE_DIR}/game/ui/uistrings.c)
target_include_directories(check_strings PRIVATE ${PROJECT_SOURCE_DIR}/game/ui)
target_compile_options(check_strings PRIVATE ${SV_WARNINGS})
target_link_libraries(check_strings PRIVATE svara_core cjson)
add_test(NAME game_strings_complete COMMAND check_strings ${PROJECT_SOURCE_DIR}/assets/lang/)

# Simulated time in the three languages (game/ui/timefmt.c is SDL-free: pure functions).
add_executable(test_timefmt ${SV_GAME_DIR}/test_timefmt.c ${PROJECT_SOURCE_DIR}/game/ui/timefmt.c
  ${PROJECT_SOURCE_DIR}/game/ui/uistrings.c)
target_include_directories(test_timefmt PRIVATE ${PROJECT_SOURCE_DIR}/game/ui)
target_compile_options(test_timefmt PRIVATE ${SV_WARNINGS})
target_compile_definitions(test_timefmt PRIVATE SV_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(test_timefmt PRIVATE svara_core cjson PkgConfig::CMOCKA)
add_test(NAME game_timefmt COMMAND test_timefmt)
set_tests_properties(game_timefmt PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")

# The debrief chart's layout: time labels apart in three languages, decision
# numbers in the list's order (game/ui/chartlay.c is SDL-free too).
add_executable(test_chartlay ${SV_GAME_DIR}/test_chartlay.c ${PROJECT_SOURCE_DIR}/game/ui/chartlay.c
  ${PROJECT_SOURCE_DIR}/game/ui/timefmt.c ${PROJECT_SOURCE_DIR}/game/ui/uistrings.c)
target_include_directories(test_chartlay PRIVATE ${PROJECT_SOURCE_DIR}/game/ui)
target_compile_options(test_chartlay PRIVATE ${SV_WARNINGS})
target_compile_definitions(test_chartlay PRIVATE SV_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(test_chartlay PRIVATE svara_core cjson PkgConfig::CMOCKA m)
add_test(NAME game_chartlay COMMAND test_chartlay)
set_tests_properties(game_chartlay PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")

# The same on screen: the chart of billing's recommended path (1 h 55 min) in
# Swedish, whose quarter-hour labels used to run into each other. The replay
# has no hash: it checks the chart, not the run's result.
sv_game_expect(game_chart_long 0 "reached debrief: ending [a-z-]+, grade [A-F] \\([0-9]+\\), language sv"
  --headless --replay ${SV_GAME_DIR}/chart/billing-sv.json --speed 64
  --script-keys ${SV_GAME_DIR}/chart-long-keys.txt)

# ---- start, title screen, usage ------------------------------------------------------------------
sv_game_test(game_headless_frames --headless --profile Tester --frames 3 --screenshot ${SV_GAME_OUT}/title.bmp)
set_tests_properties(game_headless_frames PROPERTIES FIXTURES_SETUP game_title)
sv_shot_check(game_screenshot_check game_title ${SV_GAME_OUT}/title.bmp 1280 720
  colour 0 0 700 1000 ${HEADER} 80       # the dark panel with the name
  busy 60 260 560 200 4                  # "Svara" in large letters
  colour 100 470 140 24 ${ACCENT} 20     # the accent rule under it
  busy 820 60 1000 120 3                 # "Choose a scenario"
  colour 820 240 1020 120 dde7fb 50      # the selected scenario
  busy 840 860 1000 160 2)               # language, settings, quit

sv_game_test(game_usage --no-such-flag)
set_tests_properties(game_usage PROPERTIES WILL_FAIL TRUE)

# ---- a replay, screenshots at exact simulated times ------------------------------------------------
# good-seed7: ask at 18 s, compose at 100, tell the product team at 140, report
# the troll at 185, thank the fan at 250. At 12 s the first decision is open,
# at 90 the composer, at 180 the troll's options; the end is the debrief.
sv_game_test(game_replay_shots --headless --replay ${SV_GOOD_REPLAY} --speed 64
  --screenshot-at 12:replay-12.bmp --screenshot-at 90:replay-90.bmp
  --screenshot-at 180:replay-180.bmp --screenshot replay-end.bmp)
set_tests_properties(game_replay_shots PROPERTIES FIXTURES_SETUP game_replay
  PASS_REGULAR_EXPRESSION "reached debrief: ending won-back")
sv_shot_check(game_replay_check_12s game_replay ${SV_GAME_OUT}/replay-12.bmp 1280 720
  colour 0 0 1920 60 ${HEADER} 75        # the header bar
  busy 1500 10 260 60 5                  # the clock
  colour 24 170 1040 200 ${CARD} 50      # the complaint's card
  busy 100 190 900 150 4                 # its text
  bar 1112 380 784 200 ${ACCENT} 70     # the deadline bar, nearly full
  busy 1100 530 800 400 4)               # the options
sv_shot_check(game_replay_check_90s game_replay ${SV_GAME_OUT}/replay-90.bmp 1280 720
  busy 24 92 300 60 5                    # the compose tab
  colour 30 230 1030 700 ${CARD} 50      # the parts
  busy 90 230 900 700 4
  bar 1112 380 784 200 ${ACCENT} 50)      # the deadline bar
sv_shot_check(game_replay_check_180s game_replay ${SV_GAME_OUT}/replay-180.bmp 1280 720
  colour 24 160 1040 300 ${CARD} 40      # the thread
  busy 1100 340 800 600 4)               # the troll decision's options
sv_shot_check(game_replay_check_end game_replay ${SV_GAME_OUT}/replay-end.bmp 1280 720
  colour 0 0 1920 80 ${HEADER} 80        # the debrief's header
  busy 100 170 1000 300 3                # the chart's lines
  colour 1230 130 600 400 ${CARD} 50     # the grade
  busy 24 560 1870 380 3)                # the decision cards

sv_game_test(game_replay_1080 --headless --size 1920x1080 --replay ${SV_GOOD_REPLAY} --speed 64
  --screenshot-at 90:replay-1080-90.bmp)
set_tests_properties(game_replay_1080 PROPERTIES FIXTURES_SETUP game_replay_1080)
sv_shot_check(game_replay_check_1080 game_replay_1080 ${SV_GAME_OUT}/replay-1080-90.bmp 1920 1080
  colour 0 0 1920 60 ${HEADER} 75
  colour 30 230 1030 700 ${CARD} 50
  bar 1112 380 784 200 ${ACCENT} 50)

sv_game_script(game_replay_deterministic replay_twice.cmake -DREPLAY=${SV_GOOD_REPLAY})

# Every golden replay played through the game's own path (the play screen's
# clock, ui_run_apply) ends in the state hash the replay records. The tent
# scenario's replays (three days of simulated time) are among them: watching
# skips quiet stretches up to the replay's next input, open decisions or not,
# so each plays in some 20 seconds at x16 (some 45 minutes without skips).
file(GLOB SV_GOLDEN_REPLAYS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/replays/*.json)
foreach(replay ${SV_GOLDEN_REPLAYS})
  get_filename_component(name ${replay} NAME_WE)
  sv_game_test(game_golden_${name} --headless --replay ${replay} --speed 64)
  set_tests_properties(game_golden_${name} PROPERTIES
    PASS_REGULAR_EXPRESSION "replay hash [0-9a-f]+: matches" FAIL_REGULAR_EXPRESSION "DIFFERS")
endforeach()
# A replay is watched in the language it was played in.
sv_game_test(game_replay_language --headless --replay ${CMAKE_CURRENT_SOURCE_DIR}/replays/bad-sv.json
             --speed 64)
set_tests_properties(game_replay_language PROPERTIES
  PASS_REGULAR_EXPRESSION "reached debrief: ending [a-z-]+, grade [A-F] \\([0-9]+\\), language sv")

# Replays that must not play silently (tests/replays/refused): a refused input
# names the file, its JSON pointer, line and column; a refused input or another
# final hash ends the game with exit code 1, as svara-tool play does; another
# pack version is said before playing; a device or a named pipe is refused at once.
set(SV_REFUSED ${CMAKE_CURRENT_SOURCE_DIR}/replays/refused)
sv_game_expect(game_replay_refused_unknown_option 1
  "unknown-option.json:24:14: error: /inputs/3/option: scenario \"parcel\" has no option \"o-shout\""
  --headless --speed 64 --replay ${SV_REFUSED}/unknown-option.json)
sv_game_expect(game_replay_refused_closed_decision 1
  "closed-decision.json:14:16: error: /inputs/1/decision: refused at 20 s: That decision is not open now"
  --headless --speed 64 --replay ${SV_REFUSED}/closed-decision.json)
sv_game_expect(game_replay_refused_edited_hash 1
  "replay hash [0-9a-f]+: DIFFERS;edited-hash.json:34:10: error: /hash: the run ended with state hash [0-9a-f]+, the replay expects [0-9a-f]+"
  --headless --speed 64 --replay ${SV_REFUSED}/edited-hash.json)
sv_game_expect(game_replay_other_version 0
  "other-version.json:4:18: warning: /pack_version: this replay was recorded with version 0.9.0 of pack \"sample\", but the loaded pack is version 1.0.0;replay hash [0-9a-f]+: matches"
  --headless --speed 64 --replay ${SV_REFUSED}/other-version.json)
sv_game_expect(game_replay_dev_zero 1 "/dev/zero: error: this is a character device, not a regular file"
  TIMEOUT 15 --headless --replay /dev/zero)
sv_game_expect(game_replay_fifo 1 "game-replay.fifo: error: this is a named pipe \\(FIFO\\), not a regular file"
  TIMEOUT 15 MKFIFO ${PROJECT_BINARY_DIR}/game-replay.fifo
  --headless --replay ${PROJECT_BINARY_DIR}/game-replay.fifo)

# ---- the whole game by keyboard, gamepad and mouse ---------------------------------------------------
sv_game_test(game_keys_keyboard --headless --profile Tester --select sample/parcel --seed 7 --speed 64 --script-keys ${SV_GAME_DIR}/parcel-keys.txt)
set_tests_properties(game_keys_keyboard PROPERTIES PASS_REGULAR_EXPRESSION "reached debrief: ending won-back")
sv_game_test(game_keys_gamepad --headless --profile Tester --select sample/parcel --seed 7 --speed 64 --script-keys ${SV_GAME_DIR}/parcel-pad.txt)
set_tests_properties(game_keys_gamepad PROPERTIES PASS_REGULAR_EXPRESSION "reached debrief: ending won-back")
sv_game_test(game_keys_mouse --headless --profile Tester --select sample/parcel --seed 7 --speed 64 --script-keys ${SV_GAME_DIR}/parcel-mouse.txt)
set_tests_properties(game_keys_mouse PROPERTIES PASS_REGULAR_EXPRESSION "reached debrief: ending won-back")
# In Swedish and Norwegian, at the large text size, with the colour-blind-safe palette.
sv_game_test(game_keys_sv_large --headless --profile Tester --select sample/parcel --seed 7 --speed 64 --set language=sv --set text_size=large
  --script-keys ${SV_GAME_DIR}/parcel-keys.txt)
set_tests_properties(game_keys_sv_large PROPERTIES PASS_REGULAR_EXPRESSION "reached debrief: ending won-back")
sv_game_test(game_keys_nb_okabe --headless --profile Tester --select sample/parcel --seed 7 --speed 64 --set language=nb --set palette=okabe-ito
  --set text_size=extra-large --script-keys ${SV_GAME_DIR}/parcel-pad.txt)
set_tests_properties(game_keys_nb_okabe PROPERTIES PASS_REGULAR_EXPRESSION "reached debrief: ending won-back")
sv_game_script(game_record_and_replay record_replay.cmake -DSCRIPT=${SV_GAME_DIR}/parcel-keys.txt)

# The facilitator's injects (Ctrl+I) and view (Ctrl+G): off in the players'
# view, on and off again by key; the shots show the feed as the players see it,
# then under the dark facilitator view, then as it was (the feed's cards at
# least 30% of the area: the crowd's newest comments, tinted, may take a good
# part of it; under the view a few per cent).
# The journal then holds the fired inject (tests/game/inject.cmake).
sv_game_script(game_keys_inject inject.cmake -DKEYS=${SV_GAME_DIR})
set_tests_properties(game_keys_inject PROPERTIES FIXTURES_SETUP game_keys_inject)
set(shots ${SV_GAME_OUT}/game_keys_inject)
foreach(shot normal hidden)
  sv_shot_check(game_inject_${shot}_check game_keys_inject ${shots}/inject-${shot}-1280x720.bmp
    1280 720 colour 80 400 900 500 ${CARD} 30)
endforeach()
sv_shot_check(game_inject_view_check game_keys_inject ${shots}/inject-view-1280x720.bmp
  1280 720 colour 80 400 900 500 ${HEADER} 60)
# The three days in Swedish at the large text size and in Norwegian at the
# extra large one, with screenshots of the feed (history, a reply waiting to go
# out, skip markers, the promises) for a person to look at.
foreach(run sv:large nb:extra-large)
  string(REPLACE ":" ";" run ${run})
  list(GET run 0 lang)
  list(GET run 1 size)
  set(name game_days_${lang})
  file(REMOVE_RECURSE ${SV_GAME_HOME}/${name}/data/svara/packs/longpack)
  file(COPY ${SV_GAME_DIR}/longpack DESTINATION ${SV_GAME_HOME}/${name}/data/svara/packs)
  sv_game_test(${name} --headless --seed 7 --speed 64 --set language=${lang} --set text_size=${size}
    --play longpack/days --script-keys ${SV_GAME_DIR}/days-keys.txt
    --screenshot-at 60:days-${lang}-pending.bmp --screenshot-at 3700:days-${lang}-follow.bmp)
  set_tests_properties(${name} PROPERTIES FIXTURES_SETUP ${name}
    PASS_REGULAR_EXPRESSION "reached debrief: ending end, grade [A-F] \\([0-9]+\\), language ${lang}")
endforeach()
# An hour in, the promise is kept and nothing is open: the promises panel
# under the meters and the skip button in the idle panel.
sv_shot_check(game_days_check_sv game_days_sv ${SV_GAME_OUT}/days-sv-follow.bmp 1280 720
  colour 1100 375 780 110 ${CARD} 50     # the promises panel
  busy 1100 380 600 100 3                # its lines
  colour 1300 825 380 50 ${ACCENT} 60)   # the skip button
# A review site that takes one public answer per thread (tests/game/oncepack):
# the first decision answers the review in public at 5 s; at 20 s the second
# decision's public option is greyed, with the channel's reason under its text;
# at 50 s the composer's reason stands above its send buttons.
file(REMOVE_RECURSE ${SV_GAME_HOME}/game_channel_full/data/svara/packs/oncepack)
file(COPY ${SV_GAME_DIR}/oncepack DESTINATION ${SV_GAME_HOME}/game_channel_full/data/svara/packs)
sv_game_test(game_channel_full --headless --replay ${SV_GAME_DIR}/once-replay.json --speed 16
  --screenshot-at 20:once-20.bmp --screenshot-at 50:once-50.bmp)
set_tests_properties(game_channel_full PROPERTIES FIXTURES_SETUP game_channel_full
  PASS_REGULAR_EXPRESSION "reached debrief: ending end")
sv_shot_check(game_channel_full_options game_channel_full ${SV_GAME_OUT}/once-20.bmp 1280 720
  nocolour 1118 518 40 40 ${ACCENT}      # the public option's number, greyed
  busy 1168 774 377 30 5)                # the reason under it moves the private option down
sv_shot_check(game_channel_full_composer game_channel_full ${SV_GAME_OUT}/once-50.bmp 1280 720
  busy 1111 877 765 54 5)                # the reason above the send buttons
# The same pack by keyboard (tests/game/once-keys.txt): the reason clear of
# the reply's words, and the keys pass over the greyed public send.
file(REMOVE_RECURSE ${SV_GAME_HOME}/game_channel_full_keys/data/svara/packs/oncepack)
file(COPY ${SV_GAME_DIR}/oncepack DESTINATION ${SV_GAME_HOME}/game_channel_full_keys/data/svara/packs)
sv_game_test(game_channel_full_keys --headless --play oncepack/once --seed 5 --speed 8
  --script-keys ${SV_GAME_DIR}/once-keys.txt)
# Three days with skips, recorded and replayed: the same state hash every time.
sv_game_script(game_skip_replay skip_replay.cmake -DTOOL=$<TARGET_FILE:svara-tool>
  -DPACK=${SV_GAME_DIR}/longpack -DSCRIPT=${SV_GAME_DIR}/days-keys.txt)

# ---- settings ------------------------------------------------------------------------------------------
# The UI strings through the checks every pack file gets (game/ui/uistrings.c is SDL-free).
add_executable(test_uistrings ${SV_GAME_DIR}/test_uistrings.c ${PROJECT_SOURCE_DIR}/game/ui/uistrings.c)
target_include_directories(test_uistrings PRIVATE ${PROJECT_SOURCE_DIR}/game/ui)
target_compile_options(test_uistrings PRIVATE ${SV_WARNINGS})
target_compile_definitions(test_uistrings PRIVATE SV_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(test_uistrings PRIVATE svara_core cjson PkgConfig::CMOCKA)
add_test(NAME game_uistrings COMMAND test_uistrings)
set_tests_properties(game_uistrings PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")
sv_game_script(game_settings_roundtrip settings_roundtrip.cmake -DSCRIPT=${SV_GAME_DIR}/settings-keys.txt)
sv_game_script(game_settings_corrupt settings_corrupt.cmake)
sv_game_script(game_settings_large settings_large.cmake)
sv_game_script(game_settings_readonly settings_readonly.cmake)
# The script kills a run after 30 s; the test's own limit catches the rest.
sv_game_script(game_settings_fifo settings_fifo.cmake)
set_tests_properties(game_settings_fifo PROPERTIES TIMEOUT 90)

# ---- the benchmark runs (its figures are printed, never judged here) -----------------------------------
sv_game_test(game_bench_runs --headless --bench)
set_tests_properties(game_bench_runs PROPERTIES PASS_REGULAR_EXPRESSION "frame cpu ms: p50 [0-9.]+ +p99 [0-9.]+")

# ---- every screen, at both sizes, saved for people to look at ------------------------------------------
# screens-WxH-NAME.bmp in the build's test-shots folder: title, settings, briefing,
# options, pause, composer, messages, feed, debrief, debrief-card.
foreach(size 1280x720 1920x1080)
  sv_game_test(game_screens_${size} --headless --profile Tester --select sample/parcel --size ${size} --seed 7 --speed 64
    --script-keys ${SV_GAME_DIR}/screens-keys.txt)
  set_tests_properties(game_screens_${size} PROPERTIES FIXTURES_SETUP game_screens_${size}
    PASS_REGULAR_EXPRESSION "reached debrief")
  string(REPLACE "x" ";" wh ${size})
  list(GET wh 0 w)
  list(GET wh 1 h)
  set(shots ${SV_GAME_OUT}/screens-${size})
  sv_shot_check(game_screens_${size}_title game_screens_${size} ${shots}-title.bmp ${w} ${h}
    colour 0 0 700 1000 ${HEADER} 80 busy 820 240 1020 140 3)
  sv_shot_check(game_screens_${size}_settings game_screens_${size} ${shots}-settings.bmp ${w} ${h}
    busy 110 200 1000 600 3 busy 1190 200 620 600 3)
  sv_shot_check(game_screens_${size}_briefing game_screens_${size} ${shots}-briefing.bmp ${w} ${h}
    colour 0 0 1920 10 0b6e4f 90 colour 110 230 1020 300 ${CARD} 50 colour 1500 900 310 100 ${ACCENT} 30)
  sv_shot_check(game_screens_${size}_options game_screens_${size} ${shots}-options.bmp ${w} ${h}
    bar 1112 380 784 200 ${ACCENT} 60 busy 1100 500 800 400 4)
  sv_shot_check(game_screens_${size}_pause game_screens_${size} ${shots}-pause.bmp ${w} ${h}
    colour 640 380 640 320 ${CARD} 50 busy 620 300 680 100 3)
  sv_shot_check(game_screens_${size}_composer game_screens_${size} ${shots}-composer.bmp ${w} ${h}
    colour 30 230 1030 700 ${CARD} 40 colour 1112 900 784 90 ${ACCENT} 40)
  sv_shot_check(game_screens_${size}_debrief game_screens_${size} ${shots}-debrief.bmp ${w} ${h}
    colour 0 0 1920 80 ${HEADER} 80 busy 100 170 1000 300 3 busy 24 560 1870 380 3)
endforeach()

# ---- hot reload ----------------------------------------------------------------------------------------
# A copy of tests/game/reload/pack edited by the key scripts while the game
# plays it (their copy command); each run is recorded and replayed on the pack
# the script left, which must end in the recorded state (tests/game/reload.cmake).
# F5 restarts the run at the same time with the new text; a pack that no longer
# loads, or inputs that no longer fit it, leave the overlay with every located
# diagnostic and the game playing on; --author's watcher does it on a save.
foreach(kind f5 broken author)
  set(script ${SV_GAME_DIR}/reload-keys.txt)
  if(NOT kind STREQUAL "f5")
    set(script ${SV_GAME_DIR}/reload-${kind}-keys.txt)
  endif()
  set(author "")
  if(kind STREQUAL "author")
    set(author -DAUTHOR=ON)
  endif()
  sv_game_script(game_reload_${kind} reload.cmake -DSCRIPT=${script}
    -DPACK=${SV_GAME_DIR}/reload/pack ${author})
endforeach()
# The same from a .zip, by its watcher.
sv_game_script(game_reload_zip reload.cmake -DSCRIPT=${SV_GAME_DIR}/reload-zip-keys.txt
  -DPACK=${SV_GAME_DIR}/reload/pack -DZIP=${SV_GAME_DIR}/reload/desk-v2.json -DAUTHOR=ON)
# The overlay with one diagnostic, as reload-broken-keys.txt shot it: the white
# card over the dimmed game, the entry's grey row, its red "Error" badge and its
# text; and with seven, the scroll bar beside the list.
set_tests_properties(game_reload_broken PROPERTIES FIXTURES_SETUP game_reload_broken)
set(shots ${SV_GAME_OUT}/game_reload_broken)
sv_shot_check(game_reload_overlay_check game_reload_broken ${shots}/reload-broken-1280x720.bmp 1280 720
  colour 300 690 1300 40 ${CARD} 90      # the card under the entry
  colour 420 600 1100 40 f1f3f6 50       # the entry's row
  colour 305 540 80 28 b3261e 40         # the Error badge
  busy 290 530 1000 130 3)               # where, the pointer, the message
sv_shot_check(game_reload_overlay_many_check game_reload_broken ${shots}/reload-many-1280x720.bmp 1280 720
  colour 1628 300 4 150 505867 80)       # the scroll bar's thumb, at the top

# ---- a session that stops itself at a limit ------------------------------------------------------------
# tests/explore/explore's runaway: an event rescheduling itself at +0 s until the
# session's log is full. The end of play and the debrief name the limit, when
# and the node that caused it (tests/game/limit-keys.txt checks both screens).
file(REMOVE_RECURSE ${SV_GAME_HOME}/game_limit_shown/data/svara/packs/explore)
file(COPY ${CMAKE_CURRENT_SOURCE_DIR}/explore/explore
     DESTINATION ${SV_GAME_HOME}/game_limit_shown/data/svara/packs)
sv_game_expect(game_limit_shown 0 "reached debrief: ending x-over"
  --headless --seed 7 --speed 8 --play explore/runaway --script-keys ${SV_GAME_DIR}/limit-keys.txt)

# ---- resume after a crash ------------------------------------------------------------------------------
# The kill test: the tutorial played by tests/game/kill-keys.txt, killed with
# SIGKILL at 100 random (seeded) moments (20 under the sanitizers); every time
# the journal must be whole
# (one of the versions the uninterrupted run wrote) and resume, through the
# core and once per version through the game's resume screen, to the state
# hash that run had there. It prints its figures.
add_executable(kill_test ${SV_GAME_DIR}/kill_test.c)
target_compile_options(kill_test PRIVATE ${SV_WARNINGS})
target_compile_definitions(kill_test PRIVATE _POSIX_C_SOURCE=200809L)
target_link_libraries(kill_test PRIVATE svara_core cjson)
# Under the sanitizers each start of the game is several times slower: 10
# kills there (the same checks after each), 60 in the other builds.
if(SV_SANITIZE)
  set(SV_KILLS 10)
else()
  set(SV_KILLS 60)
endif()
file(MAKE_DIRECTORY ${SV_GAME_HOME}/game_kill_journal/data ${SV_GAME_HOME}/game_kill_journal/cache)
add_test(NAME game_kill_journal COMMAND kill_test $<TARGET_FILE:svara>
  ${PROJECT_SOURCE_DIR}/scenarios/core ${PROJECT_SOURCE_DIR}/assets/scoring/default.json
  ${SV_GAME_DIR}/kill-keys.txt ${SV_GAME_DIR}/kill-resume-keys.txt ${SV_GAME_HOME}/game_kill_journal ${SV_KILLS} 13)
set_tests_properties(game_kill_journal PROPERTIES TIMEOUT 300
  PASS_REGULAR_EXPRESSION "all journals whole and resumable" ENVIRONMENT "${SV_GAME_LSAN}")
# The same over a scripted two-team workshop (issue 14, item 6): the journal in
# the workshop's folder, the teams' result files and the progress are each
# their old or their new valid version after every kill, and resuming (the
# game offers it when started with the same workshop) reaches the state hash
# the uninterrupted run had there.
file(MAKE_DIRECTORY ${SV_GAME_HOME}/game_kill_workshop/data ${SV_GAME_HOME}/game_kill_workshop/cache)
add_test(NAME game_kill_workshop COMMAND kill_test $<TARGET_FILE:svara>
  ${PROJECT_SOURCE_DIR}/scenarios/core ${PROJECT_SOURCE_DIR}/assets/scoring/default.json
  ${SV_GAME_DIR}/workshop-kill-keys.txt ${SV_GAME_DIR}/workshop-kill-resume-keys.txt
  ${SV_GAME_HOME}/game_kill_workshop ${SV_KILLS} 29 ${SV_GAME_DIR}/workshop/tutorial-workshop.json)
set_tests_properties(game_kill_workshop PROPERTIES TIMEOUT 400 LABELS workshop
  PASS_REGULAR_EXPRESSION "all journals whole and resumable" ENVIRONMENT "${SV_GAME_LSAN}")
# Facilitator mode, end to end (tests/game/workshop.cmake): keyboard, gamepad
# in Swedish, mouse, resume, the picker, a broken file, a foreign result file.
sv_game_script(game_workshop workshop.cmake -DKEYS=${SV_GAME_DIR} -DSRC=${PROJECT_SOURCE_DIR}
  -DTOOL=$<TARGET_FILE:svara-tool>)
set_tests_properties(game_workshop PROPERTIES LABELS workshop TIMEOUT 400)
# The scoreboard in the middle of a run (tests/game/workshop_live.cmake): the
# playing team's run so far, in English and Swedish; its shots are
# workshop-live-*.bmp in test-shots/game_workshop_live.
sv_game_script(game_workshop_live workshop_live.cmake -DKEYS=${SV_GAME_DIR}
  -DSRC=${PROJECT_SOURCE_DIR} -DTOOL=$<TARGET_FILE:svara-tool>)
set_tests_properties(game_workshop_live PROPERTIES LABELS workshop)
# The resume screen, end to end (tests/game/resume.cmake); its shots are
# resume-*.bmp and refused-*.bmp in test-shots/game_resume for people to look at.
sv_game_script(game_resume resume.cmake -DKEYS=${SV_GAME_DIR})
set_tests_properties(game_resume PROPERTIES FIXTURES_SETUP game_resume)
sv_shot_check(game_resume_check game_resume ${SV_GAME_OUT}/game_resume/resume-1280x720.bmp 1280 720
  colour 460 526 1000 14 ffffff 90      # the card, between the run and the words
  colour 470 420 980 90 dde7fb 55       # the run waiting: scenario, pack, when
  busy 540 410 500 110 3                # its lines
  colour 470 640 980 60 dde7fb 60)      # Resume, focused

# ---- what actions leave in the feed -------------------------------------------------------------------
# tests/game/feed_report.cmake: a report's line names whose post it was and
# where, in en/sv/nb, instead of repeating the option's label or a reply's words.
sv_game_script(game_feed_report feed_report.cmake)

# ---- the first-run tutorial's hints --------------------------------------------------------------------
sv_game_script(game_tutorial tutorial.cmake -DKEYS=${SV_GAME_DIR})
set_tests_properties(game_tutorial PROPERTIES FIXTURES_SETUP game_tutorial)
# The deadline's hint: the accent card left of the panel, its pointer, and the
# ring round the bar it explains.
sv_shot_check(game_tutorial_check game_tutorial ${SV_GAME_OUT}/game_tutorial/tutorial-deadline-1280x720.bmp 1280 720
  colour 500 470 560 220 ${ACCENT} 60   # the card
  busy 500 470 560 220 3                # its words
  colour 1120 458 740 2 ${ACCENT} 70)   # the ring's top edge over the bar
# ---- learner profiles ------------------------------------------------------------------------------
# tests/game/profiles.cmake: the first start asks a name (keyboard) and keeps
# the run, with the debrief's lessons, the path's statuses and the skills
# screen checked on screen; a second learner made with the gamepad's letter
# grid; switching back with the mouse, remembered after a restart; a broken
# profile located, kept aside and replaced; the same in Swedish. The shots
# (first, debrief, path, skills, name-pad, broken, sv-*) are for people to look at.
sv_game_script(game_profiles profiles.cmake -DSCRIPTS=${SV_GAME_DIR})
# ---- the onboarding journey, end to end -----------------------------------------------------------
# tests/game/journey.cmake: issue 13's "Done when" in one data folder: a new
# user makes a profile, is guided through the tutorial, plays two steps of
# the core path, leaves the third in the middle, resumes it at its state
# after a restart and sees the skills change (keyboard); a second learner and
# their own tutorial with the mouse in Swedish; the titles, skills, profiles
# and the second learner's resumed run with the gamepad in Norwegian.
# Shots: journey-*.bmp in test-shots/game_journey.
sv_game_script(game_journey journey.cmake -DKEYS=${SV_GAME_DIR})

# ---- the workshop board --------------------------------------------------------------------------------
# tests/game/board.cmake: the fixture workshop's results made with svara-tool
# workshop play, the board opened on them by keyboard, gamepad, mouse and in
# Swedish (pages checked on screen, a plan cell edited, the report exported;
# the plan file and the HTML read back), a damaged result and an unreadable
# plan located (the plan kept aside, never overwritten blindly), a missing
# workshop file. Its shots (board-*.bmp in test-shots/game_board) are for
# people to look at.
sv_game_script(game_board board.cmake -DTOOL=$<TARGET_FILE:svara-tool> -DSCRIPTS=${SV_GAME_DIR}
  -DSRC=${PROJECT_SOURCE_DIR})
set_tests_properties(game_board PROPERTIES LABELS workshop TIMEOUT 400 FIXTURES_SETUP game_board)
