/* The JSON Schemas of scenarios/schema/ and the loaders agree where drift
 * would go unnoticed: the vocabularies the schemas list are the loaders' own
 * (tags, part kinds, actions, roles, channel types, meters, principles,
 * triggers, scoring tests, languages), the schemas' limits are limits.h's,
 * and every loader accepts the "$schema" key an editor reads, as long as it
 * is a string. tests/schema.cmake checks the schemas themselves with ajv-cli. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>
#include <sys/stat.h>

#include "svara/arena.h"
#include "svara/limits.h"
#include "svara/pack.h"
#include "svara/replay.h"
#include "svara/score.h"

#define SCHEMAS "scenarios/schema/"

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) fail_msg("cannot open %s", path);
    char *buf = NULL;
    size_t len = 0, cap = 0, got;
    char chunk[4096];
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + got + 1 > cap) {
            cap = (len + got + 1) * 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
        memcpy(buf + len, chunk, got);
        len += got;
    }
    fclose(f);
    if (!buf) buf = calloc(1, 1);
    assert_non_null(buf);
    buf[len] = '\0';
    return buf;
}

static cJSON *read_schema(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, SCHEMAS "%s.schema.json", name);
    char *text = read_text(path);
    cJSON *root = cJSON_Parse(text);
    free(text);
    if (!root) fail_msg("%s is not JSON", path);
    return root;
}

/* The value at a JSON pointer (no escapes needed here), or a failure naming it. */
static const cJSON *at(const cJSON *root, const char *pointer)
{
    const cJSON *v = root;
    char key[128];
    for (const char *p = pointer; v && *p == '/';) {
        size_t n = strcspn(p + 1, "/");
        assert_true(n < sizeof key);
        memcpy(key, p + 1, n);
        key[n] = '\0';
        v = cJSON_IsArray(v) ? cJSON_GetArrayItem(v, atoi(key))
                             : cJSON_GetObjectItemCaseSensitive(v, key);
        p += n + 1;
    }
    if (!v) fail_msg("the schema has nothing at %s", pointer);
    return v;
}

static long number_at(const cJSON *root, const char *pointer)
{
    const cJSON *v = at(root, pointer);
    if (!cJSON_IsNumber(v)) fail_msg("%s is not a number", pointer);
    return (long)v->valuedouble;
}

/* The enum at `pointer` holds exactly the names name(0) .. name(count - 1). */
static void assert_vocabulary(const cJSON *root, const char *pointer, const char *(*name)(int),
                              int count)
{
    const cJSON *list = at(root, pointer);
    assert_true(cJSON_IsArray(list));
    if (cJSON_GetArraySize(list) != count)
        fail_msg("%s has %d names; the loader has %d", pointer, cJSON_GetArraySize(list), count);
    for (int i = 0; i < count; i++) {
        bool found = false;
        for (const cJSON *it = list->child; it && !found; it = it->next)
            found = cJSON_IsString(it) && strcmp(it->valuestring, name(i)) == 0;
        if (!found) fail_msg("%s lacks '%s', which the loader accepts", pointer, name(i));
    }
}

static const char *tag(int i) { return sv_tag_name((sv_Tag)i); }
static const char *part(int i) { return sv_part_kind_name((sv_PartKind)i); }
static const char *action(int i) { return sv_action_name((sv_Action)i); }
static const char *role(int i) { return sv_role_name((sv_Role)i); }
static const char *channel(int i) { return sv_channel_type_name((sv_ChannelType)i); }
static const char *meter(int i) { return sv_meter_name((sv_Meter)i); }
static const char *lang(int i) { return sv_lang_code((sv_Lang)i); }
static const char *principle(int i) { return sv_principle_name((sv_Principle)i); }
static const char *trigger(int i) { return sv_trigger_name((sv_Trigger)i); }

