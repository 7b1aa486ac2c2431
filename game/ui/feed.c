/* The feed's items: made from the session log, laid out per channel (heights
 * cached per item until the fonts change), scrolled, and drawn. Only items in
 * view are drawn, so a thread of hundreds of posts costs what one screen of it
 * costs. */
#include "feed.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "svara/score.h"

#define FEED_HIDDEN 1u
#define FEED_REPORTED 2u

#define PAD 20.0f /* inside a thread's card */
#define GAP 16.0f /* between threads */
/* Avatars and the indent grow with the text size, so names still line up. */
#define ROOT_R(ui) (26.0f * (float)(ui)->text.size_pct / 100.0f) /* a thread's first item */
#define NEST_R(ui) (20.0f * (float)(ui)->text.size_pct / 100.0f)
#define NEST_X(ui) (60.0f * (float)(ui)->text.size_pct / 100.0f) /* items inside a thread */
#define FRESH_MS 2500u /* how long a new item stays tinted */

bool ui_feed_init(ui_Feed *f, const sv_Scenario *sc, const sv_NameList *names)
{
    memset(f, 0, sizeof *f);
    f->sc = sc;
    f->names = names;
    f->channel_count = sc->channel_count < SV_MAX_CHANNELS ? sc->channel_count : SV_MAX_CHANNELS;
    f->private_channel = f->public_channel = -1;
    for (uint32_t c = 0; c < f->channel_count; c++) {
        f->ch[c].follow = true;
        f->ch[c].newest = -1;
        if (sc->channels[c].type == SV_CHANNEL_PRIVATE && f->private_channel < 0)
            f->private_channel = (int32_t)c;
        if (sc->channels[c].type == SV_CHANNEL_FEED && f->public_channel < 0)
            f->public_channel = (int32_t)c;
    }
    if (f->public_channel < 0) f->public_channel = 0;
    size_t n = sc->post_count ? sc->post_count : 1;
    f->post_state = calloc(n, 1);
    f->post_replies = calloc(n, sizeof *f->post_replies);
    if (!f->post_state || !f->post_replies) {
        ui_feed_free(f);
        return false;
    }
    return true;
}

void ui_feed_free(ui_Feed *f)
{
    for (uint32_t c = 0; c < SV_MAX_CHANNELS; c++) free(f->ch[c].order);
    free(f->items);
    free(f->post_state);
    free(f->post_replies);
    memset(f, 0, sizeof *f);
}

/* ---- from the log to items -------------------------------------------------------- */

static bool valid_post(const ui_Feed *f, int32_t p)
{
    return p >= 0 && (uint32_t)p < f->sc->post_count;
}

static bool push_order(ui_FeedChannel *ch, uint32_t item)
{
    if (ch->count == ch->cap) {
        uint32_t cap = ch->cap ? ch->cap * 2 : 64;
        uint32_t *grown = realloc(ch->order, cap * sizeof *grown);
        if (!grown) return false;
        ch->order = grown;
        ch->cap = cap;
    }
    ch->order[ch->count++] = item;
    return true;
}

/* Adds an item in its channel; `shown` is the channel on screen (elsewhere it
 * counts as unread), -2 for an item that is never news (a skip marker). */
static void add_item(ui_Feed *f, ui_FeedItem it, int32_t shown)
{
    if (it.channel < 0 || (uint32_t)it.channel >= f->channel_count) it.channel = f->public_channel;
    if (f->count == f->cap) {
        uint32_t cap = f->cap ? f->cap * 2 : 128;
        ui_FeedItem *grown = realloc(f->items, cap * sizeof *grown);
        if (!grown) return; /* dropped from view; the session itself is unaffected */
        f->items = grown;
        f->cap = cap;
    }
    ui_FeedChannel *ch = &f->ch[it.channel];
    /* nested under the thread's first item when that is already in this channel */
    it.nested = false;
    for (uint32_t i = 0; it.thread != -1 && i < ch->count && !it.nested; i++) {
        const ui_FeedItem *o = &f->items[ch->order[i]];
        it.nested = o->thread == it.thread;
    }
    it.gen = 0;
    if (!push_order(ch, f->count)) return;
    f->items[f->count] = it;
    ch->newest = (int32_t)f->count;
    ch->dirty = true;
    if (shown != -2 && !ch->follow) ch->unseen = true;
    if (shown != -2 && it.channel != shown) ch->unread++;
    if (valid_post(f, it.parent) && it.kind != UI_FEED_COMMENT && it.kind != UI_FEED_PENDING)
        f->post_replies[it.parent]++;
    f->count++;
}

/* A post of the history keeps its own (negative) time; it is logged at 0. */
static int64_t post_time(const ui_Feed *f, int32_t post, uint32_t logged)
{
    int32_t at = f->sc->posts[post].at_ms;
    return at < 0 && at != SV_NEVER ? (int64_t)at : (int64_t)logged;
}

