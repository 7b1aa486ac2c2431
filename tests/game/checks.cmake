# The checks the game's script tests share (tests/game/*.cmake include this).

# expect_in(TEXT WHAT LABEL) / expect_not_in: WHAT is (is not) part of TEXT.
function(expect_in text what label)
  string(FIND "${text}" "${what}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${label}: expected \"${what}\" in:\n${text}")
  endif()
endfunction()

function(expect_not_in text what label)
  string(FIND "${text}" "${what}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "${label}: did not expect \"${what}\" in:\n${text}")
  endif()
endfunction()

# json_get(VAR FILE KEY...): a value of a JSON file, or a fatal error.
function(json_get var path)
  file(READ ${path} json)
  string(JSON v ERROR_VARIABLE problem GET "${json}" ${ARGN})
  if(problem)
    message(FATAL_ERROR "${path}: no ${ARGN} (${problem}):\n${json}")
  endif()
  set(${var} "${v}" PARENT_SCOPE)
endfunction()

# expect(WHAT WANT GOT): GOT is WANT.
function(expect what want got)
  if(NOT "${got}" STREQUAL "${want}")
    message(FATAL_ERROR "${what}: expected ${want}, got ${got}")
  endif()
endfunction()
