# What a report leaves in the feed, in English, Swedish and Norwegian
# (--play core/rumour --seed 7): the correction that also reports Viktor's
# post, then the report of Sara's. Each line names whose post was reported
# and where, once; never the option's label ("Report Sara's post too: ...")
# nor, for the report that goes with a correction, the correction's words.
# Shots: feed-report-LANG-1280x720.bmp in test-shots/game_feed_report.
# Run with -DSVARA=... -DHOME_DIR=... -DOUT=...
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)

set(sara_en "You reported the post by Sara Eklund to Pling.")
set(viktor_en "You reported the post by Viktor Nyhus to Pling.")
set(label_en "Report Sara's post too")
set(sara_sv "Du anmälde inlägget från Sara Eklund till Pling.")
set(viktor_sv "Du anmälde inlägget från Viktor Nyhus till Pling.")
set(label_sv "Anmäl Saras inlägg också")
set(sara_nb "Du rapporterte innlegget fra Sara Eklund til Pling.")
set(viktor_nb "Du rapporterte innlegget fra Viktor Nyhus til Pling.")
set(label_nb "Rapporter innlegget til Sara også")
foreach(lang en sv nb)
  file(REMOVE_RECURSE ${HOME_DIR})
  file(MAKE_DIRECTORY ${HOME_DIR}/data ${HOME_DIR}/cache)
  file(WRITE ${OUT}/feed-report-${lang}.txt "until briefing
key Return
until play
until-decision d-rumour
key 1 Return
until-decision d-sara
key 3 Return
until-text ${sara_${lang}}
expect-no-text ${label_${lang}}
shot feed-report-${lang}-{size}.bmp
key End
until-text ${viktor_${lang}}
quit
")
  execute_process(COMMAND ${SVARA} --headless --speed 32 --profile Tester --play core/rumour --seed 7
                  --set language=${lang} --script-keys ${OUT}/feed-report-${lang}.txt
                  WORKING_DIRECTORY ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e
                  TIMEOUT 60)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${lang}: the game failed (${rc}):\n${o}\n${e}")
  endif()
  message(STATUS "${lang}: ok")
endforeach()