static void add_post(ui_Feed *f, const sv_LogEntry *e, int32_t shown)
{
    const sv_Post *p = &f->sc->posts[e->a];
    ui_FeedItem it = {.kind = UI_FEED_POST,
                      .ref = e->a,
                      .channel = p->channel,
                      .parent = p->reply_to,
                      .t_ms = post_time(f, e->a, e->t_ms)};
    bool private = p->channel >= 0 && (uint32_t)p->channel < f->sc->channel_count &&
                   f->sc->channels[p->channel].type == SV_CHANNEL_PRIVATE;
    it.thread = private ? -2 - p->author : sv_score_thread(f->sc, e->a);
    add_item(f, it, shown);
}

static bool has_words(sv_Action a)
{
    return a == SV_ACTION_REPLY || a == SV_ACTION_MOVE_PRIVATE || a == SV_ACTION_ASK;
}

/* A pending reply that has now gone out becomes the reply, at its own time,
 * and is news again. False when the reply was not pending. */
static bool send_pending(ui_Feed *f, const sv_LogEntry *e, int32_t shown)
{
    for (uint32_t i = 0; i < f->count; i++) {
        ui_FeedItem *it = &f->items[i];
        if (it->kind != UI_FEED_PENDING || it->ref != e->b) continue;
        ui_FeedChannel *ch = &f->ch[it->channel];
        it->kind = UI_FEED_REPLY;
        it->t_ms = e->t_ms;
        it->gen = 0;
        ch->newest = (int32_t)i;
        ch->dirty = true;
        if (!ch->follow) ch->unseen = true;
        if (it->channel != shown) ch->unread++;
        if (valid_post(f, it->parent)) f->post_replies[it->parent]++;
        return true;
    }
    return false;
}

/* A reply as the brand wrote it (or, `pending`, as it waits to go out). */
static void add_reply(ui_Feed *f, const sv_Session *s, const sv_LogEntry *e, int32_t shown,
                      bool pending)
{
    if (e->b < 0 || (size_t)e->b >= s->reply_count) return;
    if (!pending && send_pending(f, e, shown)) return;
    const sv_Reply *r = &s->replies[e->b];
    int32_t post = sv_score_reply_post(f->sc, r);
    /* a reply of the history keeps its own time */
    int64_t t = r->prior && r->prior <= f->sc->earlier_count ? f->sc->earlier[r->prior - 1].at_ms
                                                             : (int64_t)e->t_ms;
    ui_FeedItem it = {.kind = pending                ? UI_FEED_PENDING
                              : has_words(r->action) ? UI_FEED_REPLY
                                                     : UI_FEED_ACTION,
                      .ref = e->b,
                      .parent = post,
                      .t_ms = t,
                      .thread = -1,
                      .channel = f->public_channel};
    if (valid_post(f, post)) {
        it.channel = f->sc->posts[post].channel;
        it.thread = sv_score_thread(f->sc, post);
        if (r->action == SV_ACTION_HIDE) f->post_state[post] |= FEED_HIDDEN;
        if (r->action == SV_ACTION_REPORT) f->post_state[post] |= FEED_REPORTED;
    }
    /* a private answer goes to the messages, in the conversation with the author */
    if (it.kind != UI_FEED_ACTION && r->visibility == SV_VIS_PRIVATE && f->private_channel >= 0 &&
        it.channel != f->private_channel) {
        it.channel = f->private_channel;
        it.thread = valid_post(f, post) ? -2 - f->sc->posts[post].author : -1;
    }
    add_item(f, it, shown);
}

static void add_timeout(ui_Feed *f, const sv_LogEntry *e, int32_t shown)
{
    if (e->b >= 0) return; /* the default option went out: its reply says so */
    int32_t post = f->sc->decisions[e->a].about;
    ui_FeedItem it = {.kind = UI_FEED_TIMEOUT,
                      .ref = e->a,
                      .parent = -1,
                      .t_ms = e->t_ms,
                      .thread = -1,
                      .channel = f->public_channel};
    if (valid_post(f, post)) {
        it.channel = f->sc->posts[post].channel;
        it.thread = sv_score_thread(f->sc, post);
    }
    add_item(f, it, shown);
}

/* A crowd comment goes under its thread, in the thread's channel. */
static void add_comment(ui_Feed *f, const sv_Session *s, const sv_LogEntry *e, int32_t shown)
{
    const sv_Comment *c = sv_audience_comment(s->audience, e->a);
    if (!c || !valid_post(f, c->post)) return;
    ui_FeedItem it = {.kind = UI_FEED_COMMENT,
                      .ref = e->a,
                      .parent = c->post,
                      .t_ms = e->t_ms,
                      .thread = sv_score_thread(f->sc, c->post),
                      .channel = f->sc->posts[c->post].channel};
    add_item(f, it, shown);
}

uint32_t ui_feed_sync(ui_Feed *f, const sv_Session *s, int32_t shown)
{
    uint32_t before = f->count;
    for (; f->log_cursor < s->log_count; f->log_cursor++) {
        const sv_LogEntry *e = &s->log[f->log_cursor];
        switch ((sv_LogKind)e->kind) {
        case SV_LOG_POST:
            if (valid_post(f, e->a)) add_post(f, e, shown);
            break;
        case SV_LOG_REPLY: add_reply(f, s, e, shown, false); break;
        case SV_LOG_REPLY_PENDING: add_reply(f, s, e, shown, true); break;
        case SV_LOG_COMMENT: add_comment(f, s, e, shown); break;
        case SV_LOG_TIMEOUT:
            if (e->a >= 0 && (uint32_t)e->a < f->sc->decision_count) add_timeout(f, e, shown);
            break;
        case SV_LOG_EVENT:
            if (e->a >= 0 && (uint32_t)e->a < f->sc->event_count &&
                sv_text_get(&f->sc->events[e->a].note, SV_LANG_EN)[0]) {
                ui_FeedItem it = {.kind = UI_FEED_NOTE,
                                  .ref = e->a,
                                  .parent = -1,
                                  .t_ms = e->t_ms,
                                  .thread = -1,
                                  .channel = f->public_channel};
                add_item(f, it, shown);
            }
            break;
        default: break;
        }
    }
    return f->count - before;
}

