/* The game's own words in English, Swedish and Norwegian Bokmål, read from
 * assets/lang/<code>.json (flat objects of "key": "text"). Scenario texts come
 * from the packs; these are only the frame around them. This list is the
 * authority: a test checks that every file has every key and no others.
 * SDL-free, so that test links it alone. Texts may hold {1}, {2}, {3}, which
 * ui_strings_format fills in (the translations' formats never reach printf). */
#ifndef SVARA_UI_UISTRINGS_H
#define SVARA_UI_UISTRINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "svara/diag.h"
#include "svara/model.h"

#define UI_STRINGS(X)                                                                              \
    X(APP_TAGLINE, "app.tagline")                                                                  \
    X(NUM_DECIMAL, "num.decimal")                                                                  \
    X(COMMON_BACK, "common.back")                                                                  \
    X(COMMON_ON, "common.on")                                                                      \
    X(COMMON_OFF, "common.off")                                                                    \
    X(TITLE_CHOOSE, "title.choose")                                                                \
    X(TITLE_LANGUAGE, "title.language")                                                            \
    X(TITLE_SETTINGS, "title.settings")                                                            \
    X(TITLE_QUIT, "title.quit")                                                                    \
    X(TITLE_NO_PACKS, "title.no_packs")                                                            \
    X(TITLE_BROKEN, "title.broken")                                                                \
    X(TITLE_USER_PACKS, "title.user_packs")                                                        \
    X(BRIEF_TITLE, "briefing.title")                                                               \
    X(BRIEF_YOU_ANSWER, "briefing.you_answer")                                                     \
    X(BRIEF_WATCH, "briefing.watch")                                                               \
    X(BRIEF_DURATION, "briefing.duration")                                                         \
    X(BRIEF_MEASURED, "briefing.measured")                                                         \
    X(BRIEF_CONTROLS, "briefing.controls")                                                         \
    X(BRIEF_KEYS, "briefing.keys")                                                                 \
    X(BRIEF_MOUSE, "briefing.mouse")                                                               \
    X(BRIEF_PAD, "briefing.pad")                                                                   \
    X(BRIEF_START, "briefing.start")                                                               \
    X(BRIEF_SEED, "briefing.seed")                                                                 \
    X(METER_REPUTATION, "meter.reputation")                                                        \
    X(METER_SENTIMENT, "meter.sentiment")                                                          \
    X(METER_MOOD, "meter.mood")                                                                    \
    X(METER_REACH, "meter.reach")                                                                  \
    X(METER_REPUTATION_DESC, "meter.reputation.desc")                                              \
    X(METER_SENTIMENT_DESC, "meter.sentiment.desc")                                                \
    X(METER_MOOD_DESC, "meter.mood.desc")                                                          \
    X(METER_REACH_DESC, "meter.reach.desc")                                                        \
    X(PLAY_PAUSE, "play.pause")                                                                    \
    X(PLAY_TIME_LEFT, "play.time_left")                                                            \
    X(PLAY_DECISION_OF, "play.decision_of")                                                        \
    X(PLAY_NO_DECISION, "play.no_decision")                                                        \
    X(PLAY_SKIP, "play.skip")                                                                      \
    X(PLAY_NEXT_IN, "play.next_in")                                                                \
    X(PLAY_SEND, "play.send")                                                                      \
    X(PLAY_NOT_AVAILABLE, "play.not_available")                                                    \
    X(PLAY_ANSWERING, "play.answering")                                                            \
    X(PLAY_COMPOSE_TAB, "play.compose_tab")                                                        \
    X(PLAY_WRITE_OWN, "play.write_own")                                                            \
    X(PLAY_READY_REPLIES, "play.ready_replies")                                                    \
    X(PLAY_PARTS_HELP, "play.parts_help")                                                          \
    X(PLAY_YOUR_REPLY, "play.your_reply")                                                          \
    X(PLAY_PARTS_COUNT, "play.parts_count")                                                        \
    X(PLAY_SEND_PUBLIC, "play.send_public")                                                        \
    X(PLAY_SEND_PRIVATE, "play.send_private")                                                      \
    X(PLAY_CLEAR, "play.clear")                                                                    \
    X(PLAY_DRAFT_EMPTY, "play.draft_empty")                                                        \
    X(PLAY_NOT_WATCHED, "play.not_watched")                                                        \
    X(PLAY_SHOW_NEWEST, "play.show_newest")                                                        \
    X(PLAY_OVER, "play.over")                                                                      \
    X(PLAY_REPLAYING, "play.replaying")                                                            \
    X(PLAY_SPEED, "play.speed")                                                                    \
    X(PLAY_CHARS, "play.chars")                                                                    \
    X(PLAY_OPTION_DELAY, "play.option_delay")                                                      \
    X(PLAY_PROMISES, "play.promises")                                                              \
    X(PLAY_PROMISE, "play.promise")                                                                \
    X(PLAY_PROMISE_DUE, "play.promise_due")                                                        \
    X(PLAY_PROMISE_KEPT, "play.promise_kept")                                                      \
    X(PLAY_PROMISE_BROKEN, "play.promise_broken")                                                  \
    X(PLAY_PROMISES_MORE, "play.promises_more")                                                    \
    X(ACTION_REPLY, "action.reply")                                                                \
    X(ACTION_MOVE_PRIVATE, "action.move_private")                                                  \
    X(ACTION_ASK, "action.ask")                                                                    \
    X(ACTION_ASK_COLLEAGUE, "action.ask_colleague")                                                \
    X(ACTION_REPORT, "action.report")                                                              \
    X(ACTION_HIDE, "action.hide")                                                                  \
    X(ACTION_TELL_PRODUCT, "action.tell_product")                                                  \
    X(ACTION_IGNORE, "action.ignore")                                                              \
    X(VIS_PUBLIC, "vis.public")                                                                    \
    X(VIS_PRIVATE, "vis.private")                                                                  \
    X(PART_GREETING, "part.greeting")                                                              \
    X(PART_ACKNOWLEDGE, "part.acknowledge")                                                        \
    X(PART_DENY, "part.deny")                                                                      \
    X(PART_APOLOGISE, "part.apologise")                                                            \
    X(PART_EXPLAIN, "part.explain")                                                                \
    X(PART_COMPENSATE, "part.compensate")                                                          \
    X(PART_FOLLOW_UP, "part.follow_up")                                                            \
    X(PART_CONTACT, "part.contact")                                                                \
    X(PART_THANK, "part.thank")                                                                    \
    X(PART_ASK, "part.ask")                                                                        \
    X(PART_MOVE_PRIVATE, "part.move_private")                                                      \
    X(PART_SIGN_OFF, "part.sign_off")                                                              \
    X(PART_OTHER, "part.other")                                                                    \
    X(ROLE_PRESS, "role.press")                                                                    \
    X(ROLE_COLLEAGUE, "role.colleague")                                                            \
    X(FEED_REPORTED, "feed.reported")                                                              \
    X(FEED_HIDDEN, "feed.hidden")                                                                  \
    X(FEED_ASKED_COLLEAGUE, "feed.asked_colleague")                                                \
    X(FEED_TOLD_PRODUCT, "feed.told_product")                                                      \
    X(FEED_IGNORED, "feed.ignored")                                                                \
    X(FEED_YOU_REPORTED, "feed.you_reported")                                                      \
    X(FEED_YOU_HID, "feed.you_hid")                                                                \
    X(FEED_BY_DEFAULT, "feed.by_default")                                                          \
    X(FEED_TIMEOUT, "feed.timeout")                                                                \
    X(FEED_REPLYING_TO, "feed.replying_to")                                                        \
    X(FEED_PRIVATE_REPLY, "feed.private_reply")                                                    \
    X(FEED_EMPTY, "feed.empty")                                                                    \
    X(FEED_BRAND, "feed.brand")                                                                    \
    X(FEED_PENDING, "feed.pending")                                                                \
    X(FEED_EARLIER, "feed.earlier")                                                                \
    X(FEED_EARLIER_POST, "feed.earlier_post")                                                      \
    X(TIME_NOW, "time.now")                                                                        \
    X(TIME_SECONDS, "time.seconds")                                                                \
    X(TIME_MINUTES, "time.minutes")                                                                \
    X(TIME_HOURS, "time.hours")                                                                    \
    X(TIME_DAYS, "time.days")                                                                      \
    X(TIME_AGO, "time.ago")                                                                        \
    X(TIME_YESTERDAY, "time.yesterday")                                                            \
    X(TIME_DAYS_AGO, "time.days_ago")                                                              \
    X(TIME_WORD_SECOND, "time.word.second")                                                        \
    X(TIME_WORD_SECONDS, "time.word.seconds")                                                      \
    X(TIME_WORD_MINUTE, "time.word.minute")                                                        \
    X(TIME_WORD_MINUTES, "time.word.minutes")                                                      \
    X(TIME_WORD_HOUR, "time.word.hour")                                                            \
    X(TIME_WORD_HOURS, "time.word.hours")                                                          \
    X(TIME_WORD_DAY, "time.word.day")                                                              \
    X(TIME_WORD_DAYS, "time.word.days")                                                            \
    X(TIME_AND, "time.and")                                                                        \
    X(TIME_LATER, "time.later")                                                                    \
    X(TIME_DAY_CLOCK, "time.day_clock")                                                            \
    X(TOAST_DECISION, "toast.decision")                                                            \
    X(INPUT_CLOSED, "input.closed")                                                                \
    X(INPUT_DISABLED, "input.disabled")                                                            \
    X(INPUT_PART_COUNT, "input.part_count")                                                        \
    X(INPUT_DUPLICATE, "input.duplicate")                                                          \
    X(INPUT_VISIBILITY, "input.visibility")                                                        \
    X(INPUT_FAILED, "input.failed")                                                                \
    X(PAUSE_TITLE, "pause.title")                                                                  \
    X(PAUSE_RESUME, "pause.resume")                                                                \
    X(PAUSE_RESTART, "pause.restart")                                                              \
    X(PAUSE_QUIT, "pause.quit")                                                                    \
    X(ASSESS_TITLE_PRE, "assess.title.pre")                                                        \
    X(ASSESS_TITLE_POST, "assess.title.post")                                                      \
    X(ASSESS_INTRO, "assess.intro")                                                                \
    X(ASSESS_INTRO_POST, "assess.intro_post")                                                      \
    X(ASSESS_START, "assess.start")                                                                \
    X(ASSESS_LATER, "assess.later")                                                                \
    X(ASSESS_PROGRESS, "assess.progress")                                                          \
    X(ASSESS_POSTED, "assess.posted")                                                              \
    X(ASSESS_CHOOSE, "assess.choose")                                                              \
    X(ASSESS_RESULT, "assess.result")                                                              \
    X(ASSESS_SCORE, "assess.score")                                                                \
    X(ASSESS_TOP, "assess.top")                                                                    \
    X(ASSESS_BEFORE_AFTER, "assess.before_after")                                                  \
    X(ASSESS_GAIN, "assess.gain")                                                                  \
    X(ASSESS_YOU, "assess.you")                                                                    \
    X(ASSESS_GUIDES, "assess.guides")                                                              \
    X(ASSESS_POINTS, "assess.points")                                                              \
    X(ASSESS_NOT_SAVED, "assess.not_saved")                                                        \
    X(ASSESS_CERTIFICATE, "assess.certificate")                                                    \
    X(ASSESS_CONTINUE, "assess.continue")                                                          \
    X(ASSESS_NONE, "assess.none")                                                                  \
    X(HINT_ASSESS, "hint.assess")                                                                  \
    X(HINT_ASSESS_PAD, "hint.assess.pad")                                                          \
    X(HINT_ASSESS_DONE, "hint.assess.done")                                                        \
    X(HINT_ASSESS_DONE_PAD, "hint.assess.done.pad")                                                \
    X(DEBRIEF_TITLE, "debrief.title")                                                              \
    X(DEBRIEF_GRADE, "debrief.grade")                                                              \
    X(DEBRIEF_GRADE_HOW, "debrief.grade_how")                                                      \
    X(DEBRIEF_BEST_COUNT, "debrief.best_count")                                                    \
    X(DEBRIEF_CHART, "debrief.chart")                                                              \
    X(DEBRIEF_DECISION, "debrief.decision")                                                        \
    X(DEBRIEF_YOU, "debrief.you")                                                                  \
    X(DEBRIEF_NOTHING, "debrief.nothing")                                                          \
    X(DEBRIEF_DEFAULT, "debrief.default")                                                          \
    X(DEBRIEF_COMPOSED, "debrief.composed")                                                        \
    X(DEBRIEF_MOVED, "debrief.moved")                                                              \
    X(DEBRIEF_NONE_MOVED, "debrief.none_moved")                                                    \
    X(DEBRIEF_WHY, "debrief.why")                                                                  \
    X(DEBRIEF_BEST, "debrief.best")                                                                \
    X(DEBRIEF_BETTER, "debrief.better")                                                            \
    X(DEBRIEF_STANDING, "debrief.standing")                                                        \
    X(DEBRIEF_FOR_TIME, "debrief.for_time")                                                        \
    X(DEBRIEF_RETRY_SAME, "debrief.retry_same")                                                    \
    X(DEBRIEF_RETRY_NEW, "debrief.retry_new")                                                      \
    X(DEBRIEF_TO_TITLE, "debrief.to_title")                                                        \
    X(DEBRIEF_FAILED, "debrief.failed")                                                            \
    X(DEBRIEF_SEED, "debrief.seed")                                                                \
    X(DEBRIEF_DROPPED, "debrief.dropped")                                                          \
    X(GRADE_A, "grade.a")                                                                          \
    X(GRADE_B, "grade.b")                                                                          \
    X(GRADE_C, "grade.c")                                                                          \
    X(GRADE_D, "grade.d")                                                                          \
    X(GRADE_E, "grade.e")                                                                          \
    X(SET_TITLE, "settings.title")                                                                 \
    X(SET_LANGUAGE, "settings.language")                                                           \
    X(SET_TEXT_SIZE, "settings.text_size")                                                         \
    X(SET_FULLSCREEN, "settings.fullscreen")                                                       \
    X(SET_REDUCED_MOTION, "settings.reduced_motion")                                               \
    X(SET_PALETTE, "settings.palette")                                                             \
    X(SET_SPEED, "settings.speed")                                                                 \
    X(SET_TEXT_SIZE_DESC, "settings.text_size.desc")                                               \
    X(SET_FULLSCREEN_DESC, "settings.fullscreen.desc")                                             \
    X(SET_REDUCED_MOTION_DESC, "settings.reduced_motion.desc")                                     \
    X(SET_PALETTE_DESC, "settings.palette.desc")                                                   \
    X(SET_SPEED_DESC, "settings.speed.desc")                                                       \
    X(SET_LANGUAGE_DESC, "settings.language.desc")                                                 \
    X(SET_SIZE_NORMAL, "settings.size.normal")                                                     \
    X(SET_SIZE_LARGE, "settings.size.large")                                                       \
    X(SET_SIZE_HUGE, "settings.size.huge")                                                         \
    X(SET_PALETTE_STANDARD, "settings.palette.standard")                                           \
    X(SET_PALETTE_OKABE, "settings.palette.okabe")                                                 \
    X(SET_SAVED_IN, "settings.saved_in")                                                           \
    X(SET_NOT_SAVED, "settings.not_saved")                                                         \
    X(SET_NOT_SAVED_SET, "settings.not_saved_set")                                                 \
    X(SET_SAMPLE, "settings.sample")                                                               \
    X(HINT_TITLE, "hint.title")                                                                    \
    X(HINT_TITLE_PAD, "hint.title.pad")                                                            \
    X(HINT_BRIEFING, "hint.briefing")                                                              \
    X(HINT_BRIEFING_PAD, "hint.briefing.pad")                                                      \
    X(HINT_PLAY, "hint.play")                                                                      \
    X(HINT_PLAY_PAD, "hint.play.pad")                                                              \
    X(HINT_PLAY_IDLE, "hint.play.idle")                                                            \
    X(HINT_PLAY_IDLE_PAD, "hint.play.idle.pad")                                                    \
    X(HINT_COMPOSE, "hint.compose")                                                                \
    X(HINT_COMPOSE_PAD, "hint.compose.pad")                                                        \
    X(HINT_MENU, "hint.menu")                                                                      \
    X(HINT_MENU_PAD, "hint.menu.pad")                                                              \
    X(HINT_DEBRIEF, "hint.debrief")                                                                \
    X(HINT_DEBRIEF_PAD, "hint.debrief.pad")                                                        \
    X(RELOAD_DONE, "reload.done")                                                                  \
    X(RELOAD_DONE_NO_RUN, "reload.done_no_run")                                                    \
    X(RELOAD_FAILED_TITLE, "reload.failed_title")                                                  \
    X(RELOAD_FAILED_BODY, "reload.failed_body")                                                    \
    X(RELOAD_COUNTS, "reload.counts")                                                              \
    X(RELOAD_ERROR, "reload.error")                                                                \
    X(RELOAD_WARNING, "reload.warning")                                                            \
    X(RELOAD_MORE, "reload.more")                                                                  \
    X(RELOAD_HINT, "reload.hint")                                                                  \
    X(LIMIT_LOG, "limit.log")                                                                      \
    X(LIMIT_QUEUE, "limit.queue")                                                                  \
    X(LIMIT_NODE, "limit.node")                                                                    \
    X(LIMIT_POST, "limit.post")                                                                    \
    X(LIMIT_DECISION, "limit.decision")                                                            \
    X(LIMIT_EVENT, "limit.event")                                                                  \
    X(LIMIT_ENDING, "limit.ending")                                                                \
    X(LIMIT_OTHER, "limit.other")                                                                  \
    X(RESUME_TITLE, "resume.title")                                                                \
    X(RESUME_SAVED, "resume.saved")                                                                \
    X(RESUME_EXPLAIN, "resume.explain")                                                            \
    X(RESUME_RESUME, "resume.resume")                                                              \
    X(RESUME_DISCARD, "resume.discard")                                                            \
    X(RESUME_REFUSED_TITLE, "resume.refused_title")                                                \
    X(RESUME_CONTINUE, "resume.continue")                                                          \
    X(RESUME_KEPT, "resume.kept")                                                                  \
    X(RESUME_DAMAGED, "resume.damaged")                                                            \
    X(RESUME_MISSING, "resume.missing")                                                            \
    X(RESUME_OTHER_VERSION, "resume.other_version")                                                \
    X(RESUME_DIFFERS, "resume.differs")                                                            \
    X(HINT_RESUME, "hint.resume")                                                                  \
    X(HINT_RESUME_PAD, "hint.resume.pad")                                                          \
    X(SET_TUTORIAL, "settings.tutorial")                                                           \
    X(SET_TUTORIAL_DESC, "settings.tutorial.desc")                                                 \
    X(TUT_STEP, "tutorial.step")                                                                   \
    X(TUT_HIDE, "tutorial.hide")                                                                   \
    X(TUT_HIDE_PAD, "tutorial.hide.pad")                                                           \
    X(TUT_FEED, "tutorial.feed")                                                                   \
    X(TUT_DEADLINE, "tutorial.deadline")                                                           \
    X(TUT_PICK, "tutorial.pick")                                                                   \
    X(TUT_METERS, "tutorial.meters")                                                               \
    X(TUT_CHANNELS, "tutorial.channels")                                                           \
    X(TUT_COMPOSE, "tutorial.compose")                                                             \
    X(TUT_SEND, "tutorial.send")                                                                   \
    X(TUT_DEBRIEF, "tutorial.debrief")                                                             \
    X(PROFILES_TITLE, "profiles.title")                                                            \
    X(PROFILES_INTRO, "profiles.intro")                                                            \
    X(PROFILES_RUNS_ONE, "profiles.runs_one")                                                      \
    X(PROFILES_RUNS, "profiles.runs")                                                              \
    X(PROFILES_NO_RUNS, "profiles.no_runs")                                                        \
    X(PROFILES_CURRENT, "profiles.current")                                                        \
    X(PROFILES_BROKEN, "profiles.broken")                                                          \
    X(PROFILES_BROKEN_FIX, "profiles.broken_fix")                                                  \
    X(PROFILES_NEW, "profiles.new")                                                                \
    X(PROFILES_KEPT, "profiles.kept")                                                              \
    X(PROFILES_KEEP_FAILED, "profiles.keep_failed")                                                \
    X(PROFILES_WELCOME, "profiles.welcome")                                                        \
    X(PROFILES_ASK, "profiles.ask")                                                                \
    X(PROFILES_PLACEHOLDER, "profiles.placeholder")                                                \
    X(PROFILES_CREATE, "profiles.create")                                                          \
    X(PROFILES_CANCEL, "profiles.cancel")                                                          \
    X(PROFILES_QUIT, "profiles.quit")                                                              \
    X(PROFILES_NAME_EMPTY, "profiles.name_empty")                                                  \
    X(PROFILES_NAME_TAKEN, "profiles.name_taken")                                                  \
    X(PROFILES_SAVE_FAILED, "profiles.save_failed")                                                \
    X(PROFILES_WHERE, "profiles.where")                                                            \
    X(PROFILES_SPACE, "profiles.space")                                                            \
    X(HINT_PROFILES, "hint.profiles")                                                              \
    X(HINT_PROFILES_PAD, "hint.profiles.pad")                                                      \
    X(HINT_NAME, "hint.name")                                                                      \
    X(HINT_NAME_PAD, "hint.name.pad")                                                              \
    X(TITLE_PLAYING_AS, "title.playing_as")                                                        \
    X(TITLE_NOBODY, "title.nobody")                                                                \
    X(TITLE_SWITCH, "title.switch")                                                                \
    X(TITLE_SKILLS, "title.skills")                                                                \
    X(PATH_NEXT, "path.next")                                                                      \
    X(PATH_NOT_STARTED, "path.not_started")                                                        \
    X(PATH_IN_PROGRESS, "path.in_progress")                                                        \
    X(PATH_COMPLETED, "path.completed")                                                            \
    X(PATH_PROGRESS, "path.progress")                                                              \
    X(PATH_OFF, "path.off")                                                                        \
    X(PATH_TEST_GOAL_PRE, "path.test_goal_pre")                                                    \
    X(PATH_TEST_GOAL_POST, "path.test_goal_post")                                                  \
    X(PATH_TEST_READY, "path.test_ready")                                                          \
    X(PATH_TEST_BEGUN, "path.test_begun")                                                          \
    X(PATH_TEST_LOCKED, "path.test_locked")                                                        \
    X(PATH_TEST_TAKEN, "path.test_taken")                                                          \
    X(PATH_TEST_GAIN, "path.test_gain")                                                            \
    X(SKILLS_TESTS, "skills.tests")                                                                \
    X(SKILLS_CERTIFICATE, "skills.certificate")                                                    \
    X(SKILLS_TITLE, "skills.title")                                                                \
    X(SKILLS_INTRO, "skills.intro")                                                                \
    X(SKILLS_INTRO_ONE, "skills.intro_one")                                                        \
    X(SKILLS_NO_RUNS, "skills.no_runs")                                                            \
    X(SKILLS_NONE, "skills.none")                                                                  \
    X(SKILLS_COUNTS, "skills.counts")                                                              \
    X(SKILLS_PRACTISE, "skills.practise")                                                          \
    X(SKILLS_PRACTISE_NONE, "skills.practise_none")                                                \
    X(SKILLS_NO_PROFILE, "skills.no_profile")                                                      \
    X(HINT_SKILLS, "hint.skills")                                                                  \
    X(HINT_SKILLS_PAD, "hint.skills.pad")                                                          \
    X(DEBRIEF_LESSONS, "debrief.lessons")                                                          \
    X(DEBRIEF_LESSON_AT, "debrief.lesson_at")                                                      \
    X(DEBRIEF_LESSON_STANDING, "debrief.lesson_standing")                                          \
    X(DEBRIEF_NO_LESSONS, "debrief.no_lessons")                                                    \
    X(DEBRIEF_SKILLS, "debrief.skills")                                                            \
    X(DEBRIEF_SKILLS_NONE, "debrief.skills_none")                                                  \
    X(DEBRIEF_SKILLS_NO_PROFILE, "debrief.skills_no_profile")                                      \
    X(DEBRIEF_SKILLS_REPLAY, "debrief.skills_replay")                                              \
    X(DEBRIEF_SKILLS_MORE, "debrief.skills_more")                                                  \
    X(FAC_VIEW_TITLE, "facilitator.view_title")                                                    \
    X(FAC_VIEW_HIDE, "facilitator.view_hide")                                                      \
    X(FAC_DECISION, "facilitator.decision")                                                        \
    X(FAC_NO_DECISION, "facilitator.no_decision")                                                  \
    X(FAC_RECOMMENDED, "facilitator.recommended")                                                  \
    X(FAC_ACCEPTABLE, "facilitator.acceptable")                                                    \
    X(FAC_WARNED, "facilitator.warned")                                                            \
    X(FAC_COMPOSER, "facilitator.composer")                                                        \
    X(FAC_INJECTS, "facilitator.injects")                                                          \
    X(FAC_NO_INJECTS, "facilitator.no_injects")                                                    \
    X(FAC_MANUAL, "facilitator.manual")                                                            \
    X(FAC_READY, "facilitator.ready")                                                              \
    X(FAC_AT, "facilitator.at")                                                                    \
    X(FAC_FIRED, "facilitator.fired")                                                              \
    X(FAC_LIST_TITLE, "facilitator.list_title")                                                    \
    X(FAC_LIST_HINT, "facilitator.list_hint")                                                      \
    X(FAC_ALREADY, "facilitator.already")                                                          \
    X(FAC_SCHEDULED, "facilitator.scheduled")                                                      \
    X(FAC_WATCHING, "facilitator.watching")                                                        \
    X(HELP_KEY_INJECTS, "help.key_injects")                                                        \
    X(HELP_KEY_FACILITATOR_VIEW, "help.key_facilitator_view")

