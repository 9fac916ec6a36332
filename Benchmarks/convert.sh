#!/usr/bin/env bash
# Benchmark: `communique convert` against `rapper` on a generated graph shaped like Communique's
# output, at 100k and 1M triples. Prints a table: seconds, triples/s, peak memory (/usr/bin/time -v),
# and the ratios to rapper. Not a test: numbers depend on the machine and its load.
#
# usage: Benchmarks/convert.sh [SIZES...]      (default: 100000 1000000)
# env:   COMMUNIQUE=path/to/communique (default: builds release into .build-syntax-release)
#        DATA=folder for the generated files (default: a temporary folder, removed at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100000 1000000}")
[ $# -eq 0 ] && sizes=(100000 1000000)

if [ -z "${COMMUNIQUE:-}" ]; then
  swift build -c release --scratch-path .build-syntax-release --product communique >&2
  COMMUNIQUE="$(swift build -c release --scratch-path .build-syntax-release --show-bin-path)/communique"
fi
command -v rapper >/dev/null || { echo "rapper not found: apt-get install raptor2-utils" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 1; }

data="${DATA:-$(mktemp -d)}"
[ -z "${DATA:-}" ] && trap 'rm -rf "$data"' EXIT
mkdir -p "$data"

# measure CMD... : runs CMD, prints "wall-seconds peakMB cpu-seconds"
measure() {
  local log="$data/time.log"
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$data/stderr.log" || { echo "FAILED: $* ($(head -c 300 "$data/stderr.log"))" >&2; echo "nan nan nan"; return; }
  local secs mem cpu
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  mem=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$log")
  echo "$secs $mem $cpu"
}

# Wall seconds depend on the machine's load; CPU seconds (user+sys, all threads) less so.
# communique verifies what it writes (reads it back on a second thread); rapper does not.
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %-8s %-20s %8s %8s %11s %7s %10s %9s %9s\n' triples convert tool wall-s cpu-s triples/s peakMB wall×rapper cpu×rapper mem×rapper
for n in "${sizes[@]}"; do
  # Reuse the generated files when DATA already holds them (they are deterministic).
  [ -s "$data/g$n.ttl" ] && [ -s "$data/g$n.nt" ] || python3 Benchmarks/convert-generate.py "$n" "$data/g$n"
  for conv in "ttl nt turtle ntriples" "nt ttl ntriples turtle" "ttl rdf turtle rdfxml-abbrev"; do
    read -r from to rin rout <<<"$conv"
    in="$data/g$n.$from"; out="$data/out.$to"
    # rapper writes to a file too (communique writes, syncs nothing, and reads its file back).
    read -r rs rm rc < <(measure sh -c 'exec rapper -q -i "$1" -o "$2" "$3" > "$4"' rapper "$rin" "$rout" "$in" "$data/rapper.$to")
    read -r cs cm cc < <(measure "$COMMUNIQUE" convert "$in" -o "$out")
    read -r ss sm sc < <(measure "$COMMUNIQUE" convert "$in" -o "$out" --sorted)
    for row in "rapper|$rs|$rm|$rc" "communique|$cs|$cm|$cc" "communique --sorted|$ss|$sm|$sc"; do
      IFS='|' read -r tool secs mem cpu <<<"$row"
      awk -v n="$n" -v conv="$from→$to" -v tool="$tool" -v s="$secs" -v m="$mem" -v c="$cpu" -v rs="$rs" -v rm="$rm" -v rc="$rc" \
        'BEGIN { printf "%-9s %-8s %-20s %8.2f %8.2f %11.0f %7d %11.2f %10.2f %9.2f\n", n, conv, tool, s, c, (s>0? n/s : 0), m, (rs>0? s/rs : 0), (rc>0? c/rc : 0), (rm>0? m/rm : 0) }'
    done
  done
done
