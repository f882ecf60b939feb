/* nsv_test_stage.h - runs one stage of the normalizer over a text under
 * every arena cap, and with each of its allocations failing alone, for the
 * out-of-memory tests of the stages. */
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
 * flag, so a rule that swallowed the error would go unseen there.  Then the
 * stage is run with each one of its allocations failing alone
 * (nt_stage_one_failure), which sees a rule that reads a failed allocation
 * as "none found". */
static inline void nt_stage_out_of_memory_item(const char *source, const char *title,
                                               const char *text, const char *published,
                                               nt_stage_fn before, nt_stage_fn stage,
                                               nt_stage_kept_fn kept, const void *arg,
                                               const char *what);

/* The item set up for the stage in a fresh arena of `cap`: tokens to
 * mentions, then `before` (may be NULL).  0, or -1 when they did not fit. */
static inline int nt_stage_setup(arena *mem, size_t cap, doc *x, const nsv_limits *lim,
                                 const char *source, const char *text, const char *published,
                                 size_t title_len, nt_stage_fn before, ev_list *list)
{
    arena_init(mem, cap);
    memset(x, 0, sizeof *x);
    x->mem = mem;
    x->lex = nt.lex;
    x->limits = lim;
    x->text = text;
    x->len = strlen(text);
    x->published = parse_iso_date(published, strlen(published));
    x->title_len = title_len;
    if (source) {
        x->source.ptr = source;
        x->source.len = strlen(source);
    }
    x->office_row = outlet_office(x);
    x->office_known = 1;
    nsv_error err;
    memset(&err, 0, sizeof err);
    if (tokenize(x->mem, x->text, x->len, &x->toks, &x->ntoks) || annotate_lexicon(x) ||
        segment(x, &err) || find_mentions(x, &err) || mem->failed ||
        (before && (before(x, list, &err) || mem->failed)))
        return -1;
    return 0;
}

/* A stage's failure for want of memory: the code and the message. */
static inline void nt_stage_nomem(nsv_code rc, const nsv_error *err)
{
    assert_int_equal(rc, NSV_ERR_NOMEM);
    assert_int_equal(err->code, NSV_ERR_NOMEM);
    assert_non_null(strstr(err->message, "working memory"));
}

