# The core pack's pre-test in English, Swedish and Norwegian, each in a fresh
# home with Kim's profile (made at a known time, so the draw is known): its
# posts open with long sentences, and on the result cards each one's first
# words must stop short of its points ("100 poäng" is wider than "0 points").
# Shots: assess-core-LANG-1280x720.bmp in test-shots/game_assess_core.
# Run with -DSVARA=... -DHOME_DIR=... -DOUT=... -DPROFILE=<kim-new.json>
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)

foreach(run en:points sv:poäng nb:poeng)
  string(REPLACE ":" ";" run ${run})
  list(GET run 0 lang)
  list(GET run 1 points)
  file(REMOVE_RECURSE ${HOME_DIR})
  file(MAKE_DIRECTORY ${HOME_DIR}/data/svara/profiles/kim ${HOME_DIR}/cache)
  file(COPY_FILE ${PROFILE} ${HOME_DIR}/data/svara/profiles/kim/profile.json)
  # every situation answered with its first option, then the result
  set(script "until assess\nkey Return\n")
  foreach(i RANGE 1 10)
    string(APPEND script "key 1 Return\n")
  endforeach()
  string(APPEND script "until-text ${points}\nwait 2\nshot assess-core-${lang}-{size}.bmp\n")
  string(APPEND script "expect-apart ${points}\nquit\n")
  file(WRITE ${OUT}/assess-core-${lang}.txt "${script}")
  execute_process(COMMAND ${SVARA} --headless --set language=${lang} --assess core/pre --profile Kim
                  --script-keys ${OUT}/assess-core-${lang}.txt WORKING_DIRECTORY ${OUT}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e TIMEOUT 60)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${lang}: the game failed (${rc}):\n${o}\n${e}")
  endif()
  message(STATUS "${lang}: ${o}")
endforeach()
