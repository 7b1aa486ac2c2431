/* The play screen's state. play.c owns it all: the header, the channel tabs,
 * the feed, the meters, toasts, the end, which decision the panel shows and
 * whether it shows the options or the composer. The panel's two leaves,
 * options.c and composer.c, keep their own state here, get a const view of
 * the decision, and hand back what the player did (panel.h); play.c applies
 * it to the run. */
#ifndef SVARA_UI_PLAY_H
#define SVARA_UI_PLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "composer.h"
#include "feed.h"
#include "game.h"
#include "inject.h"
#include "options.h"
#include "ui.h"

#define UI_PLAY_MAX_OPEN 8
#define UI_PLAY_TAB_COMPOSE (-1)

typedef struct ui_PlayScreen {
    ui_Feed feed;
    int32_t tab; /* channel shown, or UI_PLAY_TAB_COMPOSE: the composer's parts */
    int32_t open[UI_PLAY_MAX_OPEN]; /* open decisions, newest first */
    int open_count;
    int32_t decision;          /* the one in the panel, -1 none */
    bool composing;            /* the panel shows the composer, not the options */
    ui_OptionsState options;   /* the options leaf */
    ui_ComposerState composer; /* the composer leaf; its draft outlives switching decisions */
    float meter_shown[SV_METER_COUNT]; /* animated towards the session's meters */
    int32_t meter_delta[SV_METER_COUNT];
    uint64_t meter_changed_ms[SV_METER_COUNT];
    int32_t meter_seen[SV_METER_COUNT];
    int32_t meter_base[SV_METER_COUNT];      /* the value the shown change is counted from */
    uint64_t meter_since_ms[SV_METER_COUNT]; /* when that counting began */
    char toast[512];
    uint64_t toast_until;
    bool toast_warn;
    size_t log_cursor;     /* toasts read the log from here */
    uint64_t ended_ms;     /* app time the scenario ended; 0 while it runs */
    uint64_t quiet_since;  /* app time since when no decision has been open */
    bool watching;         /* a replay plays: the player only watches */
    ui_InjectState inject; /* the facilitator's injects list and view (inject.h) */
} ui_PlayScreen;

#endif
