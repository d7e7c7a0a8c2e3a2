#!/usr/bin/env bash
# Fleet hosts made on this machine for the fleet tests: each host is a network namespace joined to the
# root namespace by a veth pair (10.231.1.0/24 only), with its own UTS namespace (its own kernel hostname)
# running sshd on its own address, with keys made for the test. Everything made is named ipclab-fleet-*
# and recorded in DIR, and `down DIR` removes exactly that; a watchdog runs `down` if no test does in time.
#
#   namespace-hosts.sh up DIR JAVA [SECONDS]  hosts alpha and beta, DIR/inventory.ini (JAVA: each host's ipclab_java)
#   namespace-hosts.sh sshd-stop DIR HOST     kills the host's sshd and its sessions: the host is gone from the net
#   namespace-hosts.sh sshd-start DIR HOST
#   namespace-hosts.sh pids DIR HOST          the host's processes other than sshd, one "pid command" a line
#   namespace-hosts.sh down DIR
set -euo pipefail
self=$(realpath "${BASH_SOURCE[0]}")

# host: namespace, veth, address on the root side, the host's address, kernel hostname
declare -A NS=([alpha]=ipclab-fleet-alpha [beta]=ipclab-fleet-beta)
declare -A VETH=([alpha]=ipclab-fleet-a [beta]=ipclab-fleet-b)
declare -A ROOT_ADDR=([alpha]=10.231.1.1 [beta]=10.231.1.9)
declare -A ADDR=([alpha]=10.231.1.2 [beta]=10.231.1.10)
declare -A NAME=([alpha]=node-alpha [beta]=node-beta)
UNUSED_ADDR=10.231.1.3  # on alpha's link, answered by no one: an unreachable host

up() {
  local dir=$1 java=$2 seconds=${3:-900}
  for h in alpha beta; do
    if ip netns list | grep -qw "${NS[$h]}" || ip link show "${VETH[$h]}" >/dev/null 2>&1; then
      echo "${NS[$h]} already exists: another fleet test is running" >&2
      exit 1
    fi
  done
  mkdir -p "$dir"
  setsid bash -c 'sleep "$2"; exec "$0" down "$1"' "$self" "$dir" "$seconds" </dev/null >/dev/null 2>&1 &
  echo $! >"$dir/watchdog.pid"
  ssh-keygen -q -t ed25519 -N '' -C ipclab-fleet-test -f "$dir/client_key"
  cp "$dir/client_key.pub" "$dir/authorized_keys"
  if [[ ! -d /run/sshd ]]; then  # sshd's privilege separation folder, made at boot where systemd runs
    mkdir -m 755 /run/sshd
    touch "$dir/made-run-sshd"
  fi
  : >"$dir/known_hosts"
  for h in alpha beta; do
    echo "${NS[$h]}" >>"$dir/namespaces"
    ip netns add "${NS[$h]}"
    ip link add "${VETH[$h]}" type veth peer name "${VETH[$h]}" netns "${NS[$h]}"
    ip addr add "${ROOT_ADDR[$h]}/29" dev "${VETH[$h]}"
    ip link set "${VETH[$h]}" up
    ip -n "${NS[$h]}" addr add "${ADDR[$h]}/29" dev "${VETH[$h]}"
    ip -n "${NS[$h]}" link set "${VETH[$h]}" up
    ip -n "${NS[$h]}" link set lo up
    mkdir -p "$dir/$h"
    ssh-keygen -q -t ed25519 -N '' -C "${NAME[$h]}" -f "$dir/$h/host_key"
    cat >"$dir/$h/sshd_config" <<EOF
ListenAddress ${ADDR[$h]}
HostKey $dir/$h/host_key
PidFile $dir/$h/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
Subsystem sftp internal-sftp
EOF
    echo "${ADDR[$h]} $(cut -d' ' -f1,2 "$dir/$h/host_key.pub")" >>"$dir/known_hosts"
    sshd_start "$dir" "$h"
  done
  cat >"$dir/inventory.ini" <<EOF
# Fleet hosts made of network namespaces on this machine; they share its file system, so each has its own ipclab_dir.
[lab]
alpha ansible_host=${ADDR[alpha]} ipclab_dir=$dir/alpha/lab
beta ansible_host=${ADDR[beta]} ipclab_dir=$dir/beta/lab

[broken]
nojava ansible_host=${ADDR[alpha]} ipclab_dir=$dir/nojava/lab ipclab_java=/nonexistent/bin/java
ghost ansible_host=$UNUSED_ADDR ipclab_dir=$dir/ghost/lab

[all:vars]
ansible_user=root
ansible_ssh_private_key_file=$dir/client_key
ansible_ssh_common_args='-o UserKnownHostsFile=$dir/known_hosts -o StrictHostKeyChecking=yes -o ConnectTimeout=5'
ansible_python_interpreter=/usr/bin/python3
ipclab_java=$java
ipclab_poll_seconds=2
ipclab_min_free_mb=100
EOF
}

