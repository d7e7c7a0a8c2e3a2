#!/usr/bin/env bash
# Runs a suite (smoke|quick|full) and writes results/<run-id>/; see --help.
source "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"
LAB_COMMAND_LINE="$0 $*"
lab_build_if_needed
# The runner shares the CPUs with the case it watches: with C1 only it compiles far less (its own CPU
# during a spinning case's forks fell from a median 22-24% of one CPU to 8% on a 2-CPU guest); the case
# JVMs get their own flags, not these.
LAB_CLI_JVM_FLAGS=(-XX:TieredStopAtLevel=1)
lab_cli run "$@"
