/* A stand-in for the workshop's scoreboard (board.c, branch h14-board) until
 * it is merged: the lead deletes this file at the merge. Weak, so the real
 * ui_board_open wins if both are linked. It shows nothing and goes on where
 * the scoreboard would have gone when closed. */
#include "screens.h"
#include "workshop.h"

__attribute__((weak)) ui_ScreenId ui_board_open(ui_Game *g, const char *workshop_file,
                                                const char *results_dir)
{
    (void)workshop_file;
    (void)results_dir;
    return ui_workshop_board_back(g);
}
