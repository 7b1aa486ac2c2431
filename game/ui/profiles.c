/* Profiles on disk for the game: the folder of each, listing them, opening,
 * making and saving one, keeping a broken file aside, and adding a finished
 * run. The format and the checks are the core's (svara/profile.h); this file
 * only knows where the files are and what the screens need to show. */
#include "profiles.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <SDL.h>

#include "run.h"
#include "svara/native.h"

bool ui_profiles_root(const ui_Paths *paths, char *out, size_t size)
{
    if (!paths->pref[0]) return false;
    return ui_path_join(out, size, paths->pref, "profiles/");
}

static bool file_of(const char *root, const char *slug, char *out, size_t size)
{
    int n = snprintf(out, size, "%s%s/%s", root, slug, UI_PROFILE_FILE);
    return n > 0 && (size_t)n < size;
}

/* ---- the list ------------------------------------------------------------------------- */

static int by_name(const void *a, const void *b)
{
    const ui_ProfileEntry *x = a, *y = b;
    const char *nx = x->broken ? x->slug : x->name, *ny = y->broken ? y->slug : y->name;
    int c = SDL_strcasecmp(nx, ny);
    return c ? c : strcmp(x->slug, y->slug);
}

/* Reads one folder's profile.json into an entry; false when there is none. */
static bool read_entry(const char *root, const char *slug, ui_ProfileEntry *e)
{
    memset(e, 0, sizeof *e);
    snprintf(e->slug, sizeof e->slug, "%s", slug);
    char path[UI_PATH_MAX];
    if (!file_of(root, slug, path, sizeof path)) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Profile p;
    bool missing = false;
    sv_Status st = sv_profile_load_file(path, &p, &missing, &diags);
    bool shown = !missing;
    if (st == SV_OK) {
        snprintf(e->name, sizeof e->name, "%s", p.name);
        e->runs = p.run_count;
        for (size_t i = 0; i < p.run_count; i++)
            if (p.runs[i].ended > e->last) e->last = p.runs[i].ended;
        sv_profile_free(&p);
    } else if (shown) {
        e->broken = true;
        for (size_t i = 0; i < diags.count; i++)
            if (diags.items[i].severity == SV_SEV_ERROR) {
                e->problem = diags.items[i];
                break;
            }
    }
    sv_diag_free(&diags);
    return shown;
}

bool ui_profiles_scan(const char *root, ui_ProfileList *out)
{
    memset(out, 0, sizeof *out);
    DIR *d = opendir(root);
    if (!d) return errno == ENOENT;
    int cap = 0;
    bool ok = true;
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        if (de->d_name[0] == '.' || strlen(de->d_name) > SV_MAX_ID_BYTES) continue;
        if (out->count == cap) {
            int more = cap ? cap * 2 : 8;
            ui_ProfileEntry *grown = realloc(out->items, (size_t)more * sizeof *grown);
            if (!grown) {
                ok = false;
                break;
            }
            out->items = grown;
            cap = more;
        }
        if (read_entry(root, de->d_name, &out->items[out->count])) out->count++;
    }
    closedir(d);
    if (out->count) qsort(out->items, (size_t)out->count, sizeof *out->items, by_name);
    return ok;
}

void ui_profiles_list_free(ui_ProfileList *l)
{
    free(l->items);
    memset(l, 0, sizeof *l);
}

/* ---- one profile ------------------------------------------------------------------------- */

void ui_profile_close(ui_Profile *p)
{
    sv_profile_free(&p->data);
    p->active = false;
    p->slug[0] = p->dir[0] = p->note[0] = '\0';
    p->run_recorded = false;
}

static void set_place(ui_Profile *p, const char *root, const char *slug)
{
    snprintf(p->slug, sizeof p->slug, "%s", slug);
    snprintf(p->dir, sizeof p->dir, "%s%s/", root, slug);
}

