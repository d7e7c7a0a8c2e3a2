#!/usr/bin/env bash
# Publishes runs as a static site: ./scripts/publish.sh RUN... --out DIR; see --help.
source "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"
LAB_COMMAND_LINE="$0 $*"
lab_build_if_needed
lab_cli publish "$@"
