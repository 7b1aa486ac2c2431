/* Seeded random play-throughs for the tests that compare two ways of playing
 * one session (fast paths against the plain path): the same seed gives the
 * same answers at the same moments, whatever the session does inside. */
#ifndef SV_TEST_PLAY_SUPPORT_H
#define SV_TEST_PLAY_SUPPORT_H

#include <stdbool.h>
#include <stdint.h>

#include "svara/rng.h"
#include "svara/session.h"

typedef struct t_PlayStyle {
    uint64_t stream;      /* the random stream (sv_rng_seed's second argument) */
    uint32_t time_out_in; /* one decision in this many with a deadline is left to time out */
    bool private_too;     /* a composed reply may go private when both are allowed */
} t_PlayStyle;

/* A random answer to open decision d: an enabled option, or a composed reply
 * of random parts in random order; false when there is none to give. */
bool t_play_answer(const sv_Session *s, int32_t d, sv_Rng *rng, const t_PlayStyle *style,
                   sv_Input *in);
/* Plays the session to its end: each decision answered at a random moment
 * before its deadline or left to time out, the clock advanced to each next
 * thing (at most 64 decisions). */
void t_play_random(sv_Session *sp, uint64_t seed, const t_PlayStyle *style);

#endif
