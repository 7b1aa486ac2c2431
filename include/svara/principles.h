/* The advice as the learner reads it (assets/principles.json): the 25
 * principles grouped in themes, each with a short name, what it asks for,
 * and the lesson a run that broke it teaches, in every language. The skills
 * screen, the debrief's lessons and svara-tool profile read it. And which
 * principles a scenario practises, from its authors' annotations. */
#ifndef SVARA_PRINCIPLES_H
#define SVARA_PRINCIPLES_H

#include <stddef.h>
#include <stdint.h>

#include "svara/arena.h"
#include "svara/diag.h"
#include "svara/model.h"
#include "svara/score.h"
#include "svara/status.h"

#define SV_MAX_THEMES 8u

typedef struct sv_Theme {
    const char *id;
    sv_Text name;
} sv_Theme;

typedef struct sv_PrincipleText {
    int32_t theme; /* into sv_Principles.themes */
    uint32_t rank; /* its place in the file: the order the skills screen lists them in */
    sv_Text name, about, lesson;
} sv_PrincipleText;

typedef struct sv_Principles {
    sv_Theme themes[SV_MAX_THEMES];
    uint32_t theme_count;
    sv_PrincipleText of[SV_PRINCIPLE_COUNT]; /* by sv_Principle */
    sv_Arena *arena;                         /* owns the texts */
} sv_Principles;

/* Reads the file: every principle once, every theme used, every text in
 * English, Swedish and Norwegian. Problems go to diags, located; on an error
 * *out is left empty. Free with sv_principles_free. */
sv_Status sv_principles_parse(const char *file, const char *bytes, size_t len, sv_Principles *out,
                              sv_DiagList *diags);
void sv_principles_free(sv_Principles *p);

/* The principles a scenario practises: every principle id its authors name
 * in the annotations of its options and composer parts, in any language
 * (FORMAT.md asks them to open each annotation with the ids: "PUBLIC, FAST:
 * ..."; ids named further on, "(APOLOGY-EXPLAIN-COMPENSATE)", count too).
 * The skills screen lists, for each principle, the scenarios practising it. */
sv_PrincipleSet sv_scenario_principles(const sv_Scenario *sc);

#endif
