#!/usr/bin/env bash
# Compares runs fork by fork: ./scripts/compare.sh A1[,A2...] B1[,B2...] [SIDE...] [options]; see --help.
source "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"
LAB_COMMAND_LINE="$0 $*"
lab_build_if_needed
lab_cli compare "$@"
