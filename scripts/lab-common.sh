# Shared by the scripts: where the lab is, the java that runs the CLI, and building the jar when stale.
set -euo pipefail

LAB_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LAB_JAR="$LAB_HOME/lab-dist/target/ipc-lab.jar"
LAB_JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Builds the lab when a runnable jar (default: the lab's) is missing or older than any source or pom.
lab_build_if_needed() {
  local jar="${1:-$LAB_JAR}"
  if [[ ! -f "$jar" ]] || [[ -n "$(find "$LAB_HOME" -path '*/target' -prune -o \
        \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources*/*' \) -newer "$jar" -print -quit)" ]]; then
    echo "building the lab (mvn package)..." >&2
    (cd "$LAB_HOME" && mvn -B -q -DskipTests package) >&2
  fi
}

# Flags of the CLI's own JVM (never of the JVMs it measures), set by a script before lab_cli.
LAB_CLI_JVM_FLAGS=()

# Runs a subcommand of the lab's CLI with the original command line recorded for run.json.
lab_cli() {
  local sub="$1"; shift
  exec "$LAB_JAVA" "${LAB_CLI_JVM_FLAGS[@]}" -Dipclab.home="$LAB_HOME" -Dipclab.commandLine="$LAB_COMMAND_LINE" \
    -jar "$LAB_JAR" "$sub" "$@"
}