sshd_start() {
  local dir=$1 h=$2
  ip netns exec "${NS[$h]}" unshare --uts sh -c 'hostname "$1" && exec /usr/sbin/sshd -f "$2" -E "$3"' \
    sh "${NAME[$h]}" "$dir/$h/sshd_config" "$dir/$h/sshd.log"
  for _ in $(seq 100); do  # sshd forks into the background; wait until it listens
    ip netns exec "${NS[$h]}" ss -Hltn "src ${ADDR[$h]}" | grep -q . && return 0
    sleep 0.1
  done
  echo "sshd of $h does not listen: $(cat "$dir/$h/sshd.log")" >&2
  exit 1
}

# Processes in the host's namespace, as "pid command" lines; sshd (listener and sessions) left out unless asked.
host_pids() {
  local h=$1 with_sshd=${2:-}
  for pid in $(ip netns pids "${NS[$h]}" 2>/dev/null); do
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue
    [[ $comm == sshd && -z $with_sshd ]] && continue
    echo "$pid $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
  done
}

sshd_stop() {
  local h=$2
  for pid in $(ip netns pids "${NS[$h]}"); do
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == sshd ]] && kill -KILL "$pid" 2>/dev/null || true
  done
}

down() {
  local dir=$1
  if [[ -f $dir/watchdog.pid && $(cat "$dir/watchdog.pid") != "$$" ]]; then
    kill -- "-$(cat "$dir/watchdog.pid")" 2>/dev/null || true  # its group: the sleep with it
  fi
  if [[ -f $dir/namespaces ]]; then
    for h in alpha beta; do
      grep -qx "${NS[$h]}" "$dir/namespaces" || continue
      host_pids "$h" with-sshd | while read -r pid _; do kill -KILL "$pid" 2>/dev/null || true; done
      ip link del "${VETH[$h]}" 2>/dev/null || true
      ip netns del "${NS[$h]}" 2>/dev/null || true
      for _ in $(seq 100); do  # the kernel removes a namespace's links after the call returns
        ip link show "${VETH[$h]}" >/dev/null 2>&1 || break
        sleep 0.1
      done
    done
  fi
  if [[ -f $dir/made-run-sshd ]]; then
    rmdir /run/sshd 2>/dev/null || true
  fi
  rm -rf "$dir/client_key" "$dir/client_key.pub" "$dir/authorized_keys" "$dir/known_hosts" \
    "$dir/alpha/host_key" "$dir/alpha/host_key.pub" "$dir/beta/host_key" "$dir/beta/host_key.pub" \
    "$dir/namespaces" "$dir/made-run-sshd" "$dir/watchdog.pid"
}

case "${1:-}" in
  up) up "$2" "$3" "${4:-}" ;;
  sshd-stop) sshd_stop "$2" "$3" ;;
  sshd-start) sshd_start "$2" "$3" ;;
  pids) host_pids "$3" ;;
  down) down "$2" ;;
  *) echo "usage: $0 up DIR JAVA [SECONDS] | sshd-stop DIR HOST | sshd-start DIR HOST | pids DIR HOST | down DIR" >&2; exit 2 ;;
esac
