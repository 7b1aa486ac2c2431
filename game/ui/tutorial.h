/* The first-run tutorial's hints: while the built-in pack's `tutorial`
 * scenario is played for the first time, a hint at a time appears beside what
 * it explains (the feed, the deadline, picking a reply, the meters, the
 * channel tabs, composing a reply, sending it, the debrief), with a pointer to
 * it, and moves on as the player does the thing or its moment passes. Hints
 * are drawn over the screen and take no input but their own: F1, the left
 * stick's click, or a click on their ✕ hides one. Whether the tutorial is
 * still to do is one function (ui_tutorial_pending): the playing profile's
 * tutorial_done (profile.json), so each learner on a shared computer gets it
 * once; with nobody playing, the settings' flag. */
#ifndef SVARA_UI_TUTORIAL_H
#define SVARA_UI_TUTORIAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ui.h"

struct ui_Game;

#define UI_TUTORIAL_PACK "core"
#define UI_TUTORIAL_SCENARIO "tutorial"

typedef enum {
    UI_HINT_FEED = 0, /* the public feed and the complaint on it */
    UI_HINT_DEADLINE, /* a question's clock */
    UI_HINT_PICK,     /* picking a ready-made reply */
    UI_HINT_METERS,   /* what the reply moved */
    UI_HINT_CHANNELS, /* the private channel's tab, where a colleague wrote */
    UI_HINT_COMPOSE,  /* building a reply from parts */
    UI_HINT_SEND,     /* ordering and sending it */
    UI_HINT_DEBRIEF,  /* the debrief */
    UI_HINT_COUNT
} ui_HintId;

/* Which side of what it explains a hint goes, by preference. */
typedef enum { UI_SIDE_BELOW = 0, UI_SIDE_LEFT, UI_SIDE_RIGHT, UI_SIDE_ABOVE } ui_HintSide;

typedef struct ui_Tutorial {
    bool active;       /* this run is the tutorial played for the first time */
    int step;          /* ui_HintId of the hint now; UI_HINT_COUNT when all are done */
    bool shown;        /* its moment has come: it is on screen */
    bool seen;         /* it has been on screen */
    uint64_t shown_ms; /* app time it came on screen */
    size_t inputs_at;  /* answers sent when it first came */
} ui_Tutorial;

/* What the hints look at, from the screen each frame. */
typedef struct ui_HintFacts {
    bool debrief;           /* the debrief screen (else the play screen) */
    bool ended;             /* the run is over (its ending shows over the feed) */
    bool options;           /* the panel shows a decision's ready-made options */
    bool moved;             /* the player moved among them this frame */
    bool composing;         /* the composer is open for a decision */
    int draft, draft_min;   /* parts in the reply being built, and how many it needs */
    size_t inputs;          /* answers sent so far */
    uint32_t private_items; /* items in the first private channel */
    bool private_unread;    /* it has some the player has not looked at */
    bool private_shown;     /* it is the tab on screen */
} ui_HintFacts;

/* True while the player has not done (or skipped) the tutorial. */
bool ui_tutorial_pending(const struct ui_Game *g);
/* Marks it done (or, done = false, to do again) in the playing profile,
 * saved at once (atomically); with nobody playing, in the settings, saved by
 * the app. */
void ui_tutorial_set_done(struct ui_Game *g, bool done);
/* The run being played is the built-in pack's tutorial, played by the player. */
bool ui_tutorial_is_run(const struct ui_Game *g);

/* A run starts (or is resumed): the hints from the first, when `active`. */
void ui_tutorial_begin(ui_Tutorial *t, bool active);

/* The hint on screen now, UI_HINT_COUNT when none. */
ui_HintId ui_tutorial_shown(const ui_Tutorial *t);

/* Takes the hint's own input out of `in`: F1 or the left stick's click, or a
 * click on its ✕, hides the hint shown (it counts as done). `anchor` is what
 * it explains, as the screen laid it out. */
void ui_tutorial_input(ui_Tutorial *t, ui_Context *ui, ui_Input *in, SDL_FRect anchor,
                       ui_HintSide side);
/* Once a frame after the screen's update: moves past hints the player has
 * done or whose moment has passed, and shows the next one when it is due. */
void ui_tutorial_update(ui_Tutorial *t, const ui_Context *ui, const ui_HintFacts *f);
/* Draws the hint shown, beside `anchor`, with a pointer to it. */
void ui_tutorial_draw(const ui_Tutorial *t, ui_Context *ui, SDL_FRect anchor, ui_HintSide side);

#endif
