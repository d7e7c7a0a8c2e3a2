#!/usr/bin/env bash
# Runs the jcstress tests (stress-bench): ./scripts/stress.sh [short|long] [--out RUN_FOLDER] [jcstress options...]
# short is what `mvn verify` runs (under a minute on 2 CPUs); long is jcstress's default mode, every JVM
# configuration (about 50 min on 2 CPUs, estimated). The report goes to RUN_FOLDER/jcstress/ (give a full run's folder
# to keep it beside that run; default results/stress-<UTC time>-<mode>/); exits 1 unless every test passed.
source "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"
STRESS_JAR="$LAB_HOME/stress-bench/target/jcstress.jar"

mode="${1:-short}"
if [[ $# -gt 0 ]]; then shift; fi
if [[ "$mode" == -h || "$mode" == --help ]]; then
  sed -n '2,5s/^# //p' "$0"
  exit 0
fi
if [[ "$mode" != short && "$mode" != long ]]; then
  echo "stress: unknown mode '$mode' (valid: short, long)" >&2
  exit 2
fi
out="$LAB_HOME/results/stress-$(date -u +%Y%m%d-%H%M%S)-$mode"
if [[ "${1:-}" == --out ]]; then
  out="${2:?--out needs a folder}"
  shift 2
fi
mkdir -p "$out/jcstress"
report="$(cd "$out/jcstress" && pwd)"
lab_build_if_needed "$STRESS_JAR"
# jcstress writes its raw results into the working folder: keep them with the report.
cd "$report"
exec "$LAB_JAVA" -jar "$STRESS_JAR" "$mode" -r "$report" "$@"
