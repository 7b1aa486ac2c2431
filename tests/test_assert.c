/* The always-on assert (svara/assert.h): in every build it prints the file,
 * the line and the expression, then aborts. Checked in a child process, so
 * the abort ends the child, not the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "svara/assert.h"

static void test_assert_prints_and_aborts(void **state)
{
    (void)state;
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(fd[1], 2);
        close(fd[0]);
        int two = 2;
        SV_ASSERT(1 + 1 == two + 1);
        _exit(0); /* not reached when the assert works */
    }
    close(fd[1]);
    char buf[512] = "";
    size_t n = 0;
    ssize_t r;
    while (n + 1 < sizeof buf && (r = read(fd[0], buf + n, sizeof buf - 1 - n)) > 0) n += (size_t)r;
    buf[n] = '\0';
    close(fd[0]);
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    print_message("child said: %s", buf);
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), SIGABRT);
    assert_non_null(strstr(buf, "test_assert.c:"));
    assert_non_null(strstr(buf, "assertion failed: 1 + 1 == two + 1"));
}

static void test_assert_passes_quietly(void **state)
{
    (void)state;
    int calls = 0;
    SV_ASSERT(++calls == 1); /* evaluated once, and only once */
    assert_int_equal(calls, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_assert_prints_and_aborts),
        cmocka_unit_test(test_assert_passes_quietly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
