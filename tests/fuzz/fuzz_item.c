/*
 * fuzz_item.c - libFuzzer target: one input = one wire item.
 *
 * Loads the lexicon once from the source tree's configs/ (or $NEWSEV_CONFIG_DIR),
 * then per input: nsv_decode (NSV_WIRE_AUTO), nsv_normalize, nsv_encode_event
 * of every event, parsed back with jansson.  Any crash, sanitizer report or leak is a bug.
 *
 * Built by `make fuzz` with clang -fsanitize=fuzzer,address,undefined.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "newsev.h"

#ifndef NSV_FUZZ_CONFIG_DIR
#define NSV_FUZZ_CONFIG_DIR "configs"
#endif

static nsv_lexicon *lexicon;
static nsv_normalizer *normalizer;

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "fuzz_item: %s: %s\n", what, detail);
    exit(2);
}

static void load_lexicon(void)
{
    const char *dir = getenv("NEWSEV_CONFIG_DIR");
    if (!dir || !*dir)
        dir = NSV_FUZZ_CONFIG_DIR;
    nsv_error err;
    lexicon = nsv_lexicon_new();
    if (!lexicon)
        die("lexicon", "out of memory");
    for (const char *const *name = nsv_lexicon_files(); *name; name++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/lexicon/%s", dir, *name);
        size_t len = 0;
        char *data = read_file(path, &len);
        if (!data)
            die("cannot read", path);
        if (nsv_lexicon_add(lexicon, *name, data, len, &err) != NSV_OK)
            die(path, err.message);
        free(data);
    }
    if (nsv_lexicon_finish(lexicon, &err) != NSV_OK)
        die("lexicon", err.message);
    normalizer = nsv_normalizer_new(lexicon, NULL);
    if (!normalizer)
        die("normalizer", "out of memory");
}

static void cleanup(void)
{
    nsv_normalizer_free(normalizer);
    nsv_lexicon_free(lexicon);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    load_lexicon();
    atexit(cleanup);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nsv_item item;
    nsv_error err;
    const nsv_event *events = NULL;
    size_t count = 0;

    if (nsv_decode(normalizer, (const char *)data, size, NSV_WIRE_AUTO, &item, &err) != NSV_OK)
        return 0;
    if (nsv_normalize(normalizer, &item, &events, &count, &err) != NSV_OK)
        return 0;
    for (size_t i = 0; i < count; i++) {
        const char *rec;
        size_t len;
        /* every record must parse back as one JSON object */
        if (nsv_encode_event(normalizer, &events[i], &item, &rec, &len, &err) == NSV_OK) {
            json_t *j = json_loadb(rec, len, 0, NULL);
            if (!json_is_object(j))
                abort();
            json_decref(j);
        }
    }
    return 0;
}
