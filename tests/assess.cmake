# svara-tool assess: a learner's pre- and post-test on tests/packs/assess (the
# ten situations drawn, the answers scored, the test kept and never given
# twice, bad answers refused), the gain in `profile show` (text and JSON), and
# the certificate: refused before the path is complete, then written and
# opened in headless Chromium, which must show the name, every scenario with
# its grade, the skills and the gain, and print it to a PDF.
set(SV_AS_RUN ${CMAKE_COMMAND} -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_command.cmake)
set(SV_AS_TOOL $<TARGET_FILE:svara-tool>)
set(SV_AS_DIR ${CMAKE_CURRENT_BINARY_DIR}/assess-test)
set(SV_AS_PACK ${CMAKE_CURRENT_SOURCE_DIR}/packs/assess)
set(SV_AS "${SV_AS_TOOL}|assess|${SV_AS_PACK}|--profile|Kim|--dir|${SV_AS_DIR}|--at|1796371200")
set(SV_AS_PRE "a03=o-ignore,a10=o-dm,a17=o-dm,a07=o-own-it,a19=o-ignore,a16=o-dm,a18=o-own-it,a09=o-ignore,a04=o-dm,a20=o-own-it")
set(SV_AS_POST "a01=o-own-it,a08=o-own-it,a05=o-own-it,a13=o-own-it,a12=o-own-it,a14=o-own-it,a15=o-own-it,a06=o-own-it,a11=o-own-it,a02=o-dm")

function(sv_assess_test name fixtures_required fixtures_setup)
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} ${ARGN}
           -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_command.cmake)
  if(fixtures_required)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${fixtures_required}")
  endif()
  if(fixtures_setup)
    set_tests_properties(${name} PROPERTIES FIXTURES_SETUP "${fixtures_setup}")
  endif()
endfunction()

add_test(NAME tool_assess_setup COMMAND ${CMAKE_COMMAND} -E rm -rf ${SV_AS_DIR})
set_tests_properties(tool_assess_setup PROPERTIES FIXTURES_SETUP assess_dir)
# the pre-test a new learner gets: the same ten every time it is asked for
sv_assess_test(tool_assess_list assess_dir "" "-DCMD=${SV_AS}|--kind|pre" -DEXPECT_RC=0
  "-DEXPECT=pre-test of assess for Kim: 10 situations;  a03 +o-ignore, o-own-it, o-dm;  a20 +o-dm, o-ignore, o-own-it"
  "-DREJECT=a01 ")
sv_assess_test(tool_assess_bad_answers assess_dir ""
  "-DCMD=${SV_AS}|--kind|pre|--answers|a03=o-nope,a01=o-dm,zz=o-dm,a10"
  -DEXPECT_RC=2
  "-DEXPECT=a03 has no option 'o-nope'; its options are: o-ignore, o-own-it, o-dm;'a01' is not in this test;'zz' is not a situation of the pack;'a10' is not ITEM=OPTION")
sv_assess_test(tool_assess_missing_answer assess_dir ""
  "-DCMD=${SV_AS}|--kind|pre|--answers|a03=o-dm" -DEXPECT_RC=2 "-DEXPECT=no answer for a10")
sv_assess_test(tool_assess_bad_kind "" "" "-DCMD=${SV_AS}|--kind|mid" -DEXPECT_RC=2
  "-DEXPECT=--kind is pre or post, not 'mid'")
sv_assess_test(tool_assess_no_pool "" ""
  "-DCMD=${SV_AS_TOOL}|assess|${CMAKE_CURRENT_SOURCE_DIR}/packs/basic|--profile|Kim|--kind|pre|--dir|${SV_AS_DIR}"
  -DEXPECT_RC=1 "-DEXPECT=pack 'basic' has no assessment")
# answered: each situation's points (100: the model's pick, 0: silence) and the mean
sv_assess_test(tool_assess_pre assess_dir assess_pre
  "-DCMD=${SV_AS}|--kind|pre|--answers|${SV_AS_PRE}" -DEXPECT_RC=0
  "-DEXPECT=a03 +o-ignore +0[^0-9];a07 +o-own-it +100  \\(the model's pick\\);a10 +o-dm +[1-9][0-9][^0-9];pre-test of assess for Kim: [0-9]+ of 100")
# the list and the refusals see the profile before the pre-test is kept
set_tests_properties(tool_assess_pre PROPERTIES
  DEPENDS "tool_assess_list;tool_assess_bad_answers;tool_assess_missing_answer")
sv_assess_test(tool_assess_pre_again assess_pre ""
  "-DCMD=${SV_AS}|--kind|pre|--answers|${SV_AS_PRE}" -DEXPECT_RC=1
  "-DEXPECT=Kim has taken the pre-test of assess already \\([0-9]+ of 100\\)")
