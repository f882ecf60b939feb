#!/usr/bin/env bash
# The demo command: install the build dependencies if missing, build, and run
# the whole pipeline against librdkafka's in-process mock cluster.
#
#   bash scripts/demo.sh            (as root on Debian 12, or with sudo)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for p in build-essential pkg-config librdkafka-dev libjansson-dev uuid-dev nettle-dev; do
    dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    SUDO=()
    [ "$(id -u)" = 0 ] || SUDO=(sudo -n)
    echo "demo: installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null
fi
make -s -j"$(nproc 2>/dev/null || echo 2)"
exec build/newsev demo "$@"
