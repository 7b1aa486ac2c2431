/* The always-on assert: for programmer errors only (a broken invariant of the
 * core, a caller passing what the header forbids), never for bad data, which
 * is a diagnostic. Active in every build, release included: it prints
 * "file:line: assertion failed: expr" to stderr and aborts. */
#ifndef SVARA_ASSERT_H
#define SVARA_ASSERT_H

#if defined(__GNUC__)
__attribute__((noreturn))
#endif
void sv_assert_fail(const char *file, int line, const char *expr);

#define SV_ASSERT(expr) ((expr) ? (void)0 : sv_assert_fail(__FILE__, __LINE__, #expr))

#endif
