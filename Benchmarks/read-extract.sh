#!/usr/bin/env bash
# CPU per article of reading (Articles: ArticleReader.read) and extracting (Extraction: Extractor.extract)
# inside a real export, from a perf profile: samples whose call stack holds either function, at a known
# sampling frequency, divided by the articles. The dump side (mapping, writing, read-back, gzip) is left out.
#
#   bash Benchmarks/read-extract.sh [FOLDER] [TOP]
#   BIN=path/to/communique FREQ=3999 bash Benchmarks/read-extract.sh Benchmarks/work/input-1000 20
#
# Prints ms/article for read and extract and, with TOP > 0, the TOP functions of each (the nearest
# Articles/Extraction frame of each sample). Needs perf (kernel.perf_event_paranoid <= 2) and
# swift-demangle; runs `export --format nquads --jobs 1` once. perf's samples are CPU time of the
# process, so the figures hold on a busy machine better than wall time does (report the load anyway).
set -euo pipefail
cd "$(dirname "$0")/.."
input="${1:-Benchmarks/work/input-1000}"
top="${2:-0}"
freq="${FREQ:-3999}"
if [ -z "${BIN:-}" ]; then
  swift build -c release --product communique >&2
  BIN="$(swift build -c release --show-bin-path)/communique"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
articles=$(find -L "$input" -type f \( -name '*.txt' -o -name '*.text' -o -name '*.htm' -o -name '*.html' -o -name '*.xhtml' \) | wc -l)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  articles: $articles  perf -F $freq"
perf record -q -F "$freq" -g -o "$work/perf.data" "$BIN" export "$input" --out "$work/out" --format nquads --jobs 1 >/dev/null 2>&1 || true
perf script -i "$work/perf.data" 2>/dev/null | python3 -c '
import sys, collections, subprocess
articles, freq, top = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
roots = {"read": "8Articles13ArticleReaderV4read4path", "extract": "10Extraction9ExtractorV7extract"}
counts = collections.Counter(); own = {b: collections.Counter() for b in roots}; total = 0
def flush(stack):
    global total
    if not stack: return
    total += 1
    for bucket, root in roots.items():
        if any(root in f for f in stack):
            counts[bucket] += 1
            for f in stack:
                if "10Extraction" in f or "8Articles" in f: own[bucket][f] += 1; break
            return
stack = []
for line in sys.stdin:
    if not line.strip(): flush(stack); stack = []; continue
    if line[0] in " \t":
        parts = line.split()
        if len(parts) >= 2: stack.append(parts[1].split("+")[0])
    else: stack = []
flush(stack)
ms = lambda c: c / freq * 1000 / articles
r, e = counts["read"], counts["extract"]
print(f"read    {ms(r):.3f} ms/article")
print(f"extract {ms(e):.3f} ms/article")
print(f"whole process {ms(total):.3f} ms/article (all threads)")
if top > 0:
    for bucket in roots:
        items = own[bucket].most_common(top)
        names = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(s for s, _ in items),
                               capture_output=True, text=True).stdout.split("\n")
        print(f"-- {bucket}: top functions (nearest Articles/Extraction frame)")
        for (s, c), name in zip(items, names): print(f"  {ms(c):.4f} ms  {name[:120]}")
' "$articles" "$freq" "$top"
