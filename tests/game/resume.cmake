# Resume after a crash or a closed window (issue 13, item 5), end to end: half a
# tutorial leaves a journal (the script stops mid-run as a crash would); the
# next start offers it before the title and resumes it at the same state hash
# with the keyboard, the gamepad and the mouse, in en, sv and nb; discarding
# removes it, Esc keeps it for later, the debrief and leaving from the pause
# menu remove it; a journal of another pack version, a damaged one and one
# whose state no longer matches are refused on screen and kept aside. The
# journal is the learner's (profiles/<slug>/journal.json): another learner on
# the same computer is not offered it, and one left where versions before
# profiles kept it (the per-user folder) is moved into the profile and resumed.
# Run with -DSVARA=... -DHOME_DIR=... -DOUT=... -DKEYS=<tests/game>
file(MAKE_DIRECTORY ${OUT})
set(data ${HOME_DIR}/data/svara)
set(journal ${data}/profiles/tester/journal.json)
set(old_journal ${data}/journal.json)
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)

function(fresh)
  file(REMOVE_RECURSE ${HOME_DIR})
  file(MAKE_DIRECTORY ${data} ${HOME_DIR}/cache)
endfunction()

# game(LABEL SCRIPT ARGS...): runs the game; sets out (stdout and the log) and fails on an error.
function(game label script)
  execute_process(COMMAND ${SVARA} --headless --speed 64 --profile Tester ${ARGN} --script-keys ${KEYS}/${script}
                  WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e
                  TIMEOUT 60)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${label}: the game failed (${rc}):\n${o}\n${e}")
  endif()
  set(out "${o}${e}" PARENT_SCOPE)
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/checks.cmake)

function(expect_journal want label)
  if(want AND NOT EXISTS ${journal})
    message(FATAL_ERROR "${label}: expected ${journal}")
  elseif(NOT want AND EXISTS ${journal})
    message(FATAL_ERROR "${label}: ${journal} should be gone")
  endif()
endfunction()

# Half a run: a journal with one input and a checkpoint; `hash` gets its state hash.
function(half)
  fresh()
  game("half a run" resume-half-keys.txt --play core/tutorial --seed 7)
  expect_journal(ON "half a run")
  file(READ ${journal} json)
  string(JSON h ERROR_VARIABLE bad GET "${json}" checkpoint hash)
  string(JSON n ERROR_VARIABLE bad2 LENGTH "${json}" inputs)
  if(bad OR bad2 OR NOT n EQUAL 1)
    message(FATAL_ERROR "the journal is not one answer and a checkpoint (${bad}${bad2}):\n${json}")
  endif()
  set(hash ${h} PARENT_SCOPE)
  set(json "${json}" PARENT_SCOPE)
endfunction()

# Resumed by each device (and in each language): at the journal's very state.
foreach(run "resume-keys.txt" "resume-pad.txt" "resume-mouse.txt"
            "resume-sv-keys.txt;--set;language=sv" "resume-nb-keys.txt;--set;language=nb")
  list(GET run 0 script)
  set(extra ${run})
  list(REMOVE_AT extra 0)
  half()
  game("resume (${script})" ${script} ${extra})
  expect_in("${out}" "resumed core/tutorial at " "resume (${script})")
  expect_in("${out}" "state ${hash}" "resume (${script}): the journal's state")
  message(STATUS "${script}: resumed at state ${hash}")
endforeach()
# The keyboard's run went on to its debrief: the journal is gone.
half()
game("resume and finish" resume-keys.txt)
expect_in("${out}" "reached debrief" "resume and finish")
expect_journal(OFF "after the debrief")

half()
game("discard" resume-discard-keys.txt)
expect_journal(OFF "discarded")
half()
game("later" resume-later-keys.txt)
expect_journal(ON "decided later")
fresh()
game("left from the pause menu" resume-abandon-keys.txt --play core/tutorial --seed 7)
expect_in("${out}" "journal: 1 inputs" "left from the pause menu: it was journaled")
expect_journal(OFF "left from the pause menu")

# Two learners on one computer: Tester's run is not offered to Kim, who gets
# the title; it is still there, and offered, when Tester comes back.
half()
if(EXISTS ${old_journal})
  message(FATAL_ERROR "the journal was written to the per-user folder, not the profile's")
endif()
game("another learner" resume-other-keys.txt --profile Kim)
expect_journal(ON "another learner came")
if(EXISTS ${data}/profiles/kim/journal.json)
  message(FATAL_ERROR "another learner: Tester's journal was given to Kim")
endif()
game("back to the first learner" resume-keys.txt)
expect_in("${out}" "state ${hash}" "back to the first learner: the journal's state")

# A journal where versions before profiles kept it: moved into the profile
# playing, offered and resumed at its state; never lost.
half()
file(RENAME ${journal} ${old_journal})
game("an earlier version's journal" resume-keys.txt)
expect_in("${out}" "moved the journal " "an earlier version's journal")
expect_in("${out}" "state ${hash}" "an earlier version's journal: the journal's state")
if(EXISTS ${old_journal})
  message(FATAL_ERROR "an earlier version's journal: still in the per-user folder")
endif()

# Refused: each with its reason in the log (the screen shows the same words)
# and the file kept aside, nothing left as journal.json.
foreach(case version damaged differs)
  half()
  if(case STREQUAL "version")
    string(JSON edited SET "${json}" pack_version "\"0.9.0\"")
    set(reason "was played with version 0.9.0 of")
  elseif(case STREQUAL "damaged")
    string(SUBSTRING "${json}" 0 120 edited)
    set(reason "is damaged and cannot be read")
  else()
    string(JSON edited SET "${json}" checkpoint hash "\"0123456789abcdef\"")
    set(reason "does not reach the state it recorded")
  endif()
  file(WRITE ${journal} "${edited}")
  game("refused (${case})" resume-refused-keys.txt)
  expect_in("${out}" "journal refused: " "refused (${case})")
  expect_in("${out}" "${reason}" "refused (${case})")
  expect_journal(OFF "refused (${case})")
  file(GLOB kept ${data}/profiles/tester/journal.json.bad-*)
  list(LENGTH kept n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "refused (${case}): expected the journal kept aside once, found: ${kept}")
  endif()
  file(READ ${kept} back)
  if(NOT back STREQUAL edited)
    message(FATAL_ERROR "refused (${case}): the file kept aside is not the journal as it was")
  endif()
  file(RENAME ${OUT}/refused-1280x720.bmp ${OUT}/refused-${case}-1280x720.bmp)
  message(STATUS "refused (${case}): kept as ${kept}")
endforeach()