static void test_scenario_vocabularies(void **state)
{
    (void)state;
    cJSON *s = read_schema("scenario");
    assert_vocabulary(s, "/$defs/tag/enum", tag, SV_TAG_COUNT);
    assert_vocabulary(s, "/$defs/partKind/enum", part, SV_PART_COUNT);
    assert_vocabulary(s, "/$defs/option/properties/action/enum", action, SV_ACTION_COUNT);
    assert_vocabulary(s, "/$defs/step/properties/action/enum", action, SV_ACTION_COUNT);
    assert_vocabulary(s, "/$defs/role/enum", role, SV_ROLE_COUNT);
    assert_vocabulary(s, "/$defs/channel/properties/type/enum", channel, SV_CHANNEL_TYPE_COUNT);
    assert_vocabulary(s, "/$defs/condition/properties/meter/enum", meter, SV_METER_COUNT);
    assert_vocabulary(s, "/$defs/effect/properties/meter/enum", meter, SV_METER_COUNT);
    /* a text object takes every language, and needs one at least */
    assert_int_equal(cJSON_GetArraySize(at(s, "/$defs/textObject/anyOf")), SV_LANG_COUNT);
    for (int i = 0; i < SV_LANG_COUNT; i++) {
        char ptr[64];
        snprintf(ptr, sizeof ptr, "/$defs/textObject/properties/%s", lang(i));
        (void)at(s, ptr);
    }
    cJSON_Delete(s);
}

static void test_scoring_vocabularies(void **state)
{
    (void)state;
    cJSON *s = read_schema("scoring");
    assert_vocabulary(s, "/$defs/rule/properties/principles/items/enum", principle,
                      SV_PRINCIPLE_COUNT);
    assert_vocabulary(s, "/$defs/rule/properties/on/enum", trigger, SV_TRIGGER_COUNT);
    assert_vocabulary(s, "/$defs/condition/properties/tag/enum", tag, SV_TAG_COUNT);
    assert_vocabulary(s, "/$defs/condition/properties/part/enum", part, SV_PART_COUNT);
    assert_vocabulary(s, "/$defs/condition/properties/action/enum", action, SV_ACTION_COUNT);
    assert_vocabulary(s, "/$defs/condition/properties/author/enum", role, SV_ROLE_COUNT);
    assert_vocabulary(s, "/$defs/condition/properties/channel/enum", channel,
                      SV_CHANNEL_TYPE_COUNT);
    /* every test of the model is a key of a condition, and nothing else but "value" is */
    const cJSON *tests = at(s, "/$defs/condition/properties");
    for (int t = 0; t < SV_TEST_COUNT; t++)
        if (!cJSON_GetObjectItemCaseSensitive(tests, sv_score_test_name((sv_ScoreTest)t)))
            fail_msg("the scoring schema has no test '%s'", sv_score_test_name((sv_ScoreTest)t));
    assert_int_equal(cJSON_GetArraySize(tests), SV_TEST_COUNT + 1);
    assert_non_null(cJSON_GetObjectItemCaseSensitive(tests, "value"));
    for (int i = 0; i < SV_METER_COUNT; i++) {
        char ptr[96];
        snprintf(ptr, sizeof ptr, "/$defs/rule/properties/effects/properties/%s", meter(i));
        (void)at(s, ptr);
    }
    cJSON_Delete(s);
}

static void test_other_vocabularies(void **state)
{
    (void)state;
    cJSON *m = read_schema("manifest"), *r = read_schema("replay");
    assert_vocabulary(m, "/properties/languages/items/enum", lang, SV_LANG_COUNT);
    assert_vocabulary(r, "/properties/lang/enum", lang, SV_LANG_COUNT);
    cJSON_Delete(m);
    cJSON_Delete(r);
}

static void assert_limit(const cJSON *root, const char *pointer, long limit)
{
    long v = number_at(root, pointer);
    if (v != limit) fail_msg("%s is %ld; the loader's limit is %ld", pointer, v, limit);
}

