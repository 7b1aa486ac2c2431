/* Workshops (svara/workshop.h): the workshop file read with every field and
 * every broken case of tests/workshop/broken/ located as expect.txt says;
 * dates; SHA-1 and name-based UUIDs; the P/S/M/U thresholds; result files
 * built from the three fixture replays, written, read back identically and
 * saved atomically, and a damaged one located; the report refusing results
 * of another workshop, pack version or seed, or a team twice; the
 * exports: CSV quoting, HTML escaping, xAPI ids that stay the same; and the
 * improvement plan: suggested from the ratings, written and read back, its
 * broken cases located, and the edited plan in the JSON and HTML. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "score_support.h"
#include "svara/debrief.h"
#include "svara/native.h"
#include "svara/principles.h"
#include "svara/run.h"
#include "svara/workshop.h"
#include "workshop_internal.h"

#define WORKSHOP "tests/workshop/parcel-workshop.json"

static sv_ScoreModel *M;
static sv_Pack *SAMPLE;
static sv_Workshop W;
static sv_Result R[3]; /* red (good), blue (middling), green (bad) */
static const char *const REPLAYS[3] = {"tests/replays/good-seed7.json",
                                       "tests/workshop/replays/middling.json",
                                       "tests/workshop/replays/bad.json"};
static const char *const FILES[3] = {"red.json", "blue.json", "green.json"};

static char *read_all(const char *path, size_t *len)
{
    sv_DiagList d;
    sv_diag_init(&d);
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, len, NULL, &d);
    t_print_diags(&d);
    sv_diag_free(&d);
    assert_non_null(bytes);
    return bytes;
}

static void parse_workshop(const char *path, sv_Workshop *w)
{
    size_t len;
    char *bytes = read_all(path, &len);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = sv_workshop_parse(path, bytes, len, w, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    sv_diag_free(&d);
    free(bytes);
}

/* Plays `replay` with the workshop's seed into result r (a new one for `team`). */
static void play_into(sv_Result *r, int32_t team, const char *replay_path)
{
    assert_int_equal(sv_result_start(r, &W, team), SV_OK);
    size_t len;
    char *bytes = read_all(replay_path, &len);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Replay rep;
    assert_int_equal(sv_replay_parse(replay_path, bytes, len, &rep, &d), SV_OK);
    free(bytes);
    int32_t si = sv_pack_find_scenario(SAMPLE, rep.scenario);
    sv_RunSetup setup = {.pack = SAMPLE,
                         .sc = &SAMPLE->scenarios[si],
                         .base = M,
                         .seed = W.seed,
                         .lang = rep.lang,
                         .replay = &rep,
                         .replay_path = replay_path};
    sv_Run run;
    assert_int_equal(sv_run_start(&run, &setup, &d), SV_OK);
    assert_true(sv_run_play_replay(&run, &d));
    t_print_diags(&d);
    assert_int_equal(sv_result_add_play(r, &run, W.date, rep.lang, W.options.pass_score), SV_OK);
    /* a second add of the same scenario replaces the play, never adds one */
    assert_int_equal(sv_result_add_play(r, &run, W.date, rep.lang, W.options.pass_score), SV_OK);
    assert_int_equal(r->play_count, 1);
    sv_run_stop(&run);
    sv_replay_free(&rep);
    sv_diag_free(&d);
}

static int setup(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_true(sv_fs_init(NULL, &d));
    const char *paths[] = {"scenarios/sample"};
    assert_int_equal(sv_pack_load(paths, 1, NULL, &SAMPLE, &d), SV_OK);
    sv_diag_free(&d);
    M = t_score_file("assets/scoring/default.json");
    parse_workshop(WORKSHOP, &W);
    for (int t = 0; t < 3; t++) play_into(&R[t], t, REPLAYS[t]);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (int t = 0; t < 3; t++) sv_result_free(&R[t]);
    sv_workshop_free(&W);
    sv_pack_unload(SAMPLE);
    sv_score_free(M);
    sv_fs_free();
    return 0;
}

/* ---- the workshop file ----------------------------------------------------------------------- */

static void test_workshop_fields(void **state)
{
    (void)state;
    assert_string_equal(W.id, "acme-parcel-2026-12");
    assert_string_equal(W.facilitator.name, "Ingrid Berg");
    assert_string_equal(W.facilitator.email, "ingrid.berg@example.com");
    assert_string_equal(W.pack, "sample");
    assert_string_equal(W.pack_version, "1.0.0");
    assert_int_equal(W.scenario_count, 1);
    assert_string_equal(W.scenarios[0], "parcel");
    assert_int_equal(W.seed, 7);
    assert_true(W.has_lang && W.lang == SV_LANG_EN);
    assert_true(W.has_date);
    assert_int_equal(W.date, 1796374800); /* 2026-12-04T09:00:00Z */
    assert_int_equal(W.team_count, 3);
    assert_string_equal(W.teams[1].name, "Blue <team> & \"friends\"");
    assert_int_equal(W.teams[0].member_count, 2);
    assert_string_equal(W.teams[0].members[1].account_home, "https://lms.example.com");
    assert_string_equal(W.teams[0].members[1].account_name, "u1002");
    assert_string_equal(W.teams[1].members[1].name, "Dana Öberg");
    assert_string_equal(W.teams[1].members[1].email, "");
    assert_int_equal(W.options.scoreboard, SV_SCOREBOARD_AFTER_EACH);
    assert_true(W.options.team_talk);
    assert_int_equal(W.options.seating, SV_SEATING_HOT_SEAT);
    assert_int_equal(W.options.deadline_pct, 100);
    assert_int_equal(sv_workshop_find_team(&W, "green"), 2);
    assert_int_equal(sv_workshop_find_team(&W, "pink"), -1);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_true(sv_workshop_check_pack(&W, SAMPLE, &d));
    sv_diag_free(&d);
}

static void test_workshop_options(void **state)
{
    (void)state;
    const char *text = "{\"format\":1,\"id\":\"w\",\"name\":\"W\",\"facilitator\":{\"name\":\"F\"},"
                       "\"pack\":{\"id\":\"sample\",\"version\":\"2.0\"},\"scenarios\":[\"parcel\","
                       "\"nope\"],\"seed\":1,\"teams\":[{\"id\":\"a\",\"name\":\"A\"}],"
                       "\"options\":{\"scoreboard\":\"every-3\",\"seating\":\"multi-machine\","
                       "\"deadline_percent\":50}}";
    sv_Workshop w;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_workshop_parse("w.json", text, strlen(text), &w, &d), SV_OK);
    assert_int_equal(w.options.scoreboard, SV_SCOREBOARD_EVERY);
    assert_int_equal(w.options.scoreboard_every, 3);
    assert_int_equal(w.options.seating, SV_SEATING_MULTI_MACHINE);
    assert_int_equal(w.options.deadline_pct, 50);
    assert_int_equal(w.options.pass_score, SV_WORKSHOP_PASS_SCORE);
    assert_false(w.has_date);
    /* the pack given is another version and lacks a scenario: both located */
    assert_false(sv_workshop_check_pack(&w, SAMPLE, &d));
    assert_int_equal(d.errors, 2);
    assert_string_equal(d.items[0].pointer, "/pack/version");
    assert_non_null(strstr(d.items[0].message, "version 2.0"));
    assert_string_equal(d.items[1].pointer, "/scenarios/1");
    assert_int_equal(d.items[1].line, 1);
    assert_true(d.items[1].column > 100);
    sv_workshop_free(&w);
    sv_diag_free(&d);
}

