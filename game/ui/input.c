/* Keyboard, mouse and gamepad to actions. The keyboard auto-repeats on its
 * own; gamepads do not, so a held d-pad direction or stick repeats here after
 * the same kind of delay. */
#include "input.h"

#include <string.h>

#define REPEAT_DELAY_MS 380u
#define REPEAT_EVERY_MS 110u
#define STICK_ON 16000 /* of 32767: a deliberate push */
#define STICK_OFF 9000 /* released again (hysteresis, so it does not chatter) */
#define TRIGGER_ON 20000

void ui_input_push(ui_Input *in, ui_Act act, int arg, float x, float y)
{
    if (in->count >= UI_MAX_EVENTS) return;
    ui_Event *e = &in->ev[in->count++];
    e->act = (uint8_t)act;
    e->arg = (int8_t)arg;
    e->x = x;
    e->y = y;
}

void ui_controls_init(ui_Controls *c)
{
    memset(c, 0, sizeof *c);
    c->held = -1;
}

void ui_controls_shutdown(ui_Controls *c)
{
    for (int i = 0; i < UI_MAX_PADS; i++)
        if (c->pads[i]) SDL_GameControllerClose(c->pads[i]);
    ui_controls_init(c);
}

static void open_pad(ui_Controls *c, int device)
{
    if (!SDL_IsGameController(device)) return;
    for (int i = 0; i < UI_MAX_PADS; i++) {
        if (c->pads[i]) continue;
        c->pads[i] = SDL_GameControllerOpen(device);
        if (!c->pads[i]) ui_log_sdl_warn("open a gamepad that was plugged in");
        return;
    }
}

static void close_pad(ui_Controls *c, SDL_JoystickID id)
{
    for (int i = 0; i < UI_MAX_PADS; i++) {
        SDL_GameController *p = c->pads[i];
        SDL_Joystick *j = p ? SDL_GameControllerGetJoystick(p) : NULL;
        if (p && !j) ui_log_sdl_warn("find which gamepad was unplugged");
        if (j && SDL_JoystickInstanceID(j) == id) {
            SDL_GameControllerClose(p);
            c->pads[i] = NULL;
        }
    }
}

