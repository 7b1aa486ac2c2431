# The sample's parcel with more than 64 posts (test_score_quiet_same's
# test_wide_scenario): the scoring state then keeps the posts that may stand in
# arrays, not in one word's bits. Made at configure time from
# scenarios/sample/scenarios/parcel.json, so it follows the sample: 60 posts
# nothing schedules are put before parcel's own (posts are referred to by id,
# so nothing else changes), in ${PROJECT_BINARY_DIR}/wide-pack with
# tests/scoring/wide/pack.json as its manifest.
set(sv_parcel ${PROJECT_SOURCE_DIR}/scenarios/sample/scenarios/parcel.json)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${sv_parcel})
file(READ ${sv_parcel} sv_doc)
string(JSON sv_posts GET "${sv_doc}" posts)
set(sv_pads "")
foreach(i RANGE 1 60)
  string(LENGTH "${i}" n)
  set(id "unseen-${i}")
  if(n EQUAL 1)
    set(id "unseen-0${i}")
  endif()
  string(APPEND sv_pads "{\"id\": \"${id}\", \"channel\": \"pling\", \"author\": \"linnea\", "
         "\"valence\": \"neutral\", \"text\": {\"en\": \"Never shown.\", \"sv\": \"Visas aldrig.\", "
         "\"nb\": \"Vises aldri.\"}},")
endforeach()
string(REGEX REPLACE "^[ \t\r\n]*\\[" "[${sv_pads}" sv_posts "${sv_posts}")
string(JSON sv_doc SET "${sv_doc}" posts "${sv_posts}")
file(WRITE ${PROJECT_BINARY_DIR}/wide-pack/scenarios/parcel.json "${sv_doc}")
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/scoring/wide/pack.json
               ${PROJECT_BINARY_DIR}/wide-pack/pack.json COPYONLY)