bool ui_profile_open(ui_Profile *p, const char *root, const char *slug, sv_Diag *problem)
{
    memset(problem, 0, sizeof *problem);
    ui_profile_close(p);
    char path[UI_PATH_MAX];
    if (!file_of(root, slug, path, sizeof path)) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool missing = false;
    bool ok = sv_profile_load_file(path, &p->data, &missing, &diags) == SV_OK;
    if (!missing) ui_log_diags(&diags);
    for (size_t i = 0; !ok && !missing && i < diags.count; i++)
        if (diags.items[i].severity == SV_SEV_ERROR) {
            *problem = diags.items[i];
            break;
        }
    sv_diag_free(&diags);
    if (!ok) return false;
    p->active = true;
    set_place(p, root, slug);
    return true;
}

/* mkdir for the profiles folder and one profile's folder in it. */
static bool make_dir(const char *path)
{
    if (mkdir(path, 0700) == 0 || errno == EEXIST) return true;
    SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s: cannot make the folder: %s", path,
                 strerror(errno));
    return false;
}

bool ui_profile_save(ui_Profile *p)
{
    p->note[0] = '\0';
    if (!p->active) return false;
    char path[UI_PATH_MAX];
    if (!ui_path_join(path, sizeof path, p->dir, UI_PROFILE_FILE)) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = sv_profile_save_file(path, &p->data, &diags) == SV_OK;
    if (!ok && diags.count) sv_diag_format(&diags.items[0], p->note, sizeof p->note);
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    return ok;
}

bool ui_profile_create(ui_Profile *p, const char *root, const char *name, int64_t now)
{
    ui_profile_close(p);
    char base[SV_MAX_ID_BYTES + 1], slug[SV_MAX_ID_BYTES + 1], path[UI_PATH_MAX];
    sv_profile_slug(name, base, sizeof base);
    snprintf(slug, sizeof slug, "%s", base);
    /* a folder that holds a profile (even a broken one) belongs to someone else */
    for (int n = 2; file_of(root, slug, path, sizeof path) &&
                    sv_native_kind(path, NULL) != SV_NATIVE_MISSING && n < 1000;
         n++) {
        char suffix[8];
        int len = snprintf(suffix, sizeof suffix, "-%d", n);
        snprintf(slug, sizeof slug, "%.*s%s", (int)(SV_MAX_ID_BYTES - (size_t)len), base, suffix);
    }
    set_place(p, root, slug);
    if (!make_dir(root) || !make_dir(p->dir)) {
        snprintf(p->note, sizeof p->note, "%.600s: cannot make the folder", p->dir);
        return false;
    }
    sv_profile_init(&p->data, name, now);
    p->active = true;
    if (ui_profile_save(p)) return true;
    char why[UI_PROFILE_NOTE];
    snprintf(why, sizeof why, "%s", p->note);
    ui_profile_close(p);
    snprintf(p->note, sizeof p->note, "%s", why);
    return false;
}

bool ui_profile_keep_aside(const char *root, const char *slug, const char *stamp, char *kept,
                           size_t size)
{
    char path[UI_PATH_MAX];
    if (!file_of(root, slug, path, sizeof path)) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = sv_native_keep_aside(path, stamp, kept, size, &diags);
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    if (ok) SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "%s: kept aside as %s", path, kept);
    return ok;
}

/* ---- runs -------------------------------------------------------------------------------- */

bool ui_profile_record(ui_Profile *p, const sv_Session *s, const char *pack, const char *version,
                       int64_t now)
{
    p->run_recorded = false;
    if (!p->active) return false;
    if (sv_profile_add_run(&p->data, s, pack, version, now) != SV_OK) return false;
    p->run_recorded = true;
    if (ui_profile_save(p)) return true;
    SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "the run could not be kept in %s's profile: %s",
                 p->data.name, p->note);
    return false;
}

void ui_profile_mark_started(ui_Profile *p, const char *pack, const char *scenario)
{
    if (!p->active || !sv_profile_mark_started(&p->data, pack, scenario) || ui_profile_save(p))
        return;
    SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION,
                "that %s started %s/%s could not be saved (it shows until the game closes): %s",
                p->data.name, pack, scenario, p->note);
}

bool ui_profile_started(const ui_Profile *p, const char *pack, const char *scenario)
{
    return p->active && sv_profile_started(&p->data, pack, scenario);
}

const char *ui_profile_date(int64_t t, char *buf, size_t size)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!localtime_r(&tt, &tm) || !strftime(buf, size, "%Y-%m-%d", &tm)) snprintf(buf, size, "?");
    return buf;
}