static void map_key(const SDL_KeyboardEvent *k, ui_Input *in)
{
    SDL_Keycode key = k->keysym.sym;
    Uint16 mod = k->keysym.mod;
    bool shift = mod & KMOD_SHIFT, alt = mod & KMOD_ALT, ctrl = mod & (KMOD_CTRL | KMOD_GUI);
    /* a held Esc must not back out through several screens; held arrows repeat */
    if (k->repeat && (key == SDLK_ESCAPE || key == SDLK_RETURN || key == SDLK_F11 ||
                      key == SDLK_F5 || key == SDLK_F1 || key == SDLK_F2 || key == SDLK_F8))
        return;
    switch (key) {
    case SDLK_ESCAPE: ui_input_push(in, UI_ACT_BACK, 0, 0, 0); return;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        ui_input_push(in, alt ? UI_ACT_FULLSCREEN : UI_ACT_CONFIRM, 0, 0, 0);
        return;
    case SDLK_SPACE: ui_input_push(in, UI_ACT_CONFIRM, 1, 0, 0); return;
    case SDLK_F11: ui_input_push(in, UI_ACT_FULLSCREEN, 0, 0, 0); return;
    case SDLK_F5: ui_input_push(in, UI_ACT_RELOAD, 0, 0, 0); return;
    case SDLK_F1: ui_input_push(in, UI_ACT_HINT, 0, 0, 0); return;
    /* a workshop facilitator's keys (workshop.h): pause, time speed, the pressure dial, team talk
     */
    case SDLK_F2: ui_input_push(in, UI_ACT_PAUSE, 0, 0, 0); return;
    case SDLK_F3: ui_input_push(in, UI_ACT_FACILITATOR, UI_FAC_SLOWER, 0, 0); return;
    case SDLK_F4: ui_input_push(in, UI_ACT_FACILITATOR, UI_FAC_FASTER, 0, 0); return;
    case SDLK_F6: ui_input_push(in, UI_ACT_FACILITATOR, UI_FAC_LESS_TIME, 0, 0); return;
    case SDLK_F7: ui_input_push(in, UI_ACT_FACILITATOR, UI_FAC_MORE_TIME, 0, 0); return;
    case SDLK_F8: ui_input_push(in, UI_ACT_FACILITATOR, UI_FAC_TALK_DONE, 0, 0); return;
    case SDLK_UP: ui_input_push(in, shift ? UI_ACT_ITEM_UP : UI_ACT_UP, 0, 0, 0); return;
    case SDLK_DOWN: ui_input_push(in, shift ? UI_ACT_ITEM_DOWN : UI_ACT_DOWN, 0, 0, 0); return;
    case SDLK_LEFT: ui_input_push(in, UI_ACT_LEFT, 0, 0, 0); return;
    case SDLK_RIGHT: ui_input_push(in, UI_ACT_RIGHT, 0, 0, 0); return;
    case SDLK_TAB: ui_input_push(in, shift ? UI_ACT_TAB_PREV : UI_ACT_TAB_NEXT, 0, 0, 0); return;
    case SDLK_PAGEUP: ui_input_push(in, UI_ACT_PAGE_UP, 0, 0, 0); return;
    case SDLK_PAGEDOWN: ui_input_push(in, UI_ACT_PAGE_DOWN, 0, 0, 0); return;
    case SDLK_HOME: ui_input_push(in, UI_ACT_HOME, 0, 0, 0); return;
    case SDLK_END: ui_input_push(in, UI_ACT_END, 0, 0, 0); return;
    case SDLK_BACKSPACE:
    case SDLK_DELETE: ui_input_push(in, UI_ACT_REMOVE, 0, 0, 0); return;
    default: break;
    }
    /* the facilitator's keys: with Ctrl, so no letter a composer part has is taken */
    if (ctrl && !alt && (key == SDLK_i || key == SDLK_g)) {
        if (!k->repeat)
            ui_input_push(in, UI_ACT_FACILITATOR, key == SDLK_i ? UI_FAC_INJECTS : UI_FAC_VIEW, 0,
                          0);
        return;
    }
    if (ctrl || alt) return;
    if (key >= SDLK_1 && key <= SDLK_9)
        ui_input_push(in, UI_ACT_DIGIT, (int)(key - SDLK_0), 0, 0);
    else if (key == SDLK_0)
        ui_input_push(in, UI_ACT_DIGIT, 10, 0, 0);
    else if (key >= SDLK_KP_1 && key <= SDLK_KP_9)
        ui_input_push(in, UI_ACT_DIGIT, (int)(key - SDLK_KP_1) + 1, 0, 0);
    else if (key >= SDLK_a && key <= SDLK_z)
        ui_input_push(in, UI_ACT_LETTER, (int)(key - SDLK_a), 0, 0);
}

static int pad_direction(Uint8 button)
{
    switch (button) {
    case SDL_CONTROLLER_BUTTON_DPAD_UP: return UI_ACT_UP;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN: return UI_ACT_DOWN;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT: return UI_ACT_LEFT;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: return UI_ACT_RIGHT;
    default: return -1;
    }
}

static void map_button(ui_Controls *c, Uint8 button, ui_Input *in)
{
    int dir = pad_direction(button);
    if (dir >= 0) {
        ui_input_push(in, (ui_Act)dir, 0, 0, 0);
        c->held = dir;
        c->held_stick = false;
        c->held_ms = 0;
        c->next_repeat = REPEAT_DELAY_MS;
        return;
    }
    switch (button) {
    case SDL_CONTROLLER_BUTTON_A: ui_input_push(in, UI_ACT_CONFIRM, 0, 0, 0); break;
    case SDL_CONTROLLER_BUTTON_B: ui_input_push(in, UI_ACT_BACK, 0, 0, 0); break;
    case SDL_CONTROLLER_BUTTON_X: ui_input_push(in, UI_ACT_ITEM_UP, 0, 0, 0); break;
    case SDL_CONTROLLER_BUTTON_Y: ui_input_push(in, UI_ACT_ITEM_DOWN, 0, 0, 0); break;
    case SDL_CONTROLLER_BUTTON_START: ui_input_push(in, UI_ACT_PAUSE, 0, 0, 0); break;
    case SDL_CONTROLLER_BUTTON_BACK: ui_input_push(in, UI_ACT_SKIP, 0, 0, 0); break;
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER: ui_input_push(in, UI_ACT_TAB_PREV, 0, 0, 0); break;
    case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: ui_input_push(in, UI_ACT_TAB_NEXT, 0, 0, 0); break;
    case SDL_CONTROLLER_BUTTON_LEFTSTICK: ui_input_push(in, UI_ACT_HINT, 0, 0, 0); break;
    default: break;
    }
}

