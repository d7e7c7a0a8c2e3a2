#!/bin/sh
# Runs the lab's suite on a fleet host and keeps its pids, then its exit code, beside the results, so a
# later fleet command can wait for a run it did not start, fetch it or stop it.
# Usage: run-lab.sh FOLDER JAR JAVA SUITE [run options...]
folder=$1 jar=$2
java=$(command -v -- "$3") || { echo "no java at '$3'" >&2; exit 2; }
shift 3
mkdir -p -- "$folder" && cd -- "$folder" || exit 2
echo $$ >watcher.pid
# The case JVMs use the same java as the runner (--java); the fleet's command line goes into run.json.
"$java" ${IPCLAB_FLEET_COMMAND:+"-Dipclab.commandLine=$IPCLAB_FLEET_COMMAND"} -jar "$jar" run "$@" \
    --java "$java" --out "$folder/out" </dev/null >console.log 2>&1 &
echo $! >runner.pid
wait $!
echo $? >runner.exit.part && mv runner.exit.part runner.exit
