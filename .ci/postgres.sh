#!/usr/bin/env bash
# Starts a PostgreSQL server on 127.0.0.1:${FACTDESK_PG_PORT:-5432} for the store/desk tests, from
# Debian's packages: installs `postgresql` when missing, uses the cluster already on that port (starting
# it if down) or creates one named `factdesk`, and creates role factdesk (password factdesk) owning the
# database factdesk_test. Idempotent; run as root. Prints the FACTDESK_TEST_PG_URL to export.
set -euo pipefail
PORT="${FACTDESK_PG_PORT:-5432}"

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "postgres.sh: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q postgresql >/dev/null
fi

# the cluster listening on PORT (version and name), if any
read -r VER NAME STATUS < <(pg_lsclusters -h | awk -v p="$PORT" '$3 == p {print $1, $2, $4; exit}') || true
if [ -z "${VER:-}" ]; then
  VER="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  NAME=factdesk
  echo "postgres.sh: creating cluster $VER/$NAME on port $PORT"
  pg_createcluster "$VER" "$NAME" -p "$PORT" -- --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  STATUS=down
fi
if [ "$STATUS" != "online" ]; then
  echo "postgres.sh: starting cluster $VER/$NAME on port $PORT"
  pg_ctlcluster "$VER" "$NAME" start -- -o "-c listen_addresses=127.0.0.1"
fi
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
runuser -u postgres -- pg_isready -h 127.0.0.1 -p "$PORT"

psql_admin() { (cd / && runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -X -p "$PORT" -tA "$@"); }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'factdesk'")" != "1" ]; then
  psql_admin -c "CREATE ROLE factdesk LOGIN PASSWORD 'factdesk'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'factdesk_test'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE factdesk_test OWNER factdesk ENCODING 'UTF8' TEMPLATE template0"
fi
echo "postgres.sh: ready. Run the tests on PostgreSQL with:"
echo "  export FACTDESK_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$PORT/factdesk_test?user=factdesk&password=factdesk'"