typedef enum {
#define UI_STR_ENUM(id, key) UI_S_##id,
    UI_STRINGS(UI_STR_ENUM)
#undef UI_STR_ENUM
        UI_STR_COUNT
} ui_StrId;

typedef struct ui_Strings {
    char *text[SV_LANG_COUNT][UI_STR_COUNT]; /* heap; NULL = missing */
} ui_Strings;

/* Reads en.json, sv.json and nb.json from `dir` (ending in '/'). Problems
 * (unreadable file, bad JSON with its line and column, missing or unknown
 * keys, non-string values) are written to `report` when it is not NULL and
 * counted in the return value; a missing text falls back to English, then to
 * its key, so the game always has something to show. */
size_t ui_strings_load(ui_Strings *s, const char *dir, char *report, size_t report_size);
void ui_strings_free(ui_Strings *s);
/* Reads one language's file from its bytes into s->text[lang] (bytes in,
 * strings out: the fuzz target's entry). Every problem (the checks every pack
 * file gets, unknown or missing keys, values that are not non-empty strings)
 * goes to diags with its line and column; returns how many. */
size_t ui_strings_parse(ui_Strings *s, sv_Lang lang, const char *path, const char *bytes,
                        size_t len, sv_DiagList *diags);

const char *ui_strings_get(const ui_Strings *s, sv_Lang lang, ui_StrId id); /* never NULL */
const char *ui_strings_key(ui_StrId id);

/* Copies fmt into buf with {1}, {2}, {3} replaced by a1, a2, a3 (NULL = ""). */
const char *ui_strings_format(char *buf, size_t size, const char *fmt, const char *a1,
                              const char *a2, const char *a3);

#endif
