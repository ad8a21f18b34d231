#!/usr/bin/env bash
# Side by side: naskah against the tools a user would pick instead, whole processes, one
# table of medians and ratios (README, "Benchmarks").
#
#   bash bench/compare.sh            # 30 runs a case (7 for LibreOffice and the large ones)
#   RUNS=60 bash bench/compare.sh
#
# Installs the anchors in a throwaway environment when they are missing: docxtpl from PyPI
# in a virtualenv under a temporary folder, LibreOffice (libreoffice-writer) and pdftotext
# (poppler-utils) from Debian. Builds naskah in release. Everything it writes goes to the
# temporary folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-30}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/naskah-compare.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (Debian)" >&2
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q docxtpl==0.20.2 >&2

cargo build --release --locked -q
NASKAH=$ROOT/target/release/naskah

exec "$WORK/venv/bin/python" "$ROOT/bench/compare.py" "$NASKAH" "$WORK" "$RUNS"