/* Every line of tests/workshop/broken/expect.txt: FILE LINE:COL POINTER SCHEMA MESSAGE. */
static void test_broken_workshops(void **state)
{
    (void)state;
    FILE *f = fopen("tests/workshop/broken/expect.txt", "r");
    assert_non_null(f);
    char line[1024], checked_file[128] = "";
    int cases = 0, lines = 0;
    sv_DiagList d;
    sv_diag_init(&d);
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        if (!line[0] || line[0] == '#') continue;
        char file[128], ptr[256], schema[16];
        int ln, col, used = 0;
        assert_int_equal(
            sscanf(line, "%127s %d:%d %255s %15s %n", file, &ln, &col, ptr, schema, &used), 5);
        const char *msg = line + used;
        if (strcmp(ptr, "(root)") == 0) ptr[0] = '\0';
        if (strcmp(file, checked_file) != 0) {
            char path[256];
            snprintf(path, sizeof path, "tests/workshop/broken/%s", file);
            size_t len;
            char *bytes = read_all(path, &len);
            sv_Workshop w;
            sv_diag_clear(&d);
            assert_int_equal(sv_workshop_parse(path, bytes, len, &w, &d), SV_ERR_INVALID);
            assert_null(w.arena); /* nothing half-read is left */
            free(bytes);
            snprintf(checked_file, sizeof checked_file, "%s", file);
            cases++;
        }
        bool found = false;
        for (size_t i = 0; i < d.count && !found; i++)
            found = d.items[i].severity == SV_SEV_ERROR && strcmp(d.items[i].pointer, ptr) == 0 &&
                    d.items[i].line == ln && d.items[i].column == col &&
                    strstr(d.items[i].message, msg) != NULL;
        if (!found) {
            t_print_diags(&d);
            fail_msg("%s: no error at %d:%d %s saying: %s", file, ln, col, ptr, msg);
        }
        lines++;
    }
    fclose(f);
    sv_diag_free(&d);
    assert_true(cases >= 15);
    assert_true(lines >= cases);
}

static void test_dates(void **state)
{
    (void)state;
    int64_t t;
    assert_true(sv_iso_parse("1970-01-01T00:00:00Z", &t));
    assert_int_equal(t, 0);
    assert_true(sv_iso_parse("2026-12-04T10:00+01:00", &t));
    assert_int_equal(t, 1796374800);
    assert_true(sv_iso_parse("2024-02-29T23:59:59.999Z", &t));
    assert_int_equal(t, 1709251199);
    assert_false(sv_iso_parse("2026-02-29T00:00:00Z", &t)); /* not a leap year */
    assert_false(sv_iso_parse("2026-12-04 09:00:00Z", &t));
    assert_false(sv_iso_parse("2026-12-04T09:00:00", &t)); /* no zone */
    assert_false(sv_iso_parse("2026-13-04T09:00:00Z", &t));
    char buf[40];
    sv_iso_format(1796374800LL * 1000 + 18250, buf, sizeof buf);
    assert_string_equal(buf, "2026-12-04T09:00:18.250Z");
    sv_iso_format(0, buf, sizeof buf);
    assert_string_equal(buf, "1970-01-01T00:00:00.000Z");
}