void ui_feed_add_skip(ui_Feed *f, uint32_t to_ms, uint32_t skipped_ms)
{
    int32_t secs = (int32_t)(skipped_ms / 1000u);
    for (uint32_t c = 0; c < f->channel_count; c++) {
        ui_FeedChannel *ch = &f->ch[c];
        ui_FeedItem *last = ch->newest >= 0 ? &f->items[ch->newest] : NULL;
        if (last && last->kind == UI_FEED_SKIP) {
            last->ref += secs;
            last->t_ms = to_ms;
            last->gen = 0;
            ch->dirty = true;
            continue;
        }
        ui_FeedItem it = {.kind = UI_FEED_SKIP,
                          .ref = secs,
                          .channel = (int32_t)c,
                          .thread = -1,
                          .parent = -1,
                          .t_ms = to_ms};
        add_item(f, it, -2);
    }
}

/* ---- counts ---------------------------------------------------------------------------- */

void ui_feed_counts(const ui_Feed *f, const sv_Session *s, int32_t post, uint32_t out[3])
{
    out[0] = out[1] = out[2] = 0;
    if (!valid_post(f, post) || !s->post_seen[post]) return;
    const sv_Post *p = &f->sc->posts[post];
    sv_Reactions r = sv_audience_post_reactions(s, post);
    out[0] = p->likes + r.likes;
    out[1] = p->shares + r.shares;
    out[2] = p->comments + r.comments + f->post_replies[post];
}

/* ---- layout ------------------------------------------------------------------------------- */

typedef struct Key {
    int64_t thread_t, t;
    uint32_t idx;
    int32_t thread;
    bool nested, skip;
} Key;

