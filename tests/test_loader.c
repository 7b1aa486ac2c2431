/* The pack loader on valid packs: model values (texts per language and their
 * fallback, times in ms, meters in tenths, conditions and effects decoded,
 * references as indices), a .zip loading like its folder, overlays, and a
 * library that keeps its good packs when one is broken. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "svara/arena.h"
#include "svara/limits.h"
#include "svara/pack.h"

#define BASIC "tests/packs/basic"

static void print_diags(const sv_DiagList *d)
{
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        print_message("  %s\n", line);
    }
}

static sv_Pack *load(const char *const *paths, size_t n, sv_DiagList *d)
{
    sv_Pack *pack = NULL;
    sv_Status st = sv_pack_load(paths, n, NULL, &pack, d);
    if (st != SV_OK) print_diags(d);
    assert_int_equal(st, SV_OK);
    assert_non_null(pack);
    return pack;
}

static int setup(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    bool ok = sv_fs_init(NULL, &d);
    print_diags(&d);
    sv_diag_free(&d);
    return ok ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sv_fs_free();
    return 0;
}

/* ---- a tiny stored zip writer, so the test needs no zip tool ------------------ */

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

typedef struct Buf {
    unsigned char *p;
    size_t n, cap;
} Buf;

static void put(Buf *b, const void *data, size_t n)
{
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2;
        b->p = realloc(b->p, b->cap);
        assert_non_null(b->p);
    }
    memcpy(b->p + b->n, data, n);
    b->n += n;
}

static void put16(Buf *b, uint32_t v)
{
    unsigned char x[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    put(b, x, 2);
}

static void put32(Buf *b, uint32_t v)
{
    put16(b, v & 0xFFFFu);
    put16(b, v >> 16);
}

static char *read_native(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = malloc(2 * 1024 * 1024);
    assert_non_null(buf);
    *len = fread(buf, 1, 2 * 1024 * 1024, f);
    fclose(f);
    return buf;
}

static void put64(Buf *b, uint64_t v)
{
    put32(b, (uint32_t)v);
    put32(b, (uint32_t)(v >> 32));
}

/* A zip being written: the files with their local headers, and the directory. */
typedef struct ZipOut {
    Buf data, central;
    size_t n;
    bool zip64; /* sizes and offsets in zip64 extra fields, zip64 end records */
} ZipOut;

/* The same headers twice: a local header before each file, then the directory. */
static void zip_header(Buf *b, bool central, bool zip64, const char *name, uint32_t crc,
                       size_t size, uint64_t offset)
{
    bool big = central && zip64; /* the directory's sizes and offset move to the extra */
    put32(b, central ? 0x02014b50u : 0x04034b50u);
    if (central) put16(b, zip64 ? 45 : 20);
    put16(b, zip64 ? 45 : 10); /* version needed: stored, or zip64 */
    put16(b, 0);               /* flags */
    put16(b, 0);               /* method: stored */
    put16(b, 0);               /* time */
    put16(b, 0x21);            /* date: 1980-01-01 */
    put32(b, crc);
    put32(b, big ? 0xFFFFFFFFu : (uint32_t)size);
    put32(b, big ? 0xFFFFFFFFu : (uint32_t)size);
    put16(b, (uint32_t)strlen(name));
    put16(b, big ? 28 : 0); /* extra */
    if (central) {
        put16(b, 0); /* comment */
        put16(b, 0); /* disk */
        put16(b, 0); /* internal attributes */
        put32(b, 0); /* external attributes */
        put32(b, big ? 0xFFFFFFFFu : (uint32_t)offset);
    }
    put(b, name, strlen(name));
    if (big) {
        put16(b, 1); /* the zip64 extra: unpacked and packed size, offset */
        put16(b, 24);
        put64(b, size);
        put64(b, size);
        put64(b, offset);
    }
}

static void zip_add(ZipOut *z, const char *name, const void *bytes, size_t len)
{
    uint32_t crc = crc32_of(bytes, len);
    uint64_t offset = z->data.n;
    zip_header(&z->data, false, z->zip64, name, crc, len, 0);
    put(&z->data, bytes, len);
    zip_header(&z->central, true, z->zip64, name, crc, len, offset);
    z->n++;
}

/* Ends the zip and writes it to `out` (relative to the build dir). */
static void zip_save(ZipOut *z, const char *out)
{
    uint64_t cd_offset = z->data.n, cd_size = z->central.n;
    put(&z->data, z->central.p, z->central.n);
    if (z->zip64) {
        uint64_t end64 = z->data.n;
        put32(&z->data, 0x06064b50u);
        put64(&z->data, 44); /* the record's size after this field */
        put16(&z->data, 45);
        put16(&z->data, 45);
        put32(&z->data, 0);
        put32(&z->data, 0);
        put64(&z->data, z->n);
        put64(&z->data, z->n);
        put64(&z->data, cd_size);
        put64(&z->data, cd_offset);
        put32(&z->data, 0x07064b50u); /* the locator */
        put32(&z->data, 0);
        put64(&z->data, end64);
        put32(&z->data, 1);
    }
    bool big = z->zip64;
    put32(&z->data, 0x06054b50u);
    put16(&z->data, 0);
    put16(&z->data, 0);
    put16(&z->data, big ? 0xFFFFu : (uint32_t)z->n);
    put16(&z->data, big ? 0xFFFFu : (uint32_t)z->n);
    put32(&z->data, big ? 0xFFFFFFFFu : (uint32_t)cd_size);
    put32(&z->data, big ? 0xFFFFFFFFu : (uint32_t)cd_offset);
    put16(&z->data, 0);
    char path[512];
    snprintf(path, sizeof path, "%s/%s", SV_BINARY_DIR, out);
    FILE *f = fopen(path, "wb"); /* its folder is made by tests/loader.cmake */
    if (!f) fail_msg("cannot write %s", path);
    assert_int_equal(fwrite(z->data.p, 1, z->data.n, f), z->data.n);
    fclose(f);
    free(z->data.p);
    free(z->central.p);
}

/* Adds `names` read from `dir`, named `as` in the zip (NULL: the same). */
static void zip_add_files(ZipOut *z, const char *dir, const char *const *names,
                          const char *const *as, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char path[512];
        size_t len;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        char *data = read_native(path, &len);
        zip_add(z, as ? as[i] : names[i], data, len);
        free(data);
    }
}