static void test_sha1_and_uuids(void **state)
{
    (void)state;
    uint8_t h[20];
    char hex[41];
    sv_sha1("abc", 3, h);
    for (int i = 0; i < 20; i++) snprintf(hex + 2 * i, 3, "%02x", h[i]);
    assert_string_equal(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
    /* 56 bytes: the padding takes a second block */
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sv_sha1(two, strlen(two), h);
    for (int i = 0; i < 20; i++) snprintf(hex + 2 * i, 3, "%02x", h[i]);
    assert_string_equal(hex, "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    char u[37], v[37];
    /* Python: uuid.uuid5(UUID("d3b5acaf-f72c-5839-923d-ebd8af4e1538"), name) */
    sv_uuid_v5("statement/w/red/parcel/answered/first-reply", u);
    assert_string_equal(u, "17424f18-8e6d-5f4b-94e4-d02c0949638d");
    sv_uuid_v5("statement/w/red/parcel/answered/follow", v);
    assert_string_not_equal(u, v);
}

static void test_ratings(void **state)
{
    (void)state;
    assert_int_equal(sv_rating_of(0, 0), SV_RATING_NONE);
    assert_int_equal(sv_rating_of(5, 0), SV_RATING_P);
    assert_int_equal(sv_rating_of(2, 1), SV_RATING_S); /* a third broken */
    assert_int_equal(sv_rating_of(4, 2), SV_RATING_S);
    assert_int_equal(sv_rating_of(3, 2), SV_RATING_M); /* two fifths */
    assert_int_equal(sv_rating_of(1, 9), SV_RATING_M);
    assert_int_equal(sv_rating_of(0, 1), SV_RATING_U);
    assert_string_equal(sv_rating_name(SV_RATING_M), "M");
    assert_string_equal(sv_rating_name(SV_RATING_NONE), "-");
}

/* ---- results --------------------------------------------------------------------------------- */

static void test_result_contents(void **state)
{
    (void)state;
    const sv_ResultPlay *good = &R[0].plays[0], *bad = &R[2].plays[0];
    assert_string_equal(R[0].team.id, "red");
    assert_string_equal(R[0].workshop, "acme-parcel-2026-12");
    assert_int_equal(R[0].team.member_count, 2);
    assert_string_equal(good->scenario, "parcel");
    assert_int_equal(good->started, W.date);
    assert_true(good->score > R[1].plays[0].score && R[1].plays[0].score > bad->score);
    assert_true(good->score >= good->pass_score && bad->score < bad->pass_score);
    /* the good replay's hash is the golden replay's */
    assert_int_equal(good->replay.input_count, 6);
    assert_true(good->decision_count >= 6);
    const sv_ResultDecision *first = &good->decisions[0];
    assert_string_equal(first->decision, "first-reply");
    assert_string_equal(first->option, "o-ask");
    assert_int_equal(first->close_ms, 18000);
    assert_true(first->choice_count >= 8);
    assert_true(first->rule_count > 0);
    const sv_ResultDecision *follow = &good->decisions[1];
    assert_string_equal(follow->decision, "follow");
    assert_int_equal(follow->part_count, 6);
    assert_string_equal(follow->parts[0], "p-hi");
    assert_true(follow->after[SV_METER_MOOD] > follow->before[SV_METER_MOOD]);
    /* the bad team's witty first reply broke NO-IRONY */
    const sv_ResultDecision *witty = &bad->decisions[0];
    assert_string_equal(witty->option, "o-witty");
    bool broke = false;
    for (uint32_t i = 0; i < witty->rule_count; i++)
        broke |= witty->rules[i].sign < 0 &&
                 (witty->rules[i].principles & (1u << SV_PRINCIPLE_NO_IRONY));
    assert_true(broke);
    assert_true(good->history_count >= 2 && good->history_count <= SV_WORKSHOP_MAX_HISTORY + 1);
    assert_int_equal(good->history[0].t_ms, 0);
}

static void test_result_round_trip(void **state)
{
    (void)state;
    for (int t = 0; t < 3; t++) {
        size_t len;
        char *text = sv_result_write(&R[t], &len);
        assert_non_null(text);
        sv_Result back;
        sv_DiagList d;
        sv_diag_init(&d);
        sv_Status st = sv_result_parse(FILES[t], text, len, &back, &d);
        t_print_diags(&d);
        assert_int_equal(st, SV_OK);
        char *again = sv_result_write(&back, NULL);
        assert_string_equal(again, text);
        assert_int_equal(back.plays[0].hash, R[t].plays[0].hash);
        sv_result_free(&back);
        sv_diag_free(&d);
        free(again);
        free(text);
    }
}

static void test_result_saved_atomically(void **state)
{
    (void)state;
    char dir[] = "/tmp/svara-workshop-XXXXXX", path[128];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/red.result.json", dir);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_result_save_file(path, &R[0], &d), SV_OK);
    assert_int_equal(sv_result_save_file(path, &R[1], &d), SV_OK); /* replaced whole */
    sv_Result back;
    assert_int_equal(sv_result_load_file(path, &back, &d), SV_OK);
    assert_string_equal(back.team.id, "blue");
    sv_result_free(&back);
    /* no temporary file is left beside it */
    char tmp[160];
    snprintf(tmp, sizeof tmp, "%s/red.result.json.tmp-%d", dir, (int)getpid());
    struct stat sb;
    assert_int_not_equal(stat(tmp, &sb), 0);
    unlink(path);
    rmdir(dir);
    sv_diag_free(&d);
}

/* A result with one thing changed: parsed, it must fail with an error at `ptr`. */
static void expect_broken_result(const char *from, const char *to, const char *ptr,
                                 const char *says)
{
    char *text = sv_result_write(&R[0], NULL);
    char *at = strstr(text, from);
    assert_non_null(at);
    size_t n = strlen(text) + strlen(to) + 1;
    char *changed = malloc(n);
    memcpy(changed, text, (size_t)(at - text));
    snprintf(changed + (at - text), n - (size_t)(at - text), "%s%s", to, at + strlen(from));
    sv_Result r;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_result_parse("r.json", changed, strlen(changed), &r, &d), SV_ERR_INVALID);
    bool found = false;
    for (size_t i = 0; i < d.count && !found; i++)
        found = strcmp(d.items[i].pointer, ptr) == 0 && d.items[i].line > 0 &&
                strstr(d.items[i].message, says);
    if (!found) {
        t_print_diags(&d);
        fail_msg("no error at %s saying %s", ptr, says);
    }
    sv_diag_free(&d);
    free(changed);
    free(text);
}

static void test_broken_results(void **state)
{
    (void)state;
    expect_broken_result("\"reputation\":", "\"reputaton\":", "/plays/0/meters/reputaton",
                         "did you mean 'reputation'");
    expect_broken_result("\"state\":\t\"answered\"", "\"state\": \"done\"",
                         "/plays/0/decisions/0/state", "unknown state 'done'");
    expect_broken_result("\"seed\":\t7,\n\t\t\t\t\"lang\"", "\"seed\": 8,\n\"lang\"",
                         "/plays/0/replay/seed", "");
    expect_broken_result("\"letter\":\t\"A\"", "\"letter\": \"C\"", "/plays/0/grade/letter",
                         "is \"A\"");
    expect_broken_result("\"decision\":\t\"first-reply\"", "\"decision\": \"First reply\"",
                         "/plays/0/replay/inputs/0/decision", "in the replay");
}

/* ---- the report ------------------------------------------------------------------------------ */

static void merge(sv_Report *rep, const sv_Result *const *list, size_t n, sv_DiagList *d,
                  sv_Status want)
{
    assert_int_equal(sv_report_merge(rep, list, FILES, n, d), want);
}

static void test_report_refuses(void **state)
{
    (void)state;
    sv_Report rep;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Result other = R[2];
    const sv_Result *list[3] = {&R[0], &R[1], &other};
    other.pack_version = "1.1.0";
    merge(&rep, list, 3, &d, SV_ERR_INVALID);
    assert_int_equal(d.errors, 1);
    assert_string_equal(d.items[0].file, "green.json");
    assert_string_equal(d.items[0].pointer, "/pack/version");
    assert_non_null(strstr(d.items[0].message, "pack version sample 1.1.0"));
    assert_non_null(strstr(d.items[0].message, "red.json is of pack version sample 1.0.0"));
    sv_diag_clear(&d);
    other = R[2];
    other.seed = 8;
    merge(&rep, list, 3, &d, SV_ERR_INVALID);
    assert_string_equal(d.items[0].pointer, "/seed");
    assert_non_null(strstr(d.items[0].message, "seed 8"));
    sv_diag_clear(&d);
    other = R[2];
    other.workshop = "another";
    merge(&rep, list, 3, &d, SV_ERR_INVALID);
    assert_string_equal(d.items[0].pointer, "/workshop/id");
    sv_diag_clear(&d);
    other = R[0]; /* red twice */
    merge(&rep, list, 3, &d, SV_ERR_INVALID);
    assert_string_equal(d.items[0].pointer, "/team/id");
    assert_non_null(strstr(d.items[0].message, "team 'red' has a result in red.json already"));
    assert_null(rep.cells);
    sv_diag_free(&d);
}

static void test_report_ratings(void **state)
{
    (void)state;
    const sv_Result *list[3] = {&R[0], &R[1], &R[2]};
    sv_Report rep;
    sv_DiagList d;
    sv_diag_init(&d);
    merge(&rep, list, 3, &d, SV_OK);
    /* every cell is what the rules that fired add up to */
    for (size_t t = 0; t < 3; t++)
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            assert_int_equal(rep.cells[t][k].rating,
                             sv_rating_of(rep.cells[t][k].followed, rep.cells[t][k].broken));
    assert_int_equal(rep.cells[0][SV_PRINCIPLE_ORDER].rating, SV_RATING_P);
    assert_int_equal(rep.cells[2][SV_PRINCIPLE_ORDER].rating, SV_RATING_U);
    assert_int_equal(rep.cells[2][SV_PRINCIPLE_NO_IRONY].rating, SV_RATING_U);
    size_t n;
    sv_ReportSpread *s = sv_report_spreads(&rep, &n);
    assert_true(n >= 6);
    /* the composed reply was different for all three, and worth the most between them */
    assert_string_equal(s[0].decision, "follow");
    /* named as the teams saw it: the scenario's title and the decision's question */
    assert_string_equal(s[0].title, R[0].plays[0].title);
    assert_string_equal(s[0].prompt, R[0].plays[0].decisions[1].prompt);
    assert_string_not_equal(s[0].prompt, "follow");
    assert_int_equal(s[0].distinct, 3);
    assert_int_equal(s[0].teams, 3);
    for (size_t i = 1; i < n; i++) assert_true(s[i].distinct <= s[i - 1].distinct);
    free(s);
    sv_report_free(&rep);
    sv_diag_free(&d);
}

static void test_exports(void **state)
{
    (void)state;
    const sv_Result *list[3] = {&R[0], &R[1], &R[2]};
    sv_Report rep;
    sv_DiagList d;
    sv_diag_init(&d);
    merge(&rep, list, 3, &d, SV_OK);
    char *csv = sv_report_csv(&rep);
    /* the team's name quoted with its quotes doubled; a reply starting with '=' neutralised */
    assert_non_null(strstr(csv, ",blue,\"Blue <team> & \"\"friends\"\"\","));
    assert_non_null(strstr(csv, "\r\nacme-parcel-2026-12,red,Red team,Anna Lind; Bo Ek,parcel,1,"
                                "first-reply,"));
    size_t rows = 0;
    for (const char *c = csv; (c = strstr(c, "\r\n")); c += 2) rows++;
    size_t decisions =
        R[0].plays[0].decision_count + R[1].plays[0].decision_count + R[2].plays[0].decision_count;
    assert_int_equal(rows, decisions + 1);
    char *html = sv_report_html(&rep, NULL, SV_LANG_EN);
    assert_null(strstr(html, "<team>"));
    assert_null(strstr(html, "\"friends\""));
    assert_non_null(strstr(html, "Blue &lt;team&gt; &amp; &quot;friends&quot;"));
    assert_non_null(strstr(html, "<svg class=\"chart\""));
    /* where the teams differed: the decision's question and the scenario's title, not their ids */
    const char *differ = strstr(html, "id=\"differences\"");
    assert_non_null(differ);
    char row[512];
    snprintf(row, sizeof row, "<tr><td>%s</td><td>%s</td>", R[0].plays[0].title,
             R[0].plays[0].decisions[1].prompt);
    assert_non_null(strstr(differ, row));
    /* nothing fetched: no scripts, images, style sheets or fonts from elsewhere */
    assert_null(strstr(html, "src="));
    assert_null(strstr(html, "<link"));
    assert_null(strstr(html, "url("));
    assert_null(strstr(html, "@import"));
    char *x1 = sv_report_xapi(&rep), *x2 = sv_report_xapi(&rep);
    assert_string_equal(x1, x2); /* the same results, the same statements */
    cJSON *arr = cJSON_Parse(x1);
    assert_true(cJSON_IsArray(arr));
    /* per team: initialized, answered per decision, completed, passed or failed, terminated */
    assert_int_equal(cJSON_GetArraySize(arr), (int)(decisions + 3 * 4));
    const cJSON *s;
    int passed = 0, failed = 0;
    cJSON_ArrayForEach(s, arr)
    {
        const char *verb = cJSON_GetObjectItem(cJSON_GetObjectItem(s, "verb"), "id")->valuestring;
        passed += strstr(verb, "/passed") != NULL;
        failed += strstr(verb, "/failed") != NULL;
        const cJSON *other;
        cJSON_ArrayForEach(other, arr)
        {
            if (other == s) continue;
            assert_string_not_equal(cJSON_GetObjectItem(s, "id")->valuestring,
                                    cJSON_GetObjectItem(other, "id")->valuestring);
        }
    }
    assert_int_equal(passed, 1);
    assert_int_equal(failed, 2);
    cJSON_Delete(arr);
    char *json = sv_report_json(&rep, NULL);
    cJSON *j = cJSON_Parse(json);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(j, "teams")), 3);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(j, "ratings")), SV_PRINCIPLE_COUNT);
    const cJSON *d0 = cJSON_GetArrayItem(cJSON_GetObjectItem(j, "differences"), 0);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(d0, "decision")), "follow");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(d0, "prompt")),
                        R[0].plays[0].decisions[1].prompt);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(d0, "title")),
                        R[0].plays[0].title);
    cJSON_Delete(j);
    free(json);
    free(x1);
    free(x2);
    free(html);
    free(csv);
    sv_report_free(&rep);
    sv_diag_free(&d);
}

