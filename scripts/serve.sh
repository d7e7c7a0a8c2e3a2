#!/usr/bin/env bash
# Answers 'run --peer-host' from another host: ./scripts/serve.sh --secret-file F [--bind ADDR --allow-remote]; see --help.
source "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"
LAB_COMMAND_LINE="$0 $*"
lab_build_if_needed
lab_cli serve "$@"