/* Writes `out` (relative to the build dir) holding `names` read from `dir`. */
static void write_zip(const char *dir, const char *const *names, size_t n, const char *out)
{
    ZipOut z = {0};
    zip_add_files(&z, dir, names, NULL, n);
    zip_save(&z, out);
}

static const char *const basic_files[] = {"pack.json", "scenarios/one.json", "scenarios/two.json"};

/* ---- the basic pack -------------------------------------------------------- */

static const sv_Cond *cond(const sv_Scenario *sc, int32_t i)
{
    assert_in_range(i, 0, sc->cond_count - 1);
    return &sc->conds[i];
}

static const sv_Cond *kid(const sv_Scenario *sc, const sv_Cond *c, uint32_t k)
{
    assert_in_range(k, 0, c->kids_count - 1);
    return cond(sc, (int32_t)sc->cond_kids[c->kids_start + k]);
}

static const sv_Effect *effect(const sv_Scenario *sc, sv_Span span, uint32_t k)
{
    assert_in_range(k, 0, span.count - 1);
    return &sc->effects[span.start + k];
}

static void check_manifest(const sv_Pack *p)
{
    assert_string_equal(p->id, "basic");
    assert_string_equal(p->version, "1.0.0");
    assert_string_equal(p->licence, "CC0-1.0");
    assert_string_equal(p->root, BASIC);
    assert_int_equal(p->author_count, 2);
    assert_string_equal(p->authors[1], "Second Author");
    assert_int_equal(p->languages, (1u << SV_LANG_SV) | (1u << SV_LANG_EN));
    assert_int_equal(p->first_language, SV_LANG_SV);
    assert_string_equal(sv_text_get(&p->title, SV_LANG_EN), "Basic pack");
    assert_string_equal(sv_text_get(&p->title, SV_LANG_SV), "Grundpaket");
    /* nb is not declared: the first declared language (sv) stands in */
    assert_string_equal(sv_text_get(&p->title, SV_LANG_NB), "Grundpaket");
    assert_string_equal(sv_text_get(&p->description, SV_LANG_NB), "A pack the loader tests read.");
    assert_int_equal(p->scenario_count, 2);
    assert_int_equal(sv_pack_find_scenario(p, "two"), 1);
    assert_int_equal(sv_pack_find_scenario(p, "nope"), -1);
}