/* ---- a run in progress on the scoreboard ------------------------------------------------------
 */

/* Red's good run played to `to_ms` (not ended) and its snapshot added to a new
 * result for red. */
static void live_into(sv_Result *r, sv_Run *run, sv_Replay *rep, uint32_t to_ms)
{
    const char *path = REPLAYS[0];
    size_t len;
    char *bytes = read_all(path, &len);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_replay_parse(path, bytes, len, rep, &d), SV_OK);
    free(bytes);
    sv_RunSetup setup = {.pack = SAMPLE,
                         .sc = &SAMPLE->scenarios[sv_pack_find_scenario(SAMPLE, rep->scenario)],
                         .base = M,
                         .seed = W.seed,
                         .lang = rep->lang,
                         .replay = rep,
                         .replay_path = path};
    assert_int_equal(sv_run_start(run, &setup, &d), SV_OK);
    sv_run_play_to(run, to_ms, &d);
    t_print_diags(&d);
    assert_int_equal(d.errors, 0);
    sv_diag_free(&d);
    assert_false(run->s.ended);
    int32_t follow = sv_scenario_find_decision(run->sc, "follow");
    assert_int_equal(run->s.decision_state[follow], SV_DEC_OPEN);
    assert_int_equal(sv_result_start(r, &W, 0), SV_OK);
    /* a run still going is no finished play, and a live snapshot is no ended one */
    assert_int_equal(sv_result_add_play(r, run, W.date, rep->lang, W.options.pass_score),
                     SV_ERR_INVALID);
    assert_int_equal(sv_result_add_live(r, run, W.date, rep->lang, W.options.pass_score), SV_OK);
}

