/* nsv_test_stage.h - runs one stage of the normalizer over a text under
 * every arena cap, for the out-of-memory tests of the stages. */
#ifndef NSV_TEST_STAGE_H
#define NSV_TEST_STAGE_H

#include "normalizer.h"
#include "nsv_test_util.h"

/* A step of the item before or at the stage: NSV_OK, or the code it
 * failed with (err set). */
typedef nsv_code (*nt_stage_fn)(doc *x, ev_list *list, nsv_error *err);
/* Is the complete result there after the stage returned NSV_OK? */
typedef int (*nt_stage_kept_fn)(const doc *x, const ev_list *list, const void *arg);

/* Runs the stage on text (published on `published`) under every arena cap
 * up to the one it fits in (the arena counts in 16-byte steps).  A cap at
 * which the annotation (tokens to mentions) or `before` (may be NULL) does
 * not fit never reaches the stage and is skipped.  Every other run either
 * fails `stage` with NSV_ERR_NOMEM (the code and an out-of-memory message
 * in err) or keeps the complete result, which `kept` checks (given arg);
 * never a silently shorter one (`what` names the result in the failure
 * message).  Both kinds of run must occur.  The stage itself is run:
 * nsv_normalize would also fail the item on the arena's sticky failure
 * flag, so a rule that swallowed the error would go unseen there. */
static inline void nt_stage_out_of_memory_item(const char *source, const char *title,
                                               const char *text, const char *published,
                                               nt_stage_fn before, nt_stage_fn stage,
                                               nt_stage_kept_fn kept, const void *arg,
                                               const char *what);

static inline void nt_stage_out_of_memory(const char *text, const char *published,
                                          nt_stage_fn before, nt_stage_fn stage,
                                          nt_stage_kept_fn kept, const void *arg, const char *what)
{
    nt_stage_out_of_memory_item(NULL, NULL, text, published, before, stage, kept, arg, what);
}

/* As nt_stage_out_of_memory, for an item of an outlet (`source`, may be
 * NULL: its office holder, outlet_office) with a title (may be NULL), which
 * reads as the first paragraph as nsv_normalize joins it. */
static inline void nt_stage_out_of_memory_item(const char *source, const char *title,
                                               const char *text, const char *published,
                                               nt_stage_fn before, nt_stage_fn stage,
                                               nt_stage_kept_fn kept, const void *arg,
                                               const char *what)
{
    char *joined = NULL;
    size_t title_len = 0;
    if (title) {
        title_len = strlen(title) + 2;
        joined = malloc(title_len + strlen(text) + 1);
        assert_non_null(joined);
        memcpy(joined, title, title_len - 2);
        memcpy(joined + title_len - 2, "\n\n", 2);
        strcpy(joined + title_len, text);
        text = joined;
    }
    nsv_limits lim;
    nsv_limits_default(&lim);
    int fitted = 0, failed = 0;
    for (size_t cap = 16; cap < ((size_t)4 << 20) && !fitted; cap += 16) {
        arena mem;
        arena_init(&mem, cap);
        doc x;
        memset(&x, 0, sizeof x);
        x.mem = &mem;
        x.lex = nt.lex;
        x.limits = &lim;
        x.text = text;
        x.len = strlen(text);
        x.published = parse_iso_date(published, strlen(published));
        x.title_len = title_len;
        if (source) {
            x.source.ptr = source;
            x.source.len = strlen(source);
        }
        x.office_row = outlet_office(&x);
        x.office_known = 1;
        nsv_error err;
        memset(&err, 0, sizeof err);
        ev_list list = {0};
        if (tokenize(x.mem, x.text, x.len, &x.toks, &x.ntoks) || annotate_lexicon(&x) ||
            segment(&x, &err) || find_mentions(&x, &err) || mem.failed ||
            (before && (before(&x, &list, &err) || mem.failed))) {
            arena_free(&mem);
            continue; /* the steps before did not fit: the stage is not reached */
        }
        memset(&err, 0, sizeof err);
        nsv_code rc = stage(&x, &list, &err);
        if (rc == NSV_OK) {
            if (!kept(&x, &list, arg))
                fail_msg("cap %zu: %s", cap, what);
            fitted = !mem.failed;
        } else {
            assert_int_equal(rc, NSV_ERR_NOMEM);
            assert_int_equal(err.code, NSV_ERR_NOMEM);
            assert_non_null(strstr(err.message, "working memory"));
            failed++;
        }
        arena_free(&mem);
    }
    free(joined);
    assert_true(fitted && failed > 0);
}

/* The steps of the stage tests: the mentions resolved, the meetings
 * extracted after them, the signings. */
static inline nsv_code nt_resolve(doc *x, ev_list *list, nsv_error *err)
{
    (void)list;
    return resolve_mentions(x, err);
}

static inline nsv_code nt_resolve_meetings(doc *x, ev_list *list, nsv_error *err)
{
    nsv_code rc = resolve_mentions(x, err);
    return rc ? rc : extract_meetings(x, list, err);
}

static inline nsv_code nt_meetings(doc *x, ev_list *list, nsv_error *err)
{
    return extract_meetings(x, list, err);
}

static inline nsv_code nt_signings(doc *x, ev_list *list, nsv_error *err)
{
    return extract_signings(x, list, err);
}

#endif