static int key_cmp(const void *a, const void *b)
{
    const Key *x = a, *y = b;
    if (x->thread_t != y->thread_t) return x->thread_t > y->thread_t ? -1 : 1; /* newest first */
    /* a jump of the clock comes before what it landed on: under it, newest first */
    if (x->skip != y->skip) return x->skip ? 1 : -1;
    if (x->thread != y->thread) return x->thread < y->thread ? -1 : 1;
    if (x->nested != y->nested) return x->nested ? 1 : -1;
    if (x->t != y->t) return x->t < y->t ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int arrival_cmp(const void *a, const void *b)
{
    const Key *x = a, *y = b;
    if (x->thread != y->thread) return x->thread < y->thread ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Threads newest first by their first item, items in a thread oldest first. */
static void sort_channel(ui_Feed *f, ui_FeedChannel *ch)
{
    Key *keys = malloc((ch->count ? ch->count : 1) * sizeof *keys);
    if (!keys) return;
    for (uint32_t i = 0; i < ch->count; i++) {
        const ui_FeedItem *it = &f->items[ch->order[i]];
        Key k = {.t = it->t_ms,
                 .idx = ch->order[i],
                 .thread = it->thread,
                 .nested = it->nested,
                 .skip = it->kind == UI_FEED_SKIP};
        if (it->thread == -1) k.thread = -1000000 - (int32_t)ch->order[i]; /* alone: its own */
        keys[i] = k;
    }
    /* items are added in time order, so a thread's lowest index started it */
    qsort(keys, ch->count, sizeof *keys, arrival_cmp);
    for (uint32_t i = 0; i < ch->count; i++)
        keys[i].thread_t =
            i > 0 && keys[i - 1].thread == keys[i].thread ? keys[i - 1].thread_t : keys[i].t;
    qsort(keys, ch->count, sizeof *keys, key_cmp);
    for (uint32_t i = 0; i < ch->count; i++) ch->order[i] = keys[i].idx;
    free(keys);
}

static const char *reply_text(const ui_Feed *f, const sv_Session *s, const sv_Reply *r,
                              sv_Lang lang, char *buf, size_t size)
{
    (void)s;
    const sv_Option *opt = sv_reply_option(f->sc, r);
    if (opt) return sv_text_get(&opt->text, lang);
    size_t o = 0;
    buf[0] = '\0';
    for (uint8_t i = 0; i < r->part_count && o + 1 < size; i++) {
        int n = snprintf(buf + o, size - o, "%s%s", i ? " " : "",
                         sv_text_get(&f->sc->parts[r->parts[i]].text, lang));
        if (n < 0) break;
        o += (size_t)n < size - o ? (size_t)n : size - o - 1;
    }
    return buf;
}

/* Everything one item shows, resolved once for both layout and drawing. */
typedef struct View {
    const char *name, *handle, *text, *badge, *above;
    SDL_Color avatar;
    bool person, system;
    bool counts;    /* likes, shares and comments shown (not in private messages) */
    bool pending;   /* a reply waiting to go out: its words muted, the wait in the accent */
    bool earlier;   /* the brand's reply from before the player took over */
    int32_t post;   /* counts shown for this post, -1 none */
    int32_t reply;  /* or for this brand reply (the crowd's reactions), -1 none */
    char clock[48]; /* system lines: when, on the scenario's clock */
    char above_buf[160], name_buf[160];
    char text_buf[SV_MAX_COMPOSE * SV_MAX_TEXT_BYTES / 4]; /* last: not cleared */
} View;

/* The line a non-reply action leaves in the feed. A report or hide names the
 * post's author (and where it was reported), never the option's label, which
 * already says "Report ..." or, in an option that also replies, is the reply;
 * another action's own option is said as the player's choice, and an action
 * that only goes with a reply is said alone. */
static void action_line(ui_Context *ui, const ui_Feed *f, const sv_Session *s, const sv_Reply *r,
                        View *v)
{
    (void)s;
    const sv_Scenario *sc = f->sc;
    const sv_Option *o = sv_reply_option(sc, r);
    int32_t post = sv_reply_post(sc, r);
    const char *who = post >= 0 ? sc->personas[sc->posts[post].author].name : "";
    const char *where = post >= 0 && sc->posts[post].channel >= 0 &&
                                (uint32_t)sc->posts[post].channel < sc->channel_count
                            ? sv_text_get(&sc->channels[sc->posts[post].channel].name, ui->lang)
                            : "";
    const char *fmt;
    const char *a = NULL, *b = NULL;
    switch (r->action) {
    case SV_ACTION_REPORT:
    case SV_ACTION_HIDE:
        fmt = ui_tr(ui, r->action == SV_ACTION_REPORT ? UI_S_FEED_YOU_REPORTED : UI_S_FEED_YOU_HID);
        a = who;
        b = where;
        break;
    default:
        if (o && !r->prior && r->step == o->main) { /* the option is this action: its label */
            /* the default at a deadline was nobody's choice: the label alone, under "No answer in
             * time" */
            fmt = r->by_default ? "{1}" : ui_tr(ui, UI_S_FEED_YOU_CHOSE);
            a = sv_text_get(&o->text, ui->lang);
        } else {
            fmt = ui_tr(ui, r->action == SV_ACTION_ASK_COLLEAGUE  ? UI_S_FEED_ASKED_COLLEAGUE
                            : r->action == SV_ACTION_TELL_PRODUCT ? UI_S_FEED_TOLD_PRODUCT
                                                                  : UI_S_FEED_IGNORED);
        }
        break;
    }
    ui_strings_format(v->text_buf, sizeof v->text_buf, fmt, a, b, NULL);
    v->text = v->text_buf;
    if (r->by_default) v->above = ui_tr(ui, UI_S_FEED_BY_DEFAULT);
}

/* A crowd comment: the account's generated name (in the player's language, or
 * English when that list is missing), its words, and whom it answers. */
static void resolve_comment(ui_Context *ui, const ui_Feed *f, const sv_Session *s,
                            const ui_FeedItem *it, View *v)
{
    const sv_Comment *c = sv_audience_comment(s->audience, it->ref);
    if (!c) return;
    v->person = true;
    const sv_NameList *names = &f->names[ui->lang];
    if (!names->first_count) names = &f->names[SV_LANG_EN];
    v->name = sv_audience_name(names, s->seed, c->account, v->name_buf, sizeof v->name_buf);
    if (!v->name[0]) v->name = "·";
    v->avatar = ui->theme.avatar[c->account % 8u];
    v->text = sv_comment_text(s, c, ui->lang);
    if (c->reply >= 0) {
        ui_strings_format(v->above_buf, sizeof v->above_buf, ui_tr(ui, UI_S_FEED_REPLYING_TO),
                          f->sc->brand.handle, NULL, NULL);
        v->above = v->above_buf;
    }
}

/* The brand's reply: sent, from the history ("sent by a colleague"), or
 * still waiting for its delay ("goes out in 12 min"). */
static void resolve_reply(ui_Context *ui, const ui_Feed *f, const sv_Session *s,
                          const ui_FeedItem *it, View *v)
{
    const sv_Scenario *sc = f->sc;
    const sv_Reply *r = &s->replies[it->ref];
    v->person = true;
    v->name = sc->brand.name;
    v->handle = sc->brand.handle;
    v->avatar = ui_theme_rgb(sc->brand.colour);
    v->badge = ui_tr(ui, UI_S_FEED_BRAND);
    v->text = reply_text(f, s, r, ui->lang, v->text_buf, sizeof v->text_buf);
    if (it->kind == UI_FEED_PENDING) {
        char wait[64];
        int64_t left = (int64_t)r->t_ms - (int64_t)s->now_ms + 999;
        ui_time_span(ui->strings, ui->lang, left > 0 ? left : 0, wait, sizeof wait);
        v->above = ui_strings_format(v->above_buf, sizeof v->above_buf,
                                     ui_tr(ui, UI_S_FEED_PENDING), wait, NULL, NULL);
        v->pending = true;
        return;
    }
    v->reply = it->ref;
    v->earlier = r->prior != 0;
    if (v->earlier)
        v->above = ui_tr(ui, UI_S_FEED_EARLIER);
    else if (r->by_default)
        v->above = ui_tr(ui, UI_S_FEED_BY_DEFAULT);
    else if (r->visibility == SV_VIS_PRIVATE)
        v->above = ui_tr(ui, UI_S_FEED_PRIVATE_REPLY);
}

static void resolve(ui_Context *ui, const ui_Feed *f, const sv_Session *s, const ui_FeedItem *it,
                    View *v)
{
    const sv_Scenario *sc = f->sc;
    memset(v, 0, offsetof(View, text_buf));
    v->text_buf[0] = '\0';
    v->post = v->reply = -1;
    v->text = v->name = v->handle = "";
    if (it->kind == UI_FEED_POST) {
        const sv_Post *p = &sc->posts[it->ref];
        const sv_Persona *who = &sc->personas[p->author];
        v->person = true;
        v->name = who->name;
        v->handle = who->handle;
        v->text = sv_text_get(&p->text, ui->lang);
        v->avatar = ui_theme_avatar(&ui->theme, who->handle);
        v->post = it->ref;
        if (who->role == SV_ROLE_PRESS) v->badge = ui_tr(ui, UI_S_ROLE_PRESS);
        if (who->role == SV_ROLE_COLLEAGUE) v->badge = ui_tr(ui, UI_S_ROLE_COLLEAGUE);
        v->earlier = it->t_ms < 0; /* history: posted before the player took over */
    } else if (it->kind == UI_FEED_REPLY || it->kind == UI_FEED_PENDING) {
        resolve_reply(ui, f, s, it, v);
    } else if (it->kind == UI_FEED_COMMENT) {
        resolve_comment(ui, f, s, it, v);
    } else if (it->kind == UI_FEED_ACTION) {
        v->system = true;
        action_line(ui, f, s, &s->replies[it->ref], v);
    } else if (it->kind == UI_FEED_TIMEOUT) {
        v->system = true;
        ui_strings_format(v->text_buf, sizeof v->text_buf, ui_tr(ui, UI_S_FEED_TIMEOUT),
                          sv_text_get(&sc->decisions[it->ref].prompt, ui->lang), NULL, NULL);
        v->text = v->text_buf;
    } else if (it->kind == UI_FEED_SKIP) {
        char span[96];
        v->system = true;
        ui_time_words(ui->strings, ui->lang, (int64_t)it->ref * 1000, span, sizeof span);
        v->text = ui_strings_format(v->text_buf, sizeof v->text_buf, ui_tr(ui, UI_S_TIME_LATER),
                                    span, NULL, NULL);
    } else {
        v->system = true;
        v->text = sv_text_get(&sc->events[it->ref].note, ui->lang);
    }
    if (v->system)
        ui_time_clock(ui->strings, ui->lang, it->t_ms, sc->duration_ms, v->clock, sizeof v->clock);
    /* "Replying to @x" when the thread alone does not say whom */
    if (v->person && !v->above && valid_post(f, it->parent) &&
        (!it->nested || sc->posts[it->parent].reply_to >= 0 || it->kind == UI_FEED_REPLY ||
         it->kind == UI_FEED_PENDING)) {
        const sv_Persona *to = &sc->personas[sc->posts[it->parent].author];
        ui_strings_format(v->above_buf, sizeof v->above_buf, ui_tr(ui, UI_S_FEED_REPLYING_TO),
                          to->handle, NULL, NULL);
        v->above = v->above_buf;
    }
    if (it->kind == UI_FEED_POST && v->earlier) { /* said before "Replying to @x" */
        char to[sizeof v->above_buf];
        snprintf(to, sizeof to, "%s", v->above ? v->above : "");
        snprintf(v->above_buf, sizeof v->above_buf, to[0] ? "%s · %s" : "%s",
                 ui_tr(ui, UI_S_FEED_EARLIER_POST), to);
        v->above = v->above_buf;
    }
    bool private = it->channel >= 0 && (uint32_t)it->channel < sc->channel_count &&
                   sc->channels[it->channel].type == SV_CHANNEL_PRIVATE;
    v->counts = (v->post >= 0 || v->reply >= 0) && !private;
}

static float text_x(const ui_Context *ui, const ui_FeedItem *it)
{
    return it->nested ? NEST_X(ui) + 2.0f * NEST_R(ui) + 14.0f : PAD + 2.0f * ROOT_R(ui) + 16.0f;
}

/* Room a system line keeps on its right for its time. */
static float clock_room(ui_Context *ui, const View *v)
{
    float w = ui_text_width(&ui->text, UI_FONT_SMALL, v->clock) + 24.0f;
    return w > 90.0f ? w : 90.0f;
}

static float item_height(ui_Context *ui, const ui_Feed *f, const sv_Session *s,
                         const ui_FeedItem *it, float width)
{
    View v;
    resolve(ui, f, s, it, &v);
    ui_TextCache *tc = &ui->text;
    if (it->kind == UI_FEED_SKIP) return ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 24.0f;
    if (v.system) {
        float x = it->nested ? NEST_X(ui) : PAD + 36.0f;
        float h =
            ui_text_wrap_height(tc, UI_FONT_SMALL, v.text, width - x - PAD - clock_room(ui, &v));
        if (v.above) h += ui_text_line_height(tc, UI_FONT_SMALL_BOLD);
        return h + 28.0f;
    }
    float tx = text_x(ui, it);
    float h = ui_text_line_height(tc, UI_FONT_BOLD) + 4.0f;
    if (v.above) h += ui_text_line_height(tc, UI_FONT_SMALL);
    h += ui_text_wrap_height(tc, UI_FONT_BODY, v.text, width - tx - PAD) + 10.0f;
    if (v.counts) h += ui_text_line_height(tc, UI_FONT_SMALL);
    float r = it->nested ? NEST_R(ui) : ROOT_R(ui);
    float top = it->nested ? 14.0f : PAD, bottom = it->nested ? 14.0f : 18.0f;
    return top + (h > 2.0f * r ? h : 2.0f * r) + bottom;
}

static void layout(ui_Context *ui, ui_Feed *f, const sv_Session *s, ui_FeedChannel *ch, float width)
{
    uint32_t gen = ui->text.generation;
    if (width != f->width) {
        f->width = width;
        for (uint32_t i = 0; i < f->count; i++) f->items[i].gen = 0;
        for (uint32_t c = 0; c < f->channel_count; c++) f->ch[c].dirty = true;
    }
    if (ch->dirty) sort_channel(f, ch);
    float y = 0.0f;
    for (uint32_t i = 0; i < ch->count; i++) {
        ui_FeedItem *it = &f->items[ch->order[i]];
        if (it->gen != gen + 1) {
            it->h = item_height(ui, f, s, it, width);
            it->gen = gen + 1; /* +1: 0 means never laid out */
        }
        if (i > 0 && !it->nested) y += GAP;
        it->y = y;
        y += it->h;
    }
    ch->height = y;
    ch->dirty = false;
}

void ui_feed_update(ui_Feed *f, ui_Context *ui, const sv_Session *s, int32_t channel, float width,
                    float view_h, uint32_t dt_ms)
{
    if (channel < 0 || (uint32_t)channel >= f->channel_count) return;
    ui_FeedChannel *ch = &f->ch[channel];
    bool stale = ch->dirty || width != f->width;
    for (uint32_t i = 0; !stale && i < ch->count; i++)
        stale = f->items[ch->order[i]].gen != ui->text.generation + 1;
    if (stale) layout(ui, f, s, ch, width);
    float max = ch->height > view_h ? ch->height - view_h : 0.0f;
    if (ch->follow && ch->newest >= 0) {
        const ui_FeedItem *n = &f->items[ch->newest];
        /* the newest item's whole thread card, if it fits; else the item itself */
        if (n->y + n->h > ch->target + view_h) ch->target = n->y + n->h - view_h + GAP;
        if (n->y < ch->target) ch->target = n->y;
        ch->unseen = false;
    }
    ch->target = ui_clampf(ch->target, 0.0f, max);
    if (ui->reduced_motion || fabsf(ch->target - ch->scroll) < 0.5f) {
        ch->scroll = ch->target;
    } else {
        float k = ui_clampf((float)dt_ms / 110.0f, 0.0f, 1.0f);
        ch->scroll += (ch->target - ch->scroll) * k;
    }
    ch->scroll = ui_clampf(ch->scroll, 0.0f, max);
}

void ui_feed_scroll(ui_Feed *f, int32_t channel, float dy)
{
    if (channel < 0 || (uint32_t)channel >= f->channel_count || dy == 0.0f) return;
    f->ch[channel].target += dy;
    f->ch[channel].follow = false;
}

void ui_feed_follow(ui_Feed *f, int32_t channel)
{
    if (channel < 0 || (uint32_t)channel >= f->channel_count) return;
    f->ch[channel].follow = true;
    f->ch[channel].unseen = false;
}

void ui_feed_reveal_post(ui_Feed *f, int32_t channel, int32_t post, float view_h)
{
    if (channel < 0 || (uint32_t)channel >= f->channel_count) return;
    ui_FeedChannel *ch = &f->ch[channel];
    for (uint32_t i = 0; i < ch->count; i++) {
        const ui_FeedItem *it = &f->items[ch->order[i]];
        if (it->kind != UI_FEED_POST || it->ref != post) continue;
        if (it->y < ch->target || it->y + it->h > ch->target + view_h) ch->target = it->y - GAP;
        ch->follow = false;
        return;
    }
}

/* ---- drawing ----------------------------------------------------------------------------------
 */

/* A small rounded label ("Brand", "Reported"); returns its width. */
static float badge(ui_Context *ui, const char *text, float x, float y, SDL_Color fill,
                   SDL_Color ink)
{
    float w = ui_text_width(&ui->text, UI_FONT_SMALL_BOLD, text) + 16.0f;
    float h = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 2.0f;
    ui_fill_round(ui, ui_rect(x, y, w, h), 6.0f, fill);
    ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, ink, fill, text, x + 8.0f, y + 1.0f, UI_ALIGN_LEFT);
    return w;
}

static void draw_counts(ui_Context *ui, const ui_Feed *f, const sv_Session *s, const View *v,
                        float x, float y, SDL_Color bg)
{
    const ui_Theme *t = &ui->theme;
    uint32_t c[3] = {0, 0, 0};
    if (v->post >= 0) {
        ui_feed_counts(f, s, v->post, c);
    } else {
        sv_Reactions r = sv_audience_reply_reactions(s, v->reply);
        c[0] = r.likes;
        c[1] = r.shares;
        c[2] = r.comments;
    }
    static const char *const icons[3] = {"♥ ", "⇄ ", "↩ "};
    float col = ui_text_line_height(&ui->text, UI_FONT_SMALL) * 4.2f;
    for (int i = 0; i < 3; i++) {
        char num[32], label[48];
        ui_format_count(c[i], num, sizeof num);
        snprintf(label, sizeof label, "%s%s", icons[i], num);
        float w = ui_text_draw(&ui->text, UI_FONT_SMALL, t->muted, bg, label, x, y, UI_ALIGN_LEFT);
        x += (w + 24.0f > col ? w + 24.0f : col);
    }
    if (v->post < 0) return;
    float bx = x + 12.0f;
    uint8_t st = f->post_state[v->post];
    if (st & FEED_REPORTED)
        bx += badge(ui, ui_tr(ui, UI_S_FEED_REPORTED), bx, y, t->sunken, t->text) + 8.0f;
    if (st & FEED_HIDDEN) badge(ui, ui_tr(ui, UI_S_FEED_HIDDEN), bx, y, t->sunken, t->text);
}

static void draw_person(ui_Context *ui, const ui_Feed *f, const sv_Session *s,
                        const ui_FeedItem *it, const View *v, float x, float y, float w,
                        SDL_Color bg)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float r = it->nested ? NEST_R(ui) : ROOT_R(ui);
    float ax = it->nested ? x + NEST_X(ui) + r : x + PAD + r;
    float top = y + (it->nested ? 14.0f : PAD);
    ui_avatar(ui, ax, top + r, r, v->name, v->avatar);
    float tx = x + text_x(ui, it), tw = w - text_x(ui, it) - PAD;
    float nx = tx +
               ui_text_draw_fit(tc, UI_FONT_BOLD, t->text, bg, v->name, tx, top, tw * 0.5f,
                                UI_ALIGN_LEFT) +
               10.0f;
    float lh = ui_text_line_height(tc, UI_FONT_BOLD), sh = ui_text_line_height(tc, UI_FONT_SMALL);
    if (v->badge) {
        /* the brand's badge in the accent; a colleague's earlier reply or one
         * still waiting to go out in grey */
        bool own = it->kind == UI_FEED_REPLY && !v->earlier;
        SDL_Color fill = own ? t->accent : t->sunken;
        nx += badge(ui, v->badge, nx, top + (lh - sh) / 2.0f, fill, ui_theme_ink_on(fill)) + 10.0f;
    }
    /* the handle and the age apart: the age changes every second, the handle never;
     * a reply still waiting has no age yet */
    char when[64] = "", dot_when[80] = "";
    if (!v->pending) ui_time_ago(ui->strings, ui->lang, s->now_ms, it->t_ms, when, sizeof when);
    if (when[0]) snprintf(dot_when, sizeof dot_when, v->handle[0] ? " · %s" : "%s", when);
    float my = top + (lh - sh) / 2.0f + 2.0f;
    float ww = ui_text_width(tc, UI_FONT_SMALL, dot_when) + 8.0f;
    if (v->handle[0]) /* crowd accounts show only their name */
        nx += ui_text_draw_fit(tc, UI_FONT_SMALL, t->muted, bg, v->handle, nx, my,
                               tx + tw - nx - ww, UI_ALIGN_LEFT);
    if (dot_when[0]) ui_text_draw(tc, UI_FONT_SMALL, t->muted, bg, dot_when, nx, my, UI_ALIGN_LEFT);
    float ty = top + lh + 4.0f;
    if (v->above) {
        ui_text_draw_fit(tc, v->pending ? UI_FONT_SMALL_BOLD : UI_FONT_SMALL,
                         v->pending ? t->accent : t->muted, bg, v->above, tx, ty, tw,
                         UI_ALIGN_LEFT);
        ty += sh;
    }
    bool hidden = v->post >= 0 && (f->post_state[v->post] & FEED_HIDDEN);
    ty += ui_text_draw_wrap(tc, UI_FONT_BODY, hidden || v->pending ? t->muted : t->text, bg,
                            v->text, tx, ty, tw, 0);
    if (v->counts) draw_counts(ui, f, s, v, tx, ty + 10.0f, bg);
}

