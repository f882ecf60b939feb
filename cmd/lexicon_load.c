/* lexicon_load.c - the file side of the lexicon: read configs/lexicon/ and
 * hand the bytes to the library, which does no I/O of its own. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"

#ifndef NSV_DATADIR
#define NSV_DATADIR "configs"
#endif

/* A data file larger than this is a mistake, not a lexicon. */
#define LEXICON_FILE_MAX (64u << 20)

const char *app_config_dir(const char *override)
{
    if (override && *override)
        return override;
    const char *env = getenv("NEWSEV_CONFIG_DIR");
    if (env && *env)
        return env;
    return NSV_DATADIR;
}

int app_read_file(const char *path, size_t max_bytes, char **data, size_t *len)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f)
        return -1;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf)
        goto fail;
    for (;;) {
        if (n == cap) {
            if (cap >= max_bytes) {
                errno = EFBIG;
                goto fail;
            }
            cap *= 2;
            char *bigger = realloc(buf, cap + 1);
            if (!bigger)
                goto fail;
            buf = bigger;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f))
        goto fail;
    if (n > max_bytes) {
        errno = EFBIG;
        goto fail;
    }
    if (f != stdin)
        fclose(f);
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
fail : {
    int saved = errno;
    free(buf);
    if (f != stdin)
        fclose(f);
    errno = saved;
    return -1;
}
}

nsv_lexicon *app_load_lexicon(const char *dir, char *errbuf, size_t errlen)
{
    nsv_lexicon *lex = nsv_lexicon_new();
    if (!lex) {
        snprintf(errbuf, errlen, "out of memory");
        return NULL;
    }
    for (const char *const *name = nsv_lexicon_files(); *name; name++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/lexicon/%s", dir, *name);
        char *data;
        size_t len;
        if (app_read_file(path, LEXICON_FILE_MAX, &data, &len) != 0) {
            snprintf(errbuf, errlen, "%s: %s", path, strerror(errno));
            nsv_lexicon_free(lex);
            return NULL;
        }
        nsv_error err;
        nsv_code rc = nsv_lexicon_add(lex, *name, data, len, &err);
        free(data);
        if (rc != NSV_OK) {
            snprintf(errbuf, errlen, "%s: %s", path, err.message);
            nsv_lexicon_free(lex);
            return NULL;
        }
    }
    nsv_error err;
    if (nsv_lexicon_finish(lex, &err) != NSV_OK) {
        snprintf(errbuf, errlen, "%s/lexicon: %s", dir, err.message);
        nsv_lexicon_free(lex);
        return NULL;
    }
    return lex;
}
