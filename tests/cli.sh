#!/bin/sh
# govnews-extract on good and bad inputs: JSON lines for the good ones, one clear message per bad
# one (naming the file and the byte offset), the good lines still printed, a non-zero exit.
set -u
tool=$1
shared=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$tool" "$shared"/seeds/*.txt >"$work/out" 2>"$work/err" || fail "exit status on the seeds"
[ "$(wc -l <"$work/out")" -eq 5 ] || fail "expected 5 JSON lines on the seeds"
python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$work/out" || fail "output is not JSON Lines"

printf '\271\334\263\307\307\370\325\331\277\252\273\341\322\351\271\334\263\307' >"$work/gbk.txt"
printf '\347\256\241\345\237\216\377\345\214\272' >"$work/bad.txt"
printf '' >"$work/empty.txt"
"$tool" "$work/gbk.txt" "$shared/seeds/000_03a520ec712efab7.txt" "$work/bad.txt" "$work/missing.txt" "$work/empty.txt" \
  >"$work/out" 2>"$work/err"
status=$?
[ $status -ne 0 ] || fail "bad inputs must give a non-zero exit"
grep -q "gbk.txt: not UTF-8: looks like GBK/GB18030 at byte 0" "$work/err" || fail "no GBK message: $(cat "$work/err")"
grep -q "bad.txt: invalid UTF-8 at byte 6" "$work/err" || fail "no invalid-byte message: $(cat "$work/err")"
grep -q "missing.txt: cannot read" "$work/err" || fail "no missing-file message: $(cat "$work/err")"
[ "$(wc -l <"$work/err")" -eq 3 ] || fail "one line per bad input: $(cat "$work/err")"
[ "$(wc -l <"$work/out")" -eq 2 ] || fail "the good page and the empty page still print"
grep -q '"source":"[^"]*empty.txt","articles":\[\]' "$work/out" || fail "an empty file has no articles"

printf '\347\256\241\345\237\216\377\345\214\272\351\225\277' | "$tool" --lenient >"$work/out" 2>"$work/err"
[ $? -ne 0 ] || fail "lenient mode still reports the bad byte"
grep -q '"source":"-"' "$work/out" || fail "lenient mode prints the page"

cat "$shared/seeds/002_8873446da1d0a655.txt" | "$tool" --pretty --year 2021 >"$work/out" || fail "stdin"
grep -q '"date": "2021-02-25"' "$work/out" || fail "--year and --pretty"
"$tool" --year 21 x 2>/dev/null && fail "a bad --year is refused"
# -j: the same lines in the same order as one thread
"$tool" "$shared"/corpus/local/*.txt >"$work/one" 2>/dev/null
"$tool" -j 3 "$shared"/corpus/local/*.txt >"$work/three" 2>/dev/null
cmp -s "$work/one" "$work/three" || fail "-j 3 differs from one thread"
[ "$(wc -l <"$work/one")" -ge 80 ] || fail "the local corpus gives a line per page"

# --jsonl-in: 10,000 lines of corpus paragraphs, ids of every kind, a few broken lines; every id
# comes back once, in order, on one thread and on three.
python3 - "$shared" "$work/in.jsonl" <<'PY' || fail "building the JSONL input"
import glob, json, sys
paras = []
for f in sorted(glob.glob(sys.argv[1] + "/corpus/local/*.txt")):
    paras += [p for p in open(f, encoding="utf-8").read().split("\n\n") if p.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(10000):
        ident = i if i % 3 else "doc-%d" % i
        if i % 1000 == 7:
            out.write('{"id": %s, "text": ' % json.dumps(ident) + "\n")  # cut short
        elif i % 1000 == 8:
            out.write(json.dumps({"id": ident, "body": "no text"}) + "\n")
        else:
            out.write(json.dumps({"id": ident, "text": paras[i % len(paras)]}, ensure_ascii=False) + "\n")
PY
for j in 1 3; do
  "$tool" --jsonl-in -j $j <"$work/in.jsonl" >"$work/out.jsonl" 2>"$work/err"
  [ $? -ne 0 ] || fail "broken lines give a non-zero exit"
  python3 - "$work/out.jsonl" <<'PY' || fail "--jsonl-in -j $j: ids"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(lines) == 10000, len(lines)
for i, r in enumerate(lines):
    ident = i if i % 3 else "doc-%d" % i
    if i % 1000 == 7:
        assert r["id"] is None and "error" in r, r
    else:
        assert r["id"] == ident, (i, r["id"])
        assert ("error" in r) == (i % 1000 == 8), r
    assert isinstance(r["articles"], list)
assert sum(len(r["articles"]) for r in lines) > 5000
PY
  [ "$(grep -c "line [0-9]*: not a JSON object" "$work/err")" -eq 20 ] || fail "one message per broken line: $(head -3 "$work/err")"
done
"$tool" --jsonl-in x.txt 2>/dev/null && fail "--jsonl-in with a file is refused"
echo "cli: all checks passed"
