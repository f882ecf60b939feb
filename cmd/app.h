/* app.h - helpers shared by the newsev subcommands (not part of the library). */
#ifndef NEWSEV_APP_H
#define NEWSEV_APP_H

#include <stddef.h>
#include <time.h>

#include "newsev.h"

/* Exit statuses shared by every subcommand (sysexits where one fits). */
#define EXIT_ITEM_FAILED 1 /* some input could not be processed */
#define EXIT_USAGE 2
#define EXIT_CONFIG 78 /* EX_CONFIG */

/* The lexicon data directory to use: `override` when not NULL, else
 * $NEWSEV_CONFIG_DIR, else the compile-time NSV_DATADIR. */
const char *app_config_dir(const char *override);

/* Read every file nsv_lexicon_files() names from `dir` and build a finished
 * lexicon.  Returns NULL and a message in errbuf on failure.  Caller owns the
 * result (nsv_lexicon_free). */
nsv_lexicon *app_load_lexicon(const char *dir, char *errbuf, size_t errlen);

/* Read a whole file (or stdin for "-") into a malloc'd buffer, refusing
 * anything larger than max_bytes.  Returns 0, or -1 with errno set
 * (EFBIG when over the limit). */
int app_read_file(const char *path, size_t max_bytes, char **data, size_t *len);

/* The CLOCK_REALTIME time `ms` from now: a deadline for
 * pthread_cond_timedwait(). */
static inline struct timespec app_deadline_after(int ms)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    t.tv_sec += ms / 1000;
    t.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

#endif
