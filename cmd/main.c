/* main.c - `newsev <command> [args]`: dispatch to a subcommand. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "newsev.h"

struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
};

static const struct command commands[] = {
    {"extract", cmd_extract, "news items in (files or stdin), event records out (JSON lines)"},
    {"run", cmd_run, "the Kafka daemon: consume news items, produce event records"},
    {"replay", cmd_replay,
     "bounded backfill: replay input topics from a time or offset, then exit"},
    {"demo", cmd_demo, "the whole pipeline on an in-process mock Kafka cluster"},
    {"config", cmd_config, "print the effective daemon configuration (--dump), 78 if invalid"},
};

static void usage(FILE *out)
{
    fprintf(out, "usage: newsev <command> [options]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n`newsev <command> --help` describes one command.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
        printf("newsev %s\n", NEWSEV_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "newsev: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
