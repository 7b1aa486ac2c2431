# svara-tool report --plan: the facilitator's improvement plan in the JSON and
# HTML exports, its texts escaped in the HTML, a row without a principle kept.
#   cmake -DTOOL=svara-tool -DRESULTS="a|b|c" -DPLAN=plan.json -DOUT=dir -P plan_exports.cmake
string(REPLACE "|" ";" RESULTS "${RESULTS}")
execute_process(COMMAND ${TOOL} report ${RESULTS} --plan ${PLAN} --html ${OUT}/plan.html
                        --json ${OUT}/plan.json
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "report --plan failed (${rc}):\n${out}\n${err}")
endif()
file(READ ${OUT}/plan.html html)
foreach(want "Ingrid Berg &amp; &lt;the support leads&gt;" "end of January" "2027-01-15"
             "Nobody watched the review sites during the rush.")
  string(FIND "${html}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "plan.html does not show '${want}'")
  endif()
endforeach()
file(READ ${OUT}/plan.json json)
string(JSON rows LENGTH "${json}" improvement_plan)
string(JSON first GET "${json}" improvement_plan 0 principle)
string(JSON who GET "${json}" improvement_plan 1 responsible)
string(JSON none ERROR_VARIABLE missing GET "${json}" improvement_plan 1 principle)
if(NOT rows EQUAL 2 OR NOT first STREQUAL "NO-IRONY" OR NOT who STREQUAL "Erik Aas" OR NOT missing)
  message(FATAL_ERROR "plan.json's improvement_plan is not the plan given:\n${json}")
endif()
message(STATUS "the plan is in the exports: ${rows} rows")