static void test_live_snapshot(void **state)
{
    (void)state;
    sv_Result live;
    sv_Run run;
    sv_Replay rep;
    /* 90 s in: first-reply answered at 18 s, follow open since 75 s and not yet answered */
    live_into(&live, &run, &rep, 90000);
    assert_int_equal(live.play_count, 1);
    const sv_ResultPlay *p = &live.plays[0];
    assert_true(p->in_progress);
    assert_int_equal(p->end_ms, 90000);
    assert_string_equal(p->ending, "");
    for (int k = 0; k < SV_METER_COUNT; k++) assert_int_equal(p->meters[k], run.s.meters[k]);
    assert_int_equal(p->score, sv_grade_score(run.s.meters));
    /* the decisions taken so far, and no decision still open */
    assert_int_equal(p->decision_count, 1);
    assert_string_equal(p->decisions[0].decision, "first-reply");
    assert_string_equal(p->decisions[0].option, "o-ask");
    assert_int_equal(p->decisions[0].state, SV_RESULT_ANSWERED);
    assert_true(p->decisions[0].rule_count > 0);
    for (uint32_t i = 0; i < p->decisions[0].rule_count; i++)
        assert_true(p->decisions[0].rules[i].t_ms <= 90000);
    /* the meters over time up to now, from the start */
    assert_true(p->history_count >= 2);
    assert_int_equal(p->history[0].t_ms, 0);
    assert_true(p->history[p->history_count - 1].t_ms <= 90000);
    /* rated so far: what the first decision's rules followed and broke */
    const sv_Result *list[3] = {&live, &R[1], &R[2]};
    sv_Report report;
    sv_DiagList d;
    sv_diag_init(&d);
    merge(&report, list, 3, &d, SV_OK);
    uint32_t followed[SV_PRINCIPLE_COUNT] = {0}, broken[SV_PRINCIPLE_COUNT] = {0};
    for (uint32_t i = 0; i < p->decisions[0].rule_count; i++)
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
            const sv_ResultRule *rule = &p->decisions[0].rules[i];
            if (!(rule->principles & (1u << k)) || !rule->sign) continue;
            followed[k] += rule->sign > 0;
            broken[k] += rule->sign < 0;
        }
    for (uint32_t i = 0; i < p->standing_count; i++)
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
            const sv_ResultRule *rule = &p->standing[i];
            if (!(rule->principles & (1u << k)) || !rule->sign) continue;
            followed[k] += rule->sign > 0;
            broken[k] += rule->sign < 0;
        }
    bool rated = false;
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        assert_int_equal(report.cells[0][k].followed, followed[k]);
        assert_int_equal(report.cells[0][k].broken, broken[k]);
        rated |= report.cells[0][k].rating != SV_RATING_NONE;
    }
    assert_true(rated);
    sv_report_free(&report);
    /* never written as if it had ended */
    size_t len = 0;
    char *text = sv_result_write(&live, &len);
    assert_non_null(text);
    sv_Result back;
    assert_int_equal(sv_result_parse("live.json", text, len, &back, &d), SV_OK);
    assert_int_equal(back.play_count, 0);
    sv_result_free(&back);
    free(text);
    /* played on to the end: a live snapshot of an ended run is refused */
    sv_run_play_replay(&run, &d);
    assert_true(run.s.ended);
    assert_int_equal(sv_result_add_live(&live, &run, W.date, rep.lang, W.options.pass_score),
                     SV_ERR_INVALID);
    /* and the finished play replaces the snapshot */
    assert_int_equal(sv_result_add_play(&live, &run, W.date, rep.lang, W.options.pass_score),
                     SV_OK);
    assert_int_equal(live.play_count, 1);
    assert_false(live.plays[0].in_progress);
    assert_int_equal(live.plays[0].decision_count, R[0].plays[0].decision_count);
    sv_diag_free(&d);
    sv_result_free(&live);
    sv_run_stop(&run);
    sv_replay_free(&rep);
}

/* ---- the HTML report's own words ----------------------------------------------------------- */

