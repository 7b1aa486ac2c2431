/* The core must build and run without SDL: no file under game/core or
 * include/svara may include an SDL header. Fails with file:line of each. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

/* True when the line is an #include whose target mentions SDL. */
static int includes_sdl(const char *line)
{
    while (*line == ' ' || *line == '\t') line++;
    if (*line != '#') return 0;
    line++;
    while (*line == ' ' || *line == '\t') line++;
    if (strncmp(line, "include", 7) != 0) return 0;
    return strstr(line + 7, "SDL") != NULL || strstr(line + 7, "sdl") != NULL;
}

/* Scans every .c and .h file under dir; returns files seen, adds offending lines to *bad. */
static int scan_dir(const char *dir, int *bad)
{
    DIR *d = opendir(dir);
    if (!d) {
        print_error("cannot open %s\n", dir);
        return 0;
    }
    int files = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            files += scan_dir(path, bad);
            continue;
        }
        size_t n = strlen(e->d_name);
        if (n < 3 || e->d_name[n - 2] != '.' ||
            (e->d_name[n - 1] != 'c' && e->d_name[n - 1] != 'h'))
            continue;
        FILE *f = fopen(path, "r");
        if (!f) continue;
        files++;
        char line[4096];
        int lineno = 0;
        while (fgets(line, sizeof line, f)) {
            lineno++;
            if (includes_sdl(line)) {
                print_error("%s:%d: the core includes SDL: %s", path, lineno, line);
                (*bad)++;
            }
        }
        fclose(f);
    }
    closedir(d);
    return files;
}

static void detector_works(void **state)
{
    (void)state;
    assert_true(includes_sdl("#include <SDL.h>"));
    assert_true(includes_sdl("  #  include \"SDL2/SDL_ttf.h\""));
    assert_true(includes_sdl("#include <sdl2/sdl.h>"));
    assert_false(includes_sdl("#include <stdio.h>"));
    assert_false(includes_sdl("/* no SDL here */"));
}

static void core_includes_no_sdl(void **state)
{
    (void)state;
    int bad = 0;
    int files = scan_dir(SV_SOURCE_DIR "/game/core", &bad);
    files += scan_dir(SV_SOURCE_DIR "/include/svara", &bad);
    print_message("scanned %d files under game/core and include/svara\n", files);
    assert_true(files >= 5); /* the folders were found and hold the core */
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(detector_works),
        cmocka_unit_test(core_includes_no_sdl),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
