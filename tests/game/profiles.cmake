# Learner profiles in the game, in one data folder of the test's own, run by
# run: the first start asks a name and keeps a run (keyboard), a second
# learner is made with the gamepad, the first chosen again with the mouse and
# remembered after a restart, a broken profile is reported, kept aside and
# replaced, and the whole of it in Swedish. Each run's files are checked.
# Run with -DSVARA=... -DHOME_DIR=... -DOUT=... -DSCRIPTS=...
file(REMOVE_RECURSE ${HOME_DIR} ${OUT})
file(MAKE_DIRECTORY ${HOME_DIR}/data ${HOME_DIR}/cache ${OUT})
set(ENV{XDG_DATA_HOME} ${HOME_DIR}/data)
set(ENV{XDG_CACHE_HOME} ${HOME_DIR}/cache)
set(profiles ${HOME_DIR}/data/svara/profiles)
set(settings ${HOME_DIR}/data/svara/settings.json)

function(play script)
  execute_process(COMMAND ${SVARA} --headless --seed 7 --speed 64 ${ARGN}
                  --script-keys ${SCRIPTS}/${script} WORKING_DIRECTORY ${OUT}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  message(STATUS "${script}: ${rc}\n${out}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${script} failed (${rc}):\n${out}\n${err}")
  endif()
  set(out "${out}${err}" PARENT_SCOPE)
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/checks.cmake)

# 1. First start (keyboard): the name typed, a run of the tutorial kept.
play(profile-first-keys.txt)
json_get(name ${profiles}/asa-oberg/profile.json name)
expect("the name" "Åsa Öberg" "${name}")
json_get(runs ${profiles}/asa-oberg/profile.json runs)
string(JSON count LENGTH "${runs}")
expect("the runs kept (the unfinished one is not)" 1 ${count})
json_get(scenario ${profiles}/asa-oberg/profile.json runs 0 scenario)
json_get(score ${profiles}/asa-oberg/profile.json runs 0 score)
expect("the run kept" "tutorial 35" "${scenario} ${score}")
json_get(chosen ${settings} profile)
expect("the profile remembered" asa-oberg ${chosen})

# 2. A second learner with the gamepad: remembered in turn.
play(profile-pad.txt)
json_get(name ${profiles}/abo/profile.json name)
expect("the gamepad's name" Abo "${name}")
json_get(chosen ${settings} profile)
expect("the new profile remembered" abo ${chosen})

# 3. Back to the first with the mouse, and still the first after a restart.
play(profile-mouse.txt)
json_get(chosen ${settings} profile)
expect("the profile chosen with the mouse" asa-oberg ${chosen})
execute_process(COMMAND ${SVARA} --print-settings OUTPUT_VARIABLE printed RESULT_VARIABLE rc)
string(FIND "${printed}" "profile=asa-oberg" at)
if(at EQUAL -1)
  message(FATAL_ERROR "after a restart the settings name another profile:\n${printed}")
endif()

# 4. A broken profile, remembered by the settings: listed with where it
# breaks, kept aside byte for byte, replaced by a fresh one.
set(bad "{\n  \"format\": 1,\n  \"name\": 12,\n  \"runs\": []\n}\n")
file(WRITE ${profiles}/abo/profile.json "${bad}")
file(WRITE ${settings} "{\"format\": 1, \"profile\": \"abo\"}\n")
play(profile-broken-keys.txt)
string(FIND "${out}" "profile.json:3:11: error: /name: must be a string in double quotes, not a number" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the log does not locate the broken profile:\n${out}")
endif()
file(GLOB kept ${profiles}/abo/profile.json.bad-*)
list(LENGTH kept n)
expect("files kept aside" 1 ${n})
file(READ ${kept} kept_bytes)
expect("the kept file" "${bad}" "${kept_bytes}")
json_get(name ${profiles}/kim/profile.json name)
expect("the fresh profile" Kim "${name}")
json_get(chosen ${settings} profile)
expect("the fresh profile remembered" kim ${chosen})

# 5. In Swedish, from a first start again.
file(REMOVE_RECURSE ${HOME_DIR}/data)
file(MAKE_DIRECTORY ${HOME_DIR}/data)
play(profile-sv-keys.txt --set language=sv)
json_get(score ${profiles}/asa/profile.json runs 0 score)
expect("the Swedish run kept" 35 ${score})

# 6. --profile NAME finds the profile by its name, whatever its folder: "Asa"
# gets a folder of its own beside "Åsa" (both would be "asa"), once.
foreach(i 1 2)
  execute_process(COMMAND ${SVARA} --headless --frames 2 --profile Asa RESULT_VARIABLE rc
                  OUTPUT_QUIET ERROR_QUIET)
endforeach()
json_get(name ${profiles}/asa-2/profile.json name)
expect("the second name's folder" Asa "${name}")
json_get(name ${profiles}/asa/profile.json name)
expect("the first name's folder" "Åsa" "${name}")
if(EXISTS ${profiles}/asa-3)
  message(FATAL_ERROR "--profile Asa made a profile again instead of finding it")
endif()
