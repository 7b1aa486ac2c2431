/* Workshop injects: a scenario's "injects", each with a title and guidance
 * for the facilitator, a time ("at") or "manual": true, and the post,
 * decision or event it adds. Those nodes are read by load_story.c like the
 * story's own, after them in their arrays; here the injects are read and
 * linked to them, in the same order. */
#include <stdio.h>
#include <string.h>

#include "load_common.h"

static const char *const node_keys[] = {"post", "decision", "event"};

const cJSON *sv_load_inject_node(const cJSON *root, const char *key, uint32_t n,
                                 char ptr[SV_LOAD_PTR])
{
    const cJSON *list = sv_load_get(root, "injects");
    size_t i = 0;
    for (const cJSON *in = cJSON_IsArray(list) ? list->child : NULL; in; in = in->next, i++) {
        const cJSON *node = cJSON_IsObject(in) ? sv_load_get(in, key) : NULL;
        if (!cJSON_IsObject(node) || n-- > 0) continue;
        sv_load_ptr_index(ptr, "/injects", i);
        sv_load_ptr_key(ptr, ptr, key);
        return node;
    }
    return NULL;
}

uint32_t sv_load_inject_node_count(const cJSON *root, const char *key)
{
    char ptr[SV_LOAD_PTR];
    uint32_t n = 0;
    while (sv_load_inject_node(root, key, n, ptr)) n++;
    return n;
}

void sv_load_inject_no_at(sv_Loader *L, const cJSON *node, const char *ptr, const char *what)
{
    char at[SV_LOAD_PTR];
    if (!sv_load_get(node, "at")) return;
    sv_load_ptr_key(at, ptr, "at");
    sv_load_error(L, at,
                  "the %s an inject adds comes when the inject fires: give the inject its "
                  "\"at\" (or \"manual\": true) and leave \"at\" out here",
                  what);
}

/* "at" (it fires by itself then) or "manual": true (the facilitator fires it). */
static void read_when_fired(sv_Loader *L, const cJSON *it, const char *ptr, sv_Inject *in)
{
    char at[SV_LOAD_PTR], man[SV_LOAD_PTR];
    const cJSON *t = sv_load_get(it, "at"), *manual = sv_load_get(it, "manual");
    bool is_manual = false;
    sv_load_ptr_key(at, ptr, "at");
    sv_load_ptr_key(man, ptr, "manual");
    if (manual && !sv_load_bool(L, manual, man, &is_manual)) return;
    if (t && is_manual) {
        sv_load_error(L, man,
                      "an inject fires at its time (\"at\") or when the facilitator fires it "
                      "(\"manual\": true), not both");
    } else if (t) {
        uint32_t ms;
        if (sv_load_seconds(L, t, at, &ms)) in->at_ms = (int32_t)ms;
    } else if (!is_manual) {
        sv_load_error(L, manual ? man : ptr,
                      "an inject needs \"at\" (seconds: it fires by itself then) or \"manual\": "
                      "true (the facilitator fires it)");
    }
}

/* first[k] + seen[k]: the index of the next inject's post, decision, event. */
static void read_inject(sv_Loader *L, const cJSON *it, const char *ptr, sv_Inject *in,
                        const uint32_t first[3], uint32_t seen[3])
{
    static const char *const keys[] = {"id",   "title",    "guidance", "at", "manual",
                                       "post", "decision", "event",    NULL};
    static const char *const texts[] = {"title", "guidance"};
    int32_t *slots[] = {&in->post, &in->decision, &in->event};
    sv_Text *words[] = {&in->title, &in->guidance};
    char at[SV_LOAD_PTR];
    in->id = sv_load_id_of(L, it);
    in->at_ms = SV_NEVER;
    in->post = in->decision = in->event = -1;
    sv_load_empty_text(&in->title);
    sv_load_empty_text(&in->guidance);
    if (!sv_load_object(L, it, ptr, "an inject")) return;
    sv_load_check_keys(L, it, ptr, keys);
    for (int k = 0; k < 2; k++) {
        const cJSON *t = sv_load_required(L, it, ptr, texts[k]);
        sv_load_ptr_key(at, ptr, texts[k]);
        if (t) (void)sv_load_text(L, t, at, words[k]);
    }
    read_when_fired(L, it, ptr, in);
    bool adds = false;
    for (int k = 0; k < 3; k++) {
        const cJSON *node = sv_load_get(it, node_keys[k]);
        if (!node) continue;
        adds = true;
        sv_load_ptr_key(at, ptr, node_keys[k]);
        if (cJSON_IsObject(node))
            *slots[k] = (int32_t)(first[k] + seen[k]++);
        else
            sv_load_error(L, at, "must be an object: a %s as in \"%ss\" (without \"at\"), not %s",
                          node_keys[k], node_keys[k], sv_load_type_name(node));
    }
    if (!adds)
        sv_load_error(L, ptr,
                      "an inject adds a \"post\", a \"decision\" or an \"event\" (or one of "
                      "each); this one adds nothing");
}

void sv_load_injects(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    char ptr[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, "injects", false, ptr);
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (n > (int)SV_MAX_INJECTS)
        sv_load_error(L, ptr, "%d injects; the limit is %u", n, SV_MAX_INJECTS);
    sc->injects = n > 0 ? sv_load_alloc(L, (size_t)n * sizeof *sc->injects) : NULL;
    sc->inject_count = sc->injects ? (uint32_t)n : 0;
    const uint32_t first[3] = {sc->post_count - sc->injected.posts,
                               sc->decision_count - sc->injected.decisions,
                               sc->event_count - sc->injected.events};
    uint32_t seen[3] = {0, 0, 0};
    size_t i = 0;
    for (const cJSON *it = sc->injects ? list->child : NULL; it; it = it->next, i++) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_index(at, ptr, i);
        read_inject(L, it, at, &sc->injects[i], first, seen);
    }
}
