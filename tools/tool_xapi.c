/* svara-tool xapi send: posts an xAPI statements file (svara-tool report
 * --xapi) to a learning record store with libcurl, in batches, with the
 * X-Experience-API-Version header, and says what the LRS answered to each.
 * The statements carry their own ids, so sending the file again stores
 * nothing twice. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <curl/curl.h>

#include "svara/native.h"
#include "tool.h"

#define MAX_XAPI_BYTES (64u * 1024u * 1024u)
#define DEFAULT_BATCH 50

typedef struct XapiArgs {
    const char *verb, *file, *endpoint, *user;
    long batch;
} XapiArgs;

static int parse_args(int argc, char **argv, XapiArgs *a)
{
    memset(a, 0, sizeof *a);
    a->batch = DEFAULT_BATCH;
    const char **pos[2] = {&a->verb, &a->file};
    int npos = 0;
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--endpoint") == 0 && v) {
            a->endpoint = v, i++;
        } else if (strcmp(argv[i], "--user") == 0 && v) {
            a->user = v, i++;
        } else if (strcmp(argv[i], "--batch") == 0 && v) {
            char *end;
            a->batch = strtol(v, &end, 10), i++;
            if (*end || a->batch < 1 || a->batch > 1000) {
                fprintf(stderr, "--batch wants 1 to 1000 statements, not '%s'\n", v);
                return 2;
            }
        } else if (tool_positional("xapi", argv[i], pos, 2, &npos)) {
            return 2;
        }
    }
    bool ok = a->verb && strcmp(a->verb, "send") == 0 && a->file && a->endpoint;
    if (a->user && !strchr(a->user, ':')) {
        fputs("--user wants KEY:SECRET\n", stderr);
        return 2;
    }
    if (!ok)
        fputs("usage: svara-tool xapi send FILE --endpoint URL [--user KEY:SECRET] [--batch N]\n",
              stderr);
    return ok ? 0 : 2;
}

typedef struct Answer {
    char *s;
    size_t len;
} Answer;

static size_t collect(char *data, size_t size, size_t n, void *user)
{
    Answer *a = user;
    size_t add = size * n;
    if (a->len + add > 1u << 20) return 0; /* an LRS answer is short; stop a runaway one */
    char *p = realloc(a->s, a->len + add + 1);
    if (!p) return 0;
    memcpy(p + a->len, data, add);
    a->s = p;
    a->len += add;
    a->s[a->len] = '\0';
    return add;
}

/* POSTs one batch; prints what came back; true on 2xx. */
static bool post(CURL *curl, const char *url, const XapiArgs *a, const char *body, int from,
                 int count, int total)
{
    Answer ans = {0};
    struct curl_slist *h = NULL;
    h = curl_slist_append(h, "Content-Type: application/json");
    h = curl_slist_append(h, "X-Experience-API-Version: 1.0.3");
    curl_easy_reset(curl);
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &ans);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 120L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (a->user) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
        curl_easy_setopt(curl, CURLOPT_USERPWD, a->user);
    }
    CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    bool ok = rc == CURLE_OK && status >= 200 && status < 300;
    printf("statements %d-%d of %d: ", from + 1, from + count, total);
    if (rc != CURLE_OK) {
        printf("not sent: %s\n", curl_easy_strerror(rc));
    } else {
        cJSON *ids = ans.s ? cJSON_Parse(ans.s) : NULL;
        if (ok && cJSON_IsArray(ids))
            printf("HTTP %ld, the LRS stored or already had %d statement(s)\n", status,
                   cJSON_GetArraySize(ids));
        else
            printf("HTTP %ld: %.600s\n", status, ans.s ? ans.s : "(no answer)");
        cJSON_Delete(ids);
    }
    curl_slist_free_all(h);
    free(ans.s);
    return ok;
}

static int send_file(const XapiArgs *a)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len;
    char *bytes = sv_native_read(a->file, MAX_XAPI_BYTES, &len, NULL, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    if (!bytes) return 1;
    const char *end = NULL;
    cJSON *all = cJSON_ParseWithLengthOpts(bytes, len, &end, 0);
    free(bytes);
    if (!cJSON_IsArray(all)) {
        fprintf(stderr, "%s: not an xAPI statements file (a JSON array of statements)\n", a->file);
        cJSON_Delete(all);
        return 1;
    }
    char url[2048];
    size_t n = strlen(a->endpoint);
    snprintf(url, sizeof url, "%s%sstatements", a->endpoint,
             n && a->endpoint[n - 1] == '/' ? "" : "/");
    CURL *curl = curl_easy_init();
    int total = cJSON_GetArraySize(all), sent = 0;
    bool ok = curl != NULL;
    if (!curl) fputs("svara-tool xapi: libcurl did not start\n", stderr);
    /* batches: an LRS caps the size of one request */
    while (ok && sent < total) {
        cJSON *batch = cJSON_CreateArray();
        int count = 0;
        for (cJSON *it = cJSON_GetArrayItem(all, sent); it && count < a->batch;
             it = it->next, count++)
            cJSON_AddItemToArray(batch, cJSON_Duplicate(it, 1));
        char *body = cJSON_PrintUnformatted(batch);
        ok = body && post(curl, url, a, body, sent, count, total);
        cJSON_free(body);
        cJSON_Delete(batch);
        sent += count;
    }
    if (curl) curl_easy_cleanup(curl);
    cJSON_Delete(all);
    if (ok) printf("sent %d statement(s) to %s\n", total, url);
    return ok ? 0 : 1;
}

int tool_xapi(int argc, char **argv)
{
    XapiArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc;
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
        fputs("svara-tool xapi: libcurl did not start\n", stderr);
        return 1;
    }
    rc = send_file(&a);
    curl_global_cleanup();
    return rc;
}
