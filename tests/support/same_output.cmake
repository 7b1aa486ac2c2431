# Runs two commands and checks that both exit 0 and print the same output, so
# a test can show that two ways of doing something (a pack folder and its
# zip, say) give one result.
#   cmake -DCMD_A="a|b|c" -DCMD_B="a|b|d" [-DEXPECT="re1;re2"] -P same_output.cmake
# Every EXPECT item is a regular expression that the output must match.
string(REPLACE "|" ";" CMD_A "${CMD_A}")
string(REPLACE "|" ";" CMD_B "${CMD_B}")
execute_process(COMMAND ${CMD_A} RESULT_VARIABLE rc_a OUTPUT_VARIABLE out_a ERROR_VARIABLE err_a)
execute_process(COMMAND ${CMD_B} RESULT_VARIABLE rc_b OUTPUT_VARIABLE out_b ERROR_VARIABLE err_b)
set(a "${out_a}${err_a}")
set(b "${out_b}${err_b}")
if(NOT rc_a EQUAL 0 OR NOT rc_b EQUAL 0)
  message(FATAL_ERROR "exit codes: expected 0 and 0, got ${rc_a} and ${rc_b}\n---- first:\n${a}\n---- second:\n${b}")
endif()
if(NOT a STREQUAL b)
  string(MD5 id "${CMD_A}")
  set(base ${CMAKE_CURRENT_BINARY_DIR}/same-output-${id})
  file(WRITE ${base}-a.txt "${a}")
  file(WRITE ${base}-b.txt "${b}")
  message(FATAL_ERROR "the outputs differ: diff ${base}-a.txt ${base}-b.txt")
endif()
foreach(re IN LISTS EXPECT)
  if(NOT a MATCHES "${re}")
    message(FATAL_ERROR "expected output to match: ${re}\n---- output:\n${a}")
  endif()
endforeach()