static void map_axis(ui_Controls *c, const SDL_ControllerAxisEvent *a, ui_Input *in)
{
    int v = a->value;
    if (a->axis == SDL_CONTROLLER_AXIS_LEFTX || a->axis == SDL_CONTROLLER_AXIS_LEFTY) {
        bool y = a->axis == SDL_CONTROLLER_AXIS_LEFTY;
        int dir = v <= -STICK_ON  ? (y ? UI_ACT_UP : UI_ACT_LEFT)
                  : v >= STICK_ON ? (y ? UI_ACT_DOWN : UI_ACT_RIGHT)
                                  : -1;
        bool mine = c->held_stick && (c->held == (y ? UI_ACT_UP : UI_ACT_LEFT) ||
                                      c->held == (y ? UI_ACT_DOWN : UI_ACT_RIGHT));
        if (dir >= 0 && c->held != dir) {
            ui_input_push(in, (ui_Act)dir, 0, 0, 0);
            c->held = dir;
            c->held_stick = true;
            c->held_ms = 0;
            c->next_repeat = REPEAT_DELAY_MS;
        } else if (dir < 0 && mine && v > -STICK_OFF && v < STICK_OFF) {
            c->held = -1;
        }
    } else if (a->axis == SDL_CONTROLLER_AXIS_RIGHTY) {
        c->right_y = v > 8000 || v < -8000 ? (float)v / 32767.0f : 0.0f;
    } else if (a->axis == SDL_CONTROLLER_AXIS_TRIGGERLEFT ||
               a->axis == SDL_CONTROLLER_AXIS_TRIGGERRIGHT) {
        int i = a->axis == SDL_CONTROLLER_AXIS_TRIGGERRIGHT;
        bool on = v > TRIGGER_ON;
        if (on && !c->trigger[i]) ui_input_push(in, i ? UI_ACT_PAGE_DOWN : UI_ACT_PAGE_UP, 0, 0, 0);
        c->trigger[i] = on;
    }
}

void ui_controls_event(ui_Controls *c, ui_Context *ui, const SDL_Event *e, ui_Input *in)
{
    switch (e->type) {
    case SDL_QUIT: in->quit = true; break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_CLOSE) in->quit = true;
        if (e->window.event == SDL_WINDOWEVENT_LEAVE) ui->mouse_active = false;
        break;
    case SDL_KEYDOWN:
        ui->mouse_active = ui->pad_active = false;
        map_key(&e->key, in);
        break;
    case SDL_TEXTINPUT: {
        /* whole characters only: a frame's text that would not fit waits for none */
        size_t have = strlen(in->text), add = strlen(e->text.text);
        if (have + add < sizeof in->text) memcpy(in->text + have, e->text.text, add + 1);
        break;
    }
    case SDL_MOUSEMOTION:
        ui->mouse_x = (float)e->motion.x;
        ui->mouse_y = (float)e->motion.y;
        ui->mouse_active = true;
        ui->pad_active = false;
        break;
    case SDL_MOUSEBUTTONDOWN:
        ui->mouse_x = (float)e->button.x;
        ui->mouse_y = (float)e->button.y;
        ui->mouse_active = true;
        ui->pad_active = false;
        if (e->button.button == SDL_BUTTON_LEFT)
            ui_input_push(in, UI_ACT_CLICK, e->button.clicks > 1 ? 2 : 1, ui->mouse_x, ui->mouse_y);
        break;
    case SDL_MOUSEWHEEL:
        in->wheel += e->wheel.preciseY != 0.0f ? e->wheel.preciseY : (float)e->wheel.y;
        break;
    case SDL_CONTROLLERDEVICEADDED: open_pad(c, e->cdevice.which); break;
    case SDL_CONTROLLERDEVICEREMOVED: close_pad(c, e->cdevice.which); break;
    case SDL_CONTROLLERBUTTONDOWN:
        ui->mouse_active = false;
        ui->pad_active = true;
        map_button(c, e->cbutton.button, in);
        break;
    case SDL_CONTROLLERBUTTONUP:
        if (pad_direction(e->cbutton.button) == c->held && !c->held_stick) c->held = -1;
        break;
    case SDL_CONTROLLERAXISMOTION:
        ui->pad_active = true;
        map_axis(c, &e->caxis, in);
        break;
    default: break;
    }
}

void ui_controls_frame(ui_Controls *c, ui_Input *in)
{
    if (c->held >= 0) {
        c->held_ms += in->dt_ms;
        if (c->held_ms >= c->next_repeat) {
            ui_input_push(in, (ui_Act)c->held, 0, 0, 0);
            c->next_repeat += REPEAT_EVERY_MS;
        }
    }
    in->scroll = c->right_y;
}
