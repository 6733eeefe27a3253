#!/usr/bin/env bash
# A throw-away S3 server for the tests: a single-node Ceph cluster (one monitor, one in-memory OSD)
# with the RADOS Gateway in front, all in one data folder, no systemd, no Docker.
#
#   scripts/s3-test-server.sh start   # (re)creates the cluster, writes <data>/env
#   source .test-s3/env               # ARCHIVE_TEST_S3_ENDPOINT, _ACCESS_KEY, _SECRET_KEY, _USE_SSL
#   scripts/s3-test-server.sh stop    # stops the daemons and removes the data folder
#   scripts/s3-test-server.sh stop-gateway / start-gateway   # only the S3 front stops (refused
#                                     # connections, as a stopped server) and comes back, data kept
#
# Why radosgw: MinIO's own server cannot be installed here (no Docker, no package) and the npm
# "fake S3" servers answer listings in an XML namespace the Minio SDK does not read. Ceph's gateway
# is a production S3 implementation from Debian's packages (ceph 16.2), installed on first use.
#
# Settings (environment): ARCHIVE_TEST_S3_DIR (default <repo>/.test-s3, wiped at start),
# ARCHIVE_TEST_S3_PORT (default 7480, else a free port), ARCHIVE_TEST_S3_MON_PORT (default 3300,
# else a free port), ARCHIVE_TEST_S3_MEMORY_MIB (OSD capacity, default 1024; data lives in RAM).
# Measured on 2 shared cores: start ~2-4 s once installed (package install ~15-40 s the first
# time), stop ~5 s, ~140 MB RSS for the three daemons.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${ARCHIVE_TEST_S3_DIR:-$REPO/.test-s3}"
CONF="$DATA/ceph.conf"
MEMORY_MIB="${ARCHIVE_TEST_S3_MEMORY_MIB:-1024}"
RGW_NAME="client.rgw.archive"

log() { echo "s3-test-server: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The preferred port when free, else a random free one (two clusters can then run side by side).
pick_port() {
  local port="$1" tries=0
  while port_in_use "$port"; do
    tries=$((tries + 1))
    ((tries < 50)) || die "no free TCP port found"
    port=$((20000 + RANDOM % 30000))
  done
  echo "$port"
}

install_packages() {
  if command -v ceph-mon >/dev/null && command -v ceph-osd >/dev/null && command -v radosgw >/dev/null \
    && command -v radosgw-admin >/dev/null; then
    return
  fi
  log "installing ceph-mon, ceph-osd, radosgw (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  local apt_log packages=(ceph-mon ceph-osd radosgw)
  apt_log="$(mktemp)"
  # `apt-get update` only when the package lists are too old to install from.
  if ! apt-get install -y -qq --no-install-recommends "${packages[@]}" >"$apt_log" 2>&1; then
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}"; } >>"$apt_log" 2>&1; then
      tail -n 20 "$apt_log" >&2
      die "could not install ${packages[*]} (full log: $apt_log)"
    fi
  fi
  rm -f "$apt_log"
}

# Starts a daemon in the foreground mode (-f) in its own session, so it outlives this script
# and a Ctrl-C in the terminal does not reach it; its PID is recorded for `stop`.
start_daemon() {
  local name="$1"
  shift
  setsid "$@" -f >>"$DATA/log/$name.out" 2>&1 </dev/null &
  echo "$name $!" >>"$DATA/pids"
}

pid_of() { awk -v n="$1" '$1 == n { print $2 }' "$DATA/pids"; }

fail_with_log() {
  local name="$1" message="$2"
  log "$message; last lines of the $name log:"
  tail -n 25 "$DATA/log/$name.log" "$DATA/log/$name.out" >&2 2>/dev/null || true
  stop_cluster
  exit 1
}

# wait_for NAME SECONDS CHECK...: polls CHECK until it succeeds; fails if the daemon dies or time runs out.
wait_for() {
  local name="$1" seconds="$2"
  shift 2
  local pid deadline=$((SECONDS + seconds))
  pid="$(pid_of "$name" | tail -n 1)"
  until "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || fail_with_log "$name" "$name exited during start-up"
    ((SECONDS < deadline)) || fail_with_log "$name" "$name not ready after ${seconds}s"
    sleep 0.2
  done
}

ceph_cli() { timeout 10 ceph -c "$CONF" --connect-timeout 5 "$@"; }
osd_is_up() { ceph_cli osd dump | grep -q '^osd\.0 up'; }
rgw_answers() { curl -fsS --max-time 2 "http://127.0.0.1:$S3_PORT/" | grep -q ListAllMyBucketsResult; }

write_conf() {
  cat >"$CONF" <<EOF
[global]
fsid = $FSID
mon host = [v2:127.0.0.1:$MON_PORT]
public addr = 127.0.0.1
auth cluster required = none
auth service required = none
auth client required = none
run dir = $DATA/run
admin socket = $DATA/run/\$cluster-\$name.asok
pid file = $DATA/run/\$name.pid
log file = $DATA/log/\$name.log
crash dir = $DATA/crash
keyring = $DATA/keyring
mon data = $DATA/mon/\$id
osd data = $DATA/osd/\$id
osd objectstore = memstore
memstore device bytes = $((MEMORY_MIB * 1024 * 1024))
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false

[mon.a]
# Without these the monitor batches proposals for a second each: start-up ~12 s instead of ~2 s.
paxos propose interval = 0.05
paxos min wait = 0.01

[$RGW_NAME]
rgw frontends = beast endpoint=127.0.0.1:$S3_PORT
# Without it radosgw hangs forever on "get_initial_auth_request returned -13".
ms mon client mode = crc
rgw data = $DATA/rgw
# Deleted objects' data is freed by the gateway's garbage collector, by default after 2 h; the OSD
# keeps everything in RAM, so a long-lived test cluster collects sooner.
rgw gc obj min wait = 30
rgw gc processor period = 30
EOF
}