static inline int nt_same_str(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

static inline int nt_same_ent(const doc *x, int i, const doc *y, int j)
{
    if (i < 0 || j < 0 || (size_t)i >= x->nents || (size_t)j >= y->nents)
        return i == j;
    const entity *a = &x->ents[i], *b = &y->ents[j];
    return a->kind == b->kind && nt_same_str(a->name, b->name) && nt_same_str(a->role, b->role) &&
           nt_same_str(a->country, b->country) && nt_same_str(a->shown, b->shown);
}

static inline int nt_same_event(const nsv_event *a, const nsv_event *b)
{
    return a->type == b->type && a->modality == b->modality && !strcmp(a->date, b->date) &&
           nt_same_str(a->location_name, b->location_name) &&
           nt_same_str(a->location_country, b->location_country) &&
           a->n_participants == b->n_participants && nt_same_str(a->quote, b->quote) &&
           a->direct == b->direct && nt_same_str(a->document_title, b->document_title) &&
           nt_same_str(a->document_kind, b->document_kind) && a->format == b->format &&
           a->evidence_start == b->evidence_start && a->evidence_end == b->evidence_end &&
           nt_same_str(a->rule, b->rule);
}

/* Is the stage's result on (x, l) the one on (y, m): the same entities and
 * what each mention stands for, the same drafts with the same parties? */
static inline int nt_same_result(const doc *x, const ev_list *l, const doc *y, const ev_list *m)
{
    if (x->nents != y->nents || x->nments != y->nments || l->n != m->n)
        return 0;
    for (size_t i = 0; i < x->nents; i++)
        if (!nt_same_ent(x, (int)i, y, (int)i))
            return 0;
    for (size_t k = 0; k < x->nments; k++)
        if (x->ments[k].entity != y->ments[k].entity)
            return 0;
    for (size_t k = 0; k < l->n; k++) {
        const ev_draft *a = &l->v[k], *b = &m->v[k];
        if (!nt_same_event(&a->ev, &b->ev) || a->nents != b->nents ||
            !nt_same_ent(x, a->speaker_ent, y, b->speaker_ent) || a->sent != b->sent ||
            a->cue_tok != b->cue_tok || a->day != b->day || a->dropped != b->dropped ||
            a->merged != b->merged || a->content_start != b->content_start ||
            a->content_end != b->content_end || !nt_same_str(a->visit_place, b->visit_place) ||
            !nt_same_str(a->visit_country, b->visit_country))
            return 0;
        for (int i = 0; i < a->nents && i < MAX_PARTIES; i++)
            if (!nt_same_ent(x, a->ents[i], y, b->ents[i]))
                return 0;
    }
    return 1;
}

/* The stage with each one of its allocations failing in turn, the first,
 * the second, ... until one run makes fewer allocations than the one that
 * would fail (arena_fail_one: only that allocation fails, every later one
 * succeeds).  Each run either fails `stage` with NSV_ERR_NOMEM or gives the
 * result of the run in which nothing fails (nt_same_result) and `kept`.  A
 * rule that reads the failed allocation as "none found" gives a shorter
 * result here, where the every-cap runs cannot see it: under a cap every
 * later allocation fails too and the stage reports running out anyway. */
static inline void nt_stage_one_failure(const char *source, const char *text, const char *published,
                                        size_t title_len, nt_stage_fn before, nt_stage_fn stage,
                                        nt_stage_kept_fn kept, const void *arg, const char *what)
{
    const size_t cap = (size_t)64 << 20;
    nsv_limits lim;
    nsv_limits_default(&lim);
    arena ref_mem;
    doc ref;
    ev_list ref_list = {0};
    nsv_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(nt_stage_setup(&ref_mem, cap, &ref, &lim, source, text, published, title_len,
                                    before, &ref_list),
                     0);
    assert_int_equal(stage(&ref, &ref_list, &err), NSV_OK);
    assert_false(ref_mem.failed);
    assert_true(kept(&ref, &ref_list, arg));
    int failed = 0, done = 0;
    for (size_t n = 1; !done; n++) {
        arena mem;
        doc x;
        ev_list list = {0};
        assert_int_equal(
            nt_stage_setup(&mem, cap, &x, &lim, source, text, published, title_len, before, &list),
            0);
        assert_int_equal(arena_fail_one(&mem, n), 0);
        memset(&err, 0, sizeof err);
        nsv_code rc = stage(&x, &list, &err);
        done = mem.trip_count < n; /* the n-th allocation was never asked for */
        if (rc == NSV_OK) {
            if (!nt_same_result(&x, &list, &ref, &ref_list) || !kept(&x, &list, arg))
                fail_msg("allocation %zu of the stage failed alone: %s (or another part of the "
                         "result lost)",
                         n, what);
        } else {
            assert_false(done);
            nt_stage_nomem(rc, &err);
            failed++;
        }
        arena_free(&mem);
    }
    arena_free(&ref_mem);
    assert_true(failed > 0);
}

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
        doc x;
        ev_list list = {0};
        if (nt_stage_setup(&mem, cap, &x, &lim, source, text, published, title_len, before,
                           &list)) {
            arena_free(&mem);
            continue; /* the steps before did not fit: the stage is not reached */
        }
        nsv_error err;
        memset(&err, 0, sizeof err);
        nsv_code rc = stage(&x, &list, &err);
        if (rc == NSV_OK) {
            if (!kept(&x, &list, arg))
                fail_msg("cap %zu: %s", cap, what);
            fitted = !mem.failed;
        } else {
            nt_stage_nomem(rc, &err);
            failed++;
        }
        arena_free(&mem);
    }
    assert_true(fitted && failed > 0);
    nt_stage_one_failure(source, text, published, title_len, before, stage, kept, arg, what);
    free(joined);
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
