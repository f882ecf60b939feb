#!/usr/bin/env bash
# it-timeout: 240
# kill -9 mid-stream over 10,000 corpus items with processing.guarantee=exactly_once, restart with the
# same group: see crash-restart.sh for the steps and what is compared.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
NSV_GUARANTEE=exactly_once
. "$IT_LIB_DIR/crash-restart.sh"