/* The game's string `key` in language l (assets/lang/CODE.json), "" when absent. */
static const char *game_string(cJSON *const langs[SV_LANG_COUNT], sv_Lang l, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(langs[l], key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static int placeholders(const char *s)
{
    return (strstr(s, "{1}") ? 1 : 0) | (strstr(s, "{2}") ? 2 : 0);
}

static void test_report_words(void **state)
{
    (void)state;
    cJSON *langs[SV_LANG_COUNT];
    for (int l = 0; l < SV_LANG_COUNT; l++) {
        char path[64];
        snprintf(path, sizeof path, "assets/lang/%s.json", sv_lang_code((sv_Lang)l));
        size_t len;
        char *bytes = read_all(path, &len);
        langs[l] = cJSON_ParseWithLength(bytes, len);
        assert_non_null(langs[l]);
        free(bytes);
    }
    /* every word in every language, with the same blanks to fill */
    for (int w = 0; w < SV_RW_COUNT; w++)
        for (int l = 0; l < SV_LANG_COUNT; l++) {
            const char *s = sv_report_word((sv_ReportWord)w, (sv_Lang)l);
            if (!s[0]) fail_msg("word %d has no %s", w, sv_lang_code((sv_Lang)l));
            assert_int_equal(placeholders(s),
                             placeholders(sv_report_word((sv_ReportWord)w, SV_LANG_EN)));
        }
    /* the headings and the P/S/M/U legend are translated, not English left in */
    const sv_ReportWord translated[] = {
        SV_RW_DECISIONS, SV_RW_DECISIONS_INTRO, SV_RW_RATINGS, SV_RW_RATINGS_INTRO,
        SV_RW_PLAN,      SV_RW_DIFFERED,        SV_RW_TEAMS,   SV_RW_DECISION,
        SV_RW_PRINCIPLE, SV_RW_RULES_FIRED,     SV_RW_FOOTER,  SV_RW_REPORT};
    for (size_t i = 0; i < sizeof translated / sizeof translated[0]; i++) {
        const char *en = sv_report_word(translated[i], SV_LANG_EN);
        assert_string_not_equal(sv_report_word(translated[i], SV_LANG_SV), en);
        assert_string_not_equal(sv_report_word(translated[i], SV_LANG_NB), en);
    }
    /* the game's words where it says the same thing */
    static const struct {
        sv_ReportWord w;
        const char *key, *after; /* the game's string is the word and then `after` */
    } same[] = {
        {SV_RW_PLAN, "board.tab.plan", ""},
        {SV_RW_DIFFERED, "board.differed", ""},
        {SV_RW_ALIKE, "board.differed_none", ""},
        {SV_RW_PRINCIPLE, "board.principle", ""},
        {SV_RW_ACTION, "board.plan.action", ""},
        {SV_RW_RESPONSIBLE, "board.plan.responsible", ""},
        {SV_RW_DUE, "board.plan.due", ""},
        {SV_RW_PASSED, "board.passed", ""},
        {SV_RW_NOT_PASSED, "board.failed", ""},
        {SV_RW_NO_ENDING, "board.no_ending", ""},
        {SV_RW_OF_100, "board.score", ""},
        {SV_RW_ENDING, "board.ending", ": {1}"},
        {SV_RW_GRADE, "debrief.grade", ""},
        {SV_RW_SEED, "debrief.seed", " {1}"},
        {SV_RW_FACILITATOR, "workshop.facilitator", ": {1}"},
        {SV_RW_REPUTATION, "meter.reputation", ""},
        {SV_RW_SENTIMENT, "meter.sentiment", ""},
        {SV_RW_MOOD, "meter.mood", ""},
        {SV_RW_REACH, "meter.reach", ""},
        {SV_RW_DECIMAL, "num.decimal", ""},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        for (int l = 0; l < SV_LANG_COUNT; l++) {
            char want[512];
            snprintf(want, sizeof want, "%s%s", sv_report_word(same[i].w, (sv_Lang)l),
                     same[i].after);
            assert_string_equal(want, game_string(langs, (sv_Lang)l, same[i].key));
        }
    /* the ratings' heading starts with the board's tab, and the legend says what
     * P, S, M and U are in the board's own words */
    for (int l = 0; l < SV_LANG_COUNT; l++) {
        const char *tab = game_string(langs, (sv_Lang)l, "board.tab.principles");
        assert_true(tab[0]);
        assert_memory_equal(sv_report_word(SV_RW_RATINGS, (sv_Lang)l), tab, strlen(tab));
        char legend[1024];
        snprintf(legend, sizeof legend, "%s",
                 game_string(langs, (sv_Lang)l, "board.ratings_intro"));
        const char *intro = sv_report_word(SV_RW_RATINGS_INTRO, (sv_Lang)l);
        int found = 0;
        for (char *part = strtok(legend, "·"); part && found < 4; part = strtok(NULL, "·")) {
            char *colon = strstr(part, ": ");
            if (!colon) continue;
            char *words = colon + 2, *end = words + strlen(words);
            while (end > words && (end[-1] == ' ' || end[-1] == '.')) *--end = '\0';
            if (strchr(words, '.')) *strchr(words, '.') = '\0'; /* "not observed. Under ..." */
            if (!strstr(intro, words))
                fail_msg("%s: '%s' is not in the report's legend", sv_lang_code((sv_Lang)l), words);
            found++;
        }
        assert_int_equal(found, 4);
    }
    for (int l = 0; l < SV_LANG_COUNT; l++) cJSON_Delete(langs[l]);
}

/* The HTML report in the language asked for; the workshop's language kept in results. */
static void test_report_html_lang(void **state)
{
    (void)state;
    /* the fixture workshop names "en", and its results keep it */
    assert_true(R[0].has_lang);
    assert_int_equal(R[0].lang, SV_LANG_EN);
    size_t len = 0;
    char *text = sv_result_write(&R[0], &len);
    assert_non_null(strstr(text, "\"lang\":\t\"en\""));
    sv_Result back;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_result_parse("red.json", text, len, &back, &d), SV_OK);
    assert_true(back.has_lang);
    assert_int_equal(back.lang, SV_LANG_EN);
    sv_result_free(&back);
    free(text);
    sv_Result red = R[0];
    const sv_Result *list[3] = {&red, &R[1], &R[2]};
    sv_Report rep;
    merge(&rep, list, 3, &d, SV_OK);
    assert_int_equal(sv_report_workshop_lang(&rep), SV_LANG_EN);
    red.has_lang = false;
    const sv_Result *none[1] = {&red};
    sv_Report rep_none;
    merge(&rep_none, none, 1, &d, SV_OK);
    assert_int_equal(sv_report_workshop_lang(&rep_none), SV_LANG_EN);
    red.has_lang = true;
    red.lang = SV_LANG_NB;
    assert_int_equal(sv_report_workshop_lang(&rep_none), SV_LANG_NB);
    sv_report_free(&rep_none);
    char *en = sv_report_html(&rep, NULL, SV_LANG_EN), *sv = sv_report_html(&rep, NULL, SV_LANG_SV),
         *nb = sv_report_html(&rep, NULL, SV_LANG_NB);
    assert_non_null(strstr(en, "<html lang=\"en\">"));
    assert_non_null(strstr(en, "<h2>Improvement plan</h2>"));
    assert_non_null(strstr(sv, "<html lang=\"sv\">"));
    const char *sv_heads[] = {"<h2>Lag</h2>",
                              "<h2>Beslut, lag för lag</h2>",
                              "<h2>Där lagen skilde sig mest</h2>",
                              "<h2>Principer: P/S/M/U per lag</h2>",
                              "<h2>Förbättringsplan</h2>",
                              "<th>Anseende</th>",
                              "Regler som slog till",
                              "Som i HSEEP:s"};
    for (size_t i = 0; i < sizeof sv_heads / sizeof sv_heads[0]; i++)
        if (!strstr(sv, sv_heads[i])) fail_msg("the Swedish report has no %s", sv_heads[i]);
    const char *nb_heads[] = {"<h2>Beslutninger, lag for lag</h2>",
                              "<h2>Prinsipper: P/S/M/U per lag</h2>", "<h2>Forbedringsplan</h2>",
                              "<th>Omdømme</th>"};
    for (size_t i = 0; i < sizeof nb_heads / sizeof nb_heads[0]; i++)
        if (!strstr(nb, nb_heads[i])) fail_msg("the Norwegian report has no %s", nb_heads[i]);
    /* no English heading or label is left in the Swedish one */
    const char *english[] = {"<h2>Teams",       "<h2>Decisions", "<h2>Principles",
                             "<h2>Improvement", "<th>Decision",  "Rules that fired",
                             "As in HSEEP",     "Made by Svara", "<th>reputation",
                             "Grade ",          "Ending:"};
    for (size_t i = 0; i < sizeof english / sizeof english[0]; i++)
        if (strstr(sv, english[i])) fail_msg("the Swedish report still says %s", english[i]);
    /* decimals with a comma in the Swedish tables, a point in the English */
    char cell[64], t[32];
    /* the first of the fixture's meters at its end that has tenths (which one
     * does follows the crowd's draws) */
    for (int k = 0; k < SV_METER_COUNT; k++) {
        sv_meter_text((sv_Meter)k, R[0].plays[0].meters[k], t, sizeof t);
        if (strchr(t, '.')) break;
    }
    assert_non_null(strchr(t, '.'));
    snprintf(cell, sizeof cell, "<td class=\"num\">%s</td>", t);
    assert_non_null(strstr(en, cell));
    *strchr(t, '.') = ',';
    snprintf(cell, sizeof cell, "<td class=\"num\">%s</td>", t);
    assert_non_null(strstr(sv, cell));
    free(en);
    free(sv);
    free(nb);
    sv_report_free(&rep);
    sv_diag_free(&d);
}

/* ---- the improvement plan ------------------------------------------------------------------ */

static sv_Plan *suggested_plan(sv_Report *rep, const sv_Principles *pr, sv_Lang lang)
{
    static const sv_Result *list[3] = {&R[0], &R[1], &R[2]}; /* the report keeps it */
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_report_merge(rep, list, FILES, 3, &d), SV_OK);
    sv_diag_free(&d);
    sv_Plan *plan = calloc(1, sizeof *plan);
    assert_non_null(plan);
    sv_plan_from_report(plan, rep, pr, lang);
    return plan;
}

static void test_plan_suggested(void **state)
{
    (void)state;
    size_t len;
    char *bytes = read_all("assets/principles.json", &len);
    sv_Principles pr;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_principles_parse("principles.json", bytes, len, &pr, &d), SV_OK);
    free(bytes);
    sv_Report rep;
    sv_Plan *plan = suggested_plan(&rep, &pr, SV_LANG_SV);
    assert_string_equal(plan->workshop, "acme-parcel-2026-12");
    /* a row per principle some team rated S, M or U, in the principles' order */
    uint32_t want = 0;
    int last = -1;
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        bool row = false;
        for (size_t t = 0; t < 3; t++) row |= rep.cells[t][k].rating >= SV_RATING_S;
        want += row;
    }
    assert_int_equal(plan->row_count, want);
    bool irony = false;
    for (uint32_t i = 0; i < plan->row_count; i++) {
        const sv_PlanRow *r = &plan->rows[i];
        assert_true(r->principle > last);
        last = r->principle;
        assert_true(r->issue[0] != '\0');
        assert_string_equal(r->action, sv_text_get(&pr.of[r->principle].lesson, SV_LANG_SV));
        assert_string_equal(r->responsible, "");
        assert_string_equal(r->due, "");
        irony |= r->principle == SV_PRINCIPLE_NO_IRONY;
    }
    assert_true(irony);
    /* without the principles' texts: no action, the rows all the same */
    sv_Plan bare;
    sv_plan_from_report(&bare, &rep, NULL, SV_LANG_EN);
    assert_int_equal(bare.row_count, plan->row_count);
    assert_string_equal(bare.rows[0].action, "");
    free(plan);
    sv_report_free(&rep);
    sv_principles_free(&pr);
    sv_diag_free(&d);
}

