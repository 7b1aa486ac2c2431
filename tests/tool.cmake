# svara-tool tests: what an author and a facilitator see on the command line.
set(SV_RUN ${CMAKE_COMMAND})
# cmake -P takes its -D arguments only before -P, so every test ends with SV_RUN_SCRIPT.
set(SV_RUN_SCRIPT -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_command.cmake)
set(SV_SAMPLE ${PROJECT_SOURCE_DIR}/scenarios/sample)

# The sample pack as a .zip, made at build time from the folder.
set(SV_SAMPLE_ZIP ${PROJECT_BINARY_DIR}/sample.zip)
file(GLOB_RECURSE SV_SAMPLE_FILES CONFIGURE_DEPENDS ${SV_SAMPLE}/*)
add_custom_command(OUTPUT ${SV_SAMPLE_ZIP}
  COMMAND ${CMAKE_COMMAND} -E tar cf ${SV_SAMPLE_ZIP} --format=zip -- pack.json scenarios
  WORKING_DIRECTORY ${SV_SAMPLE} DEPENDS ${SV_SAMPLE_FILES} VERBATIM)
add_custom_target(sample_zip ALL DEPENDS ${SV_SAMPLE_ZIP})

add_test(NAME tool_check_sample
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|${SV_SAMPLE} -DEXPECT_RC=0
          "-DEXPECT=ok, pack 'sample'" ${SV_RUN_SCRIPT})
add_test(NAME tool_check_sample_zip
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|${SV_SAMPLE_ZIP} -DEXPECT_RC=0
          "-DEXPECT=ok, pack 'sample'" ${SV_RUN_SCRIPT})
add_test(NAME tool_check_usage COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check
         -DEXPECT_RC=2 "-DEXPECT=usage: svara-tool check" ${SV_RUN_SCRIPT})

# Every broken pack: exit 1 and every line of its expect.txt in the output.
file(GLOB SV_BROKEN_DIRS LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/broken/*)
foreach(dir ${SV_BROKEN_DIRS})
  if(IS_DIRECTORY ${dir} AND EXISTS ${dir}/expect.txt)
    get_filename_component(name ${dir} NAME)
    add_test(NAME tool_check_broken_${name}
      COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|${dir} -DEXPECT_RC=1
              -DEXPECT_FILE=${dir}/expect.txt ${SV_RUN_SCRIPT}
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}/tests/broken)
  endif()
endforeach()

# Every broken .zip: exit 1 and every line of NAME.expect.txt in the output
# (tests/broken/make-zips.py made them).
file(GLOB SV_BROKEN_ZIPS ${CMAKE_CURRENT_SOURCE_DIR}/broken/*.zip)
foreach(zip ${SV_BROKEN_ZIPS})
  get_filename_component(name ${zip} NAME_WE)
  add_test(NAME tool_check_broken_${name}
    COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|${zip} -DEXPECT_RC=1
            -DEXPECT_FILE=${CMAKE_CURRENT_SOURCE_DIR}/broken/${name}.expect.txt ${SV_RUN_SCRIPT})
endforeach()

# Golden replays: each must reproduce its recorded hash, from the folder and the zip.
# The scenario is the one the replay names.
file(GLOB SV_REPLAYS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/replays/*.json)
foreach(replay ${SV_REPLAYS})
  get_filename_component(name ${replay} NAME_WE)
  file(READ ${replay} replay_json)
  string(REGEX MATCH "\"scenario\":[ \t]*\"([a-z0-9_-]+)\"" found "${replay_json}")
  set(scenario ${CMAKE_MATCH_1})
  add_test(NAME tool_replay_${name}
    COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|${SV_SAMPLE}|${scenario}|--replay|${replay}
            -DEXPECT_RC=0 "-DEXPECT=replay hash [0-9a-f]+: matches" ${SV_RUN_SCRIPT})
  add_test(NAME tool_replay_zip_${name}
    COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|${SV_SAMPLE_ZIP}|${scenario}|--replay|${replay}
            -DEXPECT_RC=0 "-DEXPECT=replay hash [0-9a-f]+: matches" ${SV_RUN_SCRIPT})
endforeach()

# --crowd-trace prints the crowd each minute and leaves the run as it was.
add_test(NAME tool_play_crowd_trace
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|${SV_SAMPLE}|parcel|--replay|${CMAKE_CURRENT_SOURCE_DIR}/replays/good-seed7.json|--crowd-trace
          -DEXPECT_RC=0 "-DEXPECT=crowd trace: reach [0-9]+ .*linneas-followers +complainer .*moved by: shift .*replay hash [0-9a-f]+: matches" ${SV_RUN_SCRIPT})

# Replays that must not play silently (tests/replays/refused, copies of
# good-seed7 with one change): each refusal names the file, the input's JSON
# pointer, its line and column, and the exit code is 1, as in the game.
set(SV_REFUSED ${CMAKE_CURRENT_SOURCE_DIR}/replays/refused)
set(SV_PLAY_REFUSED $<TARGET_FILE:svara-tool>|play|${SV_SAMPLE}|parcel|--replay)
add_test(NAME tool_replay_refused_unknown_option
  COMMAND ${SV_RUN} -DCMD=${SV_PLAY_REFUSED}|${SV_REFUSED}/unknown-option.json -DEXPECT_RC=1
          "-DEXPECT=unknown-option.json:24:14: error: /inputs/3/option: scenario \"parcel\" has no option \"o-shout\""
          ${SV_RUN_SCRIPT})
add_test(NAME tool_replay_refused_closed_decision
  COMMAND ${SV_RUN} -DCMD=${SV_PLAY_REFUSED}|${SV_REFUSED}/closed-decision.json -DEXPECT_RC=1
          "-DEXPECT=closed-decision.json:14:16: error: /inputs/1/decision: refused at 20 s: That decision is not open now"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_replay_refused_edited_hash
  COMMAND ${SV_RUN} -DCMD=${SV_PLAY_REFUSED}|${SV_REFUSED}/edited-hash.json -DEXPECT_RC=1
          "-DEXPECT=replay hash [0-9a-f]+: DIFFERS;edited-hash.json:34:10: error: /hash: the run ended with state hash [0-9a-f]+, the replay expects [0-9a-f]+"
          ${SV_RUN_SCRIPT})
# Another pack version is said plainly before the replay plays; it still matches.
add_test(NAME tool_replay_other_version
  COMMAND ${SV_RUN} -DCMD=${SV_PLAY_REFUSED}|${SV_REFUSED}/other-version.json -DEXPECT_RC=0
          "-DEXPECT=other-version.json:4:18: warning: /pack_version: this replay was recorded with version 0.9.0 of pack \"sample\", but the loaded pack is version 1.0.0;replay hash [0-9a-f]+: matches"
          ${SV_RUN_SCRIPT})
# A device or a named pipe is refused at once, never read (or waited on) for ever.
add_test(NAME tool_replay_dev_zero
  COMMAND ${SV_RUN} -DCMD=${SV_PLAY_REFUSED}|/dev/zero -DEXPECT_RC=1 -DTIMEOUT=10
          "-DEXPECT=/dev/zero: error: this is a character device, not a regular file" ${SV_RUN_SCRIPT})
add_test(NAME tool_replay_fifo
  COMMAND ${SV_RUN} -DCMD=${SV_PLAY_REFUSED}|${PROJECT_BINARY_DIR}/tool-replay.fifo -DEXPECT_RC=1
          -DTIMEOUT=10 -DMKFIFO=${PROJECT_BINARY_DIR}/tool-replay.fifo
          "-DEXPECT=tool-replay.fifo: error: this is a named pipe \\(FIFO\\), not a regular file"
          ${SV_RUN_SCRIPT})
set_tests_properties(tool_replay_dev_zero tool_replay_fifo PROPERTIES TIMEOUT 20)

# Scripted play in every language: each script names the lines it must print.
# A script is SCENARIO-PATH-LANG.txt, e.g. tent-good-sv.txt.
file(GLOB SV_SCRIPTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/scripts/*.txt)
foreach(script ${SV_SCRIPTS})
  get_filename_component(name ${script} NAME_WE)
  string(REGEX MATCH "[^-]+$" lang ${name})
  string(REGEX MATCH "^[^-]+" scenario ${name})
  add_test(NAME tool_play_${name}
    COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|${SV_SAMPLE}|${scenario}|--lang|${lang}|--script|${script}
            -DEXPECT_RC=0 -DEXPECT_FILE=${CMAKE_CURRENT_SOURCE_DIR}/scripts/${name}.expect
            "-DREJECT=No answer in time|Inget svar i tid|Ikke svart i tide|  !! |never answered|aldrig svar|aldri svar|never got a thank-you|aldrig något tack|aldri noen takk"
            ${SV_RUN_SCRIPT})
endforeach()

# Packs by name: the user's folder (XDG_DATA_HOME/svara/packs) overlays the
# built-in packs file by file.
add_test(NAME tool_list
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|list -DEXPECT_RC=0
          "-DEXPECT=sample 1.0.0  Sample pack  \\(;parcel +The birthday parcel;tent +The tent that came too late" ${SV_RUN_SCRIPT})
set_tests_properties(tool_list PROPERTIES ENVIRONMENT "XDG_DATA_HOME=${PROJECT_BINARY_DIR}/no-such-dir")
add_test(NAME tool_list_overlay
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|list -DEXPECT_RC=0
          "-DEXPECT=Sample pack \\(user overlay\\);parcel +The birthday parcel" ${SV_RUN_SCRIPT})
set_tests_properties(tool_list_overlay PROPERTIES
  ENVIRONMENT "XDG_DATA_HOME=${CMAKE_CURRENT_SOURCE_DIR}/packs/xdg")
add_test(NAME tool_play_by_name
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|sample|parcel|--replay|${CMAKE_CURRENT_SOURCE_DIR}/replays/good-seed7.json
          -DEXPECT_RC=0 "-DEXPECT=replay hash [0-9a-f]+: matches" ${SV_RUN_SCRIPT})
set_tests_properties(tool_play_by_name PROPERTIES
  ENVIRONMENT "XDG_DATA_HOME=${CMAKE_CURRENT_SOURCE_DIR}/packs/xdg")
add_test(NAME tool_play_unknown_pack
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|nosuchpack|parcel -DEXPECT_RC=1
          "-DEXPECT=no pack 'nosuchpack'" ${SV_RUN_SCRIPT})

# The scoring model agrees with the sample's expert verdicts on every decision.
add_test(NAME tool_agreement_sample
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|${SV_SAMPLE} -DEXPECT_RC=0
          "-DEXPECT=agreement: [0-9]+ of [0-9]+ decisions \\(100%\\)" ${SV_RUN_SCRIPT})
# The options may follow the pack (they once were taken for scenario ids, and
# an id the pack does not have judged nothing: "0 of 0 decisions (100%)");
# an unknown option or a scenario the pack does not have is an error.
add_test(NAME tool_agreement_options_after_pack
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|${SV_SAMPLE}|tent|--ranking
          -DEXPECT_RC=0
          "-DEXPECT=sample/tent:;recommended +[-+][0-9]+[.][0-9][0-9];agreement: [1-9][0-9]* of [1-9][0-9]* decisions \\(100%\\)"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_agreement_unknown_scenario
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|${SV_SAMPLE}|parcle -DEXPECT_RC=2
          "-DEXPECT=pack '.*' has no scenario 'parcle'" "-DREJECT=agreement: 0 of 0" ${SV_RUN_SCRIPT})
add_test(NAME tool_agreement_unknown_option
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|--rank|${SV_SAMPLE} -DEXPECT_RC=2
          "-DEXPECT=unknown option '--rank';usage: svara-tool agreement" ${SV_RUN_SCRIPT})
# Fresh situations written from the guides alone (tests/fresh, and the later
# audits' tests/fresh2, fresh3, fresh4 and fresh5): the model picks the guides' best
# answer in each, ranks the rest as the guides do (no warned option level with
# an acceptable one), and the verdicts hold when the situations are written
# down differently. A pack with known disagreements names how many decisions
# agree and how many rankings go against the verdicts (the run exits 1, or 0
# when every decision agrees and only the order is off), so a change that
# loses one more, or mends one, shows.
function(sv_fresh_pack name decisions)
  set(dir ${CMAKE_CURRENT_SOURCE_DIR}/${name})
  # a pack with composers judges more decisions than it orders (options only):
  # the fifth argument is how many it orders, when it differs
  set(ordered ${decisions})
  if(ARGC GREATER 4)
    set(ordered ${ARGV4})
  endif()
  add_test(NAME tool_${name}_check
    COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|--strict|${dir} -DEXPECT_RC=0
            "-DEXPECT=ok, pack '${name}'" "-DREJECT=warning:|error:" ${SV_RUN_SCRIPT})
  if(ARGC GREATER 2)
    math(EXPR pct "${ARGV2} * 100 / ${decisions}")
    # the run exits 1 when a decision disagrees, 0 when only rankings go against the verdicts
    set(rc 1)
    if(ARGV2 EQUAL decisions)
      set(rc 0)
    endif()
    add_test(NAME tool_${name}_agreement
      COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|${dir} -DEXPECT_RC=${rc}
              "-DEXPECT=agreement: ${ARGV2} of ${decisions} decisions \\(${pct}%\\);order: ${ARGV3} rankings against the verdicts in ${ordered} decisions"
              ${SV_RUN_SCRIPT})
  else()
    add_test(NAME tool_${name}_agreement
      COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|${dir} -DEXPECT_RC=0
              "-DEXPECT=agreement: ${decisions} of ${decisions} decisions \\(100%\\);order: 0 rankings against the verdicts in ${ordered} decisions"
              "-DREJECT=      order:" ${SV_RUN_SCRIPT})
  endif()
  # --perturb judges each verdict four more ways through the code agreement runs;
  # its flips are the same in every build, so the sanitizer build leaves the audit
  # packs' out (core's and the sample's still run there)
  # the sixth argument, when given, is how many verdicts flip as written (an open finding
  # in the pack's README); without it none may
  set(flips 0)
  set(flips_rc 0)
  if(ARGC GREATER 5)
    set(flips ${ARGV5})
    if(flips GREATER 0)
      set(flips_rc 1)
    endif()
  endif()
  if(NOT SV_SANITIZE)
    add_test(NAME tool_${name}_perturb
      COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|--perturb|${dir} -DEXPECT_RC=${flips_rc}
              "-DEXPECT=perturb: ${flips} flips? in ${decisions} verdicts" ${SV_RUN_SCRIPT})
  endif()
endfunction()
sv_fresh_pack(fresh 36)
sv_fresh_pack(fresh2 40)
sv_fresh_pack(fresh3 38)
# fresh4: 46 of 46 since its praise with a question in it is marked `asks`
# (tests/fresh4/README.md, D3)
sv_fresh_pack(fresh4 46)
# fresh5: 36 of 36 since the warm correction in v-courier-competitor declares
# its `empathise` part (tests/fresh5/README.md, E2; it tied the curt one before)
sv_fresh_pack(fresh5 36)
# fresh6: as written 31 of 33, order 4; 31 of 33, order 2 after the rule
# question-turned-away (F2) and its reporter's DM declaring its promise (F3;
# tests/fresh6/README.md).
# 33 of 33, order 0 after w-ferry-punctual's light thank-you declares its
# answer to her joke as a part of kind personal-note and the rule
# answered-what-they-wrote reads it (F1, brief model19).
sv_fresh_pack(fresh6 33)
# fresh7: as written 22 of 32, order 10 (tests/fresh7/README.md); 26 of 32,
# order 6 after the rules troll-true-part-hidden and a narrower
# accommodating-a-false-claim (G1) and colleague-asked-what-was-known (G2).
# 28 of 32, order 4 after calm-word-on-the-thread and
# bystander-answered-over-the-complaint (G3) and what changed after the remedy
# read as no step back (G5, part). The four left are G4's (a quick promise
# against a complete answer ten minutes later; a fix that read the run's end
# was taken back) and G5's (owning a weekend's silence without a "you're
# right" ranks below the plain answer that has one). 30 of 32, order 2,
# after G4's second fix (brief model17): explanation-promised skips a reply
# when an option of the same decision finds the facts within its deadline
# (check_at_hand). The two left are G5's.
sv_fresh_pack(fresh7 32 30 2)
# fresh8: as written 19 of 27, order 10 (tests/fresh8/README.md); 25 of 27,
# order 2 after a third public reply that takes back the brand's own wrong
# answers is no third round (H1), a friendly correction is no payment for a
# false claim (H2), the rules better-result-shown (H3) and
# answer-put-off-when-known (H4), and order-broken sparing a promised check
# of an unverified complaint (H5, partly). 27 of 27 since a sorry to a
# complaint nobody has checked, which confirms nothing and asks nothing,
# earns no sincere-apology (H5, brief model17).
sv_fresh_pack(fresh8 27)
# fresh9: as written 25 of 26, order 2 (tests/fresh9/README.md); 26 of 26,
# order 0 after the forum's freeze answer declares the fact it states (a
# situation fix), the rule contact-with-the-answer (J1) and POLICY reading a
# denied fact as a different policy (J2).
sv_fresh_pack(fresh9 26)
# fresh10: as written 26 of 26, order 0 (tests/fresh10/README.md); the same
# after a fault named in praise, owned, earns fault-in-praise-owned (K1) and an
# untrue answer to a question earns no answered-neutral-informatively (K2).
sv_fresh_pack(fresh10 26)
# fresh11: as written 27 of 36, order 11 (tests/fresh11/README.md); 35 of 36,
# order 2 after L1 to L3 (praise-taken-up, question-met-with-an-offer, a check's
# fact denied is not checked or factual). 36 of 36, order 1 after
# l-outboard-e10's fact is split as its words say (e10-runs, e10-care) and an
# answer that passes on only part of what was found out pays
# found-facts-left-out (leaves_out; brief model20). Order 0 since a stock
# thank-you to praise pays canned-thanks-for-praise (l-cake-name 2nd).
sv_fresh_pack(fresh11 36 36 0)
# fresh12: as written 17 of 17, order 0, perturb 0 flips (tests/fresh12/README.md):
# time and place (a delayed answer, a check the deadline allows, private
# messages, a one-answer review site, unwatched channels, one customer in two).
sv_fresh_pack(fresh12 17)
# fresh13: as written 19 of 21, order 4 (tests/fresh13/README.md); 21 of 21,
# order 0 after n-pool-closed-note's refund is declared (N2, a situation fix)
# and a demand far beyond the loss, paid in public, is no extra mile (N1: the
# post key demands, the test grants_demand, demand-paid-in-public). A question
# for what the post already says (what it reveals, all known: asks_known) earns
# no ask-for-facts and pays asked-what-was-written (N4; no figure moves).
sv_fresh_pack(fresh13 21)
# fresh14: as written 15 of 17, order 3 (tests/fresh14/README.md: answers built
# to look good); 17 of 17, order 1 after a wall of text earns no credit per
# courtesy part stacked on it (the test wall, Q1); order 0 after a second group
# hit by the same fault (post key same_fault) and given less, with no way on,
# pays less-with-no-way-on and falls under the one sent to a phone (Q2). A wall
# is read from its parts and length too (8 parts past 420 characters), not its
# long tag alone (Q3; no figure moves, the copy without the tags 17 of 17).
sv_fresh_pack(fresh14 17)
# fresh15: as written 17 of 17, order 0, perturb 0 flips (tests/fresh15/README.md):
# trades with rules and people behind the brand (secrecy, a rule the complainer
# has wrong, named staff, an honest no, a fix that takes weeks). A guessed
# confirmation no longer earns order-confirm-then-act (W1).
sv_fresh_pack(fresh15 17)
# fresh16: as written 19 of 20, order 1 (tests/fresh16/README.md): many voices in
# one thread (a troll, a fan's wrong fact, a rumour neighbours repeat, a helper,
# a second customer, a reporter, a rival tagged, a new voice after two answers).
# A report of a post that is wrong but no troll's is mistaken-voice-reported, not
# fair criticism hidden (S2). 20 of 20, order 0 after a post may say what its
# author needs ("needs", a fact) and a reply that confirms it, when it is so,
# meets it (need-met-in-time, S1; brief model22).
sv_fresh_pack(fresh16 20)
# fresh17: as written 24 of 38, order 1 (tests/fresh17/README.md): answers built
# from parts (every decision has its options and a composer; 38 verdicts, 19 of
# them on options). A thank-you to a neutral remark is credited (thank-for-remark,
# P2), a remedy with the cause promised is not blind (P3a), and confirming
# first needs the confirmation said first, an acknowledge (or deny) part, with
# every composer of up to 16,384 replies searched whole (P1): 35 of 38, order 0.
# What was changed, said as a fact marked measure, is credited in a follow-up
# (P4, brief model23): 36 of 38. A first answer that owns the fault and makes nothing
# good while the composer holds a remedy costs fault-not-made-good (P3b, brief weigh):
# 38 of 38.
sv_fresh_pack(fresh17 38 38 0 19)
# fresh18: as written 34 of 42, order 2 (tests/fresh18/README.md): composed answers in
# second rounds, in private, to praise and questions, and to complaints partly or
# wholly wrong (42 verdicts, 21 on options). A refund beside a correction pays what
# it denies, a correction then private is a public first answer, thanks beside an
# answer to a message that asks count (3853502), and an offer that makes the whole
# loss good earns loss-made-good (covers_loss): 38 of 42, order 0; a private reply
# tagged long pays long-private-reply: 40 of 42, order 0. The true half of a partly
# true complaint confirmed in a first answer earns true-half-confirmed (Q5; core
# rumour's sf-ack recommended, as its annotation reads): 42 of 42, order 0.
sv_fresh_pack(fresh18 42 42 0 21)
# fresh19: as written 18 of 28, order 4 (tests/fresh19/README.md): saying no, and
# complaints about what is not the brand's fault (28 verdicts, 19 on options). A
# demand paid when the post says nothing was lost (loss 0) is a prize for
# demanding (grants_demand) and earns no credit for compensating, accommodating
# or a solution (R1): 18 of 28, order 1. A sorry whose only true claims owned
# are no fault of the brand's (claim key fault: false, the test no_fault) earns
# no sincere-apology (R2, in part); a no to a demand that answers the post's
# claim and gives its reason earns reasoned-no (R4): 19 of 28, order 0; an
# apologise part's own confirms are what it owns (the balloon's sorry for the
# late text over the one for the weather, R2): 21 of 28, order 0. What the
# farm is doing to find out, said with a promise to come back while the
# claims are unknown (fact key inquiry, the test tells_inquiry, the rule
# inquiry-told; no remedy offered blind, R5): 23 of 28, order 0. Open: a
# goodwill gesture against a replacement (R3), goodwill beside sympathy in
# private (R6).
sv_fresh_pack(fresh19 28 23 0 19)
# fresh20: as written 26 of 28, order 0 (tests/fresh20/README.md): the brand's own
# slips (a giveaway drawn early, a wrong price, a tone-deaf post, a colleague's wrong
# answer the night before, a frightening text) and people who need more care (a
# widow, an old customer lost in online booking, a frightened tenant, a visitor in
# halting English), a fan and a colleague who go too far (28 verdicts, 19 on
# options). A contact in a first public answer to a complaint earns
# contact-in-first-answer, so the caretaker at a frightened tenant's door no
# longer ties a second line about her feeling (T1): 28 of 28, order 0.
sv_fresh_pack(fresh20 28 28 0 19)
# fresh21: as written 23 of 29, order 2 (tests/fresh21/README.md): one-star reviews
# on a map listing that takes one answer, half right and half wrong; staff named in
# public; one failure that hits hundreds; business customers whose contracts are
# private (29 verdicts, 19 on options). A reply that owns the known half of a
# complaint and leaves the unchecked half open (leaves_open) explains and makes
# good what is known, no blind remedy (T1): 25 of 29, order 2. A reply that only
# moves to private, with the same sorry, holds no policy either way: its omission
# is charged once (T3): 25 of 29, order 0. Open: an informative line for the many
# against a thank-you or a door to private (T2).
sv_fresh_pack(fresh21 29 25 0 19)
# fresh22: as written 25 of 30, order 0 (tests/fresh22/README.md): the customer who
# is mistaken (a dye used on bleached hair, a right of return the law does not give,
# fake tickets from a resale site, a Monday closing missed), partly wrong and partly
# right (a renewal called a scam, a cancel button that was broken), what is not quite
# a complaint (sarcastic thanks, a meme, a pointed question, a complaint inside
# praise), customers who come back unhappy after a good answer (30 verdicts, 20 on
# options). A complaint inside praise owned, said sorry for and made good earns
# fault-in-praise-made-good (U1): 27 of 30, order 0. An offer kept from the thread's
# earlier answer is no payment for a claim the reply denies (repeats_offer, U2): the
# same figures. An explanation a composed reply only tells again to the same customer
# earns no second factual credit (explains_again, U3): 28 of 30. A fact marked outcome
# is what many-told-what-came-of-it reads where a story marks one (tells_outcome, U4):
# the composer's pick now says what came of it, 28 of 30. Open: whether "thanks for
# the laugh" is THANK's thank-you (U4).
sv_fresh_pack(fresh22 30 28 0 20)
# fresh23: as written 23 of 30, order 1 (tests/fresh23/README.md): decisions customers
# dislike and the brand keeps (a price rise, a favourite discontinued, a stamp card
# cut, bookings for season cards, a breastfeeding ad, free hemming withdrawn, no
# cash), one that was a mistake (an ad that jokes about mental illness), the same
# customer back angrier, a fan rude to the one who complained (30 verdicts, 20 on
# options). A joke with someone else under a right complaint is a joke at the
# complaint (hostile, witty-reply-to-complaint; V2): 23 of 30, order 0. A first
# answer to what many are saying, that cost its author nothing (recurring, not
# lost), earns no SWITCH credit for a door to private (V4, V5): 27 of 30. A thank-you
# for a complaint that is no fault and whose false part the reply denies earns no
# thank-for-feedback (V1, branch h11-weigh2): 29 of 30. Open: a useful fact against a
# calm word for the thread (V3).
sv_fresh_pack(fresh23 30 29 0 20)
# fresh24: as written 22 of 31, order 0 (tests/fresh24/README.md): sensitive complaints,
# where tone, privacy, facts not yet known and the people named meet: unequal
# treatment alleged (a bag check at a jeweller), an assistance dog and an access pass
# refused, a cashier filmed being rude and the pile-on that names her, teenagers
# ramming a child's kart, a father's name cut wrong on his headstone, a diabetic
# boy's glucose taken at a play centre's door, praise that names a child's diagnosis
# (31 verdicts, 20 on options). Every option decision agrees; five composers do not.
# An explanation that tells the cause beside the measure earns cause-and-change-told
# (tells_cause, V1): 28 of 31. A sorry said again for what the thread has had a sorry
# for earns no sincere-apology (apologises_again, V3 in part: +85 -> +78, still over the
# recommended +61). A composer part marked moderates is a calm word for the thread, and
# calm-word-under-the-complaint credits it (V3's second half: the recommended +61 -> +71,
# still under +78). A contact tagged named-contact (a named person's own line: Petra's
# direct line, Amir, Lars, Sara) earns contact-a-named-person (V2: the manager's line
# over a thank-you): 30 of 31. Open: what a sorry said again still earns beside the
# calm word (V3).
sv_fresh_pack(fresh24 31 30 0 20)
# fresh26: as written 26 of 30, order 0 (tests/fresh26/README.md): seasonal and local
# businesses in Norway, in Norwegian Bokmål only (the manifest declares ["nb"]): a car
# ferry running one boat, lifts shut by wind after a ski rental, a flooded tent field,
# strawberries sold out an hour after opening, a river closed the day after a licence
# was sold, a bonfire banned by the fire chief, a lodge kitchen that never got the
# message, a fjord trip cancelled for wind at the mouth; a customer who answers the
# reply, locals who defend the business too hard (30 verdicts, 20 on options). Every
# option decision agrees; four composers do not. The complainer's follow-up with no
# loss of its own is read with the thread's first post's, and a part that says an
# earlier offer stands is not paid again beside a new one (V3): 27 of 30. A visitor's
# wholly false remark under a right complaint earns no thank-you credit (V2, partly:
# a tie remains). A composer part marked moderates is a calm word for the thread, and
# calm-word-under-the-complaint credits it (V2: the composer keeps the welcome, +31, tied
# with the recommended three). A contact tagged named-contact (Kari's, Per's, Guro's own
# numbers) earns contact-a-named-person (V1: Kari's number over a pointer to private):
# 29 of 30. Open: V2's tie (the measure told again).
sv_fresh_pack(fresh26 30 29 0 20)
# fresh25: as written 25 of 30, order 2 (tests/fresh25/README.md): public services and
# monopolies, where the citizen cannot go elsewhere: a school kitchen that ran out of
# food and a councillor in the thread, a burst water main and an 84-year-old without a
# car, a regional bus that does not come, a hospital's booking line whose letter was
# wrong, a state agency's chatbot and a deadline in law, district heating up 14%, a
# mobility service's car that never came, a passport office with nine weeks' wait
# (30 verdicts, 20 on options). Every option decision agrees; four composers do not.
# A question that says what its author needs asks for the need: a fact told before
# beside it is told again (explains_again, V2): 26 of 30, perturb 0 flips. What came
# of what many asked, told under a recurring complaint, is no complaint left unfixed
# (tells_outcome read by recurring-complaint-unfixed; V4 in part): the same figures.
# A fact marked recourse (a review the agency cannot decide) confirmed earns
# recourse-told (V3: the recommended five over the four without the review): 28 of 30.
# A reply whose only statement confirms what is false earns no credit for answering,
# and in public it costs false-claim-agreed-in-public (V1 in part): order 1.
# Open: the majority's cut defended over silence (V1), the why against an empathy
# line beside what came of it (V4).
sv_fresh_pack(fresh25 30 28 1 20)
# fresh27: as written 27 of 31, order 0 (tests/fresh27/README.md): everyday Sweden, in
# Swedish only (the manifest declares ["sv"]): a martial arts club's binding period and
# a member who piles on, a second-hand hall's Swish payout sent to a wrong number, a
# student cap due after graduation day and the student's question, a naprapath's
# late-cancellation fee, a grandmother's rug shrunk at a carpet laundry, a football
# club's floodlights broken five weeks with a neighbour and a troll in the thread, a
# self-storage firm's price rise and mistaken fee, a dog school's cancelled puppy
# course (31 verdicts, 20 on options). Every option decision agrees; two composers do
# not, on both paths. A first public answer that owns the brand's own mistake with
# neither a sorry nor a thank-you costs fault-owned-without-sorry (V2): 29 of 31. A
# fact marked for_all (a remedy everyone in the same case gets, a new fact key) is no
# demand paid when a reply confirms it (V1; sv-naprapat-avgift's credit marked): 31 of 31.
sv_fresh_pack(fresh27 31 31 0 20)
# fresh28: as written 23 of 30, order 1 (tests/fresh28/README.md): digital products and
# online communities: a teenager banned by a game's anti-cheat and a streamer who
# amplifies it, an e-reader update that broke library loans, a password manager's price
# rise, a dating app's selfie check, a photo service that lost an album and the customer
# who answers back, a course certificate, a VPN smear campaign of copy-pasted posts and
# a forum moderator who corrects both sides, a booking app's search bug (30 verdicts,
# 20 on options). The change told to whoever raised a fault the reply owns earns
# measure-told, not only in the complainer's own thread (V5): 24 of 30, order 1. A fact
# marked cause is what explanation-given reads where a story marks one (explains_why,
# V4): a way on explained alone is no why, 26 of 30. A known-false claim of an onlooker's
# left standing in a public answer costs false-claim-left-standing (V1): 27 of 30,
# order 0. A part may say which claims it takes up without stating them (addresses,
# p-fakes marked), and every-point-answered pays a complaint's every point answered with
# an explanation (answers_every_point, V2): 29 of 30, order 0. Open: "thank you for your
# patience" (V3).
sv_fresh_pack(fresh28 30 29 0 20)
# fresh29: as written 28 of 32, order 0 (tests/fresh29/README.md): food and drink: a
# granola labelled nut-free with hazelnut in it and a paediatrician who asks which
# batch, a catering order without the gluten-free plate and the father's thanks, a cider
# label that mocks older single women, a bubble-tea cup made smaller in silence (a food
# blogger), a ramen bar's waiter answering for himself, a vegan wrap with yogurt sauce, a
# taco truck sold out after a long queue, a recalled batch on a fishmonger's counter with
# the food-safety unit and a pregnant sister in the thread (32 verdicts, 20 on options).
# Every option decision agrees, order 0; two composers do not, on both paths: a question
# that asks nothing in place of the thanks (V1), a free drink for the blogger in place of
# the why (V2). A question beside a reply that tells why it went wrong, to a post whose
# claims are all known, earns no ask-for-facts (V1): 30 of 32, order 0. Open: V2 (the
# guides do not say plainly that a small offer to a loud customer is wrong).
sv_fresh_pack(fresh29 32 30 0 20)
# fresh30: as written 29 of 31, order 0 (tests/fresh30/README.md): money and contracts:
# a crowdfunding payout held six days without a word (a consumer adviser, then the baker
# pleased), a travel card's inactivity fee from a clause an elderly customer never read, a
# currency desk's rate an influencer calls a bait, a buy-now-pay-later reminder fee added
# by a fault to 1,300 customers and signed by staff in their own name, a lease's damage
# charge half right, a pension app that showed a balance without its first digit, a
# credit file merged with another man's (the regulator's press office in the thread), an
# invoice-financing fee that stepped up (31 verdicts, 20 on options). Every option
# decision agrees, order 0; one composer does not, on both paths: a pointer to private in
# place of the member of staff's signature (V1, open: 003's CONTACT is on the model's
# side). A reply that confirms a false claim beside a true one no longer earns
# order-confirm-then-act (O1, not a disagreement: a warned option ranked on it).
sv_fresh_pack(fresh30 31 29 0 20)
# fresh31: as written 25 of 31, order 1 (tests/fresh31/README.md): home and housing: a
# student flat's window stuck nine days in a new fault system with the tenants' union in
# the thread, a housing cooperative's fee rise in a neighbourhood group (half right, half
# wrong; she comes back; a neighbour's rumour after two answers), a floor varnish that
# never hardened, a wheelchair user's two missed fitting mornings and her thanks, a
# handyman app's no-show with a reserved payment called taken, pellets at minus 18, a
# new-build brochure's wrong square metres, praise with a question (31 verdicts, 20 on
# options). Every first option decision agrees. The first public answer to someone who
# joins a thread someone else started (new_voice, not a troll) is no third round (V3):
# the neighbour's rumour put right beats leaving it, 26 of 31, order 0. A post may name
# the fact that answers what it asks (answer, with asks); a reply that confirms it earns
# question-answered (answers_question, V2): 27 of 31. Open: the recommended seven of
# hh-coop-fee's composer pass the length bound (V1, the pack's), what changed in place
# of why (V4).
sv_fresh_pack(fresh31 31 27 0 20)
# fresh32: as written 28 of 32, order 1 (tests/fresh32/README.md): business customers: a
# seafood supplier that shorted a restaurant before its busiest weekend, an accounting
# service whose update filed 140 firms' VAT returns late (a trade association asks whether
# all are paid, then the owner thanks them), a sign maker's vans lettered with the wrong
# number, a boardroom sold twice on the morning of a pitch (the consultancy's client joins),
# a fulfilment warehouse's mislaid pallet asked after by a business journalist, a stand
# moved at a trade fair, a CV sent to the candidate's own employer (she answers), an office
# skipped by its shredding service (32 verdicts, 20 on options). Every option decision
# agrees; order 1 (a long repeat of the whole answer to a content customer above leaving
# his thanks, V3); two composers do not, on both paths: a neutral post that raises a fault
# owned with a sorry and why earns nothing over three short parts (V1), a thanks in place
# of the move to private in a case with private details (V2, a tie). A reply to a neutral
# post that says its true claim is so, says sorry and tells the cause earns
# fault-in-question-owned (V1); a public answer with a way forward that moves the rest
# private where the story holds something private (private_at_stake) earns
# private-case-taken-private (V2): 32 of 32, order 1. Open: V3.
sv_fresh_pack(fresh32 32 32 1 20)
# fresh33: as written 26 of 32, order 2 (tests/fresh33/README.md): children and learning:
# a university exam platform that froze mid-exam (the student union asks whether all get
# the same, then the student thanks), an after-school club app that sent a child's photo
# to another family (another parent asks), a grade exam cancelled the night before, a
# coding club's teacher who never came, a choir school's waiting list, a yearbook printer's
# wrong names and prints, a day camp's refund refused with the wrong rule, a pram recall
# heard on the radio (a blogger shares it) (32 verdicts, 20 on options). Every option
# decision agrees; order 2 (a gift for editing the post above a sorry with a move to
# private, W4); three composers do not, on both paths (W1, W2, W3). A reply tagged
# dishonest earns no extra-mile-in-public (W4): 26 of 32, order 0. A thank-you for a
# complaint that is no fault and whose false part the reply denies earns no
# thank-for-feedback (W2, branch h11-weigh2): 28 of 32. A public answer that makes her own
# loss good and confirms the remedy marked for everyone in the case earns
# everyone-put-right-with-her (W3, branch h11-weigh3): 30 of 32.
sv_fresh_pack(fresh33 32 30 0 20)
# fresh34: as written 25 of 31, order 3 (tests/fresh34/README.md): cars and getting around:
# a windscreen repair that cracked the glass, a bridge-toll tag that billed every crossing
# twice (a motoring organisation asks about reminder fees), a motorcycle's kit lost in winter
# storage (the rider answers, then praises), an airport coach that left a wheelchair user
# behind, a roof-box rental that billed a lock broken before the rental (another renter
# joins), a licence photo booth that took the money, roadside assistance four hours late, a
# dash cam's warranty refused to a motoring journalist (31 verdicts, 20 on options). Every
# option decision agrees; order 3 (a journalist's flagship above a sorry with a DM, V3, on
# both paths; a request for a better rating above a bare thanks, V4); three composers do
# not, on both paths: a move to private in a case settled in public over the why (V1),
# the same and a personal note on a complaint that earns nothing (V2), the journalist's
# flagship over the remedy everyone gets (V3). A first public answer that makes the loss
# good in full and tells what has changed, with nothing private at stake, earns no
# switch-after-public-solution for a door to private (V1): 27 of 31, order 3. Open: V2
# (now a phone number over her news), V3, V4.
sv_fresh_pack(fresh34 31 27 3 20)
# fresh35: as written 28 of 31, order 0 (tests/fresh35/README.md): shops and services in
# Norwegian towns, in Norwegian Bokmål only: a lash studio's extensions that fell off before
# a wedding, an insole fitter's 81-year-old customer never told about the run-in, a
# sewing-machine shop's wrong warranty refusal (the local paper asks), a silversmith's
# brooch promised for 1 May, a pet shop's sick kitten (another buyer from the litter joins,
# then the family thanks), a photo studio's lost confirmation photos (the influencer
# answers), a ski workshop's skis not ready for Birken, a grave tended by mistake next door
# (31 verdicts, 20 on options). Every option decision agrees; three composers do not: a
# move to private in place of "you're right" (V1, both paths, arguable) and a refund
# already made said again as the loss made good (V2). A composed reply whose compensate
# parts state only what an earlier answer offered the same customer (compensates_again)
# earns no compensation-offered or loss-made-good (V2): 29 of 31. Open: V1.
sv_fresh_pack(fresh35 31 29 0 20)
# fresh37: as written 26 of 31, order 0 (tests/fresh37/README.md): private health and care,
# staff answering in their own voice and never disclosing health details in public: a
# day-surgery clinic's operation cancelled the day before (the patient answers, then a nurse
# of the clinic), a blood-test lab's stale price, a sleep app's charge after cancelling, a
# home-care firm's missed evening visits (a pensioners' association joins), a stair-lift
# stuck over a weekend, a laser eye clinic's two-hour wait, a clear-aligner clinic's "from"
# price (a health journalist asks), an assisted-living home's visiting rules (31 verdicts,
# 20 on options). Every option decision agrees and nothing flips; three composers do not: a
# move to private in place of the staff member's sign-off or greeting (V1, V2, both paths,
# arguable, as fresh35 V1) and a bare "I understand." over a personal word, by shortness (V3).
# Open: V1, V2, V3.
sv_fresh_pack(fresh37 31 26 0 20)
# fresh38: as written 26 of 32, order 0 (tests/fresh38/README.md): sport and fitness, fans,
# a parent, a sports journalist, a coach, residents and staff in their own voice: a handball
# club's season seats moved for a sponsor lounge (the supporters' association joins), a
# squash-court app's double booking, a city marathon out of medals (the runner answers, then
# a third time), an orienteering shoe's sole, a badminton club's junior fee rise, a bandy
# final's webcast gone dark (a journalist), a parkour hall's injury and its waiver, a
# triathlon's road closed without warning (the residents' association joins) (32 verdicts,
# 20 on options). Every option decision agrees and nothing flips; three composers do not, on
# both paths: a named contact in place of the confirmation (V1), a promise for next year in
# place of the runner's medal (V2), a move to private in place of the named manager (V3).
# After brief weigh: a first answer that owns the fault and makes nothing good while the
# composer holds a remedy costs fault-not-made-good, and a promise that is only the measure
# told is no follow-up (V2): 28 of 32. A composed sorry that says none of the post's claims
# costs sorry-without-the-claim (V1): 30 of 32. Open: V3.
sv_fresh_pack(fresh38 32 30 0 20)
# fresh36: as written 23 of 30, order 1 (tests/fresh36/README.md): trips and days out in
# Sweden, in Swedish only: a heritage steam railway's run cancelled for a fire ban (the
# customer answers, then the local paper asks), an amusement park's ride that stopped after
# a long queue, a dog-sledding tour booked twice (another traveller joins), a summer
# theatre's moved show (the pensioner asks how to get her money), a ski bus that left early,
# a full seal safari (a travel blogger), a glassworks' closed demonstration and a raft that
# listed, asked about on an unwatched forum (30 verdicts, 20 on options). Every option
# decision agrees; an empathy line over a signature or a number (V1, arguable, three
# composers on two paths), "no problem" left out (V2, arguable), and a deflecting answer
# credited as an answer (V3, order 1). A reply tagged no-solution to a question earns no
# answered-neutral-informatively or answered-where-asked (V3): 23 of 30, order 0. Open: V1,
# V2.
sv_fresh_pack(fresh36 30 23 0 20)
# fresh39: as written 27 of 30, order 0, perturb 1 flip (tests/fresh39/README.md): fashion
# and clothing: jeans sizes changed without notice (another shopper joins), a webshop's
# return fee hidden at checkout, a "100% sustainable" tagline called greenwashing by an
# influencer (a consumer reporter asks), a milliner's crushed wedding hat (the maker answers
# herself), fake sneakers past a resale app's check (the buyer comes back twice), a recalled
# children's snowsuit, a swimwear caption called body-shaming, a price raised before Cyber
# Monday (a consumer journalist asks) (30 verdicts, 20 on options). Every option decision
# agrees; three composers do not: the cause told again to a second customer in place of a
# sorry (V1, the flip), and a full refund in place of the fault owned (V2, both paths).
# V1 fixed in session 6 (explains_again reads an explanation posted in public in the
# thread as read by everyone in it): 28 of 30, no flip. Open: V2.
sv_fresh_pack(fresh39 30 28 0 20)
# fresh40: as written 30 of 31, order 2 (tests/fresh40/README.md): culture and events: a
# theatre's cancellation mail forty minutes before curtain (she thanks it), a concert arena's
# guards and a girl's insulin pens, a troll's plastic whale at a museum (a teacher asks), a
# festival's dry water station (she comes back twice), a library's praise with a question, a
# cinema pass charged after cancelling, a concert-hall seat behind a lighting tower on a
# review site that takes one answer, a ballet matinee stuck in the foyer (31 verdicts, 20 on
# options). Every option decision agrees and nothing flips; one composer ties and loses the
# tie: the honest exception (four cast bones) earns nothing beside "it's real" (V1,
# arguable); a long, complete answer ranks above a short sorry and refund (O1, both paths,
# arguable). Open: V1, O1.
sv_fresh_pack(fresh40 31 30 2 20)
# fresh41: as written 25 of 31, order 0 (tests/fresh41/README.md): pets and animal care, in
# Swedish only: a pet insurer that lost the vet's records in an old inbox (another customer
# joins with the same fault), a dog groomer that shaved a doodle booked for a tidy-up, a dog
# day-care's gate that let a beagle out (the owner asks what was found), a troll at a pet
# shop, a vet clinic whose page still promised a night service (one answer per review), a
# cat shelter thanked by an adopter who asks a question, a dog rescue's refusal under a rule
# for all (the applicant comes back twice), a cattery's missing photos on an unwatched forum
# (31 verdicts, 20 on options). Every option decision agrees and nothing flips; three
# composers do not, on both paths: the false claim denied in place of the named handler
# (V1), a named contact in place of the confirmation (V2), a move to private in place of the
# empathy line (V3). Open: V1, V2, V3.
# V2 fixed by sorry-without-the-claim (fresh38 V1's fix, merged after the audit): 27 of 31.
sv_fresh_pack(fresh41 31 27 0 20)
# fresh43: as written 26 of 32, order 2 (tests/fresh43/README.md): utilities at home, in
# English: an electricity retailer's app that said "cheapest hour" at the dearest one, a grid
# company's voltage surge whose cause is not known yet, a line crew thanked with a question,
# sewage in a basement from a pump station (he then posts his policy number), chlorine in the
# tap water (a troll follows), a gigabit line that measures slow (ask first), summer food-waste
# collection (what came of what many asked), a district-heating back bill (she comes back
# twice) (32 verdicts, 20 on options). Every option decision agrees and nothing flips; three
# composers do not, on both paths: a link in place of the why and the notice owned (V1), a
# technician sent while asking (V2), the app in place of the tip (V3); a joke at a worried
# parent's question ranks above the long answer (O1, both paths). Open: V1, V2, V3, O1.
sv_fresh_pack(fresh43 32 26 2 20)
# fresh44: as written 26 of 31, order 2 (tests/fresh44/README.md): air travel, in English: an
# airline's stroller broken in the hold (a second parent, the same in March), a charter
# transfer bus that left before a late flight (she asks about the other families, then a
# third time), an airport's assistance that left a wheelchair user at the gate, lost property
# thanked with a question, a troll on a travel agency's page (a customer asks if it's true),
# three hours at a gate with no word, a one-star package-holiday review with no details (ask
# first), a suitcase with a wedding dress that missed its connection (31 verdicts, 20 on
# options). Every option decision agrees and nothing flips; three composers do not: the
# rumour left undenied to the customer who asks (V1), a move to private for rebooking in
# place of the promise to come back (V2, both paths, arguable), 2000 kr beside the question
# in place of the care shown (V3, both paths, arguable); a guessed sorry with money ranks
# above a pointer to DM (O1, both paths, as fresh42 O1). O1 fixed (F1, guess_only: a sorry
# and a remedy that rest only on a guess earn none of their credits): order 0. V1 fixed (F2,
# informative-correction reads a neutral post that asks): 27 of 31. Open: V2, V3.
sv_fresh_pack(fresh44 31 27 0 20)
# fresh42: as written 30 of 31, order 2 (tests/fresh42/README.md): life events, in Norwegian
# Bokmål only: a party venue that let a 50th birthday's room to a wedding too (she asks a
# question), casket roses late to a funeral, a printer thanked for russ cards (a troll
# follows), a caterer after a christening (a vague complaint, then illness, then a third
# angry post), confirmation invitations with a date the customer approved herself, a
# three-star review after a 70th birthday (one answer), russ overalls with the school's name
# misspelt, a wedding barn's surcharge on an unwatched forum (31 verdicts, 20 on options).
# Every option decision agrees and nothing flips; one composer does not: the false claim
# denied in place of the move to private (V1, arguable); a guessed sorry with money offered
# blind ranks above a kind pointer to DM (O1, both paths). F1 in session 6 (empathy-shown
# spares a check under way told with a promise, as order-broken does) moves points only:
# 30 of 31, order 2, no flip. O1 fixed by audit44's F1 (guess_only: a sorry and a remedy
# that rest only on a guess earn none of their credits): order 0. Open: V1.
sv_fresh_pack(fresh42 31 30 0 20)
# fresh45: as written 30 of 31, order 0, now 31 of 31 (tests/fresh45/README.md): trades and services at
# home, in Swedish only: a plumber's coupling that leaked into a sink cabinet (a false
# "unlicensed apprentice" beside it), an electrician's car charger that trips the main fuse
# (ask first; he answers, then a third post), a removal crew late on moving day, a troll who
# says movers steal (a customer then asks), a move-out clean that missed the oven again on a
# one-answer review site, a hairdresser's orange toner (she thanks the salon after), a lash
# salon's skipped patch test (her health kept private), praise for a home cleaner with a
# question (31 verdicts, 20 on options). Every option decision agrees and nothing flips; one
# composer did not: the facts behind a "no" to a buyer's question left out for shortness
# (V1, arguable). F1 in session 6 (informative-correction reads a reply to a question as it
# reads one to a complaint) settles V1: 31 of 31, order 0, no flip. Open: none.
sv_fresh_pack(fresh45 31 31 0 20)
# fresh47: as written 26 of 32, order 0 (tests/fresh47/README.md): charities, clubs and
# volunteering in Norwegian Bokmål (nb only): monthly giving charged twice, a school band's
# flea-market queue (neutral), a hiking association's renewal, a charity run's thanks
# (positive), a troll under an animal shelter's appeal, an archery club's cancelled course
# (three decisions), a model railway club's old poster, a volunteer centre's missed escort
# (32 verdicts, 20 on options). Every option decision agrees; three composers do not (V1-V3,
# all arguable: two ties and a named contact in place of a private move); V1 flips on both
# paths (a tie). cause-and-change-told also reads a neutral post with a true claim of the
# brand's fault (branch h11-weigh3): the model sends the thanks, the why and the change, and
# the two flips are gone; V1 stays a tie (the result line earns nothing). Open: V1-V3.
sv_fresh_pack(fresh47 32 26 0 20)
# fresh46: as written 25 of 31, order 0 (tests/fresh46/README.md): electronics and furniture
# retail, in English: a bed frame that gave way after the store's fitters built it (a second
# buyer it happened to), a price promise refused over a rival's flyer, a click-and-collect text
# sent a day early, an espresso machine six weeks in repair, a troll on returned TVs (a buyer
# then asks), a thank-you for a delivery crew, a forum note on parcel-locker codes, a table with
# a cracked leg (answered twice, then a third post). Every option decision agrees, nothing flips;
# three composers (each on both runs) do not: the measure over the named contact (V1, arguable),
# the payout figure over the sorry (V2, arguable), a vague promise over the question on a neutral
# note (V3, the model's: asking earns nothing unless the post is a complaint). F1:
# ask-when-facts-missing reads neutral feedback (not a troll's) as a complaint: 27 of 31.
# Open: V1, V2 (arguable).
sv_fresh_pack(fresh46 31 27 0 20)
# fresh48: as written 29 of 32, order 1 (tests/fresh48/README.md): media and publishing, in
# English: a local news site that named the wrong bakery (a reader then says it is the second
# mistake this year; then the baker thanks the paper), a gardening magazine's renewal without
# its reminder, a daily's delivery missing for an 87-year-old (her son then posts her details),
# a troll lying about a radio host, a podcast listener's tip on uneven voices (neutral), a
# bookshop's signed pre-orders sent unsigned, a children's book with a deadly mushroom labelled
# edible (a reporter then asks), a radio app that cuts out (ask). Nothing flips. Open: V1 (a
# private message with the facts over a short public word, arguable), V2 (a composer tie on a
# neutral tip, arguable).
sv_fresh_pack(fresh48 32 29 1 20)
# fresh49: as written 28 of 32, order 0 (tests/fresh49/README.md): mobile phones in Swedish
# (sv only): a ferry's satellite roaming bill with a late warning (then a traveller asks about
# the Gotland ferry), a firm's number port held up by the operator's typo, a prepaid card that
# rests with its balance kept (then the daughter thanks), a repair shop's two-hour promise
# (then a troll, then the customer a third time), a price rise with a dead link, a thank-you
# with a question, an app's extra-data purchase failing for many, a stolen phone's bill in a
# private message (32 verdicts, 20 on options). Every option decision agrees, nothing flips;
# two composers (each on both runs) do not: a gift over a greeting on a no-fault correction
# (V1), a thank-you over the phone-ready-now part the pack left without `needs` (V2). F1: an
# empathise part stands in for accommodates in the two contact rules (a named line in a warm
# correction that owes no sorry): rankings only, 28 of 32. Open: V1, V2 (arguable).
sv_fresh_pack(fresh49 32 28 0 20)
# fresh52: as written 32 of 32, order 0 (tests/fresh52/README.md): adult learning, in
# English: a driving school's car turned away at a test (a second learner it happened to), praise
# for an evening Spanish teacher with a question, offline lessons asked for on a course forum
# (neutral), a troll at a certification body (a candidate then asks), a welding course cancelled
# by text (answered twice, then a third post), an English test centre's late results (a private
# result, a need by Monday), an online course that logs learners out (recurring), a licence
# exam's re-sit fee (no fault, a question). Every decision agrees; nothing flips. Findings
# without a disagreement (README): V1 fixed (a reply whose own option tells the product team
# is not charged recurring-complaint-unfixed), V2 half fixed (serious-reply-with-solution skips
# a reply tagged no-solution). Open: V2's accommodating sorry, V3, V4 (arguable).
sv_fresh_pack(fresh52 32 32 0 20)
# fresh53: as written 27 of 31, order 0 (tests/fresh53/README.md): places to stay, in
# Norwegian Bokmål only: a rented cabin's broken hot tub nobody told the family about (she
# thanks and asks about Easter), a hostel thanked with a question about a lost charger, a
# sewage troll on an unwatched camping forum, a booking site's travel credit in place of a
# refund (a second customer with the same fault), a hotel that gave a room number to a
# stranger, a five-star review of a fisherman's cabin with slow internet (one answer), a
# holiday flat abroad "not as in the pictures" (ask; she tells; a third post with a demand),
# a fire alarm at three in the morning (31 verdicts, 20 on options). Every option decision
# agrees and nothing flips; two composers do not, on both paths: the desk's number in place
# of the address asked for in private (V1), the minus owned left out when the measure is
# told, a tie (V2). F1: fault-in-praise-owned reads answers_claim or tells_cause (the claim
# said or why told, not the measure alone) (V2): 29 of 31. F2 (branch h11-weigh6): a move to
# private that gathers a personal detail still unknown (private_to_gather) keeps
# answered-where-asked and earns switch-after-public-solution on any post (V1): 31 of 31.
sv_fresh_pack(fresh53 31 31 0 20)
# fresh51: as written 28 of 32, order 0 (tests/fresh51/README.md): second-hand and
# marketplaces: a refurbished phone's battery graded too high (a second buyer from the batch,
# then a third, heated post), a troll on an online auction house's page (then a bidder asks),
# a pawned watch listed a day early (a review), a charity shop thanked for keeping a coat, a
# vintage shop asked for measurements, a resale app's late payouts (then the promised answer),
# an auction app's hidden buyer's premium, a refurbished laptop called junk (32 verdicts, 20 on
# options). Every option decision agrees; two composers do not, on both paths: a DM in place
# of what is being done to find out (V1, arguable), a voucher beside the question (V2).
# F1: a question to a claim nobody can check yet, with nothing owned, is no excuse for
# order-broken and empathy-shown (V2's order half): the same 28 of 32, perturb 4 -> 2 flips
# (V1's composer). F2 (h11-weigh5): a compensation beside a question, while the claim is
# unknown, earns the remedy credits only when it names something known (compensation_known)
# (V2's voucher half): 30 of 32. Open: V1.
sv_fresh_pack(fresh51 32 30 0 20 2)
# fresh50: as written 30 of 32, order 0 (tests/fresh50/README.md): garden and DIY, in Norwegian
# Bokmal: a thuja hedge dead after a dry weekend (then a neighbour asks), a rented trailer without
# brake lights (the fine has his personal number), a kitchen fitter who did not come and a rumour
# about him (answered twice, then a third post), plasterboard left in the rain (asked how many,
# then a deadline), a troll on a tile saw (a customer asks under it), a five-star bathroom review
# with a question, weed-filled potting soil many have complained of, a flyer price the tills did
# not have. Every option decision agrees, nothing flips; one composer (both runs) does not: the
# office number over the second half of a two-part question (V1, the format's `answer` named one
# fact). Fixed: `answer` may list one fact for each thing asked, and answers_question needs every
# one confirmed (the post names both halves now): 32 of 32.
sv_fresh_pack(fresh50 32 32 0 20)
# fresh54: as written 27 of 31, order 0 (tests/fresh54/README.md): cosmetics and personal care,
# in English: a pharmacy's own-brand 'fragrance-free' cream that was perfumed (another customer
# then asks about her lot), a beauty box that charged after cancelling (a demand, then a third
# post), an influencer video with no ad label (the influencer then joins), a troll's fake mascara
# recall, a thank-you after chemotherapy, a deodorant refill many asked for, a self-tan slept
# in, a shaving gel nobody can place yet (ask). Every option decision agrees, nothing flips; two
# composers (each on both runs) do not. F1: a hedged sorry owns nothing for the order either, so
# it no longer tops cp-selftan-orange's composer (27 of 31 before and after; no other pack's
# numbers move). Open: V1 (a tie on a warm closing line, arguable), V2's arguable half.
sv_fresh_pack(fresh54 31 27 0 20)
# Fresh situations, fifty-sixth set (audit56): jobs and recruiting, written blind from the guides
# (tests/fresh56/README.md): a temp's missing overtime (then a second temp, same fault), a fake
# employer on a job site, a recruiter silent after three interviews (one answer on the review
# site), an unemployment fund's member never told what his claim waits for (then why nobody is
# told), a temp's thanks, a troll's pasted fee, a payday that failed for 1200 temps (then a late
# fee, then a third post), a job app's filter question. Every option decision agrees, nothing
# flips; two composers (both runs) do not: Noor's note ties with two parts (V1, arguable) and the
# thanks beside a question back earned nothing (V2). Fixed: thank-for-remark also credits a
# thank-you beside a question back while the facts are missing: 30 of 32.
sv_fresh_pack(fresh56 32 30 0 20)
# fresh58: as written 30 of 32, order 0 (tests/fresh58/README.md): access for everyone, in
# Norwegian Bokmal: a taxi driver who drove off from a guide dog (another guide-dog user then
# asks), station assistance booked and not there (she asks about Tuesday, then a third post),
# a hearing loop praised with a question, a web shop a screen reader cannot pay in (ask, the
# cause not found), three steps up to a bookshop, wheelchair places sold only by phone (a
# troll), an electric wheelchair broken in a plane's hold (a need, details private), captions
# asked for (many asked). Every option decision agrees, nothing flips; one composer (both
# paths) does not: a desk pointer over what she can use today (V1, arguable). F1 (branch
# h11-weigh6): question-met-with-an-offer reads the tag solution beside compensates (something
# to use now beside the answer) (V1): 32 of 32.
sv_fresh_pack(fresh58 32 32 0 20)
# fresh59: as written 26 of 32, order 2 (tests/fresh59/README.md): made to order: graduation
# hoodies with the wrong year (a classmate asks the date, then a third post), a photo mug of a
# late dog faded in the dishwasher, praise for an engraved watch, a troll on a print-on-demand
# shop, a photo book with a stranger's pages (details private; she asks where her photos are),
# an old low-resolution photo on a mug (a forum question), crooked business cards called a
# one-off last month (that customer joins), jam labels purple on a Friday night (32 verdicts,
# 20 on options). Nothing flips. A discount code beside the thanks ties the plain thanks (V1,
# guide-silent; order 2), a sorry inside an empathise part (V2, the pack's), a thank-you over a
# question back (V3, arguable). Open: V1, V2, V3.
sv_fresh_pack(fresh59 32 26 2 20)
# fresh57: as written 27 of 32, order 2 (tests/fresh57/README.md): green claims: a dairy's
# 'climate neutral' carton that rests on offsets (then a researcher asks for the figures), a
# deposit machine out for nine days, praise for a refill station with a question, a phone
# trade-in voucher sent to an old address (then she posts her number in the thread), a troll on
# recycled bottles, a wind tariff billed as residual mix (answered twice, then a third post), a
# jacket repair programme weeks late, a 'recyclable' pouch most towns cannot take (32 verdicts,
# 20 on options). Nothing flips. Two composers on both paths (V1: a sorry inside an acknowledge
# part, the pack's; V3: the label owned twice over, a tie) and one option decision (V2: a
# promise to call read as a question put off) do not; order: V2's tie and a wall of law over a
# bare DM that keeps no promise (V4). F1: a promise to call, with the rest taken private
# while something personal is at stake, is no answer put off (V2): 28 of 32, order 1.
# Open: V1, V3, V4.
sv_fresh_pack(fresh57 32 28 1 20)
# fresh60: as written 28 of 32, order 0 (tests/fresh60/README.md): charging and sharing, in
# Swedish only: a charging app's idle fee for an unplugged car (then another driver says it
# happened to him), a car-sharing club's invoice for a dent reported before the drive (he asks
# how to trust it, then a reminder comes: a third post), praise for a city-bike station with a
# point, a troll on exploding scooter batteries (then a rider asks), a parking app's three days
# for two hours (unknown; plate and card private), a car-pool app's silent cancellation (12 000
# followers), a night price that held only at the network's own stations, rental e-bikes with
# empty batteries. Every option decision agrees, nothing flips; two composers (both paths) do
# not: an empathy line over a taking-seriously line the pack called acknowledge (V1, the
# pack's) and a goodwill refund the pack warned beside a correct denial (V2, arguable).
# Open: V1, V2.
sv_fresh_pack(fresh60 32 28 0 20)
# fresh55: as written 29 of 31, order 0 (tests/fresh55/README.md): games and toys, in Swedish
# only: a game's servers down through a paid event weekend (then a player asks), an in-game
# purchase charged twice (the account and card private), a toy shop's cancelled Christmas
# pre-orders (answered twice, then a third post), praise for a board-game café's host, a vague
# complaint after a gaming fair (ask; she tells), a troll's malware rumour on a game forum, a
# patch that breaks saves (recurring; tell the team), a toy shop's refused exchange on a review
# site (one answer) (31 verdicts, 20 on options). Every option decision agrees, nothing flips;
# one composer (both paths) does not: a thank-you over the restore steps (V1, arguable, partly
# the pack's: the sorry sits in an acknowledge part). F1: a hedged sorry does not make a reply
# accommodating (V2, no disagreement; no pack's line moves). Open: V1.
sv_fresh_pack(fresh55 31 29 0 20)
# fresh61: as written 27 of 31, order 0 (tests/fresh61/README.md): software for small businesses:
# an invoicing app's reminders for paid invoices ("to sell the add-on", false), a booking
# system's Saturday outage whose cause is not known yet (then the promised why), a troll's
# hacking rumour under a web host's page, an accounting app that hid the export of a paused
# account (his card private), praise for a till app's support person (then a wish many share),
# a vague "thanks for nothing" to a site builder (ask; she tells; a third post), business mail
# bounced after a server move on a review site (one answer), a question about leaving with
# one's books (31 verdicts, 20 on options). Every option decision agrees, nothing flips; two
# composers (both paths) did not: a DM line and a shorter reply over what is being done (V1:
# the inquiry cost remedy-offered-blind; the DM line earned a switch with nothing to switch)
# and two personal lines for three (V2, a tie, arguable). F1 (the inquiry keeps a promise's
# exemption) and F2 (no switch credit under a public answer that covered the loss and
# promised the rest in the thread) fix V1: 27 -> 29 of 31. Open: V2.
sv_fresh_pack(fresh61 31 29 0 20)
# fresh64: as written 28 of 32, order 0 (tests/fresh64/README.md): moving and storage: a
# van-hire deposit kept for a scratch on the pickup report, auction letters sent to 212 who had
# paid (then another customer asks; her account private), a glass top cracked by a removal crew
# (then she offers her door code in the thread, then a troll: report), packers praised with a
# question, a storage gate dead while a rented van waits, paper padding asked for by many, a
# bill counted from the booked hour (then another customer with the same bill), a sofa leg the
# firm knows nothing of (ask). Every option decision agrees, nothing flips; two composers (both
# paths) do not: a tie where the pack left `asks` out (V1, the pack's) and a named contact over
# "you're right" (V2, arguable). F1: a reply that discloses (a door code asked for, an account
# told, in public) is not credited with answering a question; no agreement moves. Open: V1, V2.
sv_fresh_pack(fresh64 32 28 0 20)
# fresh62: as written 30 of 32, order 0 (tests/fresh62/README.md): food delivery and grocery
# apps, in Swedish only: a gluten-free bread swapped for a wheat one (the son's coeliac disease
# private), an office lunch 55 minutes late and lukewarm, why not known yet (then the courier
# answers in the thread), a meal-kit subscription charged while paused (then she asks how to
# cancel, then she thanks: a third post), praise for a courier with a question about tips, a
# troll's rat photo (then a real customer asks), a frozen bag left in the van after a canned
# answer, a door code cut off in the courier app (address private), a courier said to be rude
# to an old woman, nothing known (ask) (32 verdicts, 20 on options). Every option decision
# agrees, nothing flips; one composer (both paths) did not: a pointless door to the chat over
# the check under way, with the whole loss already paid back (V1). F1: a door to private beside
# a public promise to come back, the whole loss paid, is no switch (V1): 32 of 32. F2: the
# check under way told beside a promise to come back stands with the promise in the order, after
# a refund too (N1, no disagreement: o-rec +69 -> +88). Open: none.
sv_fresh_pack(fresh62 32 32 0 20)
# fresh63: as written 22 of 32, order 0 (tests/fresh63/README.md): banking and insurance, in
# Norwegian Bokmål only: a card blocked abroad despite a travel notice (answered twice, then a
# third post), a pensioner defrauded by a caller spoofing the bank (his case private), salaries
# late on payday, a troll's bank-run rumour, an app log-in fault (then her thanks), a fee for
# paper statements that is no mistake, thanks for a first mortgage (the loan private), a car
# claim refused on the wrong policy (then he asks) (32 verdicts, 20 on options). Every option
# decision agrees, nothing flips; five composers (both paths) do not: the appeals board read as
# the cause over the case reopened (V1, the model in part: a recourse is no longer read as the
# cause, +100 -> +93, not enough to flip it), a thank-you over the fix time (V2, partly the
# pack's), a denial over her question (V3) and over "you're right" (V4), a tie of personal
# notes (V5). Open: V1 (b), V2-V5.
sv_fresh_pack(fresh63 32 22 0 20)
# fresh66: as written 30 of 32, order 0 (tests/fresh66/README.md): care for the elderly, in
# Norwegian Bokmal: a night alarm answered at once but help after 70 minutes (then the daughter
# twice more: visit, then private), dinners on wheels late and cold with a rumour of Swedish
# food, eleven home-care strangers (then thanks), clothes lost in a care home's laundry (then a
# troll: report), an alarm application asked about, a day centre thanked, an invoice after a
# death on a one-answer review site, a care-home kitchen rumour in an unwatched forum. Every
# option decision agrees, nothing flips; the day centre's composer (both paths) ties a two-part
# thanks with the three recommended parts (V1, arguable: SHORT). F1: a question answered in
# public, with private help offered for what may not be said there, keeps answered-where-asked
# (N1, SWITCH); no agreement moves. Open: V1.
sv_fresh_pack(fresh66 32 30 0 20)
# tests/fresh65: blind audit (brief audit65), online dating, social and community apps: a
# neighbourhood app's filter that banned a lost-cat notice (true) "for criticising the board"
# (false), a report of threats unanswered for five days (the other account private), scam
# profiles on a forum (then a troll: report), a yearly renewal after cancelling (then her thanks),
# a car-seat recall deleted by a volunteer moderator (the moderator private), what deleting an
# account deletes (two questions), praise for night moderators (the poster private), a Boost
# sold during an outage (then a demand, then a third post: private). Every decision agrees,
# nothing flips. F1: a correction in the explanation counts as the deny half of a partly true
# complaint (true-half-confirmed); F3: a disclosure is no correction (order-deny-false-claim,
# informative-correction); no agreement moves.
sv_fresh_pack(fresh65 32 32 0 20)
# fresh67: as written 28 of 32, order 0 (tests/fresh67/README.md): car workshops and tyres, in
# Swedish: wheel bolts left loose after a tyre change (then the wife's fear, then a third post:
# private), thanks and a tyre-hotel question, a timing-belt quote called a rip-off (no fault),
# an inspection result late to the register (then a troll: report), a courtesy car that was out
# (then a second customer: the fix), a studded-tyre question, a 150 km/h test drive (the
# mechanic's warning private), a car waiting twelve days on a one-answer review site. Every
# option decision agrees, nothing flips; two composers (both paths) do not: a discount for a
# price that is right over the belt-only choice (V1, arguable: EXTRA-MILE) and a bare DM over
# the named manager in a private case (V2, fresh38 V3's pattern). F1: a named person with a
# line, in a case with a private fact at stake, takes it private too (private-case-named-person,
# SWITCH, CONTACT): V2 fixed, 30 of 32; no other pack moves. Open: V1.
sv_fresh_pack(fresh67 32 30 0 20)
# fresh68 (audit68, dentists and opticians): a filling cancelled by text at 7:10 (then another
# patient asks how he knows), a crown billed over its written quote (the treatment private), glasses
# ground on the wrong axis (ask first; then a spam troll: report; then the lab's error owned), a lens
# subscription's price rise asked about, bleeding after an extraction on a Friday night (then
# thanks), braces checks moved a third time after two public answers (private), a one-shop
# optician thanked with a question, a chain's "two pairs" offer with the lens price told at the
# till. Every option decision agrees, nothing flips; the extraction's composer (both paths) took
# the thanks over the empathy part (V1). F1: an explanation that answers what a no-fault complaint
# asks is no excuse (order-broken spared); F2: nor is such a complaint thanked for as feedback
# (thank-for-feedback): 29 -> 31 of 31. Open: none.
sv_fresh_pack(fresh68 31 31 0 20)
# Telecom and broadband: engineers who never came twice (then a neighbour hit by the same fault),
# "is it just me?" during a cable cut, a rise put on fixed-price contracts by mistake, bills after
# a number was ported away (her account number in the review), a roaming bill from Zurich (then a
# scam account: a warning and a report), thanks to a named engineer, a streamer's building dark
# for three days (then "4G is useless", then a third post: private), a false 30 % rumour. Every
# option decision agrees, order 0, nothing flips; two composers (both paths) do not: a true
# denial of the false half over the named dispatch lead (V1, arguable: ORDER against CONTACT)
# and the service number over a line saying how far the outage goes (V2, arguable: the pack's
# overlapping parts). Open: V1, V2.
sv_fresh_pack(fresh70 32 28 0 20)
# fresh69: a blind audit in Norwegian Bokmal: buses, ferries and local transport tickets (a
# ticket app that failed at an inspection, a 30-day pass on a cut line, a school bus that drove
# past a child, the last ferry gone from its own late bus, a harsh inspector, a driver who
# waited, a troll, bikes on the island boat). Every option decision agrees, nothing flips; two
# composers (both paths) do not: a bare "we'll message you" over the empathy line beside a named
# person who calls (V1) and a tie where the line-4 alternative earns nothing (V2, arguable).
sv_fresh_pack(fresh69 32 28 0 20)
# fresh72: a blind audit on crowdfunding and pre-orders (a board game six months late, then a
# VAT question; a co-op stretch goal cut, then the backer twice more; shipping added after "free
# shipping", then a troll; a kayak pre-order late; a lamp that finally came; a refund posted with
# a backer number; a kit marked delivered; pre-order confirmations blocked). Every option
# decision agrees, order 0, nothing flips; every composer agrees too since a sorry that names a
# true claim at fault, not private, owns it under a question (V1, fixed: sorry_owns_fault). V2
# was a pack error (asks not marked), corrected. Nothing open.
sv_fresh_pack(fresh72 32 32 0 20)
# fresh71: a blind audit in Swedish: funeral homes, cemeteries and memorial services (grave
# upkeep missed all summer, then a neutral question and thanks; an ash scattering moved without
# word, then personal details offered in the thread; a funeral invoice with the flowers twice,
# then "nobody read the fee out"; a death notice with the wrong day; a widow's thanks; a troll;
# a memorial grove's plate, asked about first; gravestones down after a storm). Every option
# decision agrees, nothing flips; two composers (both paths) do not: a phone number over the
# empathy line beside the question (V1, arguable) and a named contact over the private move for
# his father's grave (V2, arguable); one ranking (O1, arguable: a complete answer five minutes
# late above a private-first one). Open: V1, V2, O1.
sv_fresh_pack(fresh71 32 28 2 20)
# Parcel's manual injects add two decisions, judged in a third run that fires them.
add_test(NAME tool_agreement_injects
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|${SV_SAMPLE}|parcel -DEXPECT_RC=0
          "-DEXPECT=with injects +second-customer-reply +options +model: o-second-same +agrees;with injects +press-comment +options +model: o-press-open +agrees"
          ${SV_RUN_SCRIPT})
# The terminal player fires manual injects by id and refuses the rest; a
# scheduled one fires by itself at 120 s.
add_test(NAME tool_play_inject
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|${CMAKE_CURRENT_SOURCE_DIR}/inject/inject|desk
          -DSTDIN=${CMAKE_CURRENT_SOURCE_DIR}/inject/play-desk.txt -DEXPECT_RC=0
          "-DEXPECT='i-nowhere' is not an inject of this scenario;\\[00:05\\] !! Inject 'i-second': A second customer, same problem;\\(for the facilitator: Watch whether the team answers Ola;That inject has fired already;That inject fires by itself at its time;\\[02:00\\] !! Inject 'i-press': The press asks;\\[02:00\\] #Messages +Karin Ek"
          ${SV_RUN_SCRIPT})

# ... and every verdict holds when the scenarios are written down differently
# (crowd switched, answers later, restating tags removed): no flips. Each
# scenario is named, so a scenario the pack loses fails here too.
add_test(NAME tool_agreement_sample_perturb
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|agreement|--perturb|${SV_SAMPLE} -DEXPECT_RC=0
          "-DEXPECT=sample/parcel: [0-9]+ verdicts;sample/tent: [0-9]+ verdicts;perturb: 0 flips in [0-9]+ verdicts"
          ${SV_RUN_SCRIPT})

# The audience benchmark runs and reports its figures (timings are printed,
# never asserted: a slow machine must not fail the suite).
add_test(NAME tool_bench_audience_smoke
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|bench|audience|--accounts|20000|--seconds|30
          -DEXPECT_RC=0 "-DEXPECT=per frame: p50 [0-9.]+ ms, p99 [0-9.]+ ms;bytes per account"
          ${SV_RUN_SCRIPT})

# The explore benchmark plays explore's random runs of every built-in scenario,
# with the crowd and with the audience off, and prints its figures (never judged).
add_test(NAME tool_bench_explore_smoke
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|bench|explore|${SV_SAMPLE}|--runs|2 -DEXPECT_RC=0
          "-DEXPECT=parcel +crowd of 3000 +2 runs in +[0-9.]+ s CPU.* [0-9]+ runs/s, +[0-9]+ ns per simulated second;parcel +audience off +2 runs;tent +no audience +2 runs"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_bench_explore_refusals
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|bench|explore|${SV_SAMPLE}|nowhere -DEXPECT_RC=1
          "-DEXPECT=pack 'sample' has no scenario 'nowhere'" ${SV_RUN_SCRIPT})
add_test(NAME tool_bench_explore_usage
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|bench|explore|--runs|0 -DEXPECT_RC=2
          "-DEXPECT=usage: svara-tool bench explore" ${SV_RUN_SCRIPT})

# Named pipes (FIFOs) where packs belong, made at run time (git cannot hold
# them): check, list and play refuse them at once and go on with the other
# packs. A loader that opened one would block for ever: the TIMEOUT fails it.
set(SV_FIFO ${PROJECT_BINARY_DIR}/tool-fifo)
add_test(NAME tool_fifo_setup
  COMMAND sh -c "rm -rf '${SV_FIFO}' && mkdir -p '${SV_FIFO}/check' '${SV_FIFO}/xdg/svara/packs/manifest-pipe' && cp -R '${SV_SAMPLE}' '${SV_FIFO}/check/sample' && mkfifo '${SV_FIFO}/check/pipe.zip' '${SV_FIFO}/check/other-pipe' '${SV_FIFO}/xdg/svara/packs/x.zip' '${SV_FIFO}/xdg/svara/packs/sample.zip' '${SV_FIFO}/xdg/svara/packs/manifest-pipe/pack.json'")
set_tests_properties(tool_fifo_setup PROPERTIES FIXTURES_SETUP tool_fifo)
add_test(NAME tool_check_fifo_folder
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|check|${SV_FIFO}/check -DEXPECT_RC=1
          "-DEXPECT=pipe.zip: error: this is a named pipe \\(FIFO\\), not a file or a folder. it was not opened;sample: ok, pack 'sample'"
          ${SV_RUN_SCRIPT})
add_test(NAME tool_list_fifo
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|list -DEXPECT_RC=1
          "-DEXPECT=x.zip: error: this is a named pipe \\(FIFO\\), not a file or a folder. it was not opened;manifest-pipe/pack.json: error: this is a named pipe \\(FIFO\\), not a file. it was not opened;sample 1.0.0  Sample pack"
          ${SV_RUN_SCRIPT})
set_tests_properties(tool_list_fifo PROPERTIES ENVIRONMENT "XDG_DATA_HOME=${SV_FIFO}/xdg")
add_test(NAME tool_play_fifo
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|${SV_FIFO}/check/pipe.zip|parcel
          -DEXPECT_RC=1 "-DEXPECT=pipe.zip: error: this is a named pipe \\(FIFO\\)" ${SV_RUN_SCRIPT})
# by name: the pipe called sample.zip in the user's folder is said and skipped
add_test(NAME tool_play_by_name_fifo
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|play|sample|parcel|--replay|${CMAKE_CURRENT_SOURCE_DIR}/replays/good-seed7.json
          -DEXPECT_RC=0 "-DEXPECT=sample.zip: error: this is a named pipe \\(FIFO\\), not a file or a folder;replay hash [0-9a-f]+: matches"
          ${SV_RUN_SCRIPT})
set_tests_properties(tool_play_by_name_fifo PROPERTIES ENVIRONMENT "XDG_DATA_HOME=${SV_FIFO}/xdg")
set_tests_properties(tool_check_fifo_folder tool_list_fifo tool_play_fifo tool_play_by_name_fifo
  PROPERTIES FIXTURES_REQUIRED tool_fifo TIMEOUT 20)

# The load benchmark builds its hostile packs, checks each and prints the
# figures (never asserted): the two huge ones refused, the one at the limit loaded.
add_test(NAME tool_bench_load_smoke
  COMMAND ${SV_RUN} -DCMD=$<TARGET_FILE:svara-tool>|bench|load -DEXPECT_RC=0
          "-DEXPECT=manifest-38000 .*checked in [0-9.]+ ms.*refused, 2 errors;zip-200000 .*refused, 1 error,;zip-4096 .*loads, 0 errors"
          ${SV_RUN_SCRIPT})
set_tests_properties(tool_bench_load_smoke PROPERTIES TIMEOUT 120)