static void test_limits(void **state)
{
    (void)state;
    const long max_s = SV_MAX_SCENARIO_MS / 1000;
    cJSON *s = read_schema("scenario"), *m = read_schema("manifest"), *sc = read_schema("scoring"),
          *r = read_schema("replay");
    assert_limit(s, "/$defs/id/maxLength", SV_MAX_ID_BYTES);
    assert_limit(m, "/$defs/id/maxLength", SV_MAX_ID_BYTES);
    assert_limit(sc, "/$defs/id/maxLength", SV_MAX_ID_BYTES);
    assert_limit(r, "/$defs/id/maxLength", SV_MAX_ID_BYTES);
    assert_limit(s, "/$defs/textString/maxLength", SV_MAX_TEXT_BYTES);
    assert_limit(m, "/$defs/textString/maxLength", SV_MAX_TEXT_BYTES);
    assert_limit(sc, "/$defs/explanation/maxLength", SV_MAX_TEXT_BYTES);
    assert_limit(s, "/$defs/name/maxLength", SV_MAX_NAME_BYTES);
    assert_limit(s, "/$defs/handle/maxLength", SV_MAX_NAME_BYTES);
    assert_limit(s, "/$defs/time/maximum", max_s);
    assert_limit(s, "/properties/duration/maximum", max_s);
    assert_limit(s, "/$defs/post/properties/at/minimum", -(long)(SV_MAX_HISTORY_MS / 1000));
    assert_limit(s, "/$defs/historyReply/properties/at/minimum", -(long)(SV_MAX_HISTORY_MS / 1000));
    assert_limit(s, "/properties/channels/maxItems", SV_MAX_CHANNELS);
    assert_limit(s, "/$defs/channel/properties/replies/maximum", SV_MAX_REPLIES);
    assert_limit(s, "/properties/personas/maxItems", SV_MAX_PERSONAS);
    assert_limit(s, "/properties/flags/maxItems", SV_MAX_FLAGS);
    assert_limit(s, "/properties/variables/maxItems", SV_MAX_VARS);
    assert_limit(s, "/properties/facts/maxItems", SV_MAX_FACTS);
    assert_limit(s, "/properties/history/maxItems", SV_MAX_EARLIER);
    assert_limit(s, "/properties/posts/maxItems", SV_MAX_NODES);
    assert_limit(s, "/$defs/decision/properties/options/maxItems", SV_MAX_OPTIONS);
    assert_limit(s, "/$defs/composer/properties/parts/maxItems", SV_MAX_PARTS);
    assert_limit(s, "/$defs/composer/properties/max/maximum", SV_MAX_COMPOSE);
    assert_limit(s, "/$defs/structure/maxItems", SV_MAX_COMPOSE);
    assert_limit(s, "/$defs/effects/maxItems", SV_MAX_EFFECTS);
    assert_limit(s, "/$defs/tags/maxItems", SV_MAX_TAGS);
    assert_limit(s, "/$defs/option/properties/answers/maxItems", SV_MAX_ANSWERS);
    assert_limit(s, "/$defs/option/properties/actions/maxItems", SV_MAX_STEPS);
    assert_limit(s, "/$defs/option/properties/confirms/maxItems", SV_MAX_FACT_REFS);
    assert_limit(s, "/$defs/audience/properties/size/maximum", SV_MAX_AUDIENCE);
    assert_limit(s, "/$defs/audience/properties/segments/maxItems", SV_MAX_SEGMENTS);
    assert_limit(s, "/$defs/audience/properties/comments/maxItems", SV_MAX_COMMENT_POOLS);
    assert_limit(s, "/$defs/commentPool/properties/texts/maxItems", SV_MAX_POOL_TEXTS);
    assert_limit(m, "/properties/authors/maxItems", SV_MAX_AUTHORS);
    assert_limit(m, "/properties/scenarios/maxItems", SV_MAX_PACK_FILES);
    assert_limit(m, "/properties/scenarios/items/maxLength", SV_MAX_PACK_PATH);
    assert_limit(m, "/properties/version/maxLength", SV_MAX_VERSION_BYTES);
    assert_limit(sc, "/properties/rules/maxItems", SV_SCORE_MAX_RULES);
    assert_limit(sc, "/properties/groups/maxProperties", SV_SCORE_MAX_GROUPS);
    assert_limit(r, "/properties/inputs/maxItems", SV_MAX_REPLAY_INPUTS);
    assert_limit(r, "/$defs/input/properties/parts/maxItems", SV_MAX_COMPOSE);
    cJSON_Delete(s);
    cJSON_Delete(m);
    cJSON_Delete(sc);
    cJSON_Delete(r);
}