static void test_plan_texts(void **state)
{
    (void)state;
    char small[4];
    sv_plan_set_text(small, sizeof small, "\xc3\xa5\xc3\xa4\xc3\xb6"); /* åäö: only å fits whole */
    assert_string_equal(small, "\xc3\xa5");
    char line[32];
    sv_plan_set_text(line, sizeof line, "two\nlines\tand a tab");
    assert_string_equal(line, "two lines and a tab");
    sv_plan_set_text(line, sizeof line, "\xc3"); /* a character cut short */
    assert_string_equal(line, "");
}

static void test_plan_round_trip(void **state)
{
    (void)state;
    sv_Report rep;
    sv_Plan *plan = suggested_plan(&rep, NULL, SV_LANG_EN);
    sv_plan_set_text(plan->rows[0].responsible, sizeof plan->rows[0].responsible,
                     "\"Åsa\" & <the leads>");
    sv_plan_set_text(plan->rows[0].due, sizeof plan->rows[0].due, "2027-01-15");
    sv_PlanRow *own = &plan->rows[plan->row_count++];
    memset(own, 0, sizeof *own);
    own->principle = -1;
    sv_plan_set_text(own->issue, sizeof own->issue, "A row of the facilitator's own");
    const char *path = SV_BINARY_DIR "/test-plan.json";
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_plan_save_file(path, plan, &d), SV_OK);
    sv_Plan *back = calloc(1, sizeof *back);
    assert_int_equal(sv_plan_load_file(path, "acme-parcel-2026-12", back, &d), SV_OK);
    t_print_diags(&d);
    assert_int_equal(back->row_count, plan->row_count);
    assert_memory_equal(back->rows, plan->rows, plan->row_count * sizeof plan->rows[0]);
    /* another workshop's results: refused where the plan names its workshop */
    size_t len;
    char *bytes = read_all(path, &len);
    assert_int_equal(sv_plan_parse("p.json", bytes, len, "acme-parcel-2027-01", back, &d),
                     SV_ERR_INVALID);
    assert_string_equal(d.items[0].pointer, "/workshop");
    assert_int_equal(d.items[0].line, 3);
    assert_non_null(strstr(d.items[0].message, "this plan is of workshop 'acme-parcel-2026-12'"));
    assert_int_equal(back->row_count, 0);
    free(bytes);
    /* the exports show the edited plan, escaped, with the row of no principle */
    rep.plan = plan;
    char *html = sv_report_html(&rep, NULL, SV_LANG_EN);
    assert_non_null(strstr(html, "&quot;Åsa&quot; &amp; &lt;the leads&gt;</td><td>2027-01-15"));
    assert_non_null(strstr(html, "<tr><td>&ndash;</td><td>A row of the facilitator&#39;s own"));
    char *json = sv_report_json(&rep, NULL);
    cJSON *j = cJSON_Parse(json);
    const cJSON *rows = cJSON_GetObjectItem(j, "improvement_plan");
    assert_int_equal(cJSON_GetArraySize(rows), (int)plan->row_count);
    const cJSON *first = cJSON_GetArrayItem(rows, 0),
                *last = cJSON_GetArrayItem(rows, (int)plan->row_count - 1);
    assert_string_equal(cJSON_GetObjectItem(first, "responsible")->valuestring,
                        "\"Åsa\" & <the leads>");
    assert_null(cJSON_GetObjectItem(last, "principle"));
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(last, "teams")), 0);
    cJSON_Delete(j);
    free(json);
    free(html);
    free(back);
    free(plan);
    sv_report_free(&rep);
    sv_diag_free(&d);
    remove(path);
}

