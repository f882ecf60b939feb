/* commands.h - the subcommands of the newsev command, one entry point each.
 * Each returns the process exit status. */
#ifndef NEWSEV_COMMANDS_H
#define NEWSEV_COMMANDS_H

int cmd_extract(int argc, char **argv);
int cmd_config(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_demo(int argc, char **argv);
int cmd_replay(int argc, char **argv);

#endif
