# Shared by the settings tests (cmake -P scripts run with -DSVARA=... -DHOME_DIR=...):
# a home of the test's own, the game run with a time limit, and checks that
# print what they expected and what they got.
set(dir ${HOME_DIR}/data/svara)
set(file ${dir}/settings.json)

# A fresh data folder with nothing in it.
function(fresh_home)
  file(REMOVE_RECURSE ${HOME_DIR})
  file(MAKE_DIRECTORY ${HOME_DIR}/data/svara ${HOME_DIR}/cache)
endfunction()
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)

# run_svara(ARGS...): sets rc, out and err; a run that hangs is killed after
# 30 seconds (its rc then says so), so a blocked start fails instead of waiting.
function(run_svara)
  execute_process(COMMAND ${SVARA} ${ARGN} RESULT_VARIABLE r OUTPUT_VARIABLE o ERROR_VARIABLE e
                  TIMEOUT 30)
  message(STATUS "svara ${ARGN} -> ${r}\n${o}${e}")
  set(rc "${r}" PARENT_SCOPE)
  set(out "${o}" PARENT_SCOPE)
  set(err "${e}" PARENT_SCOPE)
endfunction()

function(expect_rc want label)
  if(NOT "${rc}" STREQUAL "${want}")
    message(FATAL_ERROR "${label}: expected exit code ${want}, got ${rc}\n${out}\n${err}")
  endif()
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/checks.cmake)

# The two files hold the same bytes.
function(expect_same a b label)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${a} ${b} RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    file(READ ${a} ta)
    file(READ ${b} tb)
    message(FATAL_ERROR "${label}: ${a} and ${b} differ:\n${ta}\n----\n${tb}")
  endif()
endfunction()

# Sets `bad` to the files kept aside and checks how many there are.
function(expect_kept_aside count label)
  file(GLOB found ${dir}/settings.json.bad-*)
  list(LENGTH found n)
  if(NOT n EQUAL count)
    message(FATAL_ERROR "${label}: expected ${count} file(s) kept aside, found ${n}: ${found}")
  endif()
  set(bad "${found}" PARENT_SCOPE)
endfunction()

# settings.json is JSON with `key` equal to `want`.
function(expect_saved key want label)
  file(READ ${file} json)
  string(JSON got ERROR_VARIABLE problem GET "${json}" ${key})
  if(problem OR NOT "${got}" STREQUAL "${want}")
    message(FATAL_ERROR "${label}: expected ${key} = ${want} in the saved file, got ${got} ${problem}:\n${json}")
  endif()
endfunction()
