#!/usr/bin/env bash
# Renders the event dictionary of examples/shop and takes a PNG screenshot of it with headless
# Chromium, so a person can look at the page without a browser at hand:
#   examples/screenshot.sh [OUT.png] [QUERY]     (default: examples/dictionary.png, ?crm=eligible)
# Needs Debian's chromium (`apt-get install chromium`); runs from any directory.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-examples/dictionary.png}"
query="${2:-?crm=eligible}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo run --quiet -- docs examples/shop > "$work/dictionary.html"
if ! chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --disable-background-networking --disable-component-update --disable-sync --no-first-run \
  --hide-scrollbars --force-device-scale-factor=1 --window-size=1200,1500 \
  --user-data-dir="$work/profile" --screenshot="$out" \
  "file://$work/dictionary.html$query" >"$work/chromium.log" 2>&1; then
  cat "$work/chromium.log" >&2
  exit 1
fi
echo "wrote $out"