# the post-test gives none of the pre-test's situations
sv_assess_test(tool_assess_post_list assess_pre "" "-DCMD=${SV_AS}|--kind|post" -DEXPECT_RC=0
  "-DEXPECT=post-test of assess for Kim: 10 situations;  a01 ;  a02 "
  "-DREJECT=  a03 ;  a10 ;  a17 ;  a07 ;  a19 ;  a16 ;  a18 ;  a09 ;  a04 ;  a20 ")
sv_assess_test(tool_assess_post assess_pre assess_post
  "-DCMD=${SV_AS}|--kind|post|--answers|${SV_AS_POST}" -DEXPECT_RC=0
  "-DEXPECT=post-test of assess for Kim: 9[0-9] of 100;gain from the pre-test: \\+[0-9]+ \\(pre [0-9]+, post 9[0-9]\\)")
set_tests_properties(tool_assess_post PROPERTIES DEPENDS tool_assess_post_list)
sv_assess_test(tool_assess_show assess_post ""
  "-DCMD=${SV_AS_TOOL}|profile|show|Kim|--dir|${SV_AS_DIR}" -DEXPECT_RC=0
  "-DEXPECT=assessments \\(0-100\\):;  assess pre +[0-9]+ on 2026-12-04, 10 situations[^ ];  assess post +9[0-9] on 2026-12-04, 10 situations  \\(gain \\+[0-9]+\\)")
sv_assess_test(tool_assess_show_json assess_post ""
  "-DCMD=${SV_AS_TOOL}|profile|show|Kim|--json|--dir|${SV_AS_DIR}" -DEXPECT_RC=0
  "-DEXPECT=\"gains\":[ \t\n]*{[ \t\n]*\"assess\":[ \t]*[1-9][0-9]*;\"kind\":[ \t]*\"post\";\"option\":[ \t]*\"o-own-it\"")
# every situation given: a third test has nothing left
sv_assess_test(tool_assess_pool_used assess_post ""
  "-DCMD=${SV_AS_TOOL}|assess|${SV_AS_PACK}|--profile|Kim|--kind|post|--dir|${SV_AS_DIR}"
  -DEXPECT_RC=1 "-DEXPECT=Kim has taken the post-test of assess already")
# no certificate before the path is complete
sv_assess_test(tool_certificate_early assess_post ""
  "-DCMD=${SV_AS_TOOL}|profile|certificate|Kim|--pack|${SV_AS_PACK}|--out|${SV_AS_DIR}/no.html|--dir|${SV_AS_DIR}"
  -DEXPECT_RC=1 "-DEXPECT=Kim has completed 0 of the 2 scenarios of assess's path")
sv_assess_test(tool_certificate_bad_lang "" ""
  "-DCMD=${SV_AS_TOOL}|profile|certificate|Kim|--pack|${SV_AS_PACK}|--lang|de|--out|x.html"
  -DEXPECT_RC=2 "-DEXPECT=--lang is en, sv or nb, not 'de'")

# The certificate in Chromium (tools/setup.sh installs Debian's chromium).
# Under the sanitizers the certificate is written (the C code they check) and
# checked to be self-contained; what the browser shows is the default build's.
find_program(SV_CHROMIUM NAMES chromium chromium-browser)
if(SV_SANITIZE)
  add_test(NAME certificate_written
    COMMAND ${CMAKE_COMMAND} -DTOOL=${SV_AS_TOOL}
            -DPACK=${SV_AS_PACK} -DPROFILES=${CMAKE_CURRENT_SOURCE_DIR}/profile/cert
            -DOUT=${CMAKE_CURRENT_BINARY_DIR}/certificate-test
            -P ${CMAKE_CURRENT_SOURCE_DIR}/support/certificate_check.cmake)
elseif(SV_CHROMIUM)
  add_test(NAME certificate_in_chromium
    COMMAND ${CMAKE_COMMAND} -DTOOL=${SV_AS_TOOL} -DCHROMIUM=${SV_CHROMIUM}
            -DPACK=${SV_AS_PACK} -DPROFILES=${CMAKE_CURRENT_SOURCE_DIR}/profile/cert
            -DOUT=${CMAKE_CURRENT_BINARY_DIR}/certificate-test
            -P ${CMAKE_CURRENT_SOURCE_DIR}/support/certificate_check.cmake)
  set_tests_properties(certificate_in_chromium PROPERTIES TIMEOUT 120)
else()
  add_test(NAME certificate_in_chromium COMMAND ${CMAKE_COMMAND} -E echo
           "chromium was not found: run tools/setup.sh (it installs Debian's chromium), then configure again")
  set_tests_properties(certificate_in_chromium PROPERTIES WILL_FAIL TRUE)
endif()
