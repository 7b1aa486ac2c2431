# The game, headless: a few frames with SDL's dummy video driver and the
# software renderer, saved as a screenshot that a second test inspects.
if(NOT SV_BUILD_GAME)
  return()
endif()

set(SV_GAME_HOME ${PROJECT_BINARY_DIR}/test-home)
file(MAKE_DIRECTORY ${SV_GAME_HOME}/data ${SV_GAME_HOME}/cache)
set(SV_GAME_SHOT ${PROJECT_BINARY_DIR}/shot.bmp)

add_test(NAME game_headless_frames
  COMMAND svara --headless --frames 3 --screenshot ${SV_GAME_SHOT})
set_tests_properties(game_headless_frames PROPERTIES
  FIXTURES_SETUP game_shot
  TIMEOUT 60
  ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_AUDIODRIVER=dummy;XDG_DATA_HOME=${SV_GAME_HOME}/data;XDG_CACHE_HOME=${SV_GAME_HOME}/cache")

# Reads the BMP without SDL: right size, dark background, light text and the accent rule.
add_executable(check_shot ${CMAKE_CURRENT_SOURCE_DIR}/game/check_shot.c)
target_compile_options(check_shot PRIVATE ${SV_WARNINGS})
add_test(NAME game_screenshot_check COMMAND check_shot ${SV_GAME_SHOT} 1280 720)
set_tests_properties(game_screenshot_check PROPERTIES FIXTURES_REQUIRED game_shot)

add_test(NAME game_usage COMMAND svara --no-such-flag)
set_tests_properties(game_usage PROPERTIES
  WILL_FAIL TRUE ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_AUDIODRIVER=dummy")
