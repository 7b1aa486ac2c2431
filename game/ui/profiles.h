/* The learners' profiles as the game keeps them: one folder each under the
 * per-user data folder (profiles/<slug>/profile.json, as svara-tool profile
 * reads them), the one being played (ui_Profile, in ui_Game), the list the
 * profiles screen shows, and the scenarios started but not finished (kept in
 * the profile, so "in progress" survives a restart). The
 * files are the core's (svara/profile.h): written atomically, a broken one
 * reported with its line and column and kept aside, never overwritten. */
#ifndef SVARA_UI_PROFILES_H
#define SVARA_UI_PROFILES_H

#include <stdbool.h>
#include <stdint.h>

#include "paths.h"
#include "svara/limits.h"
#include "svara/profile.h"

#define UI_PROFILE_FILE "profile.json"
#define UI_PROFILE_NOTE 768

/* The profile being played. */
typedef struct ui_Profile {
    bool active;                    /* false: nobody chosen (runs are not kept) */
    sv_Profile data;                /* its runs; heap (sv_profile_free) */
    char slug[SV_MAX_ID_BYTES + 1]; /* its folder's name */
    char dir[UI_PATH_MAX];          /* ".../svara/profiles/<slug>/" */
    char note[UI_PROFILE_NOTE];     /* the last problem saving it, "" when fine */
    bool run_recorded;              /* the debrief's run is data's last run */
    bool pick_next;                 /* the title selects its path's next step */
} ui_Profile;

/* One folder of the profiles folder, as the profiles screen lists it. */
typedef struct ui_ProfileEntry {
    char slug[SV_MAX_ID_BYTES + 1];
    char name[SV_PROFILE_NAME_BYTES + 1]; /* "" when broken */
    size_t runs;
    int64_t last; /* when the last run ended; 0: none */
    bool broken;
    sv_Diag problem; /* a broken one's first problem, located */
} ui_ProfileEntry;

typedef struct ui_ProfileList {
    ui_ProfileEntry *items; /* heap, by name */
    int count;
} ui_ProfileList;

/* "<pref>profiles/"; false when there is no per-user folder. */
bool ui_profiles_root(const ui_Paths *paths, char *out, size_t size);

/* Every folder under root holding a profile.json, read (a broken one with
 * its first problem, located). Missing root: an empty list. */
bool ui_profiles_scan(const char *root, ui_ProfileList *out);
void ui_profiles_list_free(ui_ProfileList *l);

/* Opens the profile in folder `slug` (closing the one open). False when it is
 * missing or broken: `problem` gets the first located message (its message
 * "" when the file is simply missing). Every problem is logged. */
bool ui_profile_open(ui_Profile *p, const char *root, const char *slug, sv_Diag *problem);
/* Makes a new profile called `name` in a folder of its own (the name's slug,
 * "-2", "-3"... when that folder holds another profile), saves it and opens
 * it. False (the reason in p->note) when it cannot be written. */
bool ui_profile_create(ui_Profile *p, const char *root, const char *name, int64_t now);
/* Moves a broken profile.json aside ("profile.json.bad-STAMP"), so its folder
 * can take a fresh profile. `kept` gets the new name. */
bool ui_profile_keep_aside(const char *root, const char *slug, const char *stamp, char *kept,
                           size_t size);
/* Saves the profile atomically; false with the reason in p->note. */
bool ui_profile_save(ui_Profile *p);
void ui_profile_close(ui_Profile *p);

/* The run of a finished session, added and saved (sv_profile_add_run); sets
 * run_recorded. False when there is no profile or it could not be saved. */
bool ui_profile_record(ui_Profile *p, const struct sv_Session *s, const char *pack,
                       const char *version, int64_t now);
/* A run of pack/scenario (ids) began: it shows as in progress until a run
 * of it finishes, after a restart too (sv_profile_mark_started; the profile
 * is saved when the list changed). */
void ui_profile_mark_started(ui_Profile *p, const char *pack, const char *scenario);
bool ui_profile_started(const ui_Profile *p, const char *pack, const char *scenario);

/* "2026-12-04", the player's local date of a time. */
const char *ui_profile_date(int64_t t, char *buf, size_t size);

#endif
