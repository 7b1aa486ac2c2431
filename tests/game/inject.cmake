# The facilitator's injects in the game (issue 14): tests/game/inject-keys.txt
# in a fresh home (the run it leaves is journaled, so a second run would meet
# the resume screen), then the journal holds the inject the facilitator fired,
# as an input at its time, so a resumed or replayed workshop run fires it too.
# Shots: inject-*.bmp in OUT. Run with -DSVARA=... -DHOME_DIR=... -DOUT=... -DKEYS=<tests/game>
file(REMOVE_RECURSE ${HOME_DIR})
file(MAKE_DIRECTORY ${OUT} ${HOME_DIR}/data/svara ${HOME_DIR}/cache)
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
execute_process(COMMAND ${SVARA} --headless --profile Tester --select sample/parcel --seed 7
                        --speed 64 --script-keys ${KEYS}/inject-keys.txt
                WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e
                TIMEOUT 90)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the game failed (${rc}):\n${o}\n${e}")
endif()
set(journal ${HOME_DIR}/data/svara/profiles/tester/journal.json) # the learner's journal
if(NOT EXISTS ${journal})
  message(FATAL_ERROR "no journal at ${journal}:\n${o}\n${e}")
endif()
file(READ ${journal} json)
string(JSON n LENGTH "${json}" inputs)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "the journal has ${n} inputs, not the one inject:\n${json}")
endif()
string(JSON id GET "${json}" inputs 0 inject)
string(JSON t GET "${json}" inputs 0 t)
if(NOT id STREQUAL "i-journalist" OR t LESS 10 OR t GREATER 90)
  message(FATAL_ERROR "the journal's input is not the journalist fired while first-reply was open:\n${json}")
endif()
message(STATUS "journal: inject ${id} at ${t} s")
