# The pre- and post-test screen (game/ui/assess.c), headless, on
# tests/packs/assess copied into each test's own packs folder: the pre-test
# with the keyboard for a new learner (tests/game/assess/kim-new.json: a
# profile made at a known time, so the draw is known), the post-test with a gamepad in
# Swedish for one who completed the path (tests/game/assess/, copied into the
# profiles folder before every run, so a run never finds the test it took
# last time), and with the mouse; each run must end with the test saved.
# game_assess_title takes the post-test the way the title offers it.
# Uses game.cmake's helpers (included before this file).
if(NOT SV_BUILD_GAME OR NOT COMMAND sv_game_test)
  return()
endif()

foreach(name game_assess_keys game_assess_pad game_assess_mouse game_assess_title)
  file(REMOVE_RECURSE ${SV_GAME_HOME}/${name}/data/svara/packs/assess)
  file(COPY ${CMAKE_CURRENT_SOURCE_DIR}/packs/assess DESTINATION ${SV_GAME_HOME}/${name}/data/svara/packs)
  add_test(NAME ${name}_setup COMMAND ${CMAKE_COMMAND} -E rm -rf ${SV_GAME_HOME}/${name}/data/svara/profiles)
  set_tests_properties(${name}_setup PROPERTIES FIXTURES_SETUP ${name}_home)
endforeach()

add_test(NAME game_assess_keys_profile COMMAND ${CMAKE_COMMAND} -E copy
  ${CMAKE_CURRENT_SOURCE_DIR}/game/assess/kim-new.json
  ${SV_GAME_HOME}/game_assess_keys/data/svara/profiles/kim/profile.json)
set_tests_properties(game_assess_keys_profile PROPERTIES FIXTURES_REQUIRED game_assess_keys_home
  FIXTURES_SETUP game_assess_keys_kim)
sv_game_test(game_assess_keys --headless --assess assess/pre --profile Kim
  --script-keys ${SV_GAME_DIR}/assess-keys.txt)
set_tests_properties(game_assess_keys PROPERTIES FIXTURES_REQUIRED game_assess_keys_kim
  FIXTURES_SETUP game_assess_keys
  PASS_REGULAR_EXPRESSION "assessment done: pre-test of assess, [0-9]+ of 100\n")
# What the result screen shows, in the shot: the score in the accent colour,
# two columns of answer cards, the continue button.
# (check_shot's boxes are in the 1920x1080 drawing space)
sv_shot_check(game_assess_keys_check game_assess_keys ${SV_GAME_OUT}/assess-1280x720-result.bmp 1280 720
  colour 160 172 280 56 ${ACCENT} 15      # "NN of 100"
  colour 165 265 770 590 ${CARD} 60       # the left column of cards
  colour 980 265 770 590 ${CARD} 60       # the right column
  colour 1420 940 340 60 ${ACCENT} 60)    # Continue

set(kim ${CMAKE_CURRENT_SOURCE_DIR}/game/assess/kim-path-done.json)
add_test(NAME game_assess_pad_profile COMMAND ${CMAKE_COMMAND} -E copy ${kim}
  ${SV_GAME_HOME}/game_assess_pad/data/svara/profiles/kim/profile.json)
set_tests_properties(game_assess_pad_profile PROPERTIES FIXTURES_REQUIRED game_assess_pad_home
  FIXTURES_SETUP game_assess_pad_kim)
sv_game_test(game_assess_pad --headless --set language=sv --assess assess/post --profile Kim
  --script-keys ${SV_GAME_DIR}/assess-pad.txt)
set_tests_properties(game_assess_pad PROPERTIES FIXTURES_REQUIRED game_assess_pad_kim
  PASS_REGULAR_EXPRESSION "assessment done: post-test of assess, [0-9]+ of 100, gain [+-][0-9]+, certificate written\n")

add_test(NAME game_assess_mouse_profile COMMAND ${CMAKE_COMMAND} -E copy
  ${CMAKE_CURRENT_SOURCE_DIR}/game/assess/kim-new.json
  ${SV_GAME_HOME}/game_assess_mouse/data/svara/profiles/kim/profile.json)
set_tests_properties(game_assess_mouse_profile PROPERTIES FIXTURES_REQUIRED game_assess_mouse_home
  FIXTURES_SETUP game_assess_mouse_kim)
sv_game_test(game_assess_mouse --headless --set language=nb --assess assess/pre --profile Kim
  --script-keys ${SV_GAME_DIR}/assess-mouse.txt)
set_tests_properties(game_assess_mouse PROPERTIES FIXTURES_REQUIRED game_assess_mouse_kim
  PASS_REGULAR_EXPRESSION "assessment done: pre-test of assess, 100 of 100\n")

add_test(NAME game_assess_title_profile COMMAND ${CMAKE_COMMAND} -E copy ${kim}
  ${SV_GAME_HOME}/game_assess_title/data/svara/profiles/kim/profile.json)
set_tests_properties(game_assess_title_profile PROPERTIES FIXTURES_REQUIRED game_assess_title_home
  FIXTURES_SETUP game_assess_title_kim)
sv_game_test(game_assess_title --headless --profile Kim --speed 64
  --script-keys ${SV_GAME_DIR}/assess-title-keys.txt)
set_tests_properties(game_assess_title PROPERTIES FIXTURES_REQUIRED game_assess_title_kim
  PASS_REGULAR_EXPRESSION "assessment done: post-test of assess, [0-9]+ of 100, gain [+-][0-9]+, certificate written\n")

# The core pack's own situations, whose posts are long, in all three languages:
# on the result cards no post's first words run into its points (tests/game/assess_core.cmake).
sv_game_script(game_assess_core assess_core.cmake -DPROFILE=${CMAKE_CURRENT_SOURCE_DIR}/game/assess/kim-new.json)
