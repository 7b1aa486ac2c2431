/* The one place SDL events become the player's actions (ui_Input): keys,
 * mouse and gamepads all map to the same actions, so every screen works with
 * each of them alike. Scripted runs push SDL events and come through here too. */
#ifndef SVARA_UI_INPUT_H
#define SVARA_UI_INPUT_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "ui.h"

#define UI_MAX_PADS 4

typedef struct ui_Controls {
    SDL_GameController *pads[UI_MAX_PADS];
    int held;         /* a direction (ui_Act) held on a d-pad or stick, -1 none */
    bool held_stick;  /* held by the stick rather than the d-pad */
    uint32_t held_ms; /* how long, for auto-repeat */
    uint32_t next_repeat;
    float right_y;   /* right stick: scrolling */
    bool trigger[2]; /* left and right trigger pressed past the threshold */
} ui_Controls;

void ui_controls_init(ui_Controls *c);
void ui_controls_shutdown(ui_Controls *c);

/* Maps one SDL event into `in`; mouse motion updates ui's pointer state. */
void ui_controls_event(ui_Controls *c, ui_Context *ui, const SDL_Event *e, ui_Input *in);
/* After a frame's events: auto-repeat for held gamepad directions, and the
 * right stick's scrolling. */
void ui_controls_frame(ui_Controls *c, ui_Input *in);

/* Appends one action to a frame's input (dropped when the frame is full). */
void ui_input_push(ui_Input *in, ui_Act act, int arg, float x, float y);

#endif