static void check_head(const sv_Scenario *sc)
{
    assert_string_equal(sc->id, "one");
    assert_string_equal(sc->file, "scenarios/one.json");
    assert_string_equal(sv_text_get(&sc->title, SV_LANG_SV), "Det sena paketet");
    assert_string_equal(sv_text_get(&sc->title, SV_LANG_NB), "Det sena paketet");
    assert_string_equal(sv_text_get(&sc->briefing, SV_LANG_EN), "You answer for Parcelpal.");
    assert_string_equal(sv_text_get(&sc->summary, SV_LANG_NB),
                        "A parcel is late and Maja is angry.");
    assert_string_equal(sc->brand.handle, "@parcelpal");
    assert_int_equal(sc->brand.colour, 0x1a7f5a);
    assert_int_equal(sc->duration_ms, 900500);
    assert_int_equal(sc->meters_initial[SV_METER_REPUTATION], 556);
    assert_int_equal(sc->meters_initial[SV_METER_SENTIMENT], 500);
    assert_int_equal(sc->meters_initial[SV_METER_MOOD], 100);
    assert_int_equal(sc->meters_initial[SV_METER_REACH], 1200);
}

static void check_cast(const sv_Scenario *sc)
{
    assert_int_equal(sc->channel_count, 2);
    assert_int_equal(sc->channels[1].type, SV_CHANNEL_PRIVATE);
    assert_false(sc->channels[1].watched);
    assert_true(sc->channels[0].watched);
    assert_string_equal(sv_text_get(&sc->channels[0].name, SV_LANG_SV), "Flöde");
    assert_string_equal(sv_text_get(&sc->channels[1].name, SV_LANG_NB), "Messages");
    assert_int_equal(sc->persona_count, 2);
    assert_int_equal(sc->personas[0].followers, 1200);
    assert_int_equal(sc->personas[1].role, SV_ROLE_PRESS);
    assert_string_equal(sv_text_get(&sc->personas[0].bio, SV_LANG_SV), "Driver ett kafé.");
    assert_string_equal(sv_text_get(&sc->personas[1].bio, SV_LANG_EN), "");
    assert_int_equal(sc->audience_size, 3000);
    assert_int_equal(sc->segment_count, 2);
    assert_int_equal(sc->segments[0].count, 600);
    assert_int_equal(sc->segments[0].stance, -405);
    assert_int_equal(sc->segments[0].mobility, 300);
    assert_int_equal(sc->segments[1].count, 2000);
    assert_int_equal(sc->segments[1].mobility, 500);
    assert_int_equal(sc->flag_count, 2);
    assert_string_equal(sc->flags[1], "escalated");
    assert_int_equal(sc->var_count, 2);
    assert_int_equal(sc->vars[0].initial, 1);
    assert_int_equal(sc->vars[0].min, -10);
    assert_int_equal(sc->vars[1].min, -1000000);
    assert_int_equal(sc->vars[1].max, 1000000);
}

static void check_posts(const sv_Scenario *sc)
{
    assert_int_equal(sc->post_count, 2);
    const sv_Post *p = &sc->posts[0];
    assert_int_equal(p->at_ms, 12346);
    assert_int_equal(p->jitter_ms, 2000);
    assert_int_equal(p->channel, 0);
    assert_int_equal(p->author, 0);
    assert_int_equal(p->reply_to, -1);
    assert_int_equal(p->valence, SV_VALENCE_NEGATIVE);
    assert_true(p->claim_true);
    assert_int_equal(p->likes, 4);
    assert_int_equal(p->comments, 2);
    assert_int_equal(p->when, -1);
    p = &sc->posts[1];
    assert_int_equal(p->at_ms, SV_NEVER);
    assert_int_equal(p->author, 1);
    assert_int_equal(p->reply_to, 0);
    const sv_Cond *c = cond(sc, p->when);
    assert_int_equal(c->kind, SV_COND_NOT);
    assert_int_equal(kid(sc, c, 0)->kind, SV_COND_FLAG);
    assert_int_equal(kid(sc, c, 0)->ref, 0);
}

