/* Scripted input (--script-keys FILE): synthetic keyboard, mouse and gamepad
 * events pushed into SDL's queue frame by frame, so a test drives the game
 * through exactly the path a player's hands take. One command a line:
 *
 *   key NAME...          press and release keys ("Down", "Return", "Shift+Tab", "a")
 *   type TEXT...         type text into a text field (SDL text input events, UTF-8)
 *   pad BUTTON...        press and release gamepad buttons ("a", "b", "dpdown", "start")
 *   click X Y            left click at logical X Y (1920x1080 space)
 *   wheel N              turn the mouse wheel N notches (+ up)
 *   wait N               let N frames pass
 *   until SCREEN [MAX]   wait until SCREEN (title, briefing, play, pause, settings, debrief)
 *   until-decision ID [MAX]   wait until decision ID is in the play screen's panel
 *   until-time SECONDS [MAX]  wait until the scenario's clock reaches SECONDS
 *   until-text TEXT...   wait (at most 4000 frames) until a line holding TEXT is on screen
 *   expect SCREEN        fail unless on SCREEN now
 *   expect-text TEXT...  fail unless a line of text holding TEXT was drawn in the last frame
 *   expect-no-text TEXT...  fail if one was
 *   expect-apart TEXT...  fail unless such a line was drawn and none overlaps other text
 *   copy FROM TO         copy the file FROM over TO (a pack's file edited while the game runs)
 *   shot FILE            save this frame as a BMP ("{size}" in FILE becomes e.g. 1280x720)
 *   quit                 end the run (exit code 0 unless something failed)
 *
 * Blank lines and # comments are skipped. A wait that runs out (MAX frames,
 * default 4000) fails the script with its line number. TEXT is the rest of
 * the line, its words joined by single spaces, matched inside one drawn line
 * (a wrapped paragraph is several). In copy, "{packs}" becomes the player's
 * own packs folder and a relative FROM or TO is taken from the script's
 * folder; TO is replaced whole (written, flushed and renamed over), so a
 * watcher sees one change. */
#ifndef SVARA_UI_SCRIPT_H
#define SVARA_UI_SCRIPT_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "svara/diag.h"
#include "text.h"

typedef struct ui_Script ui_Script;

typedef enum { UI_SCRIPT_RUNNING = 0, UI_SCRIPT_DONE, UI_SCRIPT_FAILED } ui_ScriptState;

/* What the script may look at. */
typedef struct ui_ScriptView {
    const char *screen; /* ui_screen_name of the current screen */
    int32_t decision;   /* decision id in the play screen's panel, NULL when none */
    const char *decision_id;
    bool run_active;
    uint32_t now_ms;          /* the scenario's clock */
    const ui_TextCache *text; /* what was drawn (expect-text), NULL none */
    const char *user_packs;   /* the player's packs folder, for "{packs}" in copy */
    int width, height;        /* the window's output, for "{size}" in shot names */
} ui_ScriptView;

/* Reads a script; NULL (logged with the line) when it cannot be read or parsed. */
ui_Script *ui_script_load(const char *path);
/* Parses a script's bytes (script_parse.c; the fuzz target's entry); NULL,
 * with every bad line in diags ("file:line: what is wrong"), when any line
 * is bad. */
ui_Script *ui_script_parse(const char *path, const char *bytes, size_t len, sv_DiagList *diags);
void ui_script_free(ui_Script *s);

/* At the start of a frame: pushes its events. *shot gets a file to save after
 * this frame is drawn, or NULL. */
ui_ScriptState ui_script_frame(ui_Script *s, SDL_Window *window, SDL_Renderer *r,
                               const ui_ScriptView *view, const char **shot);

#endif
