#!/usr/bin/env bash
# WARC input benchmark: peak memory and time of `communique export` reading a WARC file of N
# HTML pages (compressed record by record, as Common Crawl writes them), for each N given:
# memory should stay flat as N grows (a record is read, parsed and exported at a time; the
# listing of the records is a few dozen bytes each).
#
#   bash Benchmarks/warc.sh [SIZES...]          # default: 1000 10000
#   BIN=path/to/communique bash Benchmarks/warc.sh
#
# The pages are the articles of Benchmarks/generate_corpus.py (distinct persons, ~2 KB of text
# each) wrapped in HTML, each a response record after its request record, written by warcio
# (Tests/ArticlesTests/Fixtures/warc/write_warc.py) into Benchmarks/work/ (git-ignored).
# Runs: N-Quads only, --jobs 1 and --jobs 2. Peak memory is GNU time's maximum resident set size.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
if [ -z "${BIN:-}" ]; then
  swift build -c release --product communique >&2
  BIN="$(swift build -c release --show-bin-path)/communique"
fi
work=Benchmarks/work/warc
mkdir -p "$work"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%8s %6s %10s %8s %10s %8s\n' records jobs "WARC MB" seconds "peak MB" exit
for n in "${sizes[@]}"; do
  warc="$work/pages-$n.warc.gz"
  if [ ! -f "$warc" ]; then
    rm -rf "$work/corpus-$n" && python3 Benchmarks/generate_corpus.py "$work/corpus-$n" "$n" >/dev/null
    python3 - "$work/corpus-$n" "$warc" <<'PY'
import html, json, os, subprocess, sys
corpus, out = sys.argv[1], sys.argv[2]
records = []
files = sorted(os.path.join(d, n) for d, _, names in os.walk(corpus) for n in names if n.endswith(".txt"))
for i, path in enumerate(files):
    name = os.path.basename(path)
    lines = [l.strip() for l in open(path, encoding="utf-8") if l.strip()]
    lines = [l for l in lines if not l.startswith("date ")]
    body = "".join("<p>%s</p>" % html.escape(l) for l in lines)
    page = "<!doctype html><html lang=en><head><title>%s</title></head><body><article>%s</article></body></html>" % (
        html.escape(lines[0] if lines else name), body)
    uri = "https://news.example.org/%s" % name[:-4]
    records.append({"type": "request", "uri": uri})
    records.append({"type": "response", "uri": uri, "id": "<urn:uuid:00000000-0000-4000-8000-%012d>" % i,
                    "date": "2024-03-05T10:00:00Z", "body": page, "chunked": i % 2 == 0})
spec = out + ".spec.json"
json.dump({"gzip": True, "records": records}, open(spec, "w"))
subprocess.run([sys.executable, "Tests/ArticlesTests/Fixtures/warc/write_warc.py", spec, out], check=True)
os.remove(spec)
PY
  fi
  mb=$(( $(stat -c %s "$warc") / 1000000 ))
  for jobs in 1 2; do
    out="$work/out-$n-$jobs"
    rm -rf "$out"
    status=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$BIN" export "$warc" --out "$out" --format nquads --jobs "$jobs" 2>"$work/log" || status=$?
    read -r seconds kb < <(tail -1 "$work/time")
    printf '%8s %6s %10s %8s %10s %8s\n' "$n" "$jobs" "$mb" "$seconds" "$(( kb / 1024 ))" "$status"
    rm -rf "$out"
  done
done
