#!/usr/bin/env bash
# Scores the checker on the real drafts by others (../shared/real-drafts) and on the
# held-out sets kept in bench/heldout/ (written by authors who saw neither the code nor
# the other sets; each set's first-run.txt is what the checker scored the first time it
# saw it). Usage: bash bench/accuracy.sh [path/to/naskah]
set -euo pipefail
cd "$(dirname "$0")/.."
naskah=${1:-target/release/naskah}
[ -x "$naskah" ] || cargo build --release --locked
eval_py=../shared/real-drafts/eval.py
if [ ! -f "$eval_py" ]; then
    echo "needs ../shared/real-drafts/eval.py beside the repository" >&2
    exit 2
fi
echo "real drafts by others: $(python3 "$eval_py" "$naskah" ../shared/real-drafts | tail -1)"
for set in bench/heldout/*/; do
    echo "held out $(basename "$set"): $(python3 "$eval_py" "$naskah" "$set" | tail -1)"
done
