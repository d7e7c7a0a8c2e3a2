#!/usr/bin/env bash
# Compares runs with statistics: ./scripts/compare.sh RUN_A RUN_B [RUN...] [options]; see --help.
source "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"
LAB_COMMAND_LINE="$0 $*"
lab_build_if_needed
lab_cli compare "$@"