static void draw_system(ui_Context *ui, const ui_FeedItem *it, const View *v, float x, float y,
                        float w, SDL_Color bg)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float sx = x + (it->nested ? NEST_X(ui) : PAD + 36.0f);
    float ty = y + 14.0f;
    if (it->kind == UI_FEED_NOTE || !it->nested)
        ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->accent, bg, it->kind == UI_FEED_NOTE ? "⚑" : "•",
                     x + PAD + 8.0f, ty, UI_ALIGN_LEFT);
    if (v->above) {
        ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->text, bg, v->above, sx, ty, UI_ALIGN_LEFT);
        ty += ui_text_line_height(tc, UI_FONT_SMALL_BOLD);
    }
    ui_text_draw_wrap(tc, UI_FONT_SMALL, it->kind == UI_FEED_NOTE ? t->text : t->muted, bg, v->text,
                      sx, ty, w - (sx - x) - PAD - clock_room(ui, v), 0);
    ui_text_draw(tc, UI_FONT_SMALL, t->muted, bg, v->clock, x + w - PAD, y + 14.0f, UI_ALIGN_RIGHT);
}

/* A jump of the clock: a rule across the feed with "3 hours later" on it and
 * where the clock landed on its right, outside any card. */
static void draw_skip(ui_Context *ui, const ui_FeedItem *it, const View *v, float x, float y,
                      float w)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float lh = ui_text_line_height(tc, UI_FONT_SMALL_BOLD), mid = y + it->h / 2.0f;
    char label[256];
    snprintf(label, sizeof label, "▶▶  %s", v->text);
    float lw = ui_text_width(tc, UI_FONT_SMALL_BOLD, label) + 32.0f;
    float cw = ui_text_width(tc, UI_FONT_SMALL, v->clock) + 24.0f;
    ui_fill(ui, ui_rect(x + PAD, mid - 1.0f, w - 2.0f * PAD - cw, 2.0f), t->border);
    SDL_FRect pill = {x + (w - cw - lw) / 2.0f, mid - lh / 2.0f - 5.0f, lw, lh + 10.0f};
    ui_panel(ui, pill, (lh + 10.0f) / 2.0f, t->bg, t->border);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->muted, t->bg, label, pill.x + lw / 2.0f,
                 mid - lh / 2.0f, UI_ALIGN_CENTRE);
    ui_text_draw(tc, UI_FONT_SMALL, t->muted, t->bg, v->clock, x + w - PAD,
                 mid - ui_text_line_height(tc, UI_FONT_SMALL) / 2.0f, UI_ALIGN_RIGHT);
}