static void check_first_decision(const sv_Scenario *sc)
{
    const sv_Decision *d = &sc->decisions[0];
    assert_int_equal(d->at_ms, 20000);
    assert_int_equal(d->about, 0);
    assert_int_equal(d->deadline_ms, 90000);
    assert_int_equal(d->options.start, 0);
    assert_int_equal(d->options.count, 3);
    assert_int_equal(d->parts.count, 0);
    assert_int_equal(d->default_option, sv_scenario_find_option(sc, "o-ignore"));
    assert_int_equal(effect(sc, d->on_timeout, 0)->kind, SV_EFFECT_METER_ADD);
    assert_int_equal(effect(sc, d->on_timeout, 0)->value, -53);
    assert_int_equal(effect(sc, d->on_timeout, 1)->kind, SV_EFFECT_EVENT);
    assert_int_equal(effect(sc, d->on_timeout, 1)->after_ms, 30000);

    const sv_Option *o = &sc->options[0];
    assert_string_equal(sv_text_get(&o->text, SV_LANG_SV), "Förlåt, Maja!");
    assert_int_equal(o->tags,
                     (1u << SV_TAG_EMPATHY) | (1u << SV_TAG_PERSONAL) | (1u << SV_TAG_HONEST));
    assert_int_equal(o->expert, 1);
    assert_string_equal(sv_text_get(&o->annotation, SV_LANG_EN), "Own it.");
    assert_int_equal(effect(sc, o->effects, 0)->kind, SV_EFFECT_SET_FLAG);
    assert_int_equal(effect(sc, o->effects, 1)->kind, SV_EFFECT_VAR_ADD);
    assert_int_equal(effect(sc, o->effects, 1)->value, 2);
    assert_int_equal(effect(sc, o->effects, 2)->kind, SV_EFFECT_DECISION);
    assert_int_equal(effect(sc, o->effects, 2)->ref, 1);
    assert_int_equal(effect(sc, o->effects, 2)->after_ms, 60000);
    o = &sc->options[1];
    assert_int_equal(o->action, SV_ACTION_REPORT);
    assert_int_equal(o->visibility, SV_VIS_PRIVATE);
    assert_int_equal(o->expert, -1);
    assert_int_equal(o->target, -1);
    assert_int_equal(cond(sc, o->when)->kind, SV_COND_TIME);
    assert_int_equal(cond(sc, o->when)->value, 30000);
    o = &sc->options[2];
    assert_int_equal(o->expert, 0);
    assert_int_equal(effect(sc, o->effects, 0)->kind, SV_EFFECT_CLEAR_FLAG);
    assert_int_equal(effect(sc, o->effects, 1)->kind, SV_EFFECT_VAR_SET);
    assert_int_equal(effect(sc, o->effects, 1)->ref, 1);
    assert_int_equal(effect(sc, o->effects, 1)->value, 3);
    assert_int_equal(effect(sc, o->effects, 2)->kind, SV_EFFECT_POST);
    assert_int_equal(effect(sc, o->effects, 2)->after_ms, 1500);
    assert_int_equal(sv_scenario_option_decision(sc, 2), 0);
}

static void check_second_decision(const sv_Scenario *sc)
{
    const sv_Decision *d = &sc->decisions[1];
    assert_int_equal(d->at_ms, SV_NEVER);
    assert_int_equal(d->parts.count, 3);
    assert_int_equal(d->compose_min, 2);
    assert_int_equal(d->compose_max, 3);
    assert_true(d->compose_public && d->compose_private);
    assert_int_equal(effect(sc, d->compose_effects, 0)->value, 100);
    const sv_Cond *all = cond(sc, d->when);
    assert_int_equal(all->kind, SV_COND_ALL);
    assert_int_equal(all->kids_count, 6);
    assert_int_equal(kid(sc, all, 0)->kind, SV_COND_CHOSE);
    assert_int_equal(kid(sc, all, 0)->ref, 0);
    const sv_Cond *any = kid(sc, all, 1);
    assert_int_equal(any->kind, SV_COND_ANY);
    assert_int_equal(kid(sc, any, 0)->kind, SV_COND_SEEN);
    assert_int_equal(kid(sc, any, 1)->kind, SV_COND_ANY); /* false */
    assert_int_equal(kid(sc, any, 1)->kids_count, 0);
    assert_int_equal(kid(sc, all, 2)->op, SV_OP_GE);
    assert_int_equal(kid(sc, all, 2)->value, 2);
    assert_int_equal(kid(sc, all, 3)->ref, SV_METER_MOOD);
    assert_int_equal(kid(sc, all, 3)->op, SV_OP_LT);
    assert_int_equal(kid(sc, all, 3)->value, 403);
    assert_int_equal(kid(sc, all, 4)->value, 100); /* reach counts people */
    assert_int_equal(kid(sc, all, 5)->kind, SV_COND_TRUE);

    const sv_Part *p = &sc->parts[1];
    assert_int_equal(p->kind, SV_PART_APOLOGISE);
    assert_int_equal(effect(sc, p->effects, 0)->kind, SV_EFFECT_END);
    assert_int_equal(effect(sc, p->effects, 0)->after_ms, 5000);
    assert_int_equal(cond(sc, sc->parts[2].when)->kind, SV_COND_ANSWERED);
    assert_int_equal(sc->parts[2].kind, SV_PART_FOLLOW_UP);
    assert_int_equal(sv_scenario_part_decision(sc, 2), 1);
}

