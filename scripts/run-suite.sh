#!/usr/bin/env bash
# Runs a suite (smoke|quick|full) and writes results/<run-id>/; see --help.
source "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"
LAB_COMMAND_LINE="$0 $*"
lab_build_if_needed
lab_cli run "$@"