start_cluster() {
  local started_at=$SECONDS
  stop_cluster
  install_packages
  mkdir -p "$DATA"/{run,log,crash,mon,osd,rgw}
  : >"$DATA/pids"

  FSID="$(cat /proc/sys/kernel/random/uuid)"
  MON_PORT="$(pick_port "${ARCHIVE_TEST_S3_MON_PORT:-3300}")"
  S3_PORT="$(pick_port "${ARCHIVE_TEST_S3_PORT:-7480}")"
  write_conf

  log "monitor on 127.0.0.1:$MON_PORT"
  ceph-authtool --create-keyring "$DATA/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  monmaptool --create --fsid "$FSID" --addv a "[v2:127.0.0.1:$MON_PORT]" "$DATA/monmap" >/dev/null
  ceph-mon -c "$CONF" -i a --mkfs --monmap "$DATA/monmap" --keyring "$DATA/keyring" >/dev/null 2>&1 \
    || die "ceph-mon --mkfs failed"
  start_daemon mon.a ceph-mon -c "$CONF" -i a
  wait_for mon.a 30 ceph_cli mon stat

  log "OSD 0 (memstore, ${MEMORY_MIB} MiB)"
  local osd_uuid osd_id
  osd_uuid="$(cat /proc/sys/kernel/random/uuid)"
  osd_id="$(ceph_cli osd new "$osd_uuid")"
  [[ "$osd_id" == 0 ]] || die "expected OSD id 0, got '$osd_id'"
  mkdir -p "$DATA/osd/0"
  ceph-osd -c "$CONF" -i 0 --mkfs --osd-uuid "$osd_uuid" >/dev/null 2>&1 || die "ceph-osd --mkfs failed"
  start_daemon osd.0 ceph-osd -c "$CONF" -i 0
  wait_for osd.0 60 osd_is_up

  log "RADOS Gateway on 127.0.0.1:$S3_PORT"
  start_daemon "$RGW_NAME" radosgw -c "$CONF" -n "$RGW_NAME"
  wait_for "$RGW_NAME" 90 rgw_answers

  local access_key secret_key
  access_key="archive$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  secret_key="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  timeout 30 radosgw-admin -c "$CONF" user create --uid=archive-tests \
    --display-name="Archive tests" --access-key="$access_key" --secret-key="$secret_key" >/dev/null \
    || fail_with_log "$RGW_NAME" "radosgw-admin user create failed"

  cat >"$DATA/env" <<EOF
export ARCHIVE_TEST_S3_ENDPOINT=127.0.0.1:$S3_PORT
export ARCHIVE_TEST_S3_ACCESS_KEY=$access_key
export ARCHIVE_TEST_S3_SECRET_KEY=$secret_key
export ARCHIVE_TEST_S3_USE_SSL=false
EOF
  log "ready in $((SECONDS - started_at))s: source $DATA/env"
}

# Only PIDs whose command line names this cluster's ceph.conf are signalled: a recorded PID may
# have been reused by an unrelated process since.
is_ours() { [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$CONF"; }

stop_cluster() {
  if [[ -f "$DATA/pids" ]]; then
    local pids=() name pid
    # Reverse start order: gateway, OSD, monitor.
    while read -r name pid; do
      if is_ours "$pid"; then pids=("$pid" "${pids[@]}"); fi
    done <"$DATA/pids"
    # One at a time: the gateway and the OSD shut down cleanly only while the monitor still answers.
    for pid in "${pids[@]}"; do
      kill -TERM "$pid" 2>/dev/null || true
      local deadline=$((SECONDS + 10))
      while is_ours "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
      if is_ours "$pid"; then
        log "PID $pid ignored SIGTERM for 10s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
      fi
    done
  fi
  rm -rf "$DATA"
}

# For outage tests on a private cluster (ARCHIVE_TEST_S3_DIR): never on the shared one other tests use.
stop_gateway() {
  [[ -f "$DATA/pids" ]] || die "no cluster in $DATA"
  local pid
  pid="$(pid_of "$RGW_NAME" | tail -n 1)"
  if [[ -n "$pid" ]] && is_ours "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 10))
    while is_ours "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
    if is_ours "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  log "gateway stopped"
}

start_gateway() {
  [[ -f "$DATA/env" ]] || die "no cluster in $DATA"
  S3_PORT="$(sed -n 's/^export ARCHIVE_TEST_S3_ENDPOINT=127.0.0.1:\([0-9]*\)$/\1/p' "$DATA/env")"
  start_daemon "$RGW_NAME" radosgw -c "$CONF" -n "$RGW_NAME"
  wait_for "$RGW_NAME" 90 rgw_answers
  log "gateway on 127.0.0.1:$S3_PORT again"
}

case "${1:-}" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  stop-gateway) stop_gateway ;;
  start-gateway) start_gateway ;;
  *) echo "usage: $0 start|stop|stop-gateway|start-gateway" >&2; exit 2 ;;
esac