static void draw_item(ui_Context *ui, const ui_Feed *f, const sv_Session *s, const ui_FeedItem *it,
                      float x, float y, float w, int32_t focus_post)
{
    const ui_Theme *t = &ui->theme;
    View v;
    resolve(ui, f, s, it, &v);
    if (it->kind == UI_FEED_SKIP) {
        draw_skip(ui, it, &v, x, y, w);
        return;
    }
    SDL_Color bg = it->kind == UI_FEED_NOTE ? t->sunken : t->surface;
    int64_t age = (int64_t)s->now_ms - it->t_ms;
    SDL_FRect box = {x + 1.0f, y + 1.0f, w - 2.0f, it->h - 2.0f};
    if (age < (int64_t)FRESH_MS) {
        /* new items are tinted for a moment; a fade would re-render their text every frame */
        bg = t->selected;
        ui_fill_round(ui, box, 12.0f, bg);
    }
    if (v.post >= 0 && v.post == focus_post) /* the post the open decision is about */
        ui_fill(ui, ui_rect(x + 1.0f, y + 6.0f, 6.0f, it->h - 12.0f), t->accent);
    if (it->nested) ui_fill(ui, ui_rect(x + NEST_X(ui) - 28.0f, y, 3.0f, it->h), t->border);
    if (v.system) {
        draw_system(ui, it, &v, x, y, w, bg);
    } else {
        draw_person(ui, f, s, it, &v, x, y, w, bg);
    }
}

