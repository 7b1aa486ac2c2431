# The built-in curriculum, scenarios/core: clean under check --strict, full
# agreement with its expert annotations and no flips, every principle deciding
# at least two decisions (with the README's table the one svara-tool coverage
# makes), and every post, decision, option, part, event and ending reached by
# the play-tester (each scenario on its own test, so a failure names it).
set(SV_CORE ${PROJECT_SOURCE_DIR}/scenarios/core)
if(EXISTS ${SV_CORE}/pack.json)
  set(SV_CORE_RUN ${CMAKE_COMMAND})
  set(SV_CORE_SCRIPT -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_command.cmake)
  set(SV_CORE_TOOL $<TARGET_FILE:svara-tool>)
  add_test(NAME core_check_strict
    COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|check|--strict|${SV_CORE} -DEXPECT_RC=0
            "-DEXPECT=ok, pack 'core'" "-DREJECT=warning:|error:" ${SV_CORE_SCRIPT})
  # and under the best option at most 5 rankings against the verdicts (12
  # before the fresh situations' audit, 9 after it, 8 since a quote from the
  # terms is no explanation, 6 since a third public round earns nothing for
  # what it repeats unless it is a closing note, 5 since a canned reply is no
  # fast answer and a public answer to a question counts, 3 since a thank-you
  # that leaves a question out pays question-left-out; see
  # tests/fresh/README.md and tests/fresh2/README.md)
  add_test(NAME core_agreement
    COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|agreement|${SV_CORE} -DEXPECT_RC=0
            "-DEXPECT=agreement: [0-9]+ of [0-9]+ decisions \\(100%\\);order: [0-3] rankings against the verdicts"
            ${SV_CORE_SCRIPT})
  # --perturb runs the code agreement runs four more ways, and its flips are the
  # same in every build: the sanitizer build leaves core's out, as it does the
  # audit packs' (the sample's still runs there, and core_agreement's judging)
  if(NOT SV_SANITIZE)
    add_test(NAME core_agreement_perturb
      COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|agreement|--perturb|${SV_CORE} -DEXPECT_RC=0
              "-DEXPECT=perturb: 0 flips in [0-9]+ verdicts" ${SV_CORE_SCRIPT})
  endif()
  # every principle of principles.md decides at least two decisions, and the
  # README's scenario x principle table is the one svara-tool coverage makes
  # (write it with: svara-tool coverage scenarios/core --readme
  # scenarios/core/README.md --write)
  add_test(NAME core_coverage
    COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|coverage|${SV_CORE}|--readme|${SV_CORE}/README.md
            -DEXPECT_RC=0
            "-DEXPECT=every principle decides at least 2 decisions;README.md: the coverage table is up to date"
            ${SV_CORE_SCRIPT})
  # and the failures: with four wanted, ASK (billing's two and provocateur's
  # d-dm) falls short; a README whose table is not the generated one is named
  # with the line
  add_test(NAME core_coverage_fails
    COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|coverage|${SV_CORE}|--min|4|--readme|${CMAKE_CURRENT_SOURCE_DIR}/coverage/stale.md
            -DEXPECT_RC=1
            "-DEXPECT=principle ASK decides 3 decisions: fewer than 4;stale.md:7: the coverage table differs"
            ${SV_CORE_SCRIPT})
  # the recommended path as a replay (svara-tool play --expert --record): it
  # ends where agreement's walk ends and plays back to the same state in the
  # tool and in the game (tests/support/expert_replay.cmake)
  set(SV_CORE_GAME "")
  if(SV_BUILD_GAME)
    set(SV_CORE_GAME -DSVARA=$<TARGET_FILE:svara>)
  endif()
  add_test(NAME core_expert_replay_train
    COMMAND ${SV_CORE_RUN} -DTOOL=${SV_CORE_TOOL} ${SV_CORE_GAME} -DPACK=${SV_CORE}
            -DSCENARIO=train -DENDING=trusted-voice -DGRADE=A -DINPUTS=5
            -DOUT=${PROJECT_BINARY_DIR}/core-expert-replay
            -P ${CMAKE_CURRENT_SOURCE_DIR}/support/expert_replay.cmake)
  set_tests_properties(core_expert_replay_train PROPERTIES TIMEOUT 300)
  # play --help shows how to play the authors' path, and exits 0
  add_test(NAME core_play_help
    COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|play|--help -DEXPECT_RC=0
            "-DEXPECT=usage: svara-tool play;--expert plays the authors' recommended path" ${SV_CORE_SCRIPT})
  # --expert goes with neither a script nor a replay, and --expert-at wants 0-99
  add_test(NAME core_play_expert_refusals
    COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|play|${SV_CORE}|train|--expert|--script|x.txt
            -DEXPECT_RC=2 "-DEXPECT=--replay, --script and --expert cannot be used together"
            ${SV_CORE_SCRIPT})
  add_test(NAME core_play_expert_at_bad
    COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|play|${SV_CORE}|train|--expert-at|100
            -DEXPECT_RC=2 "-DEXPECT=--expert-at wants a percentage from 0 to 99, not '100'"
            ${SV_CORE_SCRIPT})
  # one test per scenario the manifest lists. Under the sanitizers (ten times
  # slower) fewer runs look for memory errors; coverage is the default build's.
  set(SV_CORE_RUNS 500)
  set(SV_CORE_REJECT "-DREJECT=never reached")
  if(SV_SANITIZE)
    set(SV_CORE_RUNS 100)
    set(SV_CORE_REJECT "")
  endif()
  file(READ ${SV_CORE}/pack.json SV_CORE_MANIFEST)
  string(REGEX MATCHALL "scenarios/[a-z0-9_-]+\\.json" SV_CORE_FILES "${SV_CORE_MANIFEST}")
  foreach(f ${SV_CORE_FILES})
    string(REGEX REPLACE "scenarios/([a-z0-9_-]+)\\.json" "\\1" id "${f}")
    # a scenario whose best ending random play reaches rarely gets more runs:
    # provocateur's held-the-line comes twice in 3,000 (seeds 1..3000), and
    # rumour's cleared 26 times in 3,000 but in none of seeds 1..500 since the
    # model costs a defensive half-answer and a private first answer more
    set(runs ${SV_CORE_RUNS})
    if((id STREQUAL "provocateur" OR id STREQUAL "rumour") AND NOT SV_SANITIZE)
      set(runs 3000)
    endif()
    # hotel (73 simulated hours with a crowd: about a second a run), storm
    # (promises-in-the-wind comes about once in 200 random runs) and outage
    # (fixed-and-fair needs four answers right and the customer's mood at 55:
    # twice in 2,000 random runs since a template's promise earns nothing)
    # are played by explore --guided, which reaches everything. A few
    # of hotel's bad paths drop crowd comments (the table keeps 4,096; see
    # model-requests-hotel-billing.md, 2), so there only a full log or queue fails.
    if(id STREQUAL "hotel" OR id STREQUAL "storm" OR id STREQUAL "outage")
      set(reject "-DREJECT=never reached|log was full|queue was full")
      set(expect "-DEXPECT=coverage:;everything was reached")
      set(guided --guided)
      if(id STREQUAL "storm")
        set(expect "-DEXPECT=coverage:;everything was reached;runs that hit a limit: 0[^0-9]")
      endif()
      if(SV_SANITIZE) # memory errors only: a few runs
        set(guided --guided|--runs|4)
        set(reject "")
        set(expect "-DEXPECT=coverage:")
      endif()
      add_test(NAME core_explore_${id}
        COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|explore|${SV_CORE}|${id}|${guided}|--seed|1
                -DEXPECT_RC=0 ${expect} ${reject} ${SV_CORE_SCRIPT})
      set_tests_properties(core_explore_${id} PROPERTIES TIMEOUT 600)
      continue()
    endif()
    add_test(NAME core_explore_${id}
      COMMAND ${SV_CORE_RUN} -DCMD=${SV_CORE_TOOL}|explore|${SV_CORE}|${id}|--runs|${runs}|--seed|1
              -DEXPECT_RC=0 "-DEXPECT=coverage:;runs that hit a limit: 0[^0-9]" ${SV_CORE_REJECT}
              ${SV_CORE_SCRIPT})
    set_tests_properties(core_explore_${id} PROPERTIES TIMEOUT 600)
  endforeach()
endif()
