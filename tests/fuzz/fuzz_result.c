/* libFuzzer target for result files and everything made from them: a file
 * that parses writes back out and parses again to the same text, and the
 * report of it alone gives every export (CSV, JSON, xAPI, HTML) without a
 * crash, whatever its names and numbers hold. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "svara/diag.h"
#include "svara/workshop.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void exports(const sv_Result *r)
{
    const sv_Result *list[1] = {r};
    const char *files[1] = {"fuzz.json"};
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Report rep;
    if (sv_report_merge(&rep, list, files, 1, &diags) == SV_OK) {
        free(sv_report_csv(&rep));
        free(sv_report_json(&rep, NULL));
        free(sv_report_xapi(&rep));
        free(sv_report_html(&rep, NULL, SV_LANG_SV));
        size_t n;
        free(sv_report_spreads(&rep, &n));
        sv_report_free(&rep);
    }
    sv_diag_free(&diags);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Result r;
    sv_Status st = sv_result_parse("fuzz.json", (const char *)data, size, &r, &diags);
    if ((st == SV_OK) != (diags.errors == 0) && st != SV_ERR_NOMEM) abort();
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    if (st == SV_OK) {
        size_t len;
        char *text = sv_result_write(&r, &len);
        if (text) {
            sv_DiagList again_diags;
            sv_diag_init(&again_diags);
            sv_Result again;
            if (sv_result_parse("fuzz-again.json", text, len, &again, &again_diags) != SV_OK)
                abort();
            char *text2 = sv_result_write(&again, NULL);
            if (text2 && strcmp(text, text2) != 0) abort();
            free(text2);
            sv_result_free(&again);
            sv_diag_free(&again_diags);
            free(text);
        }
        exports(&r);
        sv_result_free(&r);
    }
    sv_diag_free(&diags);
    return 0;
}
