#!/usr/bin/env bash
# Runs a suite on every host of an Ansible inventory and gathers the runs into results/fleet-<id>/:
# ./scripts/fleet.sh INVENTORY [SUITE] [options] [run options]; see --help.
source "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"

usage() {
  cat <<'EOF'
Usage: fleet.sh INVENTORY [smoke|quick|full] [--limit PATTERN] [--fleet-id ID] [--out DIR] [run options...]

Runs the suite on every host of the Ansible INVENTORY (or those --limit selects) in parallel, with the
same options and the same --seed, fetches each run folder into DIR/fleet-<ID>/<host>/<run-id>/, writes
DIR/fleet-<ID>/hosts.csv (how each host's run ended), a comparison (the first host the baseline) and a
published site with the hosts as runs.

  --limit PATTERN  hosts or groups of the inventory (Ansible's pattern, e.g. lab or alpha,beta). Default: all
  --fleet-id ID    name of the fleet (letters, digits, . _ -). Default: the UTC time, yyyyMMdd-HHmmss.
                   Running the same command with the ID of an earlier fleet fetches what it is missing:
                   finished hosts are left alone, a run still going on a host is waited for, not restarted.
  --out DIR        folder of the fleet's folder. Default: results
  run options      as for run-suite.sh (--cases, --forks, --seed, --placement, --pin, --jvm-arg, ...),
                   checked here first; the JVM comes from each host's inventory variable ipclab_java.

Inventory variables per host: ipclab_java (default java), ipclab_dir (default ipclab, under the login's
home), ipclab_install_java (true: install a JDK 17 with the package manager if none is found),
ipclab_min_free_mb, ipclab_poll_seconds, ipclab_run_timeout. Hosts are reached with key-based SSH.

Exit codes: 0 every host's run complete with exit 0, 1 a host failed, was unreachable or its run did
not end cleanly, 2 bad input, 130 interrupted (the runs on the hosts are stopped).
EOF
}

fail_input() { # a mistake in the command or the inventory: say what, exit 2
  echo "error: $*" >&2
  exit 2
}

[[ $# -ge 1 ]] || { usage >&2; fail_input "give an inventory, e.g. ./scripts/fleet.sh hosts.ini smoke"; }
case "$1" in -h | --help) usage; exit 0 ;; esac
inventory=$1
shift
suite=quick
if [[ $# -gt 0 && $1 != -* ]]; then
  suite=$1
  shift
fi
fleet_id=$(date -u +%Y%m%d-%H%M%S)
limit=all
out=results
seed=
run_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --limit | --fleet-id | --out | --seed | --cases | --pin | --case-timeout | --forks | --placement | --jvm-arg)
      [[ $# -ge 2 ]] || fail_input "$1 needs a value (see --help)"
      case "$1" in
        --limit) limit=$2 ;;
        --fleet-id) fleet_id=$2 ;;
        --out) out=$2 ;;
        --seed) seed=$2 ;;
        *) run_args+=("$1" "$2") ;;
      esac
      shift 2 ;;
    --java) fail_input "--java: each host's JVM is the inventory variable ipclab_java (e.g. ipclab_java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)" ;;
    --list | --version) fail_input "$1 is not for a fleet; use ./scripts/run-suite.sh $1" ;;
    --vs-java | --vs-java=* | --vs-jvm-arg | --vs-jvm-arg=*)
      fail_input "${1%%=*} is not for a fleet: a fleet sets hosts side by side, each host one configuration (ipclab_java, --jvm-arg); two configurations fork by fork on one host: ./scripts/run-suite.sh ${1%%=*}" ;;
    *) run_args+=("$1"); shift ;;
  esac
done
[[ $fleet_id =~ ^[A-Za-z0-9._-]+$ ]] || fail_input "--fleet-id '$fleet_id': use letters, digits, '.', '_' and '-' only"

