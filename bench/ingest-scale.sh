#!/usr/bin/env bash
# Issue #5 scale benchmark: end-to-end `factdesk ingest` (+ BM25 matching) throughput and peak heap on a
# corpus resampled from the real posts in ../shared/data (scripts/generate-posts.py).
#
#   bench/ingest-scale.sh [POSTS] [SHARED_DATA]        # defaults: 1000000 ../shared/data
#
# Runs, each in a fresh data directory under target/bench-ingest/:
#   1. ingest-only  : the posts into an empty fact-check index (dedupe, quarantine, store, posts index; no matching)
#   2. ingest+match : the CheckThat! 2022 vclaims (14,231 fact-checks) first, then the posts, each new post
#                     matched with BM25 (the default lexical path), top-3 matches stored
# and prints factdesk's own summary lines (records/s, sampled peak heap). Nothing else may run on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-1000000}
SHARED=${2:-../shared/data}
OUT=target/bench-ingest
mkdir -p "$OUT"
CORPUS="$OUT/posts-$POSTS.jsonl"
[ -f "$CORPUS" ] || python3 scripts/generate-posts.py --posts "$POSTS" --out "$CORPUS"
bin/factdesk --version >/dev/null   # builds the jar if needed, outside the timing
export FACTDESK_JAVA_OPTS="${FACTDESK_JAVA_OPTS:--Xmx2g}"
echo "## ingest-only, $POSTS posts"
rm -rf "$OUT/data-only"
bin/factdesk ingest --data-dir "$OUT/data-only" "$CORPUS" 2>"$OUT/ingest-only.log" | grep -E '^(ingest|time):' || true
echo "## ingest+match (BM25), $POSTS posts"
rm -rf "$OUT/data-match"
bin/factdesk ingest --data-dir "$OUT/data-match" "$SHARED/clef2022-task2a-en-tweets/vclaims.jsonl" >/dev/null 2>&1
bin/factdesk ingest --data-dir "$OUT/data-match" "$CORPUS" 2>"$OUT/ingest-match.log" | grep -E '^(ingest|time):' || true
