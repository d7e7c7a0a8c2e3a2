#!/bin/sh
# Says how the fleet's run in FOLDER stands: none, running, "ended CODE", or lost (its watcher is gone
# without writing the exit code, e.g. killed together with the run).
folder=$1
alive() { # a pid file's process is alive and still runs this command
    pid=$(cat "$folder/$1" 2>/dev/null) && grep -qa -- "$2" "/proc/$pid/cmdline" 2>/dev/null
}
if [ -f "$folder/runner.exit" ]; then
    echo "ended $(cat "$folder/runner.exit")"
elif [ ! -f "$folder/watcher.pid" ]; then
    echo none
elif alive watcher.pid run-lab.sh || alive runner.pid ipc-lab.jar; then
    echo running
else
    echo lost
fi