void ui_feed_draw(const ui_Feed *f, ui_Context *ui, const sv_Session *s, int32_t channel,
                  SDL_FRect area, int32_t focus_post)
{
    const ui_Theme *t = &ui->theme;
    if (channel < 0 || (uint32_t)channel >= f->channel_count) return;
    const ui_FeedChannel *ch = &f->ch[channel];
    if (ch->count == 0) {
        ui_text_draw(&ui->text, UI_FONT_BODY, t->muted, t->bg, ui_tr(ui, UI_S_FEED_EMPTY),
                     area.x + area.w / 2.0f, area.y + 40.0f, UI_ALIGN_CENTRE);
        return;
    }
    ui_clip(ui, &area);
    float top = area.y - floorf(ch->scroll);
    /* thread by thread: the card, then its items */
    for (uint32_t i = 0; i < ch->count;) {
        uint32_t j = i + 1;
        while (j < ch->count && f->items[ch->order[j]].nested) j++;
        const ui_FeedItem *first = &f->items[ch->order[i]], *last = &f->items[ch->order[j - 1]];
        float y0 = top + first->y, y1 = top + last->y + last->h;
        if (y1 >= area.y && y0 <= area.y + area.h) {
            bool note = first->kind == UI_FEED_NOTE;
            if (first->kind != UI_FEED_SKIP)
                ui_panel(ui, ui_rect(area.x, y0, area.w, y1 - y0), 14.0f,
                         note ? t->sunken : t->surface, t->border);
            for (uint32_t k = i; k < j; k++) {
                const ui_FeedItem *it = &f->items[ch->order[k]];
                if (top + it->y + it->h < area.y || top + it->y > area.y + area.h) continue;
                draw_item(ui, f, s, it, area.x, top + it->y, area.w, focus_post);
            }
        }
        i = j;
    }
    ui_clip(ui, NULL);
}
