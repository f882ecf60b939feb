#!/usr/bin/env bash
# it-timeout: 240
# kill -9 mid-stream over 10,000 corpus items with processing.guarantee=at_least_once, restart with the
# same group: see crash-restart.sh for the steps and what is compared.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
NSV_GUARANTEE=at_least_once
. "$IT_LIB_DIR/crash-restart.sh"
