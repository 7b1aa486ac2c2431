/* libFuzzer target for learners' profiles (profile.json: runs and the pre-
 * and post-tests). Besides not crashing: a profile parses exactly when no
 * error is reported, and one that parses is written back and read again to
 * the same runs, tests and gains. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "svara/diag.h"
#include "svara/profile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void round_trip(const sv_Profile *p)
{
    size_t len = 0;
    char *text = sv_profile_write(p, &len);
    if (!text) return; /* out of memory */
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Profile back;
    if (sv_profile_parse("again.json", text, len, &back, &diags) != SV_OK) abort();
    if (back.run_count != p->run_count || back.assessment_count != p->assessment_count) abort();
    for (size_t i = 0; i < p->assessment_count; i++) {
        const sv_ProfileAssessment *a = &p->assessments[i], *b = &back.assessments[i];
        if (a->score != b->score || a->item_count != b->item_count || a->kind != b->kind) abort();
        int32_t g1, g2;
        if (sv_profile_gain(p, a->pack, &g1) != sv_profile_gain(&back, a->pack, &g2) || g1 != g2)
            abort();
    }
    sv_profile_free(&back);
    sv_diag_free(&diags);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Profile p;
    sv_Status st = sv_profile_parse("fuzz.json", (const char *)data, size, &p, &diags);
    if ((st == SV_OK) != (diags.errors == 0) && st != SV_ERR_NOMEM) abort();
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    if (st == SV_OK) {
        round_trip(&p);
        sv_profile_free(&p);
    }
    sv_diag_free(&diags);
    return 0;
}
