#!/usr/bin/env bash
# Install what newsev's build and tests need on Debian 12, as root (or via sudo).
# Idempotent: packages already installed are skipped (dpkg -s), and when nothing
# is missing it does not touch apt at all.
set -euo pipefail

PACKAGES=(
    build-essential pkg-config
    librdkafka-dev libjansson-dev uuid-dev nettle-dev
    libcmocka-dev
    clang clang-format libclang-rt-14-dev
    valgrind kcat
    python3-jsonschema python3-confluent-kafka
    iso-codes time
)

installed() {
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

missing=()
for p in "${PACKAGES[@]}"; do
    installed "$p" || missing+=("$p")
done
# Java 17 and Maven (the Kafka integration tests): only when not already there.
java_major() {
    java -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p'
}
jv=$(command -v java >/dev/null 2>&1 && java_major || true)
if [ -z "$jv" ] || [ "$jv" -lt 17 ] || ! command -v javac >/dev/null 2>&1; then
    missing+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null 2>&1 || missing+=(maven)

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all build and test dependencies present"
    exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=()
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo -n)
    else
        echo "setup: need root to install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
echo "setup: done"
