#!/usr/bin/env bash
# A two-node OpenSearch 2.19.3 cluster on loopback for the cluster tests of issue #8.
#
#   .ci/opensearch.sh start    # fetch (mvn dependency:copy), unpack, start 2 nodes, wait for yellow/green
#   .ci/opensearch.sh stop     # stop both nodes
#   .ci/opensearch.sh start-node N   # (re)start node N (1 or 2) of an unpacked cluster; used by the fault test
#
# Node 1: http 9200, transport 9300; node 2: http 9201, transport 9301; cluster "factdesk-ci".
# Everything lives in $FACTDESK_OS_HOME (default ${TMPDIR:-/tmp}/factdesk-opensearch): the zip, node-N/
# (one unpacked copy per node), node-N.pid, node-N.out. OpenSearch refuses to run as root: as root the
# nodes run as the unprivileged user factdesk-os (created if missing). The integ-test zip carries no
# JDK and no plugins (so no k-NN): JAVA_HOME, else the java on PATH, is used.
# After `start`, these variables are what the tests read (print them with `.ci/opensearch.sh env`):
#   FACTDESK_OPENSEARCH_URL=http://127.0.0.1:9200,http://127.0.0.1:9201
#   FACTDESK_OPENSEARCH_NODE2_PIDFILE=$FACTDESK_OS_HOME/node-2.pid
#   FACTDESK_OPENSEARCH_START_NODE2="$0 start-node 2"
set -euo pipefail
VERSION=2.19.3
HOME_DIR=${FACTDESK_OS_HOME:-${TMPDIR:-/tmp}/factdesk-opensearch}
SCRIPT=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
REPO=$(cd "$(dirname "$0")/.." && pwd)
OS_USER=factdesk-os
TIMEOUT=${FACTDESK_OS_TIMEOUT:-180}

run_as() {   # run_as CMD...: as the unprivileged user when we are root
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$OS_USER" -- "$@"
  else
    "$@"
  fi
}

java_home() {
  if [ -n "${JAVA_HOME:-}" ]; then
    echo "$JAVA_HOME"
  else
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}

fetch() {
  local zip="$HOME_DIR/opensearch-$VERSION.zip"
  if [ ! -f "$zip" ]; then
    (cd "$REPO" && mvn -B -q dependency:copy \
      -Dartifact=org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip \
      -DoutputDirectory="$HOME_DIR" -Dmdep.stripVersion=false) >&2
  fi
  [ -f "$zip" ] || { echo "opensearch.sh: $zip was not fetched" >&2; exit 3; }
  echo "$zip"
}

unpack() {   # unpack N: a fresh copy of the distribution for node N with its config
  local n=$1 zip=$2 dir="$HOME_DIR/node-$1"
  rm -rf "$dir" "$HOME_DIR/unpack-$n"
  mkdir -p "$HOME_DIR/unpack-$n"
  unzip -q "$zip" -d "$HOME_DIR/unpack-$n"
  mv "$HOME_DIR/unpack-$n/opensearch-$VERSION" "$dir"
  rmdir "$HOME_DIR/unpack-$n"
  cat >"$dir/config/opensearch.yml" <<EOF
cluster.name: factdesk-ci
node.name: node-$n
network.host: 127.0.0.1
http.port: $((9199 + n))
transport.port: $((9299 + n))
discovery.seed_hosts: ["127.0.0.1:9300", "127.0.0.1:9301"]
cluster.initial_cluster_manager_nodes: ["node-1", "node-2"]
path.data: $dir/data
path.logs: $dir/logs
# factdesk's Vietnamese queries have up to a few thousand term clauses (its own Lucene allows 8,192)
indices.query.bool.max_clause_count: 8192
# small disks on CI runners: do not block writes at the default 95 % watermark
cluster.routing.allocation.disk.threshold_enabled: false
EOF
}

start_node() {   # start_node N: starts an unpacked node in the background, writes node-N.pid
  local n=$1 dir="$HOME_DIR/node-$1"
  [ -d "$dir" ] || { echo "opensearch.sh: $dir missing: run '$0 start' first" >&2; exit 2; }
  if [ "$(id -u)" = 0 ]; then
    chown -R "$OS_USER" "$HOME_DIR"
  fi
  local jh
  jh=$(java_home)
  run_as env OPENSEARCH_JAVA_HOME="$jh" JAVA_HOME="$jh" OPENSEARCH_JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:--Xms512m -Xmx512m}" \
    "$dir/bin/opensearch" -d -p "$HOME_DIR/node-$n.pid" >"$HOME_DIR/node-$n.out" 2>&1 || {
      echo "opensearch.sh: node $n did not start:" >&2; tail -n 40 "$HOME_DIR/node-$n.out" >&2; exit 3; }
}

logs_tail() {
  for n in 1 2; do
    echo "--- node-$n log (tail)" >&2
    tail -n 40 "$HOME_DIR/node-$n/logs/factdesk-ci.log" 2>/dev/null >&2 || tail -n 40 "$HOME_DIR/node-$n.out" >&2 || true
  done
}

wait_health() {   # waits until both nodes joined and the cluster is yellow or green
  local deadline=$((SECONDS + TIMEOUT)) body=""
  while [ $SECONDS -lt $deadline ]; do
    body=$(curl -s --max-time 5 "http://127.0.0.1:9200/_cluster/health?wait_for_nodes=2&wait_for_status=yellow&timeout=5s" || true)
    if echo "$body" | grep -q '"number_of_nodes":2' && echo "$body" | grep -Eq '"status":"(yellow|green)"'; then
      echo "opensearch: $body"
      return 0
    fi
    sleep 2
  done
  echo "opensearch.sh: cluster not healthy after ${TIMEOUT}s: ${body:-no answer}" >&2
  logs_tail
  return 3
}

stop_node() {
  local pidfile="$HOME_DIR/node-$1.pid"
  if [ -f "$pidfile" ]; then
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  fi
}

case "${1:-}" in
  start)
    mkdir -p "$HOME_DIR"
    if [ "$(id -u)" = 0 ] && ! id "$OS_USER" >/dev/null 2>&1; then
      useradd -r -m "$OS_USER"
    fi
    stop_node 1; stop_node 2
    zip=$(fetch)
    unpack 1 "$zip"; unpack 2 "$zip"
    start_node 1; start_node 2
    wait_health
    ;;
  start-node)
    start_node "${2:?node number}"
    ;;
  stop)
    stop_node 1; stop_node 2
    ;;
  env)
    echo "export FACTDESK_OPENSEARCH_URL=http://127.0.0.1:9200,http://127.0.0.1:9201"
    echo "export FACTDESK_OPENSEARCH_NODE2_PIDFILE=$HOME_DIR/node-2.pid"
    echo "export FACTDESK_OPENSEARCH_START_NODE2='$SCRIPT start-node 2'"
    ;;
  *)
    echo "usage: $0 start|stop|start-node N|env" >&2
    exit 2
    ;;
esac
