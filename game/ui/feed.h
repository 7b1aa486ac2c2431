/* The feed: what the play screen shows in its channel tabs, built from the
 * session's log by index as the log grows. Each item refers to the core's
 * arrays by index (a post, a reply, an event, a decision); nothing is copied.
 * Items are grouped in threads, threads shown newest first and the items of a
 * thread oldest first, like the social platforms players know.
 *
 * The live audience's comments (sv_Session.audience, svara/audience.h) come
 * through the log like everything else and are one more item kind, shown
 * under their thread with the account's generated name; the like, share and
 * comment counts are the post's own plus what the crowd added.
 *
 * Times are the story's own, signed: history (posts and the brand's replies
 * from before the player took over) keeps its negative times, so it reads
 * "yesterday" in its thread. A reply chosen with a delay waits in its thread
 * as pending until it goes out; a jump of the clock over a quiet stretch is
 * a marker of its own ("3 hours later") in every channel. */
#ifndef SVARA_UI_FEED_H
#define SVARA_UI_FEED_H

#include <stdbool.h>
#include <stdint.h>

#include "svara/audience.h"
#include "svara/limits.h"
#include "svara/session.h"
#include "ui.h"

typedef enum {
    UI_FEED_POST = 0, /* ref = post */
    UI_FEED_REPLY,    /* ref = index into sv_Session.replies: the brand wrote */
    UI_FEED_ACTION,   /* ref = reply: the brand acted without words (report, hide, ...) */
    UI_FEED_NOTE,     /* ref = event with a note */
    UI_FEED_TIMEOUT,  /* ref = decision whose time ran out with nothing sent */
    UI_FEED_COMMENT,  /* ref = index into the audience's comments */
    UI_FEED_PENDING,  /* ref = reply chosen with a delay, not sent yet (becomes UI_FEED_REPLY) */
    UI_FEED_SKIP,     /* ref = seconds the clock jumped; t_ms = where it landed */
} ui_FeedKind;

typedef struct ui_FeedItem {
    uint8_t kind; /* ui_FeedKind */
    bool nested;  /* drawn inside its thread, under the thread's first item */
    int32_t ref;
    int32_t channel; /* index into the scenario's channels */
    int32_t thread;  /* root post; -2 - persona for a private conversation; -1 alone */
    int32_t parent;  /* the post it answers, -1 */
    int64_t t_ms;    /* when it happened in the story: negative before the player took over */
    uint32_t gen;    /* text generation h was laid out for */
    float h, y;      /* height and top in its channel's list */
} ui_FeedItem;

typedef struct ui_FeedChannel {
    uint32_t *order; /* item indices in display order */
    uint32_t count, cap;
    float height;         /* of the whole list */
    bool dirty;           /* order or heights need redoing */
    uint32_t unread;      /* items that came while another tab was shown */
    int32_t newest;       /* item that came last, -1 */
    float scroll, target; /* shown and wanted scroll offset */
    bool follow;          /* keep the newest item in view (until the player scrolls) */
    bool unseen;          /* something new arrived while not following */
} ui_FeedChannel;

typedef struct ui_Feed {
    const sv_Scenario *sc;
    ui_FeedItem *items; /* heap */
    uint32_t count, cap;
    size_t log_cursor;
    uint32_t channel_count;
    ui_FeedChannel ch[SV_MAX_CHANNELS];
    int32_t private_channel;  /* the first private channel, -1 */
    int32_t public_channel;   /* where notes go: the first public feed (or channel 0) */
    uint8_t *post_state;      /* [post_count]: FEED_HIDDEN, FEED_REPORTED bits */
    uint32_t *post_replies;   /* [post_count]: scenario posts and brand replies answering it */
    const sv_NameList *names; /* [SV_LANG_COUNT]: the crowd's names, by language */
    float width;              /* the width the heights were laid out for */
} ui_Feed;

/* names: one list per language (may be empty) for the crowd's accounts. */
bool ui_feed_init(ui_Feed *f, const sv_Scenario *sc, const sv_NameList *names);
void ui_feed_free(ui_Feed *f);

/* Adds items for the log entries since the last call. `shown` is the channel
 * on screen: items elsewhere count as unread. Returns how many were added. */
uint32_t ui_feed_sync(ui_Feed *f, const sv_Session *s, int32_t shown);

/* Marks a jump of the clock that landed at to_ms and skipped `skipped_ms`
 * in every channel; a jump right after another one in a channel adds to it. */
void ui_feed_add_skip(ui_Feed *f, uint32_t to_ms, uint32_t skipped_ms);

/* Lays out the channel for a list `width` wide and moves its scroll towards
 * its target (the newest item while following). view_h is the visible height. */
void ui_feed_update(ui_Feed *f, ui_Context *ui, const sv_Session *s, int32_t channel, float width,
                    float view_h, uint32_t dt_ms);

/* Scrolls by dy (the player did: stops following) or back to following. */
void ui_feed_scroll(ui_Feed *f, int32_t channel, float dy);
void ui_feed_follow(ui_Feed *f, int32_t channel);
/* Scrolls so the item showing post is in view. */
void ui_feed_reveal_post(ui_Feed *f, int32_t channel, int32_t post, float view_h);

/* Likes, shares and comments of a post as they stand now: its own, the
 * scenario's answers and what the crowd added. */
void ui_feed_counts(const ui_Feed *f, const sv_Session *s, int32_t post, uint32_t out[3]);

/* Draws the channel into area; `focus_post` (or -1) is marked as the post the
 * open decision is about. */
void ui_feed_draw(const ui_Feed *f, ui_Context *ui, const sv_Session *s, int32_t channel,
                  SDL_FRect area, int32_t focus_post);

#endif
