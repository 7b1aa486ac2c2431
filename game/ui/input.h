/* The one place SDL events become the player's actions (sv_UiInput): keys,
 * mouse and gamepads all map to the same actions, so every screen works with
 * each of them alike. Scripted runs push SDL events and come through here too. */
#ifndef SVARA_UI_INPUT_H
#define SVARA_UI_INPUT_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "ui.h"

#define SV_MAX_PADS 4

typedef struct sv_Controls {
    SDL_GameController *pads[SV_MAX_PADS];
    int held;         /* a direction (sv_UiAct) held on a d-pad or stick, -1 none */
    bool held_stick;  /* held by the stick rather than the d-pad */
    uint32_t held_ms; /* how long, for auto-repeat */
    uint32_t next_repeat;
    float right_y;   /* right stick: scrolling */
    bool trigger[2]; /* left and right trigger pressed past the threshold */
} sv_Controls;

void sv_controls_init(sv_Controls *c);
void sv_controls_shutdown(sv_Controls *c);

/* Maps one SDL event into `in`; mouse motion updates ui's pointer state. */
void sv_controls_event(sv_Controls *c, sv_Ui *ui, const SDL_Event *e, sv_UiInput *in);
/* After a frame's events: auto-repeat for held gamepad directions, and the
 * right stick's scrolling. */
void sv_controls_frame(sv_Controls *c, sv_UiInput *in);

/* Appends one action to a frame's input (dropped when the frame is full). */
void sv_input_push(sv_UiInput *in, sv_UiAct act, int arg, float x, float y);

#endif
