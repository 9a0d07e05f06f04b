#!/bin/sh
# govnews-extract --timeline-html on the seeds, opened in headless Chromium: the page renders one
# bar per stretch and one point per target of the --timeline JSON, logs nothing to the console,
# throws nothing, and its screenshot is not blank. Skipped (77) when Chromium is not installed.
set -u
tool=$1
shared=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium not installed: skipped"; exit 77; }

"$tool" --timeline --timeline-html "$work/timeline.html" "$shared"/seeds/*.txt >"$work/timeline.json" || fail "govnews-extract --timeline"
expected=$(python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))
print("bars:%d points:%d" % (sum(len(p["stretches"]) for p in t["people"]), sum(len(s["points"]) for s in t["targets"])))
' "$work/timeline.json") || fail "reading the timeline JSON"
grep -q 'http' "$work/timeline.html" && grep -o 'src="http[^"]*"\|href="http[^"]*"' "$work/timeline.html" && fail "the page loads something from the network"

run() { timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" "$@"; }
run --enable-logging=stderr --v=0 --dump-dom "file://$work/timeline.html" >"$work/dom.html" 2>"$work/console.log" || fail "chromium --dump-dom"
grep -q "data-rendered=\"$expected\"" "$work/dom.html" || fail "expected $expected, the page says: $(grep -o 'data-rendered="[^"]*"' "$work/dom.html")"
grep -q 'data-error=' "$work/dom.html" && fail "the script failed: $(grep -o 'data-error="[^"]*"' "$work/dom.html")"
grep 'CONSOLE' "$work/console.log" && fail "the page wrote to the console"
[ "$(grep -o 'class="bar' "$work/dom.html" | wc -l)" -eq "$(echo "$expected" | sed 's/bars:\([0-9]*\).*/\1/')" ] || fail "bar elements"

run --window-size=1000,1400 --screenshot="$work/shot.png" "file://$work/timeline.html" 2>/dev/null || fail "chromium --screenshot"
size=$(wc -c <"$work/shot.png")
[ "$size" -gt 20000 ] || fail "the screenshot is $size bytes: blank?"
echo "timeline html: $expected rendered, screenshot $size bytes"