static void check_rest(const sv_Scenario *sc)
{
    assert_int_equal(sc->event_count, 1);
    assert_int_equal(sc->events[0].at_ms, 600000);
    assert_int_equal(cond(sc, sc->events[0].when)->ref, 1);
    assert_string_equal(sv_text_get(&sc->events[0].note, SV_LANG_EN), "The press is asking.");
    assert_int_equal(sc->ending_count, 2);
    assert_int_equal(cond(sc, sc->endings[0].when)->value, 500);
    assert_int_equal(sc->endings[1].when, -1);
    assert_string_equal(sv_text_get(&sc->endings[1].title, SV_LANG_NB), "Slut");
}

static void test_basic_pack(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    const char *paths[] = {BASIC};
    sv_Pack *p = load(paths, 1, &d);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.count, 1); /* the undeclared 'nb' title */
    assert_int_equal(d.items[0].severity, SV_SEV_WARNING);
    assert_string_equal(d.items[0].file, "basic/scenarios/one.json");
    assert_string_equal(d.items[0].pointer, "/title/nb");
    check_manifest(p);
    const sv_Scenario *sc = &p->scenarios[0];
    check_head(sc);
    check_cast(sc);
    check_posts(sc);
    check_first_decision(sc);
    check_second_decision(sc);
    check_rest(sc);
    sv_pack_unload(p);
    sv_diag_free(&d);
}

/* The sample's path: its steps in order, resolved to the scenarios, with goals. */
static void test_sample_path(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    const char *paths[] = {SV_SOURCE_DIR "/scenarios/sample"};
    sv_Pack *p = load(paths, 1, &d);
    assert_int_equal(d.count, 0);
    assert_int_equal(p->path_count, 2);
    assert_string_equal(p->path[0].scenario_id, "parcel");
    assert_string_equal(p->scenarios[p->path[0].scenario].id, "parcel");
    assert_string_equal(p->scenarios[p->path[1].scenario].id, "tent");
    assert_string_equal(p->path[1].pointer, "/path/1");
    assert_string_equal(sv_text_get(&p->path[1].goal, SV_LANG_SV),
                        "Kolla fakta innan du svarar, och håll det du lovar");
    sv_pack_unload(p);
    sv_diag_free(&d);
}

/* ---- bytes straight to the parser ------------------------------------------- */

static const char mini[] =
    "{\"format\": 1, \"id\": \"mini\", \"title\": \"T\", \"summary\": {\"en\": \"S\", \"nb\": "
    "\"N\"},\n \"briefing\": \"B\", \"brand\": {\"name\": \"X\", \"handle\": \"@x\", \"colour\": "
    "\"#000000\"},\n \"duration\": 1, \"channels\": [{\"id\": \"c\", \"type\": \"forum\", "
    "\"name\": \"C\"}],\n \"personas\": [], \"posts\": [], \"decisions\": [],\n \"endings\": "
    "[{\"id\": \"e\", \"title\": \"E\", \"text\": \"E\"}]}";

static void test_parse_bytes(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Arena *a = sv_arena_create(0);
    sv_Scenario sc;
    uint32_t langs = (1u << SV_LANG_EN) | (1u << SV_LANG_NB);
    assert_int_equal(sv_scenario_parse("mini.json", mini, strlen(mini), langs, a, &sc, &d), SV_OK);
    assert_int_equal(d.count, 0);
    assert_string_equal(sc.file, "mini.json");
    assert_string_equal(sv_text_get(&sc.summary, SV_LANG_NB), "N");
    assert_string_equal(sv_text_get(&sc.summary, SV_LANG_SV), "S"); /* from en, the lowest */
    assert_string_equal(sv_text_get(&sc.title, SV_LANG_SV), "T");

    /* the same file for a pack that also declares sv: the summary lacks it */
    langs |= 1u << SV_LANG_SV;
    assert_int_equal(sv_scenario_parse("mini.json", mini, strlen(mini), langs, a, &sc, &d),
                     SV_ERR_INVALID);
    assert_int_equal(d.errors, 1);
    char line[1024];
    sv_diag_format(&d.items[0], line, sizeof line);
    assert_string_equal(line, "mini.json:1:54: error: /summary: text has no 'sv' translation; "
                              "the pack declares en, sv, nb");
    sv_arena_free(a);
    sv_diag_free(&d);
}

