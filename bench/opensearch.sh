#!/usr/bin/env bash
# Issue #8 benchmark: the BM25 path on the embedded Lucene index beside the same on an OpenSearch cluster —
# bulk indexing throughput (fact-checks/s: analysis + upserts + refresh), match latency p50/p99 (one thread,
# after a warm-up pass) and matching throughput — for the CheckThat! 2022 vclaims and train+dev tweets.
#
#   bench/opensearch.sh [SHARED_DATA] [REPEAT]      # defaults: ../shared/data 3
#
# Uses the cluster at $FACTDESK_OPENSEARCH_URL; without it, starts the two-node loopback cluster of
# .ci/opensearch.sh (512 MiB heap per node) and stops it afterwards. Nothing else should run on the machine:
# the script prints the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared/data}
REPEAT=${2:-3}
D="$SHARED/clef2022-task2a-en-tweets"
if [ -z "${FACTDESK_OPENSEARCH_URL:-}" ]; then
  .ci/opensearch.sh start
  trap '.ci/opensearch.sh stop' EXIT
  eval "$(.ci/opensearch.sh env)"
fi
bin/factdesk --version >/dev/null   # builds the jar if needed, outside the timing
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p target/bench-opensearch
bin/factdesk bench --collection "$D/vclaims.jsonl" --queries "$D/CT2022-Task2A-EN-Train-Dev_Queries.tsv" \
  --repeat "$REPEAT" --threads 2 --data-dir target/bench-opensearch --index-url "$FACTDESK_OPENSEARCH_URL"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
