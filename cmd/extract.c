/* extract.c - `newsev extract`: offline, news items in, event records out.
 *
 * Input is JSON lines (one item per line) from files or stdin, or with --raw
 * one raw-text item per file.  Records go to stdout as JSON lines; each item
 * that cannot be read gets one structured error line on stderr and the run
 * goes on.  Exit status: 0 all items read, 1 some item failed, 2 usage or
 * I/O error, 78 bad lexicon data. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "commands.h"
#include "newsev.h"

struct extract_run {
    nsv_normalizer *norm;
    size_t max_item_bytes;
    nsv_wire wire;
    unsigned long items, failed, events;
};

static void usage(FILE *out)
{
    fprintf(out,
            "usage: newsev extract [options] [FILE...]\n"
            "\n"
            "Read news items and print their event records (record v1) as JSON lines.\n"
            "Without FILE, or with '-', items are read from stdin.\n"
            "\n"
            "  --raw                each FILE is one raw-text item (optional 'date YYYY-MM-DD'\n"
            "                       header, dateline), instead of JSON lines\n"
            "  --config-dir DIR     lexicon data directory (default $NEWSEV_CONFIG_DIR or %s)\n"
            "  --max-item-bytes N   refuse items larger than N bytes (default 1048576)\n"
            "  --all-modalities     also print planned/negated/hypothetical events (default)\n"
            "  --actual-only        print only events the text reports as having happened\n"
            "  -h, --help           this text\n"
            "  --version            print the version\n"
            "\n"
            "Errors: one line per bad item on stderr (logfmt: level, component, file, line,\n"
            "code, msg); exit status 1 when any item failed, 0 otherwise.\n",
            app_config_dir(NULL));
}

/* logfmt value: quoted, with quotes, backslashes and control bytes escaped so a
 * news item can never forge a line or a field. */
static void put_logfmt_value(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void report_item_error(const char *file, unsigned long line, const nsv_item *item,
                              const nsv_error *err)
{
    fputs("level=error component=extract msg=\"item skipped\" file=", stderr);
    put_logfmt_value(stderr, file, strlen(file));
    fprintf(stderr, " line=%lu", line);
    if (item && item->id.ptr) {
        fputs(" item_id=", stderr);
        put_logfmt_value(stderr, item->id.ptr, item->id.len < 200 ? item->id.len : 200);
    }
    fprintf(stderr, " code=%s", nsv_code_name(err->code));
    if (err->offset != (size_t)-1)
        fprintf(stderr, " offset=%zu", err->offset);
    fputs(" error=", stderr);
    put_logfmt_value(stderr, err->message, strlen(err->message));
    fputc('\n', stderr);
}

static int emit_item(struct extract_run *run, const char *buf, size_t len, const char *file,
                     unsigned long line, int actual_only)
{
    nsv_item item;
    nsv_error err;
    const nsv_event *events;
    size_t count;
    run->items++;
    memset(&item, 0, sizeof item);
    if (nsv_decode(run->norm, buf, len, run->wire, &item, &err) != NSV_OK ||
        nsv_normalize(run->norm, &item, &events, &count, &err) != NSV_OK) {
        run->failed++;
        report_item_error(file, line, &item, &err);
        return -1;
    }
    for (size_t i = 0; i < count; i++) {
        if (actual_only && events[i].modality != NSV_MOD_ACTUAL)
            continue;
        const char *rec;
        size_t n;
        if (nsv_encode_event(run->norm, &events[i], &item, &rec, &n, &err) != NSV_OK) {
            /* the item's records so far are out; the count of failed
             * items says it was not read whole */
            run->failed++;
            report_item_error(file, line, &item, &err);
            return -1;
        }
        if (fwrite(rec, 1, n, stdout) != n || putchar('\n') == EOF) {
            fprintf(stderr, "level=error component=extract msg=\"cannot write record\"\n");
            return -2;
        }
        run->events++;
    }
    return 0;
}

/* Lines of at most `cap` bytes from a file descriptor, read in large
 * chunks (read(2): a pipe's lines are handled as they arrive).  Longer lines
 * are consumed to their end and flagged, so memory stays bounded by the item
 * limit. */
struct line_reader {
    int fd;
    char *buf;
    size_t size;       /* of buf: cap plus room for reading ahead */
    size_t cap;        /* longest line kept */
    size_t start, end; /* unread bytes: buf[start..end) */
    int eof;
};

static int fill(struct line_reader *r)
{
    if (r->eof)
        return 0;
    if (r->start > 0 && (r->end == r->size || r->start > r->size / 2)) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    for (;;) {
        ssize_t got = read(r->fd, r->buf + r->end, r->size - r->end);
        if (got > 0) {
            r->end += (size_t)got;
            return 1;
        }
        if (got < 0 && errno == EINTR)
            continue;
        r->eof = 1; /* end of input, or a read error: both end the input */
        return 0;
    }
}

/* The next line (without its '\n') as a view into the reader's buffer,
 * valid until the next call.  Returns 0 at the end of input. */
static int next_line(struct line_reader *r, const char **line, size_t *len, int *too_long)
{
    size_t scanned = 0; /* bytes of the current line known to hold no '\n' */
    *too_long = 0;
    for (;;) {
        size_t avail = r->end - r->start;
        const char *nl =
            avail > scanned ? memchr(r->buf + r->start + scanned, '\n', avail - scanned) : NULL;
        if (nl) {
            size_t n = (size_t)(nl - (r->buf + r->start));
            if (n > r->cap)
                *too_long = 1;
            *len = *too_long ? 0 : n; /* a line too long is only reported */
            *line = r->buf + r->start;
            r->start += n + 1;
            return 1;
        }
        scanned = avail;
        if (scanned > r->cap) {
            /* too long: drop what was read of it, keep looking for its end */
            *too_long = 1;
            r->start = r->end;
            scanned = 0;
        }
        if (!fill(r)) {
            avail = r->end - r->start;
            if (avail == 0 && !*too_long)
                return 0;
            if (avail > r->cap)
                *too_long = 1;
            *len = *too_long ? 0 : avail;
            *line = r->buf + r->start;
            r->start = r->end;
            return 1;
        }
    }
}

static int extract_jsonl(struct extract_run *run, const char *path, int actual_only)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "level=error component=extract msg=\"cannot open\" file=");
        put_logfmt_value(stderr, path, strlen(path));
        fprintf(stderr, " error=\"%s\"\n", strerror(errno));
        return -2;
    }
    struct line_reader r = {.fd = fileno(f), .cap = run->max_item_bytes + 1};
    r.size = r.cap + (1u << 20);
    r.buf = malloc(r.size);
    if (!r.buf) {
        if (f != stdin)
            fclose(f);
        return -2;
    }
    const char *buf;
    size_t len;
    int too_long, rc = 0;
    unsigned long line = 0;
    while (next_line(&r, &buf, &len, &too_long)) {
        line++;
        if (len && buf[len - 1] == '\r')
            len--;
        size_t k = 0;
        while (k < len && (buf[k] == ' ' || buf[k] == '\t'))
            k++;
        if (k == len && !too_long)
            continue; /* blank line: not an item */
        if (too_long) {
            nsv_error err = {.code = NSV_ERR_TOO_LARGE, .offset = (size_t)-1};
            snprintf(err.message, sizeof err.message, "item larger than %zu bytes",
                     run->max_item_bytes);
            run->items++;
            run->failed++;
            report_item_error(path, line, NULL, &err);
            continue;
        }
        if (emit_item(run, buf, len, path, line, actual_only) == -2) {
            rc = -2;
            break;
        }
    }
    free(r.buf);
    if (f != stdin)
        fclose(f);
    return rc;
}

