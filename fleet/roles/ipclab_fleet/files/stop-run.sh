#!/bin/sh
# Stops the fleet's run in FOLDER if one runs: SIGTERM first (the lab ends its case and peers and files
# the run as interrupted), SIGKILL after a minute. With --remove, then deletes the folder.
folder=$1
pid=$(cat "$folder/runner.pid" 2>/dev/null)
if [ -n "$pid" ] && grep -qa ipc-lab.jar "/proc/$pid/cmdline" 2>/dev/null; then
    kill -TERM "$pid"
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 60 ]; do sleep 1; i=$((i + 1)); done
    kill -KILL "$pid" 2>/dev/null
    echo "stopped the run (pid $pid)"
fi
# The watcher writes the exit code as the runner ends: let it, so nothing writes into a removed folder.
i=0
while [ -f "$folder/watcher.pid" ] && [ ! -f "$folder/runner.exit" ] && [ $i -lt 10 ] \
        && grep -qa run-lab.sh "/proc/$(cat "$folder/watcher.pid")/cmdline" 2>/dev/null; do
    sleep 1; i=$((i + 1))
done
if [ "${2:-}" = --remove ]; then
    rm -rf -- "$folder"
fi
