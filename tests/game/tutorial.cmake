# The first-run tutorial's hints (issue 13, item 4), each run in a fresh home
# (whether the tutorial is done is kept in the learner's profile.json, so a
# second learner on the same computer still gets it): the hints one at a
# time with the keyboard to the same ending as without them, then none the
# second time; gone when the run ends under one; hidden by the gamepad's left
# stick and by a click on their ✕ while the game takes the rest of the input;
# in sv and nb; skipped and brought back from the settings. Shots: tutorial-*.bmp in test-shots/game_tutorial.
# Run with -DSVARA=... -DHOME_DIR=... -DOUT=... -DKEYS=<tests/game>
file(MAKE_DIRECTORY ${OUT})
set(profile ${HOME_DIR}/data/svara/profiles/tester/profile.json)
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)

function(fresh)
  file(REMOVE_RECURSE ${HOME_DIR})
  file(MAKE_DIRECTORY ${HOME_DIR}/data/svara ${HOME_DIR}/cache)
endfunction()

# game(LABEL SCRIPT ARGS...): sets out; fails when the game does.
function(game label script)
  execute_process(COMMAND ${SVARA} --headless --speed 64 --profile Tester ${ARGN} --script-keys ${script}
                  WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e
                  TIMEOUT 90)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${label}: the game failed (${rc}):\n${o}\n${e}")
  endif()
  message(STATUS "${label}: ok")
  set(out "${o}${e}" PARENT_SCOPE)
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/checks.cmake)

# expect_done(ON|OFF LABEL [PROFILE_JSON]): the learner's tutorial_done (Tester's by default).
function(expect_done want label)
  set(file ${profile})
  if(ARGC GREATER 2)
    set(file ${ARGV2})
  endif()
  file(READ ${file} json)
  string(JSON got ERROR_VARIABLE bad GET "${json}" tutorial_done)
  if(bad OR NOT got STREQUAL "${want}")
    message(FATAL_ERROR "${label}: expected tutorial_done ${want} in ${file}:\n${json}")
  endif()
endfunction()

set(play --play core/tutorial --seed 7)
# Played through with its hints, to the ending the same answers get without them.
fresh()
game("keyboard" ${KEYS}/tutorial-keys.txt ${play})
expect_in("${out}" "reached debrief: ending regular-again" "keyboard")
expect_done(ON "played through")
game("second time" ${KEYS}/tutorial-again-keys.txt ${play})
# Another learner on the same computer has not done it: the hints again, for them.
file(WRITE ${OUT}/tutorial-other.txt "until briefing\nkey Return\nuntil play\nuntil-time 2\nexpect-text Tip 1 of 8\nquit\n")
game("another learner" ${OUT}/tutorial-other.txt ${play} --profile Kim)
expect_done(OFF "another learner" ${HOME_DIR}/data/svara/profiles/kim/profile.json)
expect_done(ON "the first learner, after another played")
file(READ ${HOME_DIR}/data/svara/settings.json json)
string(JSON got ERROR_VARIABLE bad GET "${json}" tutorial_done)
if(NOT bad AND got)
  message(FATAL_ERROR "the tutorial's flag went to settings.json, not the profile:\n${json}")
endif()
fresh()
game("gamepad" ${KEYS}/tutorial-pad.txt ${play})
fresh()
game("mouse" ${KEYS}/tutorial-mouse.txt ${play})
fresh()
game("Swedish" ${KEYS}/tutorial-sv-keys.txt ${play} --set language=sv)
game("Norwegian" ${KEYS}/tutorial-nb-keys.txt ${play} --set language=nb)
# The composer's preview: a reply of six parts read to its end and back before
# sending, at the normal and the large text size (tests/game/composer-preview-keys.txt).
foreach(size normal large)
  fresh()
  game("composer preview, ${size} text" ${KEYS}/composer-preview-keys.txt ${play} --set language=nb
       --set text_size=${size})
endforeach()
# A hint that is up when the run ends goes with it: the ending's banner shows whole.
fresh()
game("ending" ${KEYS}/tutorial-end-keys.txt ${play} --set language=nb)
expect_in("${out}" "reached debrief: ending screenshot" "ending")

# From the settings: Off before the first play skips the hints; On after they
# were done brings them back.
file(READ ${KEYS}/tutorial-settings-keys.txt base)
file(WRITE ${OUT}/tutorial-skip.txt "${base}expect-no-text Tip 1 of 8\nquit\n")
file(WRITE ${OUT}/tutorial-again.txt "${base}expect-text Tip 1 of 8\nquit\n")
fresh()
game("skipped from the settings" ${OUT}/tutorial-skip.txt --select core/tutorial --seed 7)
expect_done(ON "skipped from the settings")
file(REMOVE ${HOME_DIR}/data/svara/profiles/tester/journal.json) # the run it quit: the resume screen is not tested here
game("again from the settings" ${OUT}/tutorial-again.txt --select core/tutorial --seed 7)
expect_done(OFF "again from the settings")