/* A broken plan: refused, with the pointer, line and column, and nothing read. */
static void expect_broken_plan(const char *row, const char *ptr, int line, int col,
                               const char *words)
{
    char text[8192];
    snprintf(text, sizeof text,
             "{\n  \"format\": 1,\n  \"workshop\": \"acme-parcel-2026-12\",\n  \"rows\": [\n"
             "    %s\n  ]\n}\n",
             row);
    sv_Plan *plan = calloc(1, sizeof *plan);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_plan_parse("plan.json", text, strlen(text), NULL, plan, &d),
                     SV_ERR_INVALID);
    bool found = false;
    for (size_t i = 0; i < d.count; i++)
        found |= strcmp(d.items[i].pointer, ptr) == 0 && d.items[i].line == line &&
                 d.items[i].column == col && strstr(d.items[i].message, words);
    if (!found) t_print_diags(&d);
    assert_true(found);
    assert_int_equal(plan->row_count, 0);
    sv_diag_free(&d);
    free(plan);
}

static void test_plan_broken(void **state)
{
    (void)state;
#define ROW(p, extra)                                                                              \
    "{" p                                                                                          \
    "\"issue\": \"i\", \"corrective_action\": \"a\", \"responsible\": \"r\", \"due\": \"d\"" extra \
    "}"
    expect_broken_plan(ROW("\"principle\": \"NO-IRONNY\", ", ""), "/rows/0/principle", 5, 19,
                       "did you mean 'NO-IRONY'");
    expect_broken_plan(
        "{\"issue\": \"two\\nlines\", \"corrective_action\": \"a\", \"responsible\": "
        "\"r\", \"due\": \"d\"}",
        "/rows/0/issue", 5, 15, "on one line");
    expect_broken_plan(ROW("", ", \"responsable\": \"x\""), "/rows/0/responsable", 5, 93,
                       "did you mean 'responsible'");
    expect_broken_plan("{\"issue\": \"i\", \"corrective_action\": \"a\", \"responsible\": \"r\"}",
                       "/rows/0", 5, 5, "due");
    char longer[400];
    snprintf(longer, sizeof longer,
             "{\"issue\": \"i\", \"corrective_action\": \"a\", \"responsible\": \"%0101d\", "
             "\"due\": \"d\"}",
             0);
    expect_broken_plan(longer, "/rows/0/responsible", 5, 61, "the limit is 100");
    char many[8000] = "";
    for (int i = 0; i < 41; i++) {
        strcat(many, i ? ", " : "");
        strcat(many, ROW("", ""));
    }
    expect_broken_plan(many, "/rows", 4, 11, "at most 40");
#undef ROW
}

static void test_result_fits(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_true(sv_result_fits(&R[0], "red.json", &W, &d));
    sv_Result other = R[1];
    other.seed = 8;
    assert_false(sv_result_fits(&other, "blue.json", &W, &d));
    assert_string_equal(d.items[0].pointer, "/seed");
    assert_non_null(strstr(d.items[0].message, "seed 8"));
    other = R[1];
    other.team.id = "purple";
    assert_false(sv_result_fits(&other, "blue.json", &W, &d));
    assert_string_equal(d.items[1].pointer, "/team/id");
    assert_non_null(strstr(d.items[1].message, "team 'purple'"));
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_workshop_fields),
        cmocka_unit_test(test_workshop_options),
        cmocka_unit_test(test_broken_workshops),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_sha1_and_uuids),
        cmocka_unit_test(test_ratings),
        cmocka_unit_test(test_result_contents),
        cmocka_unit_test(test_result_round_trip),
        cmocka_unit_test(test_result_saved_atomically),
        cmocka_unit_test(test_broken_results),
        cmocka_unit_test(test_report_refuses),
        cmocka_unit_test(test_report_ratings),
        cmocka_unit_test(test_exports),
        cmocka_unit_test(test_live_snapshot),
        cmocka_unit_test(test_report_words),
        cmocka_unit_test(test_report_html_lang),
        cmocka_unit_test(test_plan_suggested),
        cmocka_unit_test(test_plan_texts),
        cmocka_unit_test(test_plan_round_trip),
        cmocka_unit_test(test_plan_broken),
        cmocka_unit_test(test_result_fits),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
