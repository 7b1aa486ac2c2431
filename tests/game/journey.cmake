# Issue 13's "Done when" as one scripted journey in one fresh data folder:
# a new user makes a profile, is guided through the tutorial, plays two
# scenarios of the core path, leaves the third in the middle, starts again
# and resumes it where it was left (the same state hash), finishes it and
# sees the skills screen change (keyboard, journey-keys.txt and
# journey-resume-keys.txt); a second learner is made and starts their own
# tutorial with the mouse in Swedish (journey-mouse-sv.txt), and with the
# gamepad in Norwegian the first learner's title and skills are seen and the
# second learner's run is offered when they are chosen, and resumed
# (journey-pad-nb.txt). Each step's files are checked: the profiles, the
# tutorial's flag, the scenario in progress, each learner's journal.
# Shots: journey-*.bmp in test-shots/game_journey.
# Run with -DSVARA=... -DHOME_DIR=... -DOUT=... -DKEYS=<tests/game>
file(REMOVE_RECURSE ${HOME_DIR} ${OUT})
file(MAKE_DIRECTORY ${HOME_DIR}/data ${HOME_DIR}/cache ${OUT})
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
set(data ${HOME_DIR}/data/svara)
set(mika ${data}/profiles/mika)
set(noor ${data}/profiles/noor)

# game(LABEL SCRIPT ARGS...): sets out (stdout and the log); fails when the game does.
function(game label script)
  execute_process(COMMAND ${SVARA} --headless --seed 7 --speed 32 ${ARGN}
                  --script-keys ${KEYS}/${script} WORKING_DIRECTORY ${OUT}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e TIMEOUT 90)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${label}: the game failed (${rc}):\n${o}\n${e}")
  endif()
  message(STATUS "${label}: ok")
  set(out "${o}${e}" PARENT_SCOPE)
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/checks.cmake)

function(expect_file want path label)
  if(want AND NOT EXISTS ${path})
    message(FATAL_ERROR "${label}: expected ${path}")
  elseif(NOT want AND EXISTS ${path})
    message(FATAL_ERROR "${label}: ${path} should not be there")
  endif()
endfunction()

# journal_hash(VAR FILE): the state hash a journal's checkpoint recorded.
function(journal_hash var path)
  json_get(h ${path} checkpoint hash)
  set(${var} ${h} PARENT_SCOPE)
endfunction()

# 1. A new user: the profile, the tutorial with its hints, the skills, the
# second step, the third left in the middle.
game("first start" journey-keys.txt)
expect_in("${out}" "reached debrief: ending regular-again" "the tutorial")
expect_in("${out}" "reached debrief: ending good-day" "the second step")
json_get(name ${mika}/profile.json name)
expect("the profile" Mika "${name}")
json_get(done ${mika}/profile.json tutorial_done)
expect("the tutorial done, in the profile" ON ${done})
json_get(runs ${mika}/profile.json runs)
string(JSON n LENGTH "${runs}")
expect("the runs kept" 2 ${n})
json_get(started ${mika}/profile.json started 0 scenario)
expect("the third step in progress" delivery ${started})
expect_file(ON ${mika}/journal.json "the third step left in the middle")
expect_file(OFF ${data}/journal.json "the journal is the learner's")
journal_hash(hash ${mika}/journal.json)
json_get(inputs ${mika}/journal.json inputs)
string(JSON n LENGTH "${inputs}")
expect("the answers in the journal" 1 ${n})

# 2. Started again: resumed at the journal's state, finished; the skills changed.
game("resumed" journey-resume-keys.txt)
expect_in("${out}" "resumed core/delivery at " "resumed")
expect_in("${out}" ": state ${hash}" "resumed at the journal's state")
expect_in("${out}" "reached debrief: ending " "the third step finished")
message(STATUS "resumed at state ${hash}")
json_get(runs ${mika}/profile.json runs)
string(JSON n LENGTH "${runs}")
expect("the runs kept" 3 ${n})
file(READ ${mika}/profile.json json)
string(JSON started ERROR_VARIABLE none GET "${json}" started)
if(NOT none)
  message(FATAL_ERROR "nothing is in progress after the third step finished: ${started}")
endif()
expect_file(OFF ${mika}/journal.json "the run finished")

# 3. A second learner, with the mouse, in Swedish: their own tutorial.
game("a second learner (mouse, sv)" journey-mouse-sv.txt --set language=sv)
json_get(name ${noor}/profile.json name)
expect("the second profile" Noor "${name}")
json_get(done ${noor}/profile.json tutorial_done)
expect("the second learner's tutorial, not done" OFF ${done})
expect_file(ON ${noor}/journal.json "the second learner's run")
expect_file(OFF ${mika}/journal.json "the first learner has no run waiting")
journal_hash(hash ${noor}/journal.json)

# 4. With the gamepad, in Norwegian: the first learner's title and skills;
# the second learner chosen gets their run back.
game("the gamepad (nb)" journey-pad-nb.txt --set language=nb)
expect_in("${out}" "resumed core/tutorial at " "the second learner's run")
expect_in("${out}" ": state ${hash}" "the second learner's run, at its state")
