#!/usr/bin/env bash
# Article bodies: Communique's reader against trafilatura on the 181 pages of the public
# article-extraction benchmark (../shared/article-extraction-benchmark, MIT, see its README), in one run.
#
#   bash Benchmarks/article-body.sh [BENCHMARK_FOLDER]
#   BIN=path/to/communique bash Benchmarks/article-body.sh
#   WORST=10 bash Benchmarks/article-body.sh     # also list the 10 pages Communique reads worst
#
# Prints precision, recall and F1 (the benchmark's measure: 4-word shingles, means over pages, with
# ../shared/tools/article_body_score.py) and seconds for both. Communique's seconds are the wall time of
# one `communique read --format json` process over the folder (start-up included); trafilatura's are
# the time of its extract() calls over the same pages in one Python process (imports left out), with
# include_comments=False (comments are not article body). Needs `pip install trafilatura lxml_html_clean`.
# The machine may be shared: report its load (printed first).
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:-../shared/article-extraction-benchmark}"
score="${SCORE:-../shared/tools/article_body_score.py}"
[ -d "$bench/html" ] || { echo "error: no benchmark at $bench (expected $bench/html/*.html.gz and ground-truth.json)" >&2; exit 2; }
[ -f "$score" ] || { echo "error: no scorer at $score" >&2; exit 2; }
if [ -z "${BIN:-}" ]; then
  swift build -c release --product communique >&2
  BIN="$(swift build -c release --show-bin-path)/communique"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/pages"
for f in "$bench"/html/*.html.gz; do
  name="$(basename "$f" .gz)"
  gzip -dc "$f" > "$work/pages/$name"
done
pages=$(ls "$work/pages" | wc -l)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  pages: $pages"

start=$(date +%s.%N)
"$BIN" read "$work/pages" --format json > "$work/communique.jsonl" || { echo "error: communique read failed ($?)" >&2; exit 2; }
end=$(date +%s.%N)
communique_seconds=$(python3 -c "print(f'{$end - $start:.2f}')")
python3 - "$work/communique.jsonl" "$work/communique.json" <<'PY'
import json, sys
out = {}
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    out[a["identifier"]] = {"articleBody": a["body"]}
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

trafilatura_seconds=$(python3 - "$work/pages" "$work/trafilatura.json" <<'PY'
import json, os, sys, time
import trafilatura
folder, out = sys.argv[1], {}
names = sorted(os.listdir(folder))
start = time.perf_counter()
for name in names:
    html = open(os.path.join(folder, name), "rb").read()
    body = trafilatura.extract(html, include_comments=False) or ""
    out[name[: -len(".html")]] = {"articleBody": body}
seconds = time.perf_counter() - start
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
print(f"{seconds:.2f}")
PY
)

row() {
  python3 "$score" --truth "$bench/ground-truth.json" --pred "$2" | python3 -c '
import re, sys
v = dict(re.findall(r"(\w+)=([\d.]+)", sys.stdin.read()))
print("| %-22s | %9.3f | %6.3f | %5.3f | %7s |" % (sys.argv[1], float(v["precision"]), float(v["recall"]), float(v["F1"]), sys.argv[2]))
' "$1" "$3"
}
echo "| extractor              | precision | recall | F1    | seconds |"
echo "|------------------------|-----------|--------|-------|---------|"
row "communique read" "$work/communique.json" "$communique_seconds"
row "trafilatura $(python3 -c 'import trafilatura; print(trafilatura.__version__)')" "$work/trafilatura.json" "$trafilatura_seconds"
python3 -c "print(f'speed: communique is {$trafilatura_seconds / max($communique_seconds, 0.001):.1f}x faster than trafilatura')"
if [ "${WORST:-0}" != 0 ]; then
  python3 "$score" --truth "$bench/ground-truth.json" --pred "$work/communique.json" --worst "$WORST"
fi
