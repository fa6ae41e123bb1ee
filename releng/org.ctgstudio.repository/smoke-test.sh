#!/usr/bin/env bash
# Product smoke test: starts the materialised product under Xvfb on a copy of the example workspace, waits until
# the CTG Studio workbench window exists, saves a screenshot, stops the product, and fails if the window never
# appeared or if the console or the workspace log shows an exception.
# The product is launched from a copy whose path contains spaces, from another current directory, through the
# README's launch script, so that the launcher and that command are exercised as users run them.
# Usage: smoke-test.sh PRODUCT_DIR OUTPUT_DIR
set -euo pipefail
product_src="$(cd "$1" && pwd)"
out="$(mkdir -p "$2" && cd "$2" && pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
timeout_s="${CTG_SMOKE_TIMEOUT:-240}"

fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

# Own X server, so that the product never lands on a developer's screen nor on the UI tests' display.
if [ -z "${CTG_SMOKE_IN_XVFB:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  export CTG_SMOKE_IN_XVFB=1
  exec xvfb-run -a -s "-screen 0 1440x900x24" bash "$0" "$@"
fi
[ -n "${DISPLAY:-}" ] || fail "no X display and no xvfb-run (Debian packages xvfb, xauth)"
for tool in xwininfo import setsid; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (Debian packages x11-utils, imagemagick, util-linux)"
done
[ -x "$product_src/ctgstudio" ] || fail "no launcher script in $product_src"

rm -rf "$out"
mkdir -p "$out"
product="$out/produit CTG/ctgstudio"
workspace="$out/espace de travail"
console="$out/console.log"
mkdir -p "$(dirname "$product")"
cp -R "$product_src" "$product"

cd /
CTG_PRODUCT_DIR="$product" CTG_WORKSPACE="$workspace" setsid "$root/releng/run-product.sh" -consoleLog >"$console" 2>&1 &
pid=$!
stop() { # TERM the product's process group, KILL it if it is still there after 15 s, and reap it
  kill -TERM -- "-$pid" 2>/dev/null || return 0
  ( sleep 15; kill -KILL -- "-$pid" 2>/dev/null ) &
  local killer=$!
  wait "$pid" 2>/dev/null || true
  kill "$killer" 2>/dev/null || true
}
trap stop EXIT

echo "smoke test: waiting for the CTG Studio window (up to ${timeout_s}s) ..."
started=$SECONDS
until xwininfo -root -tree 2>/dev/null | grep -q '"CTG Studio'; do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$console" >&2
    fail "the product exited before its window appeared"
  fi
  if (( SECONDS - started > timeout_s )); then
    cat "$console" >&2
    fail "no CTG Studio window after ${timeout_s}s"
  fi
  sleep 1
done
echo "smoke test: window up after $((SECONDS - started))s"
sleep "${CTG_SMOKE_SETTLE:-8}"   # let the views and the workspace job settle before the picture
import -window root "$out/screenshot.png"
xwininfo -root -tree | grep '"CTG Studio' | head -n 3 > "$out/windows.txt"
stop
trap - EXIT

problems=$( { grep -hE '^(!ENTRY [^ ]+ 4 |!MESSAGE|Caused by|[A-Za-z.$]+(Exception|Error)(: |$))' "$console" \
  "$workspace/.metadata/.log" 2>/dev/null || true; } | { grep -v '^!MESSAGE' || true; } | head -n 40 )
if [ -n "$problems" ]; then
  echo "$problems" >&2
  [ -f "$workspace/.metadata/.log" ] && cp "$workspace/.metadata/.log" "$out/workspace.log"
  fail "errors or exceptions in the product log (see $out)"
fi
[ -s "$out/screenshot.png" ] || fail "no screenshot taken"
echo "smoke test: OK, screenshot in $out/screenshot.png"