static void test_too_large_bytes(void **state)
{
    (void)state;
    size_t n = SV_MAX_FILE_BYTES + 10;
    char *big = malloc(n);
    assert_non_null(big);
    memset(big, ' ', n);
    big[0] = '{';
    big[n - 1] = '}';
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Arena *a = sv_arena_create(0);
    sv_Scenario sc;
    assert_int_equal(sv_scenario_parse("big.json", big, n, 1, a, &sc, &d), SV_ERR_INVALID);
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(d.items[0].message, "the limit is 1048576 bytes"));
    sv_arena_free(a);
    sv_diag_free(&d);
    free(big);
}

/* Every prefix and many one-byte changes of a full scenario: never a crash
 * (the sanitizer build watches), and a failure always comes with an error. */
static void test_damaged_bytes(void **state)
{
    (void)state;
    size_t len;
    char *text = read_native(BASIC "/scenarios/one.json", &len);
    const uint32_t langs = (1u << SV_LANG_EN) | (1u << SV_LANG_SV);
    for (size_t i = 0; i < len + 2 * len; i++) {
        size_t n = i < len ? i : len;
        char *copy = malloc(len + 1);
        assert_non_null(copy);
        memcpy(copy, text, len);
        if (i >= len) copy[(i - len) / 2] = (i & 1) ? '"' : '}';
        sv_DiagList d;
        sv_diag_init(&d);
        sv_Arena *a = sv_arena_create(0);
        sv_Scenario sc;
        sv_Status st = sv_scenario_parse("one.json", copy, n, langs, a, &sc, &d);
        if ((st == SV_OK) != (d.errors == 0)) fail_msg("status %d with %zu errors", st, d.errors);
        sv_arena_free(a);
        sv_diag_free(&d);
        free(copy);
    }
    free(text);
}

/* ---- zip, overlay, library ------------------------------------------------ */

static void diag_lines(const sv_DiagList *d, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < d->count && n < size; i++) {
        n += (size_t)sv_diag_format(&d->items[i], out + n, size - n);
        if (n < size - 1) out[n++] = '\n';
        out[n < size ? n : size - 1] = '\0';
    }
}

static void test_zip_like_folder(void **state)
{
    (void)state;
    write_zip(BASIC, basic_files, 3, "test_loader/basic.zip");
    sv_DiagList dz, df;
    sv_diag_init(&dz);
    sv_diag_init(&df);
    const char *zip[] = {SV_BINARY_DIR "/test_loader/basic.zip"}, *folder[] = {BASIC};
    sv_Pack *pz = load(zip, 1, &dz), *pf = load(folder, 1, &df);
    char lz[2048], lf[2048];
    diag_lines(&dz, lz, sizeof lz);
    diag_lines(&df, lf, sizeof lf);
    assert_string_equal(lz, lf); /* "basic/..." names either way */
    assert_string_equal(pz->root, zip[0]);
    assert_int_equal(pz->scenario_count, pf->scenario_count);
    for (uint32_t i = 0; i < pz->scenario_count; i++) {
        const sv_Scenario *a = &pz->scenarios[i], *b = &pf->scenarios[i];
        assert_string_equal(a->id, b->id);
        assert_int_equal(a->cond_count, b->cond_count);
        assert_int_equal(a->effect_count, b->effect_count);
        assert_int_equal(a->option_count, b->option_count);
        assert_string_equal(sv_text_get(&a->title, SV_LANG_SV), sv_text_get(&b->title, SV_LANG_SV));
    }
    check_first_decision(&pz->scenarios[0]);
    sv_pack_unload(pz);
    sv_pack_unload(pf);
    sv_diag_free(&dz);
    sv_diag_free(&df);
}

/* The same pack as a zip64 file (sizes and offsets in extra fields, zip64 end
 * records) loads as from its folder. */
static void test_zip64_like_folder(void **state)
{
    (void)state;
    ZipOut z = {.zip64 = true};
    zip_add_files(&z, BASIC, basic_files, NULL, 3);
    zip_save(&z, "test_loader/basic64.zip");
    sv_DiagList d;
    sv_diag_init(&d);
    const char *zip[] = {SV_BINARY_DIR "/test_loader/basic64.zip"};
    sv_Pack *p = load(zip, 1, &d);
    assert_int_equal(d.errors, 0);
    assert_int_equal(p->scenario_count, 2);
    check_first_decision(&p->scenarios[0]);
    sv_pack_unload(p);
    sv_diag_free(&d);
}

static void assert_has(const char *all, const char *want);

