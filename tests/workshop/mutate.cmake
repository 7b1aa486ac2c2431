# Copies IN to OUT with every FROM replaced by TO: a result of another pack
# version or workshop, made from a real one, for the report's refusals.
#   cmake -DIN=a.json -DOUT=b.json -DFROM=x -DTO=y -P mutate.cmake
file(READ ${IN} text)
string(FIND "${text}" "${FROM}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${IN} has no ${FROM}")
endif()
string(REPLACE "${FROM}" "${TO}" text "${text}")
file(WRITE ${OUT} "${text}")
