# Runs one command and checks its exit code and output, so a CTest test can
# assert both (PASS_REGULAR_EXPRESSION alone ignores the exit code).
#   cmake -DCMD="a|b|c" -DEXPECT_RC=1 [-DEXPECT_FILE=lines.txt] [-DEXPECT="re1;re2"]
#         [-DSTDIN=file] -P run_command.cmake
# Every line of EXPECT_FILE must appear verbatim in the output; every EXPECT
# item is a regular expression that must match.
# The command comes "|"-separated: add_test would split a ";" list.
string(REPLACE "|" ";" CMD "${CMD}")
if(STDIN)
  execute_process(COMMAND ${CMD} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                  INPUT_FILE ${STDIN})
else()
  execute_process(COMMAND ${CMD} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
set(all "${out}${err}")
set(failed FALSE)
if(NOT "${rc}" STREQUAL "${EXPECT_RC}")
  message(SEND_ERROR "exit code: expected ${EXPECT_RC}, got ${rc}")
  set(failed TRUE)
endif()
if(EXPECT_FILE)
  file(STRINGS ${EXPECT_FILE} lines ENCODING UTF-8)
  foreach(line IN LISTS lines)
    if(line STREQUAL "")
      continue()
    endif()
    string(FIND "${all}" "${line}" at)
    if(at EQUAL -1)
      message(SEND_ERROR "expected in the output: ${line}")
      set(failed TRUE)
    endif()
  endforeach()
endif()
foreach(re IN LISTS EXPECT)
  if(NOT all MATCHES "${re}")
    message(SEND_ERROR "expected output to match: ${re}")
    set(failed TRUE)
  endif()
endforeach()
if(failed)
  message("---- output of: ${CMD}\n${all}----")
endif()