/* A zip made on DOS or Windows (the writer's "made by" is FAT) with '\\'
 * between folders: PhysicsFS reads them as '/', and so does the scan, which
 * says so, so its checksums are found for the files the loader reads. */
static void test_zip_dos_separators(void **state)
{
    (void)state;
    ZipOut z = {0};
    static const char *const dos[] = {"pack.json", "scenarios\\one.json", "scenarios\\two.json"};
    zip_add_files(&z, BASIC, basic_files, dos, 3);
    zip_save(&z, "test_loader/dos.zip");
    sv_DiagList d;
    sv_diag_init(&d);
    const char *zip[] = {SV_BINARY_DIR "/test_loader/dos.zip"};
    sv_Pack *p = load(zip, 1, &d);
    assert_int_equal(p->scenario_count, 2);
    char all[4096];
    diag_lines(&d, all, sizeof all);
    assert_has(all, "dos.zip: warning: entry 'scenarios\\one.json' separates its folders with "
                    "'\\' (a zip uses '/'); it is read as 'scenarios/one.json'");
    sv_pack_unload(p);
    sv_diag_free(&d);
}

/* SV_MAX_PACK_ENTRIES entries load (PhysicsFS mounts them in well under a
 * second: bench load prints the time); one more is refused before it mounts. */
static void test_zip_entry_limit(void **state)
{
    (void)state;
    for (size_t total = SV_MAX_PACK_ENTRIES; total <= SV_MAX_PACK_ENTRIES + 1; total++) {
        ZipOut z = {0};
        zip_add_files(&z, BASIC, basic_files, NULL, 3);
        for (size_t i = 3; i < total; i++) {
            char name[32];
            snprintf(name, sizeof name, "notes/%04zu.txt", i);
            zip_add(&z, name, "", 0);
        }
        zip_save(&z, "test_loader/many.zip");
        sv_DiagList d;
        sv_diag_init(&d);
        sv_Pack *p = NULL;
        const char *zip[] = {SV_BINARY_DIR "/test_loader/many.zip"};
        sv_Status st = sv_pack_load(zip, 1, NULL, &p, &d);
        if ((st == SV_OK) != (total == SV_MAX_PACK_ENTRIES)) print_diags(&d);
        if (total == SV_MAX_PACK_ENTRIES) {
            assert_int_equal(st, SV_OK);
            assert_int_equal(p->scenario_count, 2);
        } else {
            assert_int_equal(st, SV_ERR_IO);
            assert_null(p);
            assert_int_equal(d.count, 1);
            char line[512];
            sv_diag_format(&d.items[0], line, sizeof line);
            assert_string_equal(line, "many.zip: error: the zip holds 4097 entries (files and "
                                      "folders); the limit is 4096");
        }
        sv_pack_unload(p);
        sv_diag_free(&d);
    }
}

static void test_not_a_pack(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Pack *p = (sv_Pack *)&d; /* must be reset to NULL */
    const char *paths[] = {"tests/packs/lib-a/README.txt"};
    assert_int_equal(sv_pack_load(paths, 1, "readme", &p, &d), SV_ERR_IO);
    assert_null(p);
    assert_int_equal(d.errors, 1);
    /* the file itself is named, and said not to be a zip before PhysicsFS sees it */
    assert_string_equal(d.items[0].file, "README.txt");
    assert_string_equal(d.items[0].message,
                        "this is not a zip file (there is no zip directory at its end); a pack "
                        "is a folder holding pack.json, or a .zip of that folder's contents");
    const char *none[] = {"tests/packs/no-such-pack"};
    assert_int_equal(sv_pack_load(none, 1, NULL, &p, &d), SV_ERR_IO);
    assert_string_equal(d.items[1].file, "no-such-pack");
    assert_string_equal(d.items[1].message, "there is no pack here: no folder and no .zip at "
                                            "'tests/packs/no-such-pack'");
    const char *no_manifest[] = {"tests/packs/lib-a/"};
    assert_int_equal(sv_pack_load(no_manifest, 1, NULL, &p, &d), SV_ERR_INVALID);
    char line[512];
    sv_diag_format(&d.items[2], line, sizeof line);
    assert_string_equal(line, "lib-a/pack.json: error: there is no pack.json; a pack has its "
                              "manifest at its top level");
    assert_int_equal(d.errors, 3);
    sv_diag_free(&d);
}