static int extract_raw(struct extract_run *run, const char *path, int actual_only)
{
    char *data;
    size_t len;
    if (app_read_file(path, run->max_item_bytes, &data, &len) != 0) {
        if (errno == EFBIG) {
            nsv_error err = {.code = NSV_ERR_TOO_LARGE, .offset = (size_t)-1};
            snprintf(err.message, sizeof err.message, "item larger than %zu bytes",
                     run->max_item_bytes);
            run->items++;
            run->failed++;
            report_item_error(path, 1, NULL, &err);
            return 0;
        }
        fprintf(stderr, "level=error component=extract msg=\"cannot read\" file=");
        put_logfmt_value(stderr, path, strlen(path));
        fprintf(stderr, " error=\"%s\"\n", strerror(errno));
        return -2;
    }
    int rc = emit_item(run, data, len, path, 1, actual_only);
    free(data);
    return rc == -2 ? -2 : 0;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"raw", no_argument, NULL, 'r'},
        {"config-dir", required_argument, NULL, 'c'},
        {"max-item-bytes", required_argument, NULL, 'm'},
        {"all-modalities", no_argument, NULL, 'A'},
        {"actual-only", no_argument, NULL, 'a'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    const char *config_dir = NULL;
    int raw = 0, actual_only = 0, opt;
    nsv_limits limits;
    nsv_limits_default(&limits);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 'r': raw = 1; break;
        case 'c': config_dir = optarg; break;
        case 'm': {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v == 0) {
                fprintf(stderr, "newsev extract: --max-item-bytes needs a positive number\n");
                return EXIT_USAGE;
            }
            limits.max_item_bytes = (size_t)v;
            break;
        }
        case 'A': actual_only = 0; break;
        case 'a': actual_only = 1; break;
        case 'h': usage(stdout); return 0;
        case 'V': printf("newsev %s\n", NEWSEV_VERSION); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    char errbuf[512];
    nsv_lexicon *lex = app_load_lexicon(app_config_dir(config_dir), errbuf, sizeof errbuf);
    if (!lex) {
        fprintf(stderr, "level=error component=extract msg=\"cannot load lexicon\" error=");
        put_logfmt_value(stderr, errbuf, strlen(errbuf));
        fputc('\n', stderr);
        return EXIT_CONFIG;
    }
    struct extract_run run = {
        .norm = nsv_normalizer_new(lex, &limits),
        .max_item_bytes = limits.max_item_bytes,
        .wire = raw ? NSV_WIRE_RAW : NSV_WIRE_JSON,
    };
    int rc = 0;
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, NULL, _IOFBF, 64 * 1024); /* records are written in large blocks */
    if (!run.norm) {
        fprintf(stderr, "level=error component=extract msg=\"out of memory\"\n");
        rc = -2;
    } else if (optind == argc) {
        rc = raw ? extract_raw(&run, "-", actual_only) : extract_jsonl(&run, "-", actual_only);
    } else {
        for (int i = optind; i < argc && rc != -2; i++)
            rc = raw ? extract_raw(&run, argv[i], actual_only)
                     : extract_jsonl(&run, argv[i], actual_only);
    }
    if (fflush(stdout) != 0)
        rc = -2;
    nsv_normalizer_free(run.norm);
    nsv_lexicon_free(lex);
    if (rc == -2)
        return EXIT_USAGE;
    return run.failed ? EXIT_ITEM_FAILED : 0;
}