/* ---- the "$schema" key --------------------------------------------------------------- */

/* The formatted diagnostics, one a line, for messages and checks. */
static void diag_text(const sv_DiagList *d, char *out, size_t size)
{
    out[0] = '\0';
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        snprintf(out + strlen(out), size - strlen(out), "%s\n", line);
    }
}

static void assert_one_error(const sv_DiagList *d, const char *want)
{
    char all[4096];
    diag_text(d, all, sizeof all);
    if (d->errors != 1 || !strstr(all, want))
        fail_msg("expected one error with \"%s\"; got %zu:\n%s", want, d->errors, all);
}

#define SCENARIO_HEAD                                                                              \
    "{\"format\": 1, \"id\": \"mini\", \"title\": \"T\", \"summary\": \"S\", \"briefing\": "       \
    "\"B\",\n \"brand\": {\"name\": \"X\", \"handle\": \"@x\", \"colour\": \"#000000\"}, "         \
    "\"duration\": 1,\n \"channels\": [{\"id\": \"c\", \"type\": \"forum\", \"name\": \"C\"}], "   \
    "\"personas\": [], \"posts\": [], \"decisions\": [],\n \"endings\": [{\"id\": \"e\", "         \
    "\"title\": \"E\", \"text\": \"E\"}]"

static sv_Status parse_scenario(const char *text, sv_DiagList *d)
{
    sv_Arena *a = sv_arena_create(0);
    sv_Scenario sc;
    sv_Status st = sv_scenario_parse("mini.json", text, strlen(text), 1u << SV_LANG_EN, a, &sc, d);
    sv_arena_free(a);
    return st;
}

static void test_scenario_schema_key(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    const char *good = SCENARIO_HEAD ",\n \"$schema\": \"../../schema/scenario.schema.json\"}";
    assert_int_equal(parse_scenario(good, &d), SV_OK);
    assert_int_equal(d.count, 0);
    const char *bad = SCENARIO_HEAD ",\n \"$schema\": 1}";
    assert_int_equal(parse_scenario(bad, &d), SV_ERR_INVALID);
    assert_one_error(&d, "mini.json:5:13: error: /$schema: \"$schema\" names the JSON Schema "
                         "editors check this file with: a path or URL as a string, not a number");
    sv_diag_free(&d);
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) fail_msg("cannot write %s", path);
    fputs(text, f);
    fclose(f);
}

static void make_dir(const char *path)
{
    if (mkdir(path, 0700) != 0 && errno != EEXIST) fail_msg("cannot make %s", path);
}

/* A pack whose manifest and scenario both name their schema. */
static sv_Status load_pack(const char *schema_value, sv_DiagList *d)
{
    const char *dir = SV_BINARY_DIR "/test_schema";
    char manifest[1024];
    make_dir(dir);
    make_dir(SV_BINARY_DIR "/test_schema/scenarios");
    snprintf(manifest, sizeof manifest,
             "{\"$schema\": %s, \"format\": 1, \"id\": \"p\", \"title\": \"P\", \"version\": "
             "\"1\", \"languages\": [\"en\"], \"authors\": [\"A\"], \"licence\": \"CC0-1.0\", "
             "\"scenarios\": [\"scenarios/s.json\"]}",
             schema_value);
    write_text(SV_BINARY_DIR "/test_schema/pack.json", manifest);
    write_text(SV_BINARY_DIR "/test_schema/scenarios/s.json",
               SCENARIO_HEAD ", \"$schema\": \"../../schema/scenario.schema.json\"}");
    sv_Pack *pack = NULL;
    const char *paths[] = {dir};
    sv_Status st = sv_pack_load(paths, 1, NULL, &pack, d);
    if (pack) sv_pack_unload(pack);
    return st;
}