static void test_overlay(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    const char *over[] = {"tests/packs/overlay", BASIC};
    sv_Pack *p = load(over, 2, &d);
    assert_string_equal(p->version, "1.1.0");
    assert_string_equal(p->root, "tests/packs/overlay");
    assert_int_equal(p->scenario_count, 2);
    assert_string_equal(sv_text_get(&p->scenarios[1].title, SV_LANG_EN), "Second (local)");
    assert_int_equal(p->scenarios[0].option_count, 3); /* one.json from the base pack */
    sv_pack_unload(p);

    const char *under[] = {BASIC, "tests/packs/overlay"};
    p = load(under, 2, &d);
    assert_string_equal(p->version, "1.0.0");
    assert_string_equal(sv_text_get(&p->scenarios[1].title, SV_LANG_EN), "Second");
    sv_pack_unload(p);
    sv_diag_free(&d);
}

static void assert_has(const char *all, const char *want)
{
    if (!strstr(all, want)) fail_msg("missing: %s\nthe loader said:\n%s", want, all);
}

static void test_library(void **state)
{
    (void)state;
    const char *tiny[] = {"pack.json", "scenarios/tiny.json"};
    write_zip("tests/packs/zeta", tiny, 2, "test_loader/lib-zip/zeta.zip");
    write_zip("tests/packs/lib-a/alpha", tiny, 2, "test_loader/lib-zip/alpha2.zip");
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Library lib;
    const char *folders[] = {"tests/packs/lib-b", "tests/packs/lib-a", "tests/packs/no-such-folder",
                             SV_BINARY_DIR "/test_loader/lib-zip"};
    assert_int_equal(sv_library_load(folders, 4, &lib, &d), SV_OK);
    char all[4096];
    diag_lines(&d, all, sizeof all);
    /* the broken pack is reported and left out */
    assert_has(all, "broken/pack.json:9:17: error: /scenarios/0: scenario file "
                    "'scenarios/missing.json' is not in the pack");
    /* alpha2.zip holds a copy of alpha: same id, so the one from the earlier folder stays */
    assert_has(all, "alpha2/pack.json: error: /id: pack id 'alpha' is also the id of the pack at "
                    "tests/packs/lib-b/alpha; this one is left out");
    assert_int_equal(lib.count, 2);
    assert_string_equal(lib.packs[0]->id, "alpha");
    assert_string_equal(lib.packs[0]->version, "2.0.0"); /* lib-b overrides lib-a */
    assert_string_equal(lib.packs[0]->root, "tests/packs/lib-b/alpha");
    assert_string_equal(lib.packs[0]->scenarios[0].id, "tiny");
    assert_string_equal(lib.packs[1]->id, "zeta");
    assert_string_equal(sv_text_get(&lib.packs[1]->title, SV_LANG_EN), "Zeta");
    sv_library_unload(&lib);
    assert_int_equal(lib.count, 0);
    sv_diag_free(&d);
}

static void test_library_sorted(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Library lib;
    const char *folders[] = {"tests/packs"};
    assert_int_equal(sv_library_load(folders, 1, &lib, &d), SV_OK);
    /* overlay alone lacks scenarios/one.json: left out, the others load (the
     * weights packs too: a scoring override that names no rule is only found
     * when the model is applied, test_score_pack.c) */
    assert_int_equal(lib.count, 5);
    assert_string_equal(lib.packs[0]->id, "assess");
    assert_string_equal(lib.packs[1]->id, "basic");
    assert_string_equal(lib.packs[2]->id, "weights");
    assert_string_equal(lib.packs[3]->id, "weights-unknown");
    assert_string_equal(lib.packs[4]->id, "zeta");
    assert_true(d.errors > 0);
    assert_string_equal(d.items[d.count - 1].file, "overlay/pack.json");
    sv_library_unload(&lib);
    const char *empty[] = {"tests/packs/no-such-folder"};
    assert_int_equal(sv_library_load(empty, 1, &lib, &d), SV_OK);
    assert_int_equal(lib.count, 0);
    sv_library_unload(&lib);
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basic_pack),
        cmocka_unit_test(test_sample_path),
        cmocka_unit_test(test_parse_bytes),
        cmocka_unit_test(test_too_large_bytes),
        cmocka_unit_test(test_damaged_bytes),
        cmocka_unit_test(test_zip_like_folder),
        cmocka_unit_test(test_not_a_pack),
        cmocka_unit_test(test_overlay),
        cmocka_unit_test(test_library),
        cmocka_unit_test(test_library_sorted),
        cmocka_unit_test(test_zip64_like_folder),
        cmocka_unit_test(test_zip_entry_limit),
        cmocka_unit_test(test_zip_dos_separators),
    };
    return cmocka_run_group_tests_name("loader", tests, setup, teardown);
}
