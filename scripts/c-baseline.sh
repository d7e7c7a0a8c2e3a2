#!/usr/bin/env bash
# Measures the machine's C reference figures (cache line, pipe, uds, tcp, spawn, thread, mutex), so the
# lab's Java numbers can be judged against what the hardware allows here. Usage: c-baseline.sh [mode]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
command -v gcc >/dev/null || { echo "c-baseline.sh needs gcc (apt-get install gcc)" >&2; exit 2; }
gcc -O2 -o "$out/baseline" "$here/c-reference/baseline.c" -lpthread
"$out/baseline" "${1:-all}"
