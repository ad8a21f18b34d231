#!/usr/bin/env bash
# The page's answers, timed as the browser waits for them (README, "Benchmarks"):
# the workspace page (the page and /api/status), a validation round trip, and the preview
# of a document (the six-page plan of the Denpasar-Perth sample and its eight-page MoU).
#
#   bash bench/serve.sh          # 30 requests each, medians
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-30}
cargo build --release --locked -q
WORK=$(mktemp -d "${TMPDIR:-/tmp}/naskah-serve.XXXXXX")
trap 'kill "${PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
cp samples/denpasar-perth.yaml samples/sulut-fujian.yaml samples/gianyar-kabupaten.yaml samples/banyuwangi-minamiise.yaml "$WORK/"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
target/release/naskah serve "$WORK" --port "$PORT" > "$WORK/serve.log" &
PID=$!
URL=http://127.0.0.1:$PORT
for _ in $(seq 1 50); do curl -fsS "$URL/api/status" -o /dev/null 2>/dev/null && break; sleep 0.1; done
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f ms\n", m*1000}'; }
time_of() { for _ in $(seq 1 "$RUNS"); do curl -fsS -o /dev/null -w '%{time_total}\n' "$@"; done | median; }
pages() { curl -fsS -X POST --data-binary @"$WORK/denpasar-perth.yaml" "$URL/api/preview?file=denpasar-perth.yaml&kind=$1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["pages"]))'; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "workspace page (GET /):                     $(time_of "$URL/")"
echo "workspace list (GET /api/status, 4 files):  $(time_of "$URL/api/status")"
echo "validation round trip (POST /api/validate): $(time_of -X POST --data-binary @"$WORK/denpasar-perth.yaml" "$URL/api/validate?file=denpasar-perth.yaml")"
echo "preview, plan ($(pages plan) pages):                $(time_of -X POST --data-binary @"$WORK/denpasar-perth.yaml" "$URL/api/preview?file=denpasar-perth.yaml&kind=plan")"
echo "preview, MoU ($(pages mou) pages, two columns):     $(time_of -X POST --data-binary @"$WORK/denpasar-perth.yaml" "$URL/api/preview?file=denpasar-perth.yaml&kind=mou")"