static void test_manifest_schema_key(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = load_pack("\"../schema/manifest.schema.json\"", &d);
    char all[4096];
    diag_text(&d, all, sizeof all);
    if (st != SV_OK || d.count) fail_msg("the pack did not load cleanly:\n%s", all);
    sv_diag_clear(&d);
    assert_int_equal(load_pack("[\"manifest.schema.json\"]", &d), SV_ERR_INVALID);
    assert_one_error(&d, "pack.json:1:13: error: /$schema: \"$schema\" names the JSON Schema "
                         "editors check this file with: a path or URL as a string, not an array");
    sv_diag_free(&d);
}

#define RULES                                                                                      \
    "\"format\": 1, \"id\": \"m\", \"rules\": [{\"id\": \"r\", \"principles\": [\"FAST\"], "       \
    "\"on\": \"reply\", \"effects\": {}, \"explain\": {\"en\": \"E\", \"sv\": \"S\", \"nb\": "     \
    "\"N\"}}]}"

static void test_scoring_schema_key(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_ScoreModel *m = NULL;
    const char *good = "{\"$schema\": \"../../scenarios/schema/scoring.schema.json\", " RULES;
    assert_int_equal(sv_score_parse("m.json", good, strlen(good), &m, &d), SV_OK);
    assert_int_equal(d.count, 0);
    sv_score_free(m);
    m = NULL;
    const char *bad = "{\"$schema\": false, " RULES;
    assert_int_equal(sv_score_parse("m.json", bad, strlen(bad), &m, &d), SV_ERR_INVALID);
    assert_null(m);
    /* the rules loader reads with the pack loader's helpers: the same words as a scenario's */
    assert_one_error(&d, "m.json:1:13: error: /$schema: \"$schema\" names the JSON Schema "
                         "editors check this file with: a path or URL as a string, not false");
    sv_diag_free(&d);
}

#define REPLAY                                                                                     \
    "\"format\": 1, \"pack\": \"sample\", \"pack_version\": \"1.0.0\", \"scenario\": \"parcel\", " \
    "\"seed\": 7, \"lang\": \"en\", \"inputs\": [{\"t\": 18, \"decision\": \"first-reply\", "      \
    "\"option\": \"o-ask\"}]}"

static void test_replay_schema_key(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Replay r;
    const char *good = "{\"$schema\": \"../../scenarios/schema/replay.schema.json\", " REPLAY;
    assert_int_equal(sv_replay_parse("r.json", good, strlen(good), &r, &d), SV_OK);
    assert_int_equal(d.count, 0);
    assert_int_equal(r.input_count, 1);
    sv_replay_free(&r);
    const char *bad = "{\"$schema\": null, " REPLAY;
    assert_int_equal(sv_replay_parse("r.json", bad, strlen(bad), &r, &d), SV_ERR_INVALID);
    assert_one_error(&d, "r.json:1:13: error: /$schema: must be a string: the path or URL of "
                         "the JSON Schema editors use");
    sv_diag_free(&d);
}

static int setup(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    bool ok = sv_fs_init(NULL, &d);
    sv_diag_free(&d);
    return ok ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sv_fs_free();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scenario_vocabularies), cmocka_unit_test(test_scoring_vocabularies),
        cmocka_unit_test(test_other_vocabularies),    cmocka_unit_test(test_limits),
        cmocka_unit_test(test_scenario_schema_key),   cmocka_unit_test(test_manifest_schema_key),
        cmocka_unit_test(test_scoring_schema_key),    cmocka_unit_test(test_replay_schema_key),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