command -v ansible-playbook >/dev/null || fail_input "fleet runs need Ansible (Debian: apt-get install ansible-core)"
[[ -e $inventory ]] || fail_input "inventory '$inventory' not found (an Ansible inventory: INI or YAML file, or a folder)"
inventory=$(realpath "$inventory")

# The hosts the pattern selects, one a line (empty when none).
hosts_of() {
  ANSIBLE_INVENTORY_UNPARSED_FAILED=true ansible -i "$inventory" --list-hosts -- "$1" 2>"$errors" | sed -n '2,$s/^ *//p'
}
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
if ! hosts_of all >/dev/null; then
  fail_input "inventory '$inventory' could not be read:"$'\n'"$(grep -v '^\[WARNING\]: \(No inventory\|provided hosts\)' "$errors")"
fi
[[ -n $(hosts_of all) ]] || fail_input "inventory '$inventory' holds no host"
# Each part of the pattern must name something: a typo must not shrink the fleet quietly.
IFS=',:' read -r -a parts <<<"$limit"
for part in "${parts[@]}"; do
  part=${part#[&!]}
  [[ -z $part ]] && continue
  if [[ -z $(hosts_of "$part") ]]; then
    groups=$(ansible-inventory -i "$inventory" --graph 2>/dev/null | sed -n 's/.*@\(.*\):$/\1/p' | grep -vx 'all\|ungrouped' | paste -sd, - || true)
    fail_input "--limit '$limit': '$part' is no host or group of $inventory"$'\n'"hosts: $(hosts_of all | paste -sd, -)"$'\n'"groups: ${groups:-none}"
  fi
done
mapfile -t hosts < <(hosts_of "$limit")
[[ ${#hosts[@]} -gt 0 ]] || fail_input "--limit '$limit' selects no host of $inventory"

lab_build_if_needed
# The run options are checked once here, so a mistake shows before any host is touched.
"$LAB_JAVA" -jar "$LAB_JAR" run "$suite" "${run_args[@]}" ${seed:+--seed "$seed"} --out "$out" --list >/dev/null || exit 2

# A fleet's folder keeps what every host runs; a later command with its ID must ask for the same.
fleet_dir=$(realpath -m "$out/fleet-$fleet_id")
asked="suite=$suite"$'\n'"options=${run_args[*]@Q}"
if [[ -f $fleet_dir/fleet.conf ]]; then
  had=$(grep -v '^seed=' "$fleet_dir/fleet.conf")
  [[ $had == "$asked" ]] || fail_input "fleet $fleet_id ran with"$'\n'"$had"$'\n'"not"$'\n'"$asked"$'\n'"give the same suite and options, or a new --fleet-id"
  had_seed=$(sed -n 's/^seed=//p' "$fleet_dir/fleet.conf")
  [[ -z $seed || $seed == "$had_seed" ]] || fail_input "fleet $fleet_id ran with --seed $had_seed, not $seed"
  seed=$had_seed
  echo "fleet $fleet_id: completing what it is missing in $fleet_dir" >&2
else
  seed=${seed:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
  mkdir -p "$fleet_dir"
  printf '%s\nseed=%s\n' "$asked" "$seed" >"$fleet_dir/fleet.conf"
fi
rm -rf "$fleet_dir/.ansible"  # the last word of Ansible on each host, from this command only

extra_vars=$(python3 -c 'import json, sys; a = sys.argv; print(json.dumps({"ipclab_fleet_id": a[1], "ipclab_fleet_dir": a[2],
    "ipclab_jar": a[3], "ipclab_suite": a[4], "ipclab_seed": a[5], "ipclab_command_line": a[6], "ipclab_run_args": a[7:]}))' \
  "$fleet_id" "$fleet_dir" "$LAB_JAR" "$suite" "$seed" "$0 $inventory $suite --fleet-id $fleet_id ${run_args[*]}" "${run_args[@]}")
export ANSIBLE_RETRY_FILES_ENABLED=false ANSIBLE_PIPELINING=true ANSIBLE_FORKS=${ANSIBLE_FORKS:-25} \
  ANSIBLE_DISPLAY_SKIPPED_HOSTS=false ANSIBLE_PYTHON_INTERPRETER=${ANSIBLE_PYTHON_INTERPRETER:-auto_silent}
# No SSH master outlives the fleet; BatchMode: a host that wants a password or an unknown key fails, not hangs.
export ANSIBLE_SSH_ARGS=${ANSIBLE_SSH_ARGS:--o ControlMaster=no -o BatchMode=yes -o ServerAliveInterval=10 -o ServerAliveCountMax=3}

# Ctrl-C reaches ansible-playbook with this whole process group; TERM or HUP to this script alone is passed on.
stopped=
trap 'stopped=1' INT
trap 'stopped=1; kill -INT "$playbook" 2>/dev/null' TERM HUP
started=$SECONDS
# A background job starts with SIGINT ignored: env gives ansible-playbook its Ctrl-C back.
ANSIBLE_CALLBACKS_ENABLED=tree ANSIBLE_CALLBACK_TREE_DIR="$fleet_dir/.ansible" \
  env --default-signal=INT ansible-playbook -i "$inventory" --limit "$limit" -e "$extra_vars" "$LAB_HOME/fleet/fleet.yml" &
playbook=$!
playbook_exit=0
until wait "$playbook"; do  # a trapped signal ends the wait early: wait again while it runs
  playbook_exit=$?
  kill -0 "$playbook" 2>/dev/null || break
done
# 99 is ansible-playbook's exit code for Ctrl-C: it tells even a fleet.sh started with SIGINT ignored.
if [[ $playbook_exit -eq 99 ]]; then
  stopped=1
fi

if [[ -n $stopped ]]; then
  trap '' INT TERM HUP  # stopping the runs must not be cut short
  echo "fleet $fleet_id: stopping its runs on the hosts…" >&2
  ansible-playbook -i "$inventory" --limit "$limit" -e "$extra_vars" "$LAB_HOME/fleet/stop.yml" >&2 || true
fi
echo "fleet $fleet_id: $((SECONDS - started)) s on ${#hosts[@]} host(s)" >&2

# The summary covers the hosts asked for now and those an earlier command of this fleet fetched.
for done_mark in "$fleet_dir"/*/exit; do
  name=$(basename "$(dirname "$done_mark")")
  if [[ -f $done_mark && " ${hosts[*]} " != *" $name "* ]]; then
    hosts+=("$name")
  fi
done
summary=0
"$LAB_JAVA" -jar "$LAB_JAR" fleet-summary "$fleet_dir" "${hosts[@]}" ${stopped:+--stopped} || summary=$?

runs=() run_hosts=()
for host in "${hosts[@]}"; do
  for run_json in "$fleet_dir/$host"/*/run.json; do
    if [[ -f $fleet_dir/$host/exit && -f $run_json ]]; then
      runs+=("$(dirname "$run_json")")
      run_hosts+=("$host")
    fi
  done
done
if [[ ${#runs[@]} -ge 2 ]]; then
  "$LAB_JAVA" -jar "$LAB_JAR" compare "${runs[@]}" --out "$fleet_dir/compare" >"$fleet_dir/compare.txt" \
    && echo "comparison (${run_hosts[0]} the baseline): $fleet_dir/compare.txt and $fleet_dir/compare/index.html" \
    || { echo "error: the comparison failed (above)" >&2; summary=1; }
fi
if [[ ${#runs[@]} -ge 1 ]]; then
  "$LAB_JAVA" -jar "$LAB_JAR" publish "${runs[@]}" --out "$fleet_dir/site" >/dev/null \
    && echo "site: $fleet_dir/site/index.html" || { echo "error: publishing failed (above)" >&2; summary=1; }
fi
if [[ -n $stopped ]]; then
  exit 130
fi
if [[ $summary -ne 0 ]]; then
  echo "to fetch what is missing, run again: $0 $inventory $suite --limit '$limit' --fleet-id $fleet_id ${run_args[*]@Q}" >&2
fi
exit "$summary"
