/* The certificate of completion: one HTML page, self-contained (inline CSS,
 * inline SVG for the skill bars, no links, no fonts or images from
 * elsewhere) and printable on A4, with the learner's name, the pack, the
 * date, each scenario of the path with its best grade and date, the skills
 * by theme and the pre- and post-test with the gain. Every text from a file
 * or a profile is escaped. SDL-free: the game and `svara-tool profile
 * certificate` write the same page. */
#ifndef SVARA_CERTIFICATE_H
#define SVARA_CERTIFICATE_H

#include <stddef.h>
#include <stdint.h>

#include "svara/pack.h"
#include "svara/principles.h"
#include "svara/profile.h"

typedef struct sv_CertificateSetup {
    const sv_Profile *profile;
    const sv_Pack *pack;
    const sv_Principles *principles; /* the skills' names and themes */
    sv_Lang lang;                    /* the learner's; the pack's texts fall back as usual */
    int64_t issued;                  /* seconds since 1970: the date on the page */
} sv_CertificateSetup;

/* The page (heap, NUL-terminated; free()); NULL when out of memory. It is
 * made whether or not the path is complete: the caller decides when to offer
 * it (sv_assess_path_complete). */
char *sv_certificate_html(const sv_CertificateSetup *setup, size_t *len);

/* "2026-12-04" (UTC) of seconds since 1970, into buf (at least 11 bytes). */
const char *sv_date_text(int64_t t, char *buf, size_t size);

#endif
