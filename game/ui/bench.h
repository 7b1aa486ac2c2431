/* The frame-time benchmark (svara --headless --bench): a made-up busy thread
 * (hundreds of posts over four minutes, decisions answered by a built-in
 * replay so the meters move) played at 1920x1080 through the real play
 * screen, with every frame's CPU time recorded. */
#ifndef SVARA_UI_BENCH_H
#define SVARA_UI_BENCH_H

#include <stdbool.h>
#include <stdio.h>

#include "game.h"

#define UI_BENCH_POSTS 360
#define UI_BENCH_FRAMES 1500

typedef struct ui_Bench ui_Bench;

/* Builds the scenario and its replay and installs both in g (bench_pack,
 * replay, speed). NULL (logged) when it cannot. */
ui_Bench *ui_bench_create(ui_Game *g);
void ui_bench_free(ui_Bench *b);

/* Records one frame's time (ms) and how many text lines it rendered. */
void ui_bench_frame(ui_Bench *b, double ms, unsigned rendered);
bool ui_bench_done(const ui_Bench *b);
/* Records the play screen's loading step (run start, screen init, text
 * warm-up): it happens once before the first play frame and is reported on
 * its own line, never among the frames. */
void ui_bench_load(ui_Bench *b, double ms, unsigned warmed);
/* Prints p50, p99, max, the play screen's load time and the first menu frame's time to out, with
 * what the run showed (posts, crowd comments) from g. */
void ui_bench_report(const ui_Bench *b, const ui_Game *g, double first_frame_ms, int width,
                     int height, FILE *out);

#endif
