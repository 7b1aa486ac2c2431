/* The always-on assert's failure path (svara/assert.h): the one place the core
 * writes to stderr, because a broken invariant has no caller left to tell. */
#include "svara/assert.h"

#include <stdio.h>
#include <stdlib.h>

void sv_assert_fail(const char *file, int line, const char *expr)
{
    fprintf(stderr, "%s:%d: assertion failed: %s\n", file, line, expr);
    fflush(stderr);
    abort();
}
